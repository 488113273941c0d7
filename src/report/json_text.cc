#include "report/json_text.h"

#include "report/impl.h"

namespace zhcorpus {

void AppendJsonDouble(double v, std::string* out) {
  *out += Json(v).dump(-1, ' ', false, Json::error_handler_t::replace);
}

// nlohmann writes a double without an exponent from 1e-4 up to 1e15, and a
// whole number with ".0". A plain decimal of up to ten significant digits is
// written from its digits, trailing zeros of the fraction dropped (14.000 ->
// 14.0): the shortest form of the double it reads as, which nlohmann's
// Grisu2 digits are nearly always too (-5.863788 is one it writes longer, as
// -5.8637879999999996: the same double). Exponents, more digits, signs other
// than a leading minus and leading zeros go through nlohmann.
bool AppendJsonNumber(std::string_view v, std::string* out) {
  auto IsDecimalDigit = [](char ch) { return ch >= '0' && ch <= '9'; };
  std::size_t i = v.starts_with('-') ? 1 : 0;
  const std::size_t sign = i;
  while (i < v.size() && IsDecimalDigit(v[i])) ++i;
  const std::string_view whole = v.substr(sign, i - sign);
  std::string_view fraction;
  if (i < v.size() && v[i] == '.') {
    const std::size_t from = ++i;
    while (i < v.size() && IsDecimalDigit(v[i])) ++i;
    fraction = v.substr(from, i - from);
    if (fraction.empty()) return false;
  }
  if (i != v.size() || whole.empty() || whole.size() > 15 || (whole.size() > 1 && whole[0] == '0')) return false;
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  if (!fraction.empty()) {
    const std::size_t leading = whole == "0" ? fraction.find_first_not_of('0') : 0;
    const std::size_t significant = (whole == "0" ? 0 : whole.size()) + fraction.size() - leading;
    if (leading > 3 || significant > 10) return false;  // 0.00001 is 1e-05 to nlohmann
  }
  out->append(v.substr(0, sign)).append(whole).append(1, '.');
  if (fraction.empty()) out->append(1, '0');
  else out->append(fraction);
  return true;
}

}  // namespace zhcorpus
