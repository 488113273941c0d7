#include "eval/timex_cases.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <map>

#include "entity/entity_norm_json.h"
#include "numbers/number_parser.h"
#include "util/word_lists.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::timex {
namespace {

using Words = std::initializer_list<std::u32string_view>;

// The scope words of data/timex_scope_words.tsv (it notes where they come from).
const WordLists& ScopeWords() { return WordLists::Compiled("timex_scope_words"); }

// The list `name`, decoded once.
const std::vector<std::u32string>& List(std::string_view name) {
  static const auto* const kLists = [] {
    auto* lists = new std::map<std::string, std::vector<std::u32string>, std::less<>>;
    for (const std::string& list : ScopeWords().ListNames()) (*lists)[list] = ScopeWords().GetU32(list);
    return lists;
  }();
  auto it = kLists->find(name);
  if (it == kLists->end()) ScopeWords().Get(name);  // throws, naming the file and the list
  return it->second;
}

bool Has(std::u32string_view s, Words words) {
  for (auto w : words) {
    if (s.find(w) != std::u32string_view::npos) return true;
  }
  return false;
}

bool Has(std::u32string_view s, const std::vector<std::u32string>& words) {
  for (const std::u32string& w : words) {
    if (s.find(w) != std::u32string_view::npos) return true;
  }
  return false;
}

// A list of `unit=factor` words, as a map.
std::map<std::string, double> Factors(std::string_view name) {
  std::map<std::string, double> out;
  for (const auto& [word, value] : ScopeWords().GetValued(name)) out[EncodeUtf8(word)] = std::stod(value);
  return out;
}

bool Near(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b)); }
double Num(const Json& j) { return j.is_number() ? j.get<double>() : std::stod(j.get<std::string>()); }
Json N(const Entity& e) { return ToJson(e.norm); }
std::string Dump(const Entity& e) { return e.text + " " + N(e).dump(); }

// "三天前", "前两天", "未来3个月": periods counted from now, not calendar dates.
bool IsCountedOffset(std::u32string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    for (const std::u32string& w : List("offset_before_number")) {
      if (s.substr(i, w.size()) == w && i + w.size() < s.size() && IsNumeralChar(s[i + w.size()])) return true;
    }
  }
  return Has(s, List("offset_ending"));
}

// A date case outside docs/entities.md: holidays, weeks, clock times, Cantonese,
// counted offsets, numeric-only formats (2019/04/19), non-dates (上年).
bool DateOutOfScope(std::u32string_view s) {
  bool han = std::any_of(s.begin(), s.end(), [](char32_t c) { return IsHan(c); });
  bool numeric_format = false;
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    numeric_format |= (s[i] == U'/' || s[i] == U'.' || s[i] == U'-' || s[i] == U'·') && ArabicDigit(s[i - 1]) >= 0 &&
                      ArabicDigit(s[i + 1]) >= 0;
  }
  return !han || numeric_format || Has(s, List("holiday")) || Has(s, List("week")) || Has(s, List("clock")) ||
         Has(s, List("cantonese")) || Has(s, List("not_date")) || Has(s, List("lunar_or_modified")) || IsCountedOffset(s);
}

std::optional<CivilDate> Date(const std::string& iso) { return ParseIsoDate(iso.substr(0, 10)); }

// The first and last day a date value covers: "2024", "2024-03", "2024-Q1", "2024-03-14", "A/B".
std::optional<std::pair<CivilDate, CivilDate>> Interval(const std::string& value) {
  if (auto slash = value.find('/'); slash != std::string::npos) {
    auto a = Interval(value.substr(0, slash)), b = Interval(value.substr(slash + 1));
    if (!a || !b) return std::nullopt;
    return std::make_pair(a->first, b->second);
  }
  if (value.find('X') != std::string::npos || value.size() < 4) return std::nullopt;
  int y = std::stoi(value.substr(0, 4));
  auto last_day = [&](int m) { return DaysInMonth(y, m); };
  if (value.size() == 4) return std::make_pair(CivilDate{y, 1, 1}, CivilDate{y, 12, 31});
  if (value.size() == 5 && value[4] == 's') return std::make_pair(CivilDate{y, 1, 1}, CivilDate{y + 9, 12, 31});
  if (value[5] == 'Q' || value[5] == 'H') {
    int n = value[6] - '0', months = value[5] == 'Q' ? 3 : 6;
    int m1 = (n - 1) * months + 1, m2 = n * months;
    return std::make_pair(CivilDate{y, m1, 1}, CivilDate{y, m2, last_day(m2)});
  }
  int m = std::stoi(value.substr(5, 2));
  if (value.size() == 7) return std::make_pair(CivilDate{y, m, 1}, CivilDate{y, m, last_day(m)});
  int d = std::stoi(value.substr(8, 2));
  return std::make_pair(CivilDate{y, m, d}, CivilDate{y, m, d});
}


