// Internal: the fields of a web article once its body blocks are known:
// the headline (the heading that the page's <title>/og:title repeats), the
// header lines between headline and body (`2023-05-06 09:30 来源：某某网
// 作者：…`) and the tail (`责任编辑：…`) taken off the body and read for
// date, outlet and authors, then page metadata for what they do not say.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article/web_blocks.h"
#include "article/web_page.h"

namespace zhcorpus::article {

// `body` indexes `blocks` in reading order and is not empty.
WebArticle FillWebArticle(const PageBlocks& page, std::vector<std::size_t> body, const PageMeta& meta);

// `来源：新京报 作者：…` -> 新京报; the name after a source label in `line`.
std::optional<std::string> SourceLabel(std::string_view line);

// A line that only frames the article: a date/source/byline header line, or
// a tail line (editor, copyright, share prompts, 原标题).
bool IsHeaderLine(std::string_view line);
bool IsTailLine(std::string_view line);

// A word of a short header line that ends like an outlet's name (社, 报, 网,
// 台, 刊, 新闻): `新华社`, `石佳/中国青年报` under a headline.
std::optional<std::string> OutletWord(std::string_view line);

// The name beside the date in a header line (`2019-09-26 10:56 证券时报网`,
// `原创 某某号 2019-09-04 22:18`): words that are not dates, times or labels.
std::optional<std::string> NameBesideDate(std::string_view line);

}  // namespace zhcorpus::article
