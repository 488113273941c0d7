// Private: how the statistics tables print numbers: whole numbers as they
// are, the rest with three decimals, infinity as "inf".
#pragma once

#include <cmath>
#include <cstdio>
#include <string>

namespace zhcorpus {

inline std::string FormatScore(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (std::isnan(v)) return "";
  char buf[48];
  if (v == std::floor(v) && std::fabs(v) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", v);
  else std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

}  // namespace zhcorpus
