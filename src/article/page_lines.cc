#include "article/page_lines.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>

#include "article/byline.h"
#include "util/word_lists.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::article {
namespace {

bool IsSpace(char32_t c) { return c == U' ' || c == U'\u3000' || c == U'\t'; }

// Shortest display line worth undoubling: `嵊州市嵊州市`.
constexpr std::size_t kMinDoubled = 6;

// A vertical label printed one glyph per line: consecutive single-character
// lines (at most one blank between, as on pages with a blank after every
// line) joined back into one line.
bool IsSingleGlyph(std::string_view line) {
  if (line.size() > 4) return false;  // longer than one UTF-8 sequence
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
    if (glyph && vertical && blanks <= 1) {  // one blank: the page may put one after every line
      lines.back().text += line;
    } else {
      lines.push_back({std::string(line), blanks, false, raw.substr(0, 1) == " " || raw.substr(0, 3) == "\xE3\x80\x80"});
      vertical = glyph;
    }
    blanks = 0;
  }
  return lines;
}

// `…走出一条新路。桐庐县分水镇某村桐庐县分水镇某村`: a doubled caption
// glued after the last sentence of a column.
// Returns the caption's byte offset. Works on bytes: UTF-8 sequences never
// match inside one another, and decoding every long line here was slow.
std::optional<std::size_t> GluedCaptionStart(std::string_view t) {
  std::size_t mark = t.size();
  while (mark-- > 0) {
    const std::string_view at = t.substr(mark, 3);
    if (at == "。" || at == "！" || at == "？") break;
  }
  if (mark == static_cast<std::size_t>(-1)) return std::nullopt;
  std::size_t start = mark + 3;  // each mark is three bytes
  if (t.substr(start, 3) == "”" || t.substr(start, 3) == "」") start += 3;
  if (CodePointCount(t.substr(start)) < kMinDoubled * 2) return std::nullopt;
  return start;
}

void UndoubleLines(std::vector<PageLine>* lines) {
  std::vector<PageLine> out;
  out.reserve(lines->size());
  for (PageLine& line : *lines) {
    if (auto single = Undouble(line.text)) {
      out.push_back({*single, line.blank_before, true, line.indented});
      continue;
    }
    const std::string_view t = line.text;
    const auto at = GluedCaptionStart(t);
    const auto caption = at ? Undouble(t.substr(*at)) : std::nullopt;
    out.push_back({caption ? std::string(t.substr(0, *at)) : std::move(line.text),
                   line.blank_before, false, line.indented});
    if (caption) out.push_back({*caption, 0, true, false});
  }
  *lines = std::move(out);
}

// A short label without clause punctuation that is not a byline: the kind of
// line a running head or a section label is.
bool IsLabelShaped(const std::string& text) {
  const std::size_t visible = VisibleLength(text, 16);  // cheap: most lines are too long
  if (visible < 2 || visible > 16) return false;
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
  std::vector<bool> is_label(lines->size());  // computed once: the test decodes
  for (std::size_t i = 0; i < lines->size(); ++i) {
    const PageLine& l = (*lines)[i];
    is_label[i] = !l.doubled && IsLabelShaped(l.text);
    if (!is_label[i]) continue;
    ++count[WithoutSpaces(l.text)];
    if (l.indented) page_top.insert(WithoutSpaces(l.text));
  }
  for (auto& [label, n] : count) {
    if (!page_top.count(label)) n = 0;
  }
  std::size_t carried = 0;  // blank lines before a dropped head move to the next line
  std::vector<PageLine> kept;
  kept.reserve(lines->size());
  for (std::size_t i = 0; i < lines->size(); ++i) {
    PageLine& l = (*lines)[i];
    if (is_label[i] && count[WithoutSpaces(l.text)] >= 2) {
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

namespace {

// Bytes of the code point that starts `s` (1 for a stray byte).
std::size_t LeadLength(std::string_view s) {
  return std::min(Utf8SequenceLength(static_cast<unsigned char>(s[0])), s.size());
}

// A cheap necessary condition for a doubled line, tested on bytes before
// decoding: its first run repeats at once, so the line opens with its first
// character twice (`天天`) or its first two characters come back later.
bool StartsWithRepeat(std::string_view s) {
  if (s.empty()) return false;
  const std::size_t a = LeadLength(s);
  if (s.substr(a, a) == s.substr(0, a)) return true;
  if (a >= s.size()) return false;
  const std::size_t b = LeadLength(s.substr(a));
  return s.find(s.substr(0, a + b), 1) != std::string_view::npos;
}

}  // namespace

std::size_t VisibleLength(std::string_view s, std::size_t limit) {
  // Stops once past `limit`: a label test need not count a long line.
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size() && n <= limit; ++i) {
    const unsigned char c = p[i];
    n += !IsUtf8Continuation(c);
    n -= c == ' ' || c == '\t';
    n -= c == 0xE3 && i + 2 < s.size() && p[i + 1] == 0x80 && p[i + 2] == 0x80;
  }
  return n;
}

std::size_t VisibleLength(std::string_view s) {
  // Code points less spaces, tabs and U+3000 (E3 80 80), eight bytes at a
  // time: ZeroBytes marks the bytes equal to a given value.
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  auto zero_bytes = [&](std::uint64_t x) { return ~(((x & kLow7) + kLow7) | x | kLow7); };  // high bit per zero byte
  auto count = [&](std::uint64_t high_bits) { return static_cast<std::size_t>(((high_bits >> 7) * kOnes) >> 56); };
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t spaces = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    spaces += count(zero_bytes(w ^ (' ' * kOnes)) | zero_bytes(w ^ ('\t' * kOnes)));
    for (std::uint64_t e3 = zero_bytes(w ^ (0xE3 * kOnes)); e3 != 0; e3 &= e3 - 1) {
      const std::size_t at = i + static_cast<std::size_t>(__builtin_ctzll(e3)) / 8;
      spaces += at + 2 < s.size() && p[at + 1] == 0x80 && p[at + 2] == 0x80;
    }
  }
  for (; i < s.size(); ++i) {
    spaces += p[i] == ' ' || p[i] == '\t' || (p[i] == 0xE3 && i + 2 < s.size() && p[i + 1] == 0x80 && p[i + 2] == 0x80);
  }
  return CodePointCount(s) - spaces;
}

bool IsNameLine(std::string_view line) {
  if (line.size() > 14 * 4) return false;
  const std::u32string t = DecodeUtf8(Trim(line));
  if (t.size() < 2 || t.size() > 14) return false;
  if (!std::all_of(t.begin(), t.end(), [](char32_t c) { return IsHan(c) || c == U'（' || c == U'）'; })) return false;
  std::u32string_view name(t);
  if (name.back() == U'）') {  // `杭州高新区（滨江）`: the name before the bracket
    const std::size_t open = name.find(U'（');
    if (open == std::u32string_view::npos || open < 2) return false;
    name = name.substr(0, open);
  }
  static const std::vector<std::u32string> kEnds = WordLists::Compiled("web_page_words").GetU32("name_line_end");
  return std::any_of(kEnds.begin(), kEnds.end(), [&](std::u32string_view s) {
    return name.size() > s.size() && name.substr(name.size() - s.size()) == s;
  });
}

std::optional<std::string> Undouble(std::string_view line) {
  if (line.size() > 160 * 4 || CodePointCount(line) > 160 || !StartsWithRepeat(line)) return std::nullopt;
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
