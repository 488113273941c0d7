// Internal: one news article out of a saved web page. The body is the
// block of the page where text is dense and links are few (paragraph scores
// credited to their containers, as readability-style extractors do);
// navigation, share bars, related links and footers lose on link density or
// by their class names. Headline, date, outlet and authors come from the
// visible header around the headline (`时间：… 来源：…`), then from page
// metadata (<meta>, JSON-LD, <title>).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zhcorpus::article {

struct WebArticle {
  std::optional<std::string> title;
  std::optional<std::string> date;  // YYYY-MM-DD
  std::optional<std::string> outlet;
  std::vector<std::string> authors;
  std::vector<std::string> paragraphs;  // body, raw (not normalised), reading order
};

// nullopt when nothing on the page reads like an article body (a list page,
// a page whose text is only in scripts).
std::optional<WebArticle> ExtractWebArticle(std::string_view html);

}  // namespace zhcorpus::article
