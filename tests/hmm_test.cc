// The HMM that splits runs of characters the dictionary does not cover:
// the words it gives always cover the run exactly, and it keeps an unseen
// two-character name whole the way jieba's model does.
#include "segment/hmm.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <numeric>
#include <string>

#include "built_dictionary.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::segment {
namespace {

class HmmTest : public ::testing::Test {
 protected:
  std::vector<std::uint32_t> Split(const std::string& run) {
    std::vector<std::uint32_t> lengths;
    HmmSplit(testing::BuiltDictionary(), DecodeUtf8(run), &scratch_, &path_, &lengths);
    return lengths;
  }
  std::vector<double> scratch_;
  std::vector<std::uint8_t> path_;
};

TEST_F(HmmTest, WordsCoverTheRunExactly) {
  for (const char* run : {"杭研", "沪帆科创", "青禾", "江", "溪畔茶舍咖啡馆新开张", "ＡＢ𠀀𠀁", "乙丙丁戊己庚辛壬癸子丑寅卯"}) {
    const std::vector<std::uint32_t> lengths = Split(run);
    ASSERT_FALSE(lengths.empty()) << run;
    for (std::uint32_t n : lengths) EXPECT_GE(n, 1u) << run;
    EXPECT_EQ(std::accumulate(lengths.begin(), lengths.end(), std::size_t{0}), DecodeUtf8(run).size()) << run;
  }
}

TEST_F(HmmTest, OneCharacterIsOneWordAndNothingIsNothing) {
  EXPECT_EQ(Split("江"), (std::vector<std::uint32_t>{1}));
  EXPECT_TRUE(Split("").empty());
}

TEST_F(HmmTest, AnUnseenNameStaysWhole) {
  EXPECT_EQ(Split("杭研"), (std::vector<std::uint32_t>{2}));
}

TEST_F(HmmTest, AppendsAndGivesTheSameAnswerWithReusedBuffers) {
  std::vector<std::uint32_t> lengths;
  const std::u32string a = DecodeUtf8("溪畔茶舍咖啡馆"), b = DecodeUtf8("杭研");
  HmmSplit(testing::BuiltDictionary(), a, &scratch_, &path_, &lengths);
  const std::size_t first = lengths.size();
  HmmSplit(testing::BuiltDictionary(), b, &scratch_, &path_, &lengths);
  HmmSplit(testing::BuiltDictionary(), a, &scratch_, &path_, &lengths);
  ASSERT_EQ(lengths.size(), 2 * first + 1);
  EXPECT_TRUE(std::equal(lengths.begin(), lengths.begin() + static_cast<long>(first), lengths.end() - static_cast<long>(first)));
  EXPECT_EQ(lengths[first], 2u);
}

}  // namespace
}  // namespace zhcorpus::segment
