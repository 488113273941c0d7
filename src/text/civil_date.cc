#include "zhcorpus/document.h"

namespace zhcorpus {

std::optional<CivilDate> ParseIsoDate(std::string_view s) {
  auto digits = [&](std::size_t pos, std::size_t n, int* v) {
    if (pos + n > s.size()) return false;
    int x = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      x = x * 10 + (s[i] - '0');
    }
    *v = x;
    return true;
  };
  CivilDate d;
  if (!digits(0, 4, &d.year) || s.size() < 10 || s[4] != '-' || s[7] != '-' ||
      !digits(5, 2, &d.month) || !digits(8, 2, &d.day)) {
    return std::nullopt;
  }
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > kDays[d.month - 1]) return std::nullopt;
  return d;
}

}  // namespace zhcorpus
