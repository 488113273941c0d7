#include "article/page_items.h"

#include <algorithm>

#include "zhcorpus/normalizer.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::article {
namespace {

enum class ItemKind { kHeading, kText, kByline, kSource };

struct Item {
  ItemKind kind = ItemKind::kText;
  int level = 0;
  std::string text;
  std::size_t blank_before = 0;
  std::size_t length = 0;  // code points without spaces
  Byline byline;
  std::optional<std::string> outlet;
};

std::size_t VisibleLength(std::string_view s) {
  std::size_t n = 0;
  for (char32_t c : DecodeUtf8(s)) n += c != U' ' && c != U'\u3000' && c != U'\t';
  return n;
}

std::string_view Trim(std::string_view s) {
  auto is_space = [](std::string_view t, bool front) {
    if (t.empty()) return std::size_t{0};
    if (front ? t.front() == ' ' || t.front() == '\t' || t.front() == '\r' : t.back() == ' ' || t.back() == '\t' || t.back() == '\r') return std::size_t{1};
    const std::string_view ideo = "\xE3\x80\x80";  // U+3000
    if (front ? t.substr(0, 3) == ideo : t.size() >= 3 && t.substr(t.size() - 3) == ideo) return std::size_t{3};
    return std::size_t{0};
  };
  for (std::size_t n; (n = is_space(s, true));) s.remove_prefix(n);
  for (std::size_t n; (n = is_space(s, false));) s.remove_suffix(n);
  return s;
}

void AddTextLine(std::string_view line, std::size_t blanks, std::vector<Item>* items) {
  if (auto split = SplitTrailingByline(line)) {
    items->push_back({ItemKind::kText, 0, split->first, blanks, VisibleLength(split->first), {}, {}});
    items->push_back({ItemKind::kByline, 0, "", 0, 0, split->second, {}});
    return;
  }
  items->push_back({ItemKind::kText, 0, std::string(line), blanks, VisibleLength(line), {}, {}});
}

std::vector<Item> ReadItems(std::string_view page) {
  std::vector<Item> items;
  std::size_t blanks = 0;
  while (!page.empty()) {
    const std::size_t nl = page.find('\n');
    const std::string_view line = Trim(page.substr(0, nl));
    page = nl == std::string_view::npos ? std::string_view() : page.substr(nl + 1);
    if (line.empty()) { ++blanks; continue; }
    std::size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ') {
      const std::string_view text = Trim(line.substr(hashes));
      items.push_back({ItemKind::kHeading, static_cast<int>(hashes), std::string(text), blanks, VisibleLength(text), {}, {}});
    } else if (auto outlet = ParseSourceNote(line)) {
      items.push_back({ItemKind::kSource, 0, std::string(line), blanks, 0, {}, outlet});
    } else if (auto byline = ParseByline(line)) {
      items.push_back({ItemKind::kByline, 0, std::string(line), blanks, 0, *byline, {}});
    } else {
      AddTextLine(line, blanks, &items);
    }
    blanks = 0;
  }
  return items;
}

struct Layout {
  bool hard_wrapped = false;     // narrow columns: lines are not paragraphs
  std::size_t width = 0;         // typical full line length
  bool blank_every_line = false; // blank lines are layout, not paragraph breaks
};

Layout MeasureLayout(const std::vector<Item>& items) {
  std::vector<std::size_t> lengths;
  std::size_t with_blank = 0;
  for (const Item& it : items) {
    if (it.kind != ItemKind::kText) continue;
    lengths.push_back(it.length);
    with_blank += it.blank_before > 0;
  }
  Layout layout;
  if (lengths.empty()) return layout;
  std::sort(lengths.begin(), lengths.end());
  // The column width is the most common length of a long line.
  std::vector<std::size_t> count(lengths.back() + 1, 0);
  for (std::size_t n : lengths) if (n >= 10) ++count[n];
  layout.width = static_cast<std::size_t>(std::max_element(count.begin(), count.end()) - count.begin());
  const bool column = count[layout.width] >= 3;  // several lines share one width
  if (!column) layout.width = lengths.back();
  layout.hard_wrapped = column && lengths[lengths.size() * 8 / 10] <= 40;
  layout.blank_every_line = with_blank * 10 > lengths.size() * 7;
  return layout;
}

}  // namespace

bool EndsSentence(std::string_view s) {
  const std::u32string t = DecodeUtf8(Trim(s));
  if (t.empty()) return false;
  constexpr std::u32string_view kFinal = U"。！？!?…；";
  if (kFinal.find(t.back()) != std::u32string_view::npos) return true;
  constexpr std::u32string_view kClosers = U"”』」）)";
  return t.size() >= 2 && kClosers.find(t.back()) != std::u32string_view::npos &&
         kFinal.find(t[t.size() - 2]) != std::u32string_view::npos;
}

