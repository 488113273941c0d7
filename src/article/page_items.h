// Internal: the first two passes of the page splitter. Lines become items
// (markdown headings, bylines, source notes, text lines), then text lines
// become blocks (headlines and paragraphs) using the page's layout: narrow
// hard-wrapped columns or one paragraph per line.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article/byline.h"

namespace zhcorpus::article {

enum class BlockKind { kHeadline, kParagraph, kByline, kSource };

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;                 // markdown heading level; 0 for a plain headline
  std::string text;              // raw text; paragraphs already rejoined
  std::size_t blank_before = 0;  // blank lines before the block
  Byline byline;                 // kByline
  std::optional<std::string> outlet;  // kSource
  bool news_headline = false;    // a headline that opens an article even inside another
  bool doubled = false;          // display type printed doubled (page_lines.h)
  bool section_label = false;    // a page's section label: closes the article before it
};

struct PageBlocks {
  std::vector<Block> blocks;
  bool loose = false;  // a blank line after every line: blank lines say nothing
};

PageBlocks ReadBlocks(std::string_view page);

// A news lead opens with when it happened: `近日，`, `日前，`, `5月22—25日，`.
bool OpensWithTime(std::string_view paragraph);

// True when `line` ends a sentence (。！？… or a closing quote after one).
bool EndsSentence(std::string_view line);

}  // namespace zhcorpus::article
