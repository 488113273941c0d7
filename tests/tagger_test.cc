#include "zhcorpus/tagger.h"

#include <gtest/gtest.h>

#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

Entity Candidate(std::string type, std::uint32_t start, std::uint32_t end, int priority = 0) {
  Entity e;
  e.type = std::move(type);
  e.start = start;
  e.end = end;
  e.priority = priority;
  return e;
}

TEST(ResolveOverlaps, LongestReadingWinsAndResultIsSorted) {
  // 杭州市科技局: the org (0-6) beats the region inside it (0-3).
  auto kept = ResolveOverlaps({Candidate("metric", 10, 14), Candidate("region", 0, 3), Candidate("org", 0, 6)}, 20);
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0].type, "org");
  EXPECT_EQ(kept[1].type, "metric");
}

TEST(ResolveOverlaps, PriorityBreaksTiesBetweenEqualSpans) {
  auto kept = ResolveOverlaps({Candidate("metric", 0, 5, 0), Candidate("date", 0, 5, 1)}, 5);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].type, "date");
}

TEST(ResolveOverlaps, DropsSpansOutsideTheText) {
  EXPECT_TRUE(ResolveOverlaps({Candidate("region", 3, 9), Candidate("org", 2, 2)}, 5).empty());
}

TEST(FindOpaqueQuotedNames, QuotedNamesAreOpaqueQuotedSpeechIsNot) {
  const std::u32string text = DecodeUtf8("加入“智汇南湖”计划。他说：“我们在嘉兴，很好。”");
  auto spans = FindOpaqueQuotedNames(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(EncodeUtf8(text.substr(spans[0].first, spans[0].second - spans[0].first)), "智汇南湖");
}

}  // namespace
}  // namespace zhcorpus