// Duckling's grains as the last day of a period starting at `d`.
std::optional<CivilDate> GrainEnd(CivilDate d, const std::string& grain) {
  if (grain == "day") return d;
  if (grain == "month") return CivilDate{d.year, d.month, DaysInMonth(d.year, d.month)};
  if (grain == "year") return CivilDate{d.year, 12, 31};
  return std::nullopt;
}

const std::map<std::string, double>& Seconds() {
  static const std::map<std::string, double> kSeconds = Factors("seconds");
  return kSeconds;
}

}  // namespace

Document Judge::Doc(const std::string& input, std::optional<CivilDate> date) const {
  Document doc;
  for (char32_t c : DecodeUtf8(input)) {
    if (c != U' ' && c != U'\u3000') doc.text.push_back(c);
  }
  doc.simplified = view_.Convert(doc.text);
  doc.date = date;
  return doc;
}

std::vector<Entity> Judge::Metrics(const Document& doc) const {
  std::vector<Entity> out;
  metrics_.Recognize(doc, &out);
  for (Entity& e : out) e.text = EncodeUtf8(std::u32string_view(doc.simplified).substr(e.start, e.end - e.start));
  return out;
}

Outcome Judge::DucklingNumeral(const Json& c) const {
  Document doc = Doc(c["input"]);
  static constexpr std::u32string_view kAllowed = U"0123456789,.点零〇一二两三四五六七八九十百千万亿壹贰叁参肆伍陆柒捌玖拾佰仟";
  Outcome o;
  o.in_scope = std::all_of(doc.simplified.begin(), doc.simplified.end(),
                           [](char32_t ch) { return kAllowed.find(ch) != std::u32string_view::npos; });
  auto d = ParseNumber(doc.simplified);
  o.passed = d && !d->ToJson().is_null() && Near(d->ToJson().get<double>(), Num(c["expected"]["value"]));
  o.detail = d ? d->ToJson().dump() : "no number";
  return o;
}

Outcome Judge::DucklingOrdinal(const Json& c) const {
  auto found = Metrics(Doc(c["input"]));
  Outcome o{true, found.size() == 1 && N(found[0])["kind"] == "rank" &&
                      Near(Num(N(found[0])["value"]), Num(c["expected"]["value"]))};
  o.detail = found.empty() ? "none" : Dump(found[0]);
  return o;
}

// One money metric with this value (or min/max), unit and bound.
Outcome MoneyOutcome(const std::vector<Entity>& all, const std::vector<std::string>& units, std::optional<double> value,
                     std::optional<std::pair<double, double>> range, const char* approx) {
  std::vector<const Entity*> money;
  for (const Entity& e : all) {
    if (N(e)["kind"] == "money") money.push_back(&e);
  }
  Outcome o{true, false, money.empty() ? "none" : Dump(*money[0])};
  if (money.size() != 1) return o;
  const Json n = N(*money[0]);
  bool unit_ok = std::find(units.begin(), units.end(), n["unit"].get<std::string>()) != units.end();
  bool value_ok = false;
  if (range) {
    value_ok = (n.contains("min") && Near(Num(n["min"]), range->first) && Near(Num(n["max"]), range->second)) ||
               (n["approx"] == "over" && n["value"].is_number() && Near(Num(n["value"]), range->first));
  } else if (value) {
    value_ok = n["value"].is_number() && Near(Num(n["value"]), *value);
  }
  bool approx_ok = !approx || n["approx"] == approx;
  o.passed = unit_ok && value_ok && approx_ok;
  return o;
}

