#include "article/page_items.h"

#include "article/page_lines.h"

#include <algorithm>
#include <utility>

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
  bool doubled = false;  // display type (page_lines.h)
  std::size_t local_width = 0;  // full line length of the column around it
  bool indented = false;        // page_lines.h
};

void AddTextLine(PageLine&& line, std::vector<Item>* items) {
  if (auto split = SplitTrailingByline(line.text)) {
    items->push_back({ItemKind::kText, 0, split->first, line.blank_before, VisibleLength(split->first), {}, {}});
    items->push_back({ItemKind::kByline, 0, "", 0, 0, split->second, {}});
    return;
  }
  const std::size_t length = VisibleLength(line.text);
  items->push_back({ItemKind::kText, 0, std::move(line.text), line.blank_before, length, {}, {}, line.doubled, 0,
                    line.indented});
}

std::vector<Item> ReadItems(std::string_view page) {
  std::vector<Item> items;
  std::vector<PageLine> lines = ReadPageLines(page);
  items.reserve(lines.size() + lines.size() / 8);  // a trailing byline adds an item
  for (PageLine& pl : lines) {  // each line's text moves into its item
    const std::string_view line = pl.text;
    const std::size_t blanks = pl.blank_before;
    std::size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ') {
      const std::string_view text = Trim(line.substr(hashes));
      items.push_back({ItemKind::kHeading, static_cast<int>(hashes), std::string(text), blanks, VisibleLength(text), {}, {}});
    } else if (auto outlet = ParseSourceNote(line)) {
      items.push_back({ItemKind::kSource, 0, std::string(line), blanks, 0, {}, outlet});
    } else if (auto byline = ParseByline(line)) {
      items.push_back({ItemKind::kByline, 0, std::string(line), blanks, 0, *byline, {}});
    } else if (IsRoleLine(line) && !items.empty() && items.back().kind == ItemKind::kByline) {
      continue;  // `本刊记者` printed on the line after the names
    } else {
      AddTextLine(std::move(pl), &items);
    }
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

// Column widths change across a magazine page; the width around each line is
// the upper quartile of the lengths of its neighbours.
void MeasureLocalWidths(const Layout& layout, std::vector<Item>* items) {
  constexpr std::size_t kReach = 10;
  for (std::size_t i = 0; i < items->size(); ++i) {
    std::vector<std::size_t> near;
    for (std::size_t j = i > kReach ? i - kReach : 0; j < std::min(items->size(), i + kReach + 1); ++j) {
      if (j != i && (*items)[j].kind == ItemKind::kText && (*items)[j].length >= 4) near.push_back((*items)[j].length);
    }
    std::sort(near.begin(), near.end());
    (*items)[i].local_width = near.size() < 4 ? layout.width : near[near.size() * 3 / 4];
  }
}

// Where blank lines say nothing, a bare name on its own line is as likely a
// subheading (`强支撑`) as a byline: it is read as text.
void DemoteBareBylines(std::vector<Item>* items) {
  for (Item& it : *items) {
    if (it.kind == ItemKind::kByline && it.byline.bare && !it.text.empty()) {
      it.kind = ItemKind::kText;
      it.length = VisibleLength(it.text);
    }
  }
}

// `6项`, `9.7%`, `1.14万亿元`: a figure called out in a box, not a headline.
bool IsFigure(const std::u32string& t) {
  return !t.empty() && t[0] >= U'0' && t[0] <= U'9' && std::count_if(t.begin(), t.end(), IsHan) <= 3;
}

}  // namespace

bool OpensWithTime(std::string_view paragraph) {
  // Only a digit or 近日/日前 can open it: test the bytes before decoding.
  if (paragraph.empty()) return false;
  if ((paragraph[0] < '0' || paragraph[0] > '9') && !paragraph.starts_with("近日") && !paragraph.starts_with("日前")) {
    return false;
  }
  const std::u32string head = DecodeUtf8(paragraph.substr(0, 60));
  if (head.rfind(U"近日", 0) == 0 || head.rfind(U"日前", 0) == 0) return true;
  std::size_t i = 0;
  while (i < head.size() && head[i] >= U'0' && head[i] <= U'9') ++i;
  return i > 0 && i <= 2 && i < head.size() && head[i] == U'月' && head.find(U'日') < 12;
}

bool EndsSentence(std::string_view s) {
  // Only the last two characters matter: decode just those.
  const std::u32string t = DecodeUtf8(Utf8Suffix(Trim(s), 2));
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
  const std::string_view head = std::string_view(it.text).substr(0, 90);
  return it.kind == ItemKind::kText && MayOpenDateline(head) && ParseDateline(NormalizeText(head)).has_value();
}

// A line that could be a headline on its own: short, no clause punctuation
// (a kicker may end with ——), not a dateline.
bool IsHeadlineShaped(const Item& it, const Layout& layout, bool news_lead_follows = false) {
  if (it.kind != ItemKind::kText || it.length < 2 || it.length > (layout.hard_wrapped ? 40 : 50)) return false;
  if (it.doubled) return true;
  const std::u32string t = DecodeUtf8(it.text);
  const bool kicker = t.size() > 2 && t.substr(t.size() - 2) == U"——";
  // About the full width of its column (a paragraph's first line is indented
  // two): body text.
  if (layout.hard_wrapped && layout.blank_every_line && !kicker && !news_lead_follows &&
      (it.length + 4 >= it.local_width || IsFigure(t))) {
    return false;
  }
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
  // A full-width line is a news headline when a dated lead follows it.
  const bool lead = i + 1 < items.size() && items[i + 1].kind == ItemKind::kText && OpensWithTime(items[i + 1].text);
  if (!after_sentence_end || !IsHeadlineShaped(items[i], layout, lead)) return false;
  std::size_t j = i + 1;
  while (j < items.size() && items[j].blank_before == 0 && IsHeadlineShaped(items[j], layout)) ++j;
  return j == items.size() || items[j].blank_before > 0 || items[j].kind != ItemKind::kText ||
         StartsWithDateline(items[j]);
}