namespace {

// In column layouts, a headline of one statement (no space between
// parallel phrases) of some length opens an article even without a byline
// before it; feature subheadings are short or two phrases.
bool IsNewsHeadline(const std::string& text) {
  const std::u32string t = DecodeUtf8(text);
  return t.size() >= 12 && t.find(U' ') == std::u32string::npos && t.find(U'\u3000') == std::u32string::npos;
}

bool StartsWithDateline(const Item& it) {
  return it.kind == ItemKind::kText && ParseDateline(NormalizeText(std::string_view(it.text).substr(0, 90))).has_value();
}

// A line that could be a headline on its own: short, no clause punctuation
// (a kicker may end with ——), not a dateline.
bool IsHeadlineShaped(const Item& it, const Layout& layout) {
  if (it.kind != ItemKind::kText || it.length < 2 || it.length > (layout.hard_wrapped ? 40 : 50)) return false;
  if (layout.hard_wrapped && layout.blank_every_line && it.length + 1 >= layout.width) return false;  // full column width: body text
  const std::u32string t = DecodeUtf8(it.text);
  const bool kicker = t.size() > 2 && t.substr(t.size() - 2) == U"——";
  constexpr std::u32string_view kClause = U"。，；！？、,;!?";
  if (!kicker && std::any_of(t.begin(), t.end(), [&](char32_t c) { return kClause.find(c) != std::u32string_view::npos; })) {
    return false;
  }
  return t.back() != U'：' && t.back() != U':' && t.back() != U'…' && !StartsWithDateline(it);
}

// A headline stands apart: the run of headline-shaped lines it starts ends
// at a blank line, a heading, byline or source note, a dateline, or the page end
// (a body line after it would mean the run is the start of a paragraph).
bool IsHeadline(const std::vector<Item>& items, std::size_t i, bool after_sentence_end, const Layout& layout) {
  if (!after_sentence_end || !IsHeadlineShaped(items[i], layout)) return false;
  std::size_t j = i + 1;
  while (j < items.size() && items[j].blank_before == 0 && IsHeadlineShaped(items[j], layout)) ++j;
  return j == items.size() || items[j].blank_before > 0 || items[j].kind != ItemKind::kText ||
         StartsWithDateline(items[j]);
}

bool StartsNewParagraph(const std::string& prev, const Item& it, const Layout& layout) {
  if (!EndsSentence(prev)) return false;  // a sentence broken by layout, even across a gap
  if (!layout.hard_wrapped) return true;
  return VisibleLength(prev) + 2 <= layout.width || (it.blank_before > 0 && !layout.blank_every_line);
}

}  // namespace

std::vector<Block> ReadBlocks(std::string_view page) {
  const std::vector<Item> items = ReadItems(page);
  const Layout layout = MeasureLayout(items);
  std::vector<Block> blocks;
  std::string last_line;         // the last text line of the open paragraph
  bool paragraph_open = false;
  bool after_sentence_end = true;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& it = items[i];
    switch (it.kind) {
      case ItemKind::kHeading:
        blocks.push_back({BlockKind::kHeadline, it.level, it.text, it.blank_before, {}, {}});
        break;
      case ItemKind::kByline:
        blocks.push_back({BlockKind::kByline, 0, it.text, it.blank_before, it.byline, {}});
        break;
      case ItemKind::kSource:
        blocks.push_back({BlockKind::kSource, 0, it.text, it.blank_before, {}, it.outlet});
        break;
      case ItemKind::kText:
        if (IsHeadline(items, i, after_sentence_end || !paragraph_open, layout)) {
          blocks.push_back({BlockKind::kHeadline, 0, it.text, it.blank_before, {}, {}});
          blocks.back().news_headline = layout.hard_wrapped && IsNewsHeadline(it.text);
          paragraph_open = false;
          after_sentence_end = true;
          continue;
        }
        if (paragraph_open && !StartsNewParagraph(last_line, it, layout)) {
          AppendWrappedLine(it.text, &blocks.back().text);
        } else {
          blocks.push_back({BlockKind::kParagraph, 0, it.text, it.blank_before, {}, {}});
        }
        last_line = it.text;
        paragraph_open = true;
        after_sentence_end = EndsSentence(it.text);
        continue;
    }
    paragraph_open = false;
    after_sentence_end = true;
  }
  return blocks;
}

}  // namespace zhcorpus::article
