// A year written right before a place name labels an event (2023天津马拉松,
// 2024成都车展): the place is a region, and no figure of 2023 days is read.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "tagger_test_fixture.h"

namespace zhcorpus {
namespace {

class YearLabelTest : public testing::FullTaggerTest {
 protected:
  static std::vector<std::string> Entities(const std::string& text) {
    std::vector<std::string> out;
    for (const Entity& e : tagger_->Tag(text, std::nullopt).entities) out.push_back(e.type + ":" + e.text);
    return out;
  }
};

TEST_F(YearLabelTest, TheYearIsNoFigureAndThePlaceIsARegion) {
  EXPECT_EQ(Entities("2023天津马拉松开跑。"), std::vector<std::string>{"region:天津"});
}

TEST_F(YearLabelTest, AUnitThatOpensNoPlaceStaysAUnit) {
  EXPECT_EQ(Entities("历时30天完成。"), std::vector<std::string>{"metric:30天"});
}

}  // namespace
}  // namespace zhcorpus