// A name line (page_lines.h) with a headline-shaped line under it.
bool IsKickerOverHeadline(const std::vector<Item>& items, std::size_t i, const Layout& layout) {
  return i + 1 < items.size() && items[i].kind == ItemKind::kText && IsNameLine(items[i].text) &&
         IsHeadlineShaped(items[i + 1], layout, /*news_lead_follows=*/true) && !IsNameLine(items[i + 1].text);
}

// A section label printed at the top of a page (` 高 层 要 论`, ` 领导要论`):
// letter-spaced, or a four-character label after a finished sentence.
bool IsPageLabel(const Item& it, bool after_sentence_end) {
  if (!it.indented || it.doubled || it.length < 2 || it.length > 8) return false;
  const std::u32string t = DecodeUtf8(it.text);
  if (!std::all_of(t.begin(), t.end(), [](char32_t c) { return IsHan(c) || c == U' ' || c == U'\u3000'; })) return false;
  const bool spaced = t.size() >= 3 && (t[1] == U' ' || t[1] == U'\u3000');
  return spaced || (after_sentence_end && t.size() <= 4);  // subheadings run longer
}

bool StartsNewParagraph(std::string_view prev, const Item& it, const Layout& layout) {
  if (!EndsSentence(prev)) return false;  // a sentence broken by layout, even across a gap
  if (!layout.hard_wrapped) return true;
  return VisibleLength(prev) + 2 <= it.local_width || (it.blank_before > 0 && !layout.blank_every_line);
}

// Short text of one statement: no clause punctuation, not a lead-in (：).
bool IsTitleText(std::string_view text) {
  const std::size_t n = VisibleLength(text, 40);
  if (n < 4 || n > 40) return false;
  const std::u32string t = DecodeUtf8(Trim(text));
  constexpr std::u32string_view kClause = U"。，；！？、,;!?：:";
  return std::none_of(t.begin(), t.end(), [&](char32_t c) { return kClause.find(c) != std::u32string_view::npos; });
}

// In magazines a headline sits right over its ■ byline. Where a blank line
// follows every line, width says nothing, so the byline decides: short text
// of one statement over it, after a finished sentence, is the headline.
void PromoteHeadlinesOverBylines(std::vector<Block>* blocks) {
  for (std::size_t i = 0; i + 1 < blocks->size(); ++i) {
    Block& b = (*blocks)[i];
    const Block& next = (*blocks)[i + 1];
    if (b.kind != BlockKind::kParagraph || next.kind != BlockKind::kByline || !next.byline.marked) continue;
    const Block* prev = i > 0 ? &(*blocks)[i - 1] : nullptr;
    if (prev && prev->kind == BlockKind::kParagraph && !EndsSentence(prev->text)) continue;
    if (IsTitleText(b.text)) b.kind = BlockKind::kHeadline;
  }
}

}  // namespace

PageBlocks ReadBlocks(std::string_view page) {
  std::vector<Item> items = ReadItems(page);
  const Layout layout = MeasureLayout(items);
  PageBlocks result;
  result.loose = layout.hard_wrapped && layout.blank_every_line;
  if (result.loose) {
    DemoteBareBylines(&items);
    MeasureLocalWidths(layout, &items);
  } else {
    for (Item& it : items) it.local_width = layout.width;
  }
  std::vector<Block>& blocks = result.blocks;
  blocks.reserve(items.size());
  std::string_view last_line;    // the last text line of the open paragraph (items stay put)
  bool paragraph_open = false;
  bool after_sentence_end = true;
  bool after_kicker = false;    // the last block is a name kicker headline (page_lines.h)
  bool after_headline = false;  // the last block is a headline
  for (std::size_t i = 0; i < items.size(); ++i) {
    const bool kicked = std::exchange(after_kicker, false);
    const bool headed = std::exchange(after_headline, false);
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
        if (result.loose && IsPageLabel(it, after_sentence_end || !paragraph_open)) {
          blocks.push_back({BlockKind::kHeadline, 0, it.text, it.blank_before, {}, {}});
          blocks.back().section_label = true;
          break;
        }
        // Under a name kicker, a line as wide as its column is still the
        // headline, and so is a —— subtitle under a headline; a name kicker
        // over a headline can be set in the middle of another column's sentence.
        if (it.doubled || IsHeadline(items, i, after_sentence_end || !paragraph_open, layout) ||
            ((kicked || (headed && result.loose && it.text.starts_with("——"))) &&
             IsHeadlineShaped(it, layout, /*news_lead_follows=*/true)) ||
            (result.loose && IsKickerOverHeadline(items, i, layout))) {
          blocks.push_back({BlockKind::kHeadline, 0, it.text, it.blank_before, {}, {}});
          blocks.back().doubled = it.doubled;
          // Where every line is followed by a blank, a long headline is as
          // likely an in-text subheading: other signals decide there.
          blocks.back().news_headline = layout.hard_wrapped && !layout.blank_every_line && IsNewsHeadline(it.text);
          paragraph_open = false;
          after_sentence_end = true;
          after_kicker = result.loose && IsNameLine(it.text);
          after_headline = true;
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
  if (result.loose) PromoteHeadlinesOverBylines(&blocks);
  return result;
}

}  // namespace zhcorpus::article
