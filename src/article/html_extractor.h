// Internal: HTML pages to the plain page form the splitter reads: headings become
// markdown headings, paragraphs and list items become paragraphs; scripts,
// styles, navigation, headers, footers and forms are dropped. Parsed with
// gumbo (a real HTML5 parser), never with regexes.
#pragma once

#include <string>
#include <string_view>

namespace zhcorpus {

// `<title>` becomes a level-1 heading when the page has no <h1>.
std::string HtmlToPageText(std::string_view html);

}  // namespace zhcorpus
