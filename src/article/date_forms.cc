#include "article/date_forms.h"

#include <cstdint>
#include <cstdio>
#include <ctime>

#include "zhcorpus/document.h"

namespace zhcorpus::article {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max digits at `i`; -1 when there is none.
int ReadNumber(std::string_view s, std::size_t* i, int max_digits) {
  int value = 0, n = 0;
  while (*i < s.size() && n < max_digits && IsDigit(s[*i])) value = value * 10 + (s[(*i)++] - '0'), ++n;
  return n == 0 ? -1 : value;
}

// Consumes one separator of `kind` at `i`: '-' accepts - / . and the full
// width forms, 'y' and 'm' also 年 / 月; returns false when there is none.
bool ReadSeparator(std::string_view s, std::size_t* i, std::string_view cjk) {
  while (*i < s.size() && s[*i] == ' ') ++*i;
  if (*i < s.size() && (s[*i] == '-' || s[*i] == '/' || s[*i] == '.')) { ++*i; }
  else if (s.substr(*i, cjk.size()) == cjk) { *i += cjk.size(); }
  else if (s.substr(*i, 3) == "\xEF\xBC\x8D" || s.substr(*i, 3) == "\xEF\xBC\x8F") { *i += 3; }  // － ／
  else return false;
  while (*i < s.size() && s[*i] == ' ') ++*i;
  return true;
}

std::string Iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool Valid(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  return ParseIsoDate(Iso(y, m, d)).has_value();
}

// A date starting exactly at `i`; on success `*end` is just past it.
std::optional<std::string> DateAt(std::string_view s, std::size_t i, std::size_t* end, bool compact) {
  const std::size_t start = i;
  const int y = ReadNumber(s, &i, 4);
  if (y < 0 || i - start != 4) return std::nullopt;
  if (i + 4 <= s.size() && IsDigit(s[i])) {  // 20240301: in fields only, running text has such numbers
    if (!compact) return std::nullopt;
    const int m = (s[i] - '0') * 10 + (s[i + 1] - '0'), d = (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
    if ((i + 4 == s.size() || !IsDigit(s[i + 4])) && Valid(y, m, d)) { *end = i + 4; return Iso(y, m, d); }
    return std::nullopt;
  }
  if (!ReadSeparator(s, &i, "年")) return std::nullopt;
  const int m = ReadNumber(s, &i, 2);
  if (m < 0 || !ReadSeparator(s, &i, "月")) return std::nullopt;
  const int d = ReadNumber(s, &i, 2);
  if (d < 0 || (i < s.size() && IsDigit(s[i])) || !Valid(y, m, d)) return std::nullopt;
  if (s.substr(i, 3) == "日" || s.substr(i, 3) == "号") i += 3;
  *end = i;
  return Iso(y, m, d);
}

std::optional<std::string> FromEpoch(std::string_view s) {
  if (s.size() != 9 && s.size() != 10 && s.size() != 13) return std::nullopt;
  std::int64_t v = 0;
  for (char c : s) {
    if (!IsDigit(c)) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  if (s.size() == 13) v /= 1000;
  // Chinese news: the calendar day in China (UTC+8).
  const std::time_t t = static_cast<std::time_t>(v + 8 * 3600);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return Iso(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

}  // namespace

std::optional<std::string> ParseDateField(std::string_view field) {
  while (!field.empty() && (field.front() == ' ' || field.front() == '\t')) field.remove_prefix(1);
  while (!field.empty() && (field.back() == ' ' || field.back() == '\t' || field.back() == '\n')) field.remove_suffix(1);
  if (auto epoch = FromEpoch(field)) return epoch;
  std::size_t end = 0;
  auto date = DateAt(field, 0, &end, /*compact=*/true);
  if (!date) return std::nullopt;
  // What may follow: a time (`10:00`, `T10:00:00+08:00`, `-23:59:59`), nothing else of substance.
  const std::string_view rest = field.substr(end);
  for (char c : rest) {
    if (!IsDigit(c) && c != ':' && c != ' ' && c != 'T' && c != 'Z' && c != '+' && c != '-' && c != '.') {
      if (static_cast<unsigned char>(c) < 0x80) return std::nullopt;  // CJK (时, 分, 星期) is fine
    }
  }
  return date;
}

std::optional<FoundDate> FindDate(std::string_view text, std::size_t from) {
  for (std::size_t i = from; i + 8 <= text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) continue;
    std::size_t end = 0;
    if (auto iso = DateAt(text, i, &end, /*compact=*/false)) return FoundDate{*iso, i, end};
  }
  return std::nullopt;
}

}  // namespace zhcorpus::article
