// Dates: absolute, partial and relative calendar expressions, periods and
// ranges (ENTITIES.md `date`). A mention is parsed into components from the
// coarsest (year) to the finest (day); relative parts are resolved only
// against the record's date, anchored ones (次月) against the previous date.
#include <cstdio>
#include <optional>

#include "entity/entity_norm_json.h"
#include "numbers/date_scanner.h"

namespace zhcorpus {
namespace dates {

// 次月, 翌年, 次日: one step after the previous absolute date in the text.
std::optional<std::size_t> DateScanner::Anchored(std::size_t p, Point* pt) const {
  if (!(At(t_, p) == U'次' || At(t_, p) == U'翌')) return std::nullopt;
  char32_t c = At(t_, p + 1);
  const std::optional<Point>& anchor = c == U'年' ? last_year_ : c == U'月' ? last_month_ : last_day_;
  if (!anchor) return std::nullopt;
  const Point& a = *anchor;
  *pt = Point{};
  pt->anchored = true;
  if (c == U'年') {
    pt->year = {a.year.value + 1, true, false};
    pt->grain = kYear;
  } else if (c == U'月' && a.month.set) {
    int m = a.month.value + 1;
    pt->year = {a.year.value + (m > 12), true, false};
    pt->month = {m > 12 ? 1 : m, true, false};
    pt->grain = kMonth;
  } else if (c == U'日' && a.day.set) {
    CivilDate d = AddDays({a.year.value, a.month.value, a.day.value}, 1);
    pt->year = {d.year, true, false}, pt->month = {d.month, true, false}, pt->day = {d.day, true, false};
    pt->grain = kDay;
  } else {
    return std::nullopt;
  }
  return p + 2;
}

// 前三季度 (Q1/Q3 of the year), 今年前5个月 (months 1 to 5): the first N
// periods of a year. Months need the year written: a bare 前5个月 counts back.
std::optional<std::size_t> DateScanner::FirstPeriods(std::size_t i, std::size_t p, Point* a) {
  if (a->grain > kYear || At(t_, p) != U'前') return std::nullopt;
  auto n = ParseNumberAt(t_, p + 1);
  if (!n || !n->value.AsInt()) return std::nullopt;
  int count = static_cast<int>(*n->value.AsInt());
  bool quarters = StartsWith(t_, n->end, U"季度") || StartsWith(t_, n->end, U"个季度");
  bool months = a->grain == kYear && StartsWith(t_, n->end, U"个月");
  if ((!quarters && !months) || count < 1 || count > (quarters ? 4 : 12)) return std::nullopt;
  if (a->grain == kNone) a->year = {0, true, true};
  Point b = *a;
  Level level = quarters ? kQuarter : kMonth;
  Assign(level, 1, a);
  Assign(level, count, &b);
  std::size_t end = n->end + (At(t_, n->end) == U'个' ? 1 : 0) + (quarters ? 2 : 1);
  Emit(i, end, *a, &b);
  return end;
}

// One mention at i (a point or a range A/B); returns its end, or i when none.
std::size_t DateScanner::Mention(std::size_t i) {
  Point a;
  if (auto e = Anchored(i, &a)) {
    Emit(i, *e, a, nullptr);
    return *e;
  }
  std::size_t p = Components(i, &a);
  if (a.impossible) return p;  // skipped whole: its 30日 is not another date
  if (auto e = FirstPeriods(i, p, &a)) return *e;
  // A bare number before a separator takes its level from B: 2023—2027年, 5月22—25日.
  std::optional<NumberMatch> pending;
  // (Not right after another date's 月 or 日: 1月3至2月10 is no 3至2月.)
  bool after_date = i > 0 && (t_[i - 1] == U'月' || t_[i - 1] == U'日' || t_[i - 1] == U'年' || t_[i - 1] == U'号');
  if (auto n = ParseNumberAt(t_, p); n && scan::RangeSeparator(t_, n->end) && !n->decimal_point && !(p == i && after_date)) {
    pending = n;
    p = n->end;
  }
  if (a.grain == kNone && !pending) return i;
  if (std::size_t sep = scan::RangeSeparator(t_, p)) {
    Point b;
    Level first = kNone;
    std::size_t q = p + sep;
    Point probe;
    in_range_ = true;
    std::size_t e = Components(q, &probe);
    in_range_ = false;
    if (e > q) {
      // The level of B's first component.
      first = probe.decade ? kDecade : probe.year.set ? kYear : probe.half ? kHalf : probe.quarter ? kQuarter
              : probe.month.set ? kMonth : kDay;
      // B restates A's finest level, maybe with coarser parts (8月11日至8月22日);
      // a pending number is one level finer than A (2019年2至5月).
      bool ok = pending ? first > a.grain && Assign(first, static_cast<int>(pending->value.AsInt().value_or(0)), &a) &&
                              (first != kYear || scan::IsYearNumber(*pending))
                        : first <= a.grain && probe.grain == a.grain;
      if (ok) {
        b = probe;
        if (first > kYear && !b.year.set) b.year = a.year;
        if (first > kMonth && !b.month.set) b.month = a.month;
        if (!a.mod) a.mod = nullptr;
        Emit(i, e, a, &b);
        return e;
      }
    }
  }
  if (a.grain == kNone) return i;
  std::size_t end = pending ? pending->start : p;
  Emit(i, end, a, nullptr);
  return end;
}

Json DateScanner::Format(const Point& pt, bool* relative, bool* unresolved) const {
  const std::optional<CivilDate>& ref = doc_.date;
  int y = pt.year.value, m = pt.month.value, d = pt.day.value;
  bool any_rel = pt.year.rel || pt.month.rel || pt.day.rel;
  bool partial = !pt.year.set && pt.grain != kDecade;
  if (any_rel && !ref) { *relative = true; *unresolved = true; return nullptr; }
  if (pt.day.rel) {
    CivilDate c = AddDays(*ref, pt.day.value);
    y = c.year, m = c.month, d = c.day;
  } else if (pt.month.rel) {
    int idx = ref->year * 12 + (ref->month - 1) + pt.month.value;
    y = idx / 12, m = idx % 12 + 1;
  } else if (pt.year.rel) {
    y = ref->year + pt.year.value;
  } else if (partial && ref) {
    y = ref->year;  // 3月14日, 一季度, 上半年: the record's year
    if (!pt.month.set && pt.day.set) m = ref->month;  // 19日: the record's month too
  }
  *relative |= any_rel || (partial && y != 0);
  char buf[40];
  std::string year = y ? (std::snprintf(buf, sizeof buf, "%04d", y), std::string(buf)) : "XXXX";
  auto two = [&](int v) { return v ? (std::snprintf(buf, sizeof buf, "%02d", v), std::string(buf)) : std::string("XX"); };
  switch (pt.grain) {
    case kDecade: return std::to_string(pt.decade) + "s";
    case kYear: return year;
    case kHalf: return year + "-H" + std::to_string(pt.half);
    case kQuarter: return year + "-Q" + std::to_string(pt.quarter);
    case kMonth: return year + "-" + two(m);
    default: return year + "-" + two(m) + "-" + two(d);
  }
}

void DateScanner::Emit(std::size_t s, std::size_t e, const Point& a, const Point* b) {
  auto s32 = static_cast<std::uint32_t>(s), e32 = static_cast<std::uint32_t>(e);
  if (doc_.IsOpaque(s32, e32)) return;
  bool relative = false, unresolved = false;
  Json value = Format(a, &relative, &unresolved);
  const Point& fine = b ? *b : a;
  if (b) {
    Json vb = Format(*b, &relative, &unresolved);
    value = unresolved ? Json(nullptr) : Json(value.get<std::string>() + "/" + vb.get<std::string>());
  }
  static constexpr const char* kGrains[] = {"", "decade", "year", "half", "quarter", "month", "day"};
  Entity ent;
  ent.type = "date";
  ent.start = s32;
  ent.end = e32;
  ent.norm.Set("value", NormValueFromJson(value));
  ent.norm.Set("grain", kGrains[fine.grain]);
  ent.norm.Set("mod", fine.mod ? NormValue(fine.mod) : (a.mod ? NormValue(a.mod) : NormValue()));
  ent.norm.Set("relative", relative && !a.anchored);
  ent.priority = 1;
  out_->push_back(std::move(ent));
  last_end_ = e;
  last_grain_ = fine.grain;
  if (!fine.year.set || fine.year.rel || unresolved || a.anchored) return;
  last_year_ = fine;
  if (fine.month.set && !fine.month.rel) last_month_ = fine;
  if (fine.day.set && !fine.day.rel) last_day_ = fine;
}

void DateScanner::Run() {
  std::size_t i = 0;
  while (i < t_.size()) {
    char32_t c = t_[i];
    bool opener = IsNumeralChar(c) || c == U'今' || c == U'去' || c == U'明' || c == U'前' || c == U'后' ||
                  c == U'本' || c == U'上' || c == U'下' || c == U'这' || c == U'昨' || c == U'年' || c == U'全' ||
                  c == U'次' || c == U'翌' || c == U'第' || c == U'大' || c == U'首';
    bool mid_number = i > 0 && (IsNumeralChar(t_[i - 1]) || scan::IsAsciiAlnum(t_[i - 1]) || t_[i - 1] == U'.') &&
                      (IsNumeralChar(c) || c == U'第');
    if (!opener || mid_number) { ++i; continue; }
    std::size_t e = Mention(i);
    if (e > i) { i = e; continue; }
    // Skip the rest of a number that did not start a date (5年多, 3.5).
    if (IsNumeralChar(c)) {
      auto n = ParseNumberAt(t_, i);
      i = n ? std::max<std::size_t>(n->end, i + 1) : i + 1;
    } else {
      ++i;
    }
  }
}

}  // namespace dates

void DateExtractor::Recognize(const Document& doc, std::vector<Entity>* out) const { dates::DateScanner(doc, out).Run(); }

}  // namespace zhcorpus
