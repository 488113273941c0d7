// Lists under 分别: the n-th subject of a list goes with the n-th figure.
#include "numbers/indicator_linker.h"

#include <algorithm>
#include <deque>

#include "zhcorpus/utf8.h"

namespace zhcorpus::indicator {

// 甲、乙分别增长3%和7%: the n-th subject goes with the n-th figure;
// 杭州、宁波…分别达8万件、6万件: the n-th place with the n-th figure.
void Linker::Distribute(std::size_t i, Reading* r) {
  const Entity& m = E(i);
  const std::uint32_t clause = v_.ClauseStart(m.start, true), clause_end = v_.ClauseEnd(m.end, true);
  std::size_t k = v_.TokenFrom(clause);
  std::size_t each = v_.token_count();
  for (; k < v_.token_count() && v_.token(k).end <= m.start; ++k) {
    if (v_.Word(k) == U"分别") each = k;
  }
  if (each == v_.token_count()) return;
  std::vector<std::size_t> group;
  for (auto it = ReadingsFrom(v_.token(each).end); it != readings_.end() && E(it->first).start <= clause_end; ++it) {
    if (E(it->first).end <= clause_end) group.push_back(it->first);
  }
  const auto at = std::find(group.begin(), group.end(), i) - group.begin();
  if (group.size() < 2) return;
  std::deque<Phrase> items;
  std::ptrdiff_t before = static_cast<std::ptrdiff_t>(each) - 1;
  // 甲、乙同比分别增长: a scope word between the list and 分别 only says against what.
  while (before >= 0 && v_.token(before).start >= clause && v_.HasRole(before, kScope) && v_.EntityOfToken(before) < 0) --before;
  bool comma_seen = false, joined = false;  // 、 read between items; the item before 及 continues
  bool named_back = false;                   // 两项指标分别: the list is a count of what came before
  std::string joined_word;                   // that 和/及/与
  while (items.size() < group.size() || joined) {
    std::ptrdiff_t next = -1;
    Phrase p = v_.LeftPhrase(before, clause, &next);
    if (p.empty()) p = EnumeratedWord(before, clause, &next);
    if (p.empty()) break;
    if (joined) {
      // 甲、乙及丙、丁: after a 、 further right, 和/及/与 joins two words of one item (乙及丙).
      items.front().text = p.text + joined_word + items.front().text;
      items.front().start = p.start;
      joined = false;
    } else {
      items.push_front(p);
    }
    // 两项指标分别: the items counted right before 分别 are the figures named before.
    if (items.size() == 1 && next >= 0 && v_.token(next).start >= clause) {
      const int e = v_.EntityOfToken(next);
      named_back = e >= 0 && E(e).type == "metric" && E(e).norm.GetString("kind") == "count";
    }
    // 上海张江集成电路产业、武汉东湖光电子产业规模分别: the places and bodies before an item locate it.
    while (next >= 0 && v_.token(next).start >= clause && v_.EntityOfToken(next) >= 0 &&
           E(v_.EntityOfToken(next)).type != "metric") {
      next = static_cast<std::ptrdiff_t>(v_.TokenFrom(E(v_.EntityOfToken(next)).start)) - 1;
    }
    if (next < 0 || !IsListJoint(v_.Word(next))) break;
    const std::u32string_view joint = v_.Word(next);
    if (joint == U"、") {
      comma_seen = true;
    } else if (comma_seen) {
      joined = true;
      joined_word = EncodeUtf8(joint);
    }
    before = next - 1;
  }
  // 分别增长3%和7%: the verb before the first figure says what all of them are.
  if (at > 0 && r->measure == std::string_view("level")) r->measure = readings_.at(group.front()).measure;
  if (named_back) {
    if (auto before_list = IndicatorsBefore(i, clause, group.size())) {
      r->indicator = (*before_list)[at];
      return;
    }
  }
  if (items.size() == group.size()) r->indicator = SharedHead(items[at].text, items.back().text);
  else if (!items.empty()) r->indicator = items.back().text;
  else if (auto before_list = IndicatorsBefore(i, clause, group.size())) r->indicator = (*before_list)[at];
  else if (auto listed = ListedSubjectsBefore(clause, group.size())) r->indicator = (*listed)[at];
  else if (at > 0) r->same_as = static_cast<int>(group.front());
  const std::uint32_t sentence = v_.SentenceStart(m.start);
  std::vector<int> places = ListBefore("region", sentence, v_.token(each).start);
  if (places.size() == group.size()) r->region = places[at];
  std::vector<int> dates = ListBefore("date", sentence, v_.token(each).start);  // 2021年和2022年…分别为
  if (dates.size() == group.size()) r->date = dates[at];
}

// 猪、牛、羊分别出栏: a one-character noun names nothing alone, but as an
// item of a list set off by 、 it is one of the subjects the figures go to; so
// is a word the segmenter tagged a verb (超市、便利店) when a 、 follows it and
// nothing but 的, punctuation or the clause start precedes it.
Phrase Linker::EnumeratedWord(std::ptrdiff_t k, std::uint32_t clause, std::ptrdiff_t* next) const {
  Phrase p;
  if (k < 0 || v_.token(k).start < clause || v_.EntityOfToken(k) >= 0 || v_.HasRole(k, kGapRoles)) return p;
  const std::string_view pos = v_.token(k).pos;
  const bool comma_after = static_cast<std::size_t>(k) + 1 < v_.token_count() && v_.Word(k + 1) == U"、";
  const bool comma_before = k > 0 && v_.Word(k - 1) == U"、";
  if (v_.token(k).end == v_.token(k).start + 1) {
    if (!pos.starts_with("n") || !(comma_after || comma_before)) return p;
  } else {
    const bool opens = k == 0 || v_.token(k - 1).start < clause || v_.IsPunct(k - 1) || v_.Word(k - 1) == U"的";
    if (pos != "v" || !comma_after || !opens) return p;
  }
  p.start = v_.token(k).start;
  p.end = v_.token(k).end;
  p.text = EncodeUtf8(v_.Word(k));
  *next = k - 1;
  return p;
}

// The figure stands inside brackets opened in its sentence and not closed before it.
bool Linker::InAside(std::size_t i) const {
  const std::u32string_view text(v_.doc().simplified);
  const std::uint32_t sentence = v_.SentenceStart(E(i).start);
  for (std::uint32_t p = E(i).start; p > sentence && E(i).start - p < 40; --p) {
    const char32_t c = text[p - 1];
    if (c == U'）' || c == U')') return false;
    if (c == U'（' || c == U'(') return true;
  }
  return false;
}

// 营业收入56亿元，净利润7亿元，同比分别增长21%和35%: a 分别 with no subjects
// of its own distributes the last `n` indicators named before its clause in
// the sentence, one per figure; nullopt when there are fewer.
std::optional<std::vector<std::string>> Linker::IndicatorsBefore(std::size_t i, std::uint32_t clause, std::size_t n) const {
  const std::uint32_t sentence = v_.SentenceStart(E(i).start);
  std::vector<std::string> names;  // the last distinct ones, newest first
  for (auto it = readings_.lower_bound(i); it != readings_.begin();) {
    --it;
    if (E(it->first).start < sentence) break;
    if (E(it->first).end > clause || !it->second.indicator) continue;
    if (std::find(names.begin(), names.end(), *it->second.indicator) != names.end()) continue;
    names.push_back(*it->second.indicator);
    if (names.size() == n) break;
  }
  if (names.size() != n) return std::nullopt;
  std::reverse(names.begin(), names.end());
  return names;
}

// 甲、乙两类产品接单双创新高，分别年增9%、6%: a 分别 clause with no subjects
// of its own takes the `n` subjects listed at the start of the clause before
// it in the sentence; nullopt when that clause opens with another number of them.
std::optional<std::vector<std::string>> Linker::ListedSubjectsBefore(std::uint32_t clause, std::size_t n) const {
  if (clause == 0 || clause <= v_.SentenceStart(clause)) return std::nullopt;
  const std::uint32_t start = v_.ClauseStart(clause - 1, true), end = clause - 1;
  // 两大主力甲、乙…: the list may follow words that introduce it; the last
  // start giving exactly n items is the list's own first item.
  std::optional<std::vector<std::string>> found;
  for (std::size_t k = v_.TokenFrom(start); k < v_.token_count() && v_.token(k).end <= end; ++k) {
    if (v_.IsPunct(k) || v_.EntityOfToken(k) >= 0 || v_.HasRole(k, kScope)) continue;
    if (k > 0 && v_.token(k - 1).start >= start && v_.IsNounLike(k - 1)) continue;  // inside a phrase
    std::vector<std::string> items = ListFrom(k, end, n);
    if (items.size() == n) found = std::move(items);
  }
  return found;
}

// The phrases joined by 、和及与 from token k, stopping past `n`.
std::vector<std::string> Linker::ListFrom(std::size_t k, std::uint32_t end, std::size_t n) const {
  std::vector<std::string> items;
  while (k < v_.token_count() && v_.token(k).end <= end && items.size() <= n) {
    if (v_.EntityOfToken(k) >= 0) break;
    Phrase p = v_.RightPhrase(k, end);
    if (p.empty()) break;
    items.push_back(p.text);
    k = v_.TokenFrom(p.end);
    if (k >= v_.token_count() || !IsListJoint(v_.Word(k))) break;
    ++k;
  }
  return items;
}

// 先进制造业、高技术制造业增加值分别增长: an item of a 分别 list shares the
// head written only after the last item: the words after the ones they end
// with (制造业), else the last item's measurable head (电池、取暖器合格率).
std::string Linker::SharedHead(const std::string& item, const std::string& last) {
  if (item == last) return item;
  const std::u32string a = DecodeUtf8(item), b = DecodeUtf8(last);
  for (std::size_t n = std::min<std::size_t>(a.size(), 4); n >= 2; --n) {
    const std::size_t at = b.find(a.substr(a.size() - n));
    if (at != std::u32string::npos && at + n < b.size()) return item + EncodeUtf8(b.substr(at + n));
  }
  static constexpr std::u32string_view kHeads[] = {U"合格率", U"增加值", U"销售额", U"零售额", U"营业额", U"产值", U"产量", U"比重"};
  for (std::u32string_view head : kHeads) {
    if (b.ends_with(head) && !a.ends_with(head) && b.size() > head.size() && !a.ends_with(head.back())) {
      return item + EncodeUtf8(head);
    }
  }
  return item;
}

// The entities of `type` listed last before `end` (苏州、南京), in order.
std::vector<int> Linker::ListBefore(const char* type, std::uint32_t sentence, std::uint32_t end) const {
  std::vector<int> out;
  int last = -1;
  for (std::size_t j = EntityFrom(sentence); j < entities_.size() && E(j).start < end; ++j) {
    if (E(j).type != type) continue;
    std::u32string_view gap = std::u32string_view(v_.doc().simplified).substr(
        last < 0 ? E(j).start : E(last).end, last < 0 ? 0 : E(j).start - E(last).end);
    if (last >= 0 && !IsListJoint(gap)) out.clear();
    out.push_back(static_cast<int>(j));
    last = static_cast<int>(j);
  }
  return out;
}

}  // namespace zhcorpus::indicator
