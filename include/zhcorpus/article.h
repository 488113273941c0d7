// Article records (docs/records.md) and the splitter that cuts a newspaper page
// into articles: datelines (本报讯), bylines (本报记者 X 通讯员 Y, X 文/图,
// 新华社记者 X 摄, a lone name closing an article), markdown headings,
// headlines printed before or after their body, source notes (〔来源：…〕),
// editor's notes (■ 编后) that belong to the article before them.
//
//   PageOptions opts;
//   std::vector<Article> articles = SplitPage(decoded_utf8, opts);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhcorpus/records.h"

namespace zhcorpus {

struct Article {
  std::string id;      // file stem + "#" + index from 1
  std::string source;  // the input path as given
  std::optional<std::string> title;
  std::optional<std::string> subtitle;
  std::vector<std::string> authors;
  std::optional<std::string> outlet;
  std::optional<std::string> date;  // YYYY-MM-DD
  std::string text;                 // normalised body, paragraphs joined by '\n'
  std::string encoding;
  bool converted_t2s = false;
  std::optional<std::string> url;  // from a structured record's url field
  Json meta = Json::object();      // a structured record's other fields, in order


  // The article record, fields in docs/records.md order.
  Json ToJson() const&;
  Json ToJson() &&;  // moves the strings into the record
};

struct PageOptions {
  bool one_article = false;          // keep the whole page as one article
  std::optional<std::string> date;   // --date: the reference date of the run
};

// Splits decoded (UTF-8) page text into articles; fills everything but id,
// source and encoding. Markdown headings (`#`) are recognised in any file.
// A page with any visible text gives at least one article: one too short to
// split (a one-line note, a lone headline) is kept whole as its text.
std::vector<Article> SplitPage(std::string_view text, const PageOptions& options);

}  // namespace zhcorpus
