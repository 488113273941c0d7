// Internal: a parsed page as a list of text blocks in reading order, each
// with what the body extractor weighs: characters, characters inside links,
// Chinese punctuation, the element that holds it, and whether a boilerplate
// element (share bar, comments, related links) encloses it.
#pragma once

#include <gumbo.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace zhcorpus::article {

struct TextBlock {
  std::string text;                  // raw, spaces collapsed at the ends
  const GumboNode* owner = nullptr;  // the block element it came from
  const GumboNode* boilerplate = nullptr;  // nearest enclosing element named like a share bar, or null
  int heading = 0;                   // 1-6 for <h1>..<h6>
  bool title_class = false;          // inside an element whose class/id says "title"
  bool byline_class = false;         // inside an element whose class/id says source/author/media
  std::size_t chars = 0, link_chars = 0, punct = 0;

  double LinkDensity() const { return chars ? static_cast<double>(link_chars) / chars : 0; }
};

// A short element whose class or id names a source, media or account
// (`<span class="source">`, `<strong class="profile_nickname">`): the outlet
// shown by the headline. `block` is the index the next block will take.
struct SourceHint {
  std::string text;
  std::size_t block = 0;
};

struct PageBlocks {
  std::vector<TextBlock> blocks;
  std::vector<SourceHint> source_hints;
};

struct PageMeta {
  std::string title;                        // <title>
  std::map<std::string, std::string> meta;  // <meta> name/property/itemprop (lowercased) -> content
  std::vector<std::string> json_ld;         // <script type="application/ld+json"> bodies
  std::vector<std::string> copyright;       // texts with ©, Copyright or 版权所有 (footers too), in page order
};

// Blocks of <body> in document order; <br> ends a block.
PageBlocks CollectBlocks(const GumboNode* root);
PageMeta CollectMeta(const GumboNode* root);

// Elements whose text is never article text: scripts, styles, navigation,
// footers, asides, forms, embedded frames.
bool IsDroppedTag(GumboTag tag);

// Class or id of `node` (lowercased), "" for non-elements.
std::string ClassAndId(const GumboNode* node);
bool IsInside(const GumboNode* node, const GumboNode* ancestor);  // inclusive
// Code points that are not whitespace.
std::size_t VisibleChars(std::string_view utf8);

}  // namespace zhcorpus::article
