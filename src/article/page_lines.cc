#include "article/page_lines.h"

#include <algorithm>
#include <map>
#include <set>

#include "article/byline.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::article {
namespace {

bool IsSpace(char32_t c) { return c == U' ' || c == U'\u3000' || c == U'\t'; }

// Shortest display line worth undoubling: `嵊州市嵊州市`.
constexpr std::size_t kMinDoubled = 6;

// A vertical label printed one glyph per line: consecutive single-character
// lines (no blank between) joined back into one line.
bool IsSingleGlyph(std::string_view line) {
  const std::u32string t = DecodeUtf8(line);
  return t.size() == 1 && IsHan(t[0]);
}

std::vector<PageLine> SplitLines(std::string_view page) {
  std::vector<PageLine> lines;
  std::size_t blanks = 0;
  bool vertical = false;  // the last line is a run of single glyphs being joined
  while (!page.empty()) {
    const std::size_t nl = page.find('\n');
    const std::string_view raw = page.substr(0, nl);
    const std::string_view line = Trim(raw);
    page = nl == std::string_view::npos ? std::string_view() : page.substr(nl + 1);
    if (line.empty()) { ++blanks; continue; }
    const bool glyph = IsSingleGlyph(line);
    if (glyph && vertical && blanks == 0) {
      lines.back().text += line;
    } else {
      lines.push_back({std::string(line), blanks, false, raw.substr(0, 1) == " " || raw.substr(0, 3) == "\xE3\x80\x80"});
      vertical = glyph;
    }
    blanks = 0;
  }
  return lines;
}

// `…注入更强劲动力。余杭区余杭街道永安村余杭区余杭街道永安村`: a doubled caption
// glued after the last sentence of a column.
std::optional<std::size_t> GluedCaptionStart(const std::u32string& t) {
  constexpr std::u32string_view kFinal = U"。！？";
  for (std::size_t i = t.size(); i-- > 0;) {
    if (kFinal.find(t[i]) == std::u32string_view::npos) continue;
    std::size_t start = i + 1;
    if (start < t.size() && (t[start] == U'”' || t[start] == U'」')) ++start;
    if (t.size() - start < kMinDoubled * 2) return std::nullopt;
    return start;
  }
  return std::nullopt;
}

void UndoubleLines(std::vector<PageLine>* lines) {
  std::vector<PageLine> out;
  for (PageLine& line : *lines) {
    if (auto single = Undouble(line.text)) {
      out.push_back({*single, line.blank_before, true, line.indented});
      continue;
    }
    const std::u32string t = DecodeUtf8(line.text);
    const auto at = GluedCaptionStart(t);
    const auto caption = at ? Undouble(EncodeUtf8(std::u32string_view(t).substr(*at))) : std::nullopt;
    out.push_back({caption ? EncodeUtf8(std::u32string_view(t).substr(0, *at)) : std::move(line.text),
                   line.blank_before, false, line.indented});
    if (caption) out.push_back({*caption, 0, true, false});
  }
  *lines = std::move(out);
}

// A short label without clause punctuation that is not a byline: the kind of
// line a running head or a section label is.
bool IsLabelShaped(const std::string& text) {
  std::u32string t;
  for (char32_t c : DecodeUtf8(text)) {
    if (!IsSpace(c)) t.push_back(c);
  }
  constexpr std::u32string_view kPunct = U"。，；！？、：,;!?:#■□●";
  if (t.size() < 2 || t.size() > 16) return false;
  if (std::any_of(t.begin(), t.end(), [&](char32_t c) { return kPunct.find(c) != std::u32string_view::npos; })) {
    return false;
  }
  return !ParseByline(text).has_value();
}

std::string WithoutSpaces(const std::string& text) {
  std::u32string t;
  for (char32_t c : DecodeUtf8(text)) {
    if (!IsSpace(c)) t.push_back(c);
  }
  return EncodeUtf8(t);
}

// Running heads repeat the same short label on page after page, once at
// least at the top of a page (indented); a headline or a caption printed
// twice is display type (doubled), not a running head.
void DropRunningHeads(std::vector<PageLine>* lines) {
  std::map<std::string, int> count;
  std::set<std::string> page_top;
  for (const PageLine& l : *lines) {
    if (l.doubled || !IsLabelShaped(l.text)) continue;
    ++count[WithoutSpaces(l.text)];
    if (l.indented) page_top.insert(WithoutSpaces(l.text));
  }
  for (auto& [label, n] : count) {
    if (!page_top.count(label)) n = 0;
  }
  std::size_t carried = 0;  // blank lines before a dropped head move to the next line
  std::vector<PageLine> kept;
  for (PageLine& l : *lines) {
    if (!l.doubled && IsLabelShaped(l.text) && count[WithoutSpaces(l.text)] >= 2) {
      carried = std::max(carried, l.blank_before);
      continue;
    }
    l.blank_before = std::max(l.blank_before, carried);
    carried = 0;
    kept.push_back(std::move(l));
  }
  *lines = std::move(kept);
}

}  // namespace

std::string_view Trim(std::string_view s) {
  constexpr std::string_view kIdeo = "\xE3\x80\x80";  // U+3000
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    else if (s.substr(0, 3) == kIdeo) s.remove_prefix(3);
    else break;
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    else if (s.size() >= 3 && s.substr(s.size() - 3) == kIdeo) s.remove_suffix(3);
    else break;
  }
  return s;
}

std::optional<std::string> Undouble(std::string_view line) {
  const std::u32string s = DecodeUtf8(line);
  const std::size_t n = s.size();
  if (n < kMinDoubled || n > 160) return std::nullopt;
  // half[i]: length of the doubled run that ends at i (0: i unreachable; a
  // space between runs is printed once and reached with half = -1).
  std::vector<long> half(n + 1, 0);
  half[0] = -1;
  for (std::size_t i = 0; i < n; ++i) {
    if (half[i] == 0) continue;
    if (IsSpace(s[i]) && half[i + 1] == 0) half[i + 1] = -1;
    for (std::size_t h = (n - i) / 2; h >= 1; --h) {
      if (half[i + 2 * h] == 0 && s.compare(i, h, s, i + h, h) == 0) half[i + 2 * h] = static_cast<long>(h);
    }
  }
  if (half[n] == 0) return std::nullopt;
  std::vector<std::u32string_view> runs;
  std::size_t longest = 0, han = 0;
  for (std::size_t i = n; i > 0;) {
    const long h = half[i];
    const std::size_t len = h < 0 ? 1 : static_cast<std::size_t>(h);
    const std::size_t start = h < 0 ? i - 1 : i - 2 * len;
    runs.push_back(std::u32string_view(s).substr(start, len));
    if (h > 0) longest = std::max(longest, len);
    i = start;
  }
  std::u32string out;
  for (auto it = runs.rbegin(); it != runs.rend(); ++it) out += *it;
  for (char32_t c : out) han += IsHan(c);
  // Ordinary text is never one long sequence of doubled runs; a stray `天天` is.
  if (longest < 2 || han < 3) return std::nullopt;
  return EncodeUtf8(out);
}

std::vector<PageLine> ReadPageLines(std::string_view page) {
  std::vector<PageLine> lines = SplitLines(page);
  UndoubleLines(&lines);
  DropRunningHeads(&lines);
  return lines;
}

}  // namespace zhcorpus::article
