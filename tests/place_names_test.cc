#include "entity/place_names.h"

#include <gtest/gtest.h>

#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

std::string Short(const char* full, PlaceLevel level) { return EncodeUtf8(ShortPlaceName(DecodeUtf8(full), level)); }

TEST(ShortPlaceName, AutonomousAreasLoseTheirSuffixAndEthnicGroups) {
  EXPECT_EQ(Short("湘西土家族苗族自治州", PlaceLevel::kCity), "湘西");
  EXPECT_EQ(Short("广西壮族自治区", PlaceLevel::kProvince), "广西");
  EXPECT_EQ(Short("新疆维吾尔自治区", PlaceLevel::kProvince), "新疆");  // group written without 族
  EXPECT_EQ(Short("内蒙古自治区", PlaceLevel::kProvince), "内蒙古");    // 蒙古 would leave one character
  EXPECT_EQ(Short("克孜勒苏柯尔克孜自治州", PlaceLevel::kCity), "克孜勒苏");  // the longest group first
}

TEST(ShortPlaceName, DivisionSuffixesAndNamesThatKeepThem) {
  EXPECT_EQ(Short("浙江省", PlaceLevel::kProvince), "浙江");
  EXPECT_EQ(Short("浦东新区", PlaceLevel::kCounty), "浦东");
  EXPECT_EQ(Short("青禾镇", PlaceLevel::kTown), "青禾");
  EXPECT_EQ(Short("城区", PlaceLevel::kCounty), "城区");
  EXPECT_EQ(Short("长江三角洲", PlaceLevel::kMacro), "长江三角洲");
}

}  // namespace
}  // namespace zhcorpus
