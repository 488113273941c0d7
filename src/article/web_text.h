// Internal: an article saved as text from a web page (copied out of a
// browser, or a scraper's text dump). Such a file carries the page around
// the story: menu and breadcrumb lines (`首页 | 新闻 | 财经 | 科技`,
// `当前位置：首页 > 科技 > 正文`), the headline, a header line
// (`2023-05-06 09:30 来源：某某网 作者：某某`), share prompts and leftover
// tags, then the tail (`责任编辑：…`, `上一篇：…`, copyright). Read as a
// printed page it would be one article of menu words with no date or outlet;
// here the lines become blocks and go through the web page's field reader,
// so the same header, tail and byline rules apply to both.
#pragma once

#include <optional>
#include <string_view>

#include "article/web_page.h"

namespace zhcorpus::article {

// nullopt unless `text` reads as one article copied from a web page: a
// header line with a source label or a dated time near the top, plus page
// furniture (menu, breadcrumb, share or tail lines, leftover tags), and no
// second header further down (a page of several stories is split as a page).
std::optional<WebArticle> ExtractWebText(std::string_view text);

// `首页 | 新闻 | 财经 | 科技`, `当前位置：首页 > 科技 > 正文`: a line of links.
bool IsNavigationLine(std::string_view line);

}  // namespace zhcorpus::article
