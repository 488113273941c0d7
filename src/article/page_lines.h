// Internal: the raw lines of a page, cleaned of layout debris before the
// splitter classifies them. Magazine pages extracted from PDF print vertical
// labels one glyph per line, double every run of bold display text
// (`山城山城““夜市夜市””`), and repeat running heads on every page; these
// are joined, undoubled and marked here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zhcorpus::article {

struct PageLine {
  std::string text;              // trimmed
  std::size_t blank_before = 0;  // blank lines before it
  bool doubled = false;          // printed doubled: display type (a headline or a caption)
  bool indented = false;         // printed with a leading space (a text frame or page start)
};

// The non-blank lines of `page`, vertical runs joined, doubled display
// lines undoubled, a doubled caption glued after a sentence split off, and
// running heads (short labels printed more than once) dropped.
std::vector<PageLine> ReadPageLines(std::string_view page);

// `老街老街新生新生““茶茶””香香` -> `老街新生“茶”香`: the
// line is a sequence of runs each printed twice. nullopt for ordinary text.
std::optional<std::string> Undouble(std::string_view line);

// Code points other than ASCII and ideographic spaces and tabs.
std::size_t VisibleLength(std::string_view s);
// The same, but counting stops once past `limit` (the result is then > limit).
std::size_t VisibleLength(std::string_view s, std::size_t limit);

// A short line that only names a place or a body (`湖州市`, `绍兴市柯桥区`,
// `杭州高新区（滨江）`, `某某材料股份有限公司`): printed over or under a
// magazine feature's headline as its kicker.
bool IsNameLine(std::string_view line);

// Strips ASCII and ideographic spaces at both ends.
std::string_view Trim(std::string_view s);

}  // namespace zhcorpus::article