Outcome Judge::DucklingMoney(const Json& c) const {
  Document doc = Doc(c["input"]);
  const Json& e = c["expected"];
  // Sub-units (角 分 毛), Cantonese (蚊 仙 毫 个) and elided sub-units (一块二) are out of scope.
  bool elided = false;
  for (std::size_t i = 0; i + 1 < doc.simplified.size(); ++i) {
    elided |= (doc.simplified[i] == U'块' || doc.simplified[i] == U'元') && IsNumeralChar(doc.simplified[i + 1]);
  }
  if (elided || Has(doc.simplified, List("duckling_money_out"))) return {};
  std::string unit = e["unit"];
  std::vector<std::string> units = unit == "HKD" ? std::vector<std::string>{"港元"} : std::vector<std::string>{"元"};
  std::string kind = e["kind"];
  std::optional<std::pair<double, double>> range;
  if (kind == "between") range = std::make_pair(Num(e["from"]), Num(e["to"]));
  std::optional<double> value;
  if (!range) value = Num(e["value"]);
  const char* approx = kind == "above" ? "at_least" : kind == "under" ? "at_most" : nullptr;
  return MoneyOutcome(Metrics(doc), units, value, range, approx);
}

Outcome Judge::JioMoney(const Json& c) const {
  Document doc = Doc(c["input"]);
  // Sub-units, informal k/w, vague counts (几 数) and figures with no currency are out of scope.
  if (Has(doc.simplified, List("jionlp_money_out"))) return {};
  if (!Has(doc.simplified, List("jionlp_money_currency"))) return {};
  const Json& e = c["expected"];
  std::optional<std::pair<double, double>> range;
  std::optional<double> value;
  if (e["num"].is_array()) range = std::make_pair(Num(e["num"][0]), Num(e["num"][1]));
  else value = Num(e["num"]);
  return MoneyOutcome(Metrics(doc), {e["case"].get<std::string>()}, value, range, nullptr);
}

Outcome Judge::JioExtractMoney(const Json& c) const {
  std::vector<std::string> expected;
  for (const Json& m : c["expected"]) {
    std::u32string t = view_.Convert(DecodeUtf8(m["text"].get<std::string>()));
    if (Has(t, List("jionlp_extract_money_out")) || Has(t, {U"(", U"（", U" "})) return {};  // or a note in brackets
    expected.push_back(EncodeUtf8(t));
  }
  Document doc = Doc(c["input"]);
  std::vector<std::string> ours;
  for (const Entity& e : Metrics(doc)) {
    if (N(e)["kind"] == "money") ours.push_back(e.text);
  }
  std::sort(expected.begin(), expected.end());
  std::sort(ours.begin(), ours.end());
  std::string detail;
  for (const auto& s : ours) detail += s + "; ";
  return {true, ours == expected, detail};
}

Outcome Judge::DucklingDuration(const Json& c) const {
  Document doc = Doc(c["input"]);
  const std::u32string& s = doc.simplified;
  // Cantonese 钟 (hour) and 字 (5 minutes), compound durations, and N月/N日
  // (a calendar month or day in docs/entities.md) are out of scope.
  int units = 0;
  for (const std::u32string& w : List("duration_unit")) units += s.find(w) != std::u32string::npos;
  bool bare_minute = s.find(U"分") != std::u32string::npos && s.find(U"分钟") == std::u32string::npos;
  bool bare_hour = s.find(U"钟") != std::u32string::npos && s.find(U"分钟") == std::u32string::npos &&
                   s.find(U"秒钟") == std::u32string::npos;
  bool calendar = s.find(U"日") != std::u32string::npos ||
                  (s.find(U"月") != std::u32string::npos && s.find(U"个月") == std::u32string::npos);
  if (units > 1 || bare_minute || bare_hour || calendar || Has(s, {U"字"})) return {};
  auto found = Metrics(doc);
  Outcome o{true, false, found.empty() ? "none" : Dump(found[0])};
  if (found.size() != 1 || N(found[0])["kind"] != "duration" || !N(found[0])["value"].is_number()) return o;
  auto ours = Seconds().find(N(found[0])["unit"].get<std::string>());
  auto theirs = Seconds().find(c["expected"]["unit"].get<std::string>());
  o.passed = ours != Seconds().end() && theirs != Seconds().end() &&
             Near(Num(N(found[0])["value"]) * ours->second, Num(c["expected"]["value"]) * theirs->second);
  return o;
}

