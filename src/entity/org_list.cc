// Lists whose items share one head written once at the end:
// 柯桥纺织、上虞新材料等省级高新区 names two zones, 柯桥纺织高新区 and
// 上虞新材料高新区 (ANNOTATION_NOTES `org`). Only named items count: each
// begins with a place or a proper name (a verb before the first item's place
// is the clause's), and the list ends with 等 or a count before the
// (qualified) head: 甲地X产业、乙地Y产业两家省级高新区.
#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxItems = 8;
constexpr std::uint32_t kMaxItemLength = 8;  // code points

bool IsListSeparator(std::u32string_view w) { return w == U"、" || w == U"和" || w == U"及" || w == U"与"; }

}  // namespace

bool Walker::TryElidedList(std::uint32_t head_start, std::uint32_t head_end, const Head& head) {
  if (head.cls != HeadClass::kStrong || head.kind == "company" || head_start == 0) return false;
  // Back over qualifiers and counts (省级, 两家) to 等.
  std::size_t t = TokenAt(head_start - 1);
  if (doc_.tokens[t].end != head_start) return false;
  bool counted = false;
  for (int skipped = 0; t > 0 && skipped < 3; ++skipped) {
    const Token& tok = doc_.tokens[t];
    const std::u32string_view w = text_.substr(tok.start, tok.end - tok.start);
    if (tok.pos != "m" && !IsQualifier(w)) break;
    counted = counted || tok.pos == "m";
    --t;
  }
  // The list closes with 等, or with the count of its items (甲、乙两家省级高新区).
  if (text_.substr(doc_.tokens[t].start, doc_.tokens[t].end - doc_.tokens[t].start) != U"等") {
    if (!counted) return false;
    ++t;
  }
  if (t == 0) return false;

  // Items right to left, each a run of tokens up to a separator.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> items;
  std::size_t i = t;
  while (i > 0 && items.size() < kMaxItems) {
    const std::uint32_t item_end = doc_.tokens[i - 1].end;
    std::size_t j = i;
    bool named = false;
    while (j > 0) {
      const Token& tok = doc_.tokens[j - 1];
      if (IsListSeparator(text_.substr(tok.start, tok.end - tok.start))) break;
      const Role r = Classify(j - 1, tok.start, tok.end);
      if (r == Role::kStop || r == Role::kVerb || r == Role::kConj || r == Role::kNational) break;
      // A verbal noun before the item's place is the clause's verb (建设 + 某地纺织).
      if (named && (tok.pos == "vn" || tok.pos == "v")) break;
      named = named || r == Role::kName || r == Role::kRegion;
      --j;
    }
    if (j == i || item_end - doc_.tokens[j].start > kMaxItemLength) break;
    const Token& first = doc_.tokens[j];
    const Role fr = Classify(j, first.start, first.end);
    if (fr != Role::kName && fr != Role::kRegion) break;
    items.emplace_back(first.start, item_end);
    const bool separated = j > 0 && IsListSeparator(text_.substr(doc_.tokens[j - 1].start,
                                                                 doc_.tokens[j - 1].end - doc_.tokens[j - 1].start));
    if (!separated) break;
    i = j - 1;
  }
  if (items.size() < 2) return false;
  const std::u32string_view head_word = text_.substr(head_start, head_end - head_start);
  // Items that carry the head themselves (甲实验室、乙实验室两个实验室) are whole names, found on their own.
  for (const auto& [start, end] : items) {
    if (text_.substr(start, end - start).ends_with(head_word)) return false;
  }
  const std::string head_text = EncodeUtf8(head_word);
  for (const auto& [start, end] : items) {
    Candidate c;
    c.start = start;
    c.end = end;
    c.body_end = c.head_end = end;
    c.kind = head.kind;
    c.name = EncodeUtf8(std::u32string_view(doc_.text).substr(start, end - start)) + head_text;
    Add(std::move(c));
  }
  return true;
}

}  // namespace zhcorpus::org
