// The JSON report writes the numbers of its tables from their digits
// (json_text.cc AppendJsonNumber) instead of through nlohmann: each must read
// back as the same double, in nlohmann's layout (14.0, no exponent), and is
// never longer than nlohmann's form (whose Grisu2 digits are now and then
// not the shortest: -5.863788 came out as -5.8637879999999996).
#include <cmath>
#include <cstdio>
#include <random>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "report/json_text.h"

namespace zhcorpus {
namespace {

std::string ByNlohmann(const std::string& v) { return nlohmann::json(std::stod(v)).dump(); }

// What AppendJsonNumber writes, or nlohmann's form where it declines.
std::string Written(const std::string& v) {
  std::string out;
  return AppendJsonNumber(v, &out) ? out : ByNlohmann(v);
}

std::string Printf(const char* format, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

TEST(ReportJsonNumber, PlainDecimalsAreWrittenAsNlohmannWritesThem) {
  for (const char* v : {"0", "-0", "14", "-3", "100", "14.000", "0.585", "-0.585", "0.000", "-0.000", "0.5000",
                        "0.0001234", "123456789012345", "1.25", "99999.99", "0.1", "2.718281828"}) {
    std::string out;
    ASSERT_TRUE(AppendJsonNumber(v, &out)) << v;
    EXPECT_EQ(out, ByNlohmann(v)) << v;  // these nlohmann writes shortest
  }
}

TEST(ReportJsonNumber, DeclinesWhatOnlyNlohmannCanTell) {
  for (const char* v : {"1e-05", "1.5e+20", "0.00001234", "1234567890123456", "0.12345678901", "+5", "05", ".5",
                        "5.", "", "-", "1,5", "nan"}) {
    std::string out;
    EXPECT_FALSE(AppendJsonNumber(v, &out)) << v;
    EXPECT_TRUE(out.empty()) << v;
  }
}

// The forms report's tables print (Fixed with 3 decimals, Num's %.10g and
// whole numbers) over a wide spread of values, fixed seed.
TEST(ReportJsonNumber, AgreesWithNlohmannOnTheFormsTheTablesPrint) {
  std::mt19937_64 rng(20261204);
  std::uniform_real_distribution<double> exponent(-7, 16), mantissa(-1, 1);
  for (int k = 0; k < 20000; ++k) {
    const double v = mantissa(rng) * std::pow(10.0, exponent(rng));
    for (const std::string& s : {Printf("%.3f", v), Printf("%.10g", v), Printf("%.0f", v), Printf("%.6f", v)}) {
      const std::string ours = Written(s), theirs = ByNlohmann(s);
      ASSERT_EQ(std::stod(ours), std::stod(theirs)) << s;  // the same double (and sign of zero)
      ASSERT_EQ(std::signbit(std::stod(ours)), std::signbit(std::stod(theirs))) << s;
      ASSERT_LE(ours.size(), theirs.size()) << s << " " << ours << " " << theirs;
      ASSERT_EQ(ours.find_first_of("eE") == std::string::npos, theirs.find_first_of("eE") == std::string::npos) << s;
      ASSERT_EQ(ours.find('.') != std::string::npos, theirs.find('.') != std::string::npos) << s;
    }
  }
}

}  // namespace
}  // namespace zhcorpus