Outcome Judge::DucklingQuantity(const Json& c) const {
  static const std::map<std::string, double> kGrams = Factors("grams");
  Document doc = Doc(c["input"]);
  // Compound weights (3斤5两) are out of scope: two figures, one quantity.
  if (Has(doc.simplified, {U"斤"}) && Has(doc.simplified, {U"两"}) && doc.simplified.front() != U'两') return {};
  auto found = Metrics(doc);
  Outcome o{true, false, found.empty() ? "none" : Dump(found[0])};
  if (found.size() != 1 || !N(found[0])["value"].is_number()) return o;
  auto unit = kGrams.find(N(found[0])["unit"].get<std::string>());
  o.passed = unit != kGrams.end() && Near(Num(N(found[0])["value"]) * unit->second, Num(c["expected"]["value"]));
  return o;
}

Outcome Judge::DateCase(const std::string& input, std::optional<CivilDate> ref, CivilDate from, CivilDate to) const {
  Document doc = Doc(input, ref);
  if (DateOutOfScope(doc.simplified)) return {};
  std::vector<Entity> found;
  dates_.Recognize(doc, &found);
  Outcome o{true, false, "none"};
  if (found.empty()) return o;
  o.detail = N(found[0]).dump();
  if (found.size() != 1 || !N(found[0])["value"].is_string()) return o;
  auto span = Interval(N(found[0])["value"]);
  o.passed = span && span->first == from && span->second == to && N(found[0])["mod"].is_null();
  return o;
}

Outcome Judge::DucklingTime(const Json& c) const {
  const Json& e = c["expected"];
  std::string input = c["input"];
  auto ref = Date(c["reference"].get<std::string>());
  auto start = Date(e.value("start", std::string()));
  if (!ref || !start || e.contains("holiday")) return {};
  std::string grain = e.value("grain", "");
  if (e["kind"] == "time_point") {
    auto end = GrainEnd(*start, grain);
    if (!end || e["start"].get<std::string>().size() != 19 || e["start"].get<std::string>().substr(10) != "T00:00:00") return {};
    return DateCase(input, ref, *start, *end);
  }
  // Intervals are in scope when the text states both ends (到 至 -).
  auto end = Date(e.value("end_exclusive", std::string()));
  std::u32string s = DecodeUtf8(input);
  if (!end || !GrainEnd(*start, grain) || !Has(s, List("interval_mark"))) return {};
  return DateCase(input, ref, *start, AddDays(*end, -1));
}

Outcome Judge::JioTime(const Json& c) const {
  const Json& e = c["expected"];
  // Non-default options (ret_future: the next such date) are not how docs/entities.md resolves dates.
  if (c.contains("options") && c["options"].is_object() && !c["options"].empty()) return {};
  if (e["definition"] != "accurate" || (e["type"] != "time_point" && e["type"] != "time_span")) return {};
  auto ref = c["reference"].is_string() ? Date(c["reference"].get<std::string>()) : std::nullopt;
  if (!e["time"].is_array() || e["time"].size() != 2 || !e["time"][0].is_string() || !e["time"][1].is_string()) return {};
  std::string a = e["time"][0], b = e["time"][1];
  if (!ref || a.size() != 19 || b.size() != 19 || a.substr(11) != "00:00:00" || b.substr(11) != "23:59:59") return {};
  return DateCase(c["input"], ref, *Date(a), *Date(b));
}

Outcome Judge::JioExtractTime(const Json& c) const {
  std::vector<std::string> expected;
  for (const Json& m : c["expected"]) {
    std::u32string t = view_.Convert(DecodeUtf8(m["text"].get<std::string>()));
    if (DateOutOfScope(t) || (m["type"] != "time_point" && m["type"] != "time_span")) return {};
    expected.push_back(EncodeUtf8(t));
  }
  Document doc = Doc(c["input"], CivilDate{2021, 6, 14});
  std::vector<Entity> found;
  dates_.Recognize(doc, &found);
  std::vector<std::string> ours;
  for (const Entity& e : found) ours.push_back(EncodeUtf8(std::u32string_view(doc.simplified).substr(e.start, e.end - e.start)));
  std::sort(expected.begin(), expected.end());
  std::sort(ours.begin(), ours.end());
  std::string detail;
  for (const auto& s : ours) detail += s + "; ";
  return {true, ours == expected, detail};
}

}  // namespace zhcorpus::timex
