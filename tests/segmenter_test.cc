#include "zhcorpus/segmenter.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>  // getpid

#include "test_config.h"
#include "zhcorpus/simplified.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

class SegmenterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto seg = Segmenter::Load({testing::kBuildDataDir, {}, true});
    ASSERT_TRUE(seg.ok()) << seg.status().message();
    segmenter_ = new Segmenter(std::move(seg).value());
  }
  static void TearDownTestSuite() { delete segmenter_; }

  // Words joined by '/', spaces dropped: "杭州市/科技局/发布".
  static std::string Cut(const std::string& text, const Segmenter* seg = segmenter_) {
    std::string out;
    for (const std::string& w : seg->CutUtf8(text)) {
      if (w.find_first_not_of(' ') == std::string::npos) continue;
      if (!out.empty()) out += '/';
      out += w;
    }
    return out;
  }
  static Segmenter* segmenter_;
};
Segmenter* SegmenterTest::segmenter_ = nullptr;

TEST_F(SegmenterTest, DictionaryWords) {
  EXPECT_EQ(Cut("杭州市科技局发布通知"), "杭州市/科技局/发布/通知");
}

TEST_F(SegmenterTest, NumbersKeepDecimalPercentMultiplierAndUnit) {
  EXPECT_EQ(Cut("交易额达1588亿元"), "交易额/达/1588亿元");
  EXPECT_EQ(Cut("比例达91.9%，新增1.5万家"), "比例/达/91.9%/，/新增/1.5万家");
  EXPECT_EQ(Cut("共110多名经纪人"), "共/110多名/经纪人");
  EXPECT_EQ(Cut("增长５０％"), "增长/５０％");
}

TEST_F(SegmenterTest, AYearBeforeAPlaceNameLeavesThePlaceWhole) {
  // 天 and 成 are units after a number, but here they open 天津 and 成都.
  EXPECT_EQ(Cut("2023天津马拉松"), "2023/天津/马拉松");
  EXPECT_EQ(Cut("历时30天完成"), "历时/30天/完成");
}

TEST_F(SegmenterTest, DatesSplitIntoYearMonthDay) {
  EXPECT_EQ(Cut("2024年3月14日上午"), "2024年/3月/14日/上午");
}

TEST_F(SegmenterTest, AYearInChineseDigitsAfterALongRunOfDigitsThatIsNone) {
  std::string run;
  for (int i = 0; i < 50; ++i) run += "三五七";
  const std::string cut = Cut(run + "，一九九八年");
  EXPECT_TRUE(cut.ends_with("/，/一九九八年")) << cut;
  EXPECT_EQ(cut.find("年"), cut.size() - 3);
  EXPECT_EQ(Cut("一九九八年"), "一九九八年");
}

TEST_F(SegmenterTest, NegativeNumbersFractionsAndClockTimes) {
  EXPECT_EQ(Cut("夜间最低气温－5℃"), "夜间/最低/气温/－5/℃");
  EXPECT_EQ(Cut("路程约5-10公里"), "路程/约/5/-/10公里");  // a range, not minus ten
  EXPECT_EQ(Cut("完成全年任务的3/4"), "完成/全年/任务/的/3/4");
  EXPECT_EQ(Cut("晚上8时30分开幕"), "晚上/8时/30分/开幕");
}

// Found by fuzzing: a full-width minus before a digit and a letter (－3d)
// made Cut loop forever, adding empty tokens until memory ran out.
TEST_F(SegmenterTest, AFullWidthMinusBeforeACodeIsPartOfTheCode) {
  EXPECT_EQ(Cut("温度－3d"), "温度/－3d");
  EXPECT_EQ(Cut("-3d和－5G"), "-3d/和/－5G");
}

// Every short mix of the characters the scanners treat specially (minus
// signs, digits, letters, joiners, units, Han, spaces) is covered by tokens
// that are non-empty, in order and without gaps: Cut always ends.
TEST_F(SegmenterTest, TokensCoverEveryShortMixOfCharacterKinds) {
  const std::u32string alphabet = U"－-3５d.%亿年 ，/";
  std::vector<Token> tokens;
  std::u32string text;
  const std::size_t k = alphabet.size();
  for (std::size_t length = 1; length <= 4; ++length) {
    std::size_t combinations = 1;
    for (std::size_t i = 0; i < length; ++i) combinations *= k;
    for (std::size_t c = 0; c < combinations; ++c) {
      text.clear();
      for (std::size_t rest = c, i = 0; i < length; ++i, rest /= k) text.push_back(alphabet[rest % k]);
      tokens.clear();
      segmenter_->Cut(text, &tokens);
      std::uint32_t at = 0;
      for (const Token& t : tokens) {
        ASSERT_EQ(t.start, at) << EncodeUtf8(text);
        ASSERT_GT(t.end, t.start) << EncodeUtf8(text);
        at = t.end;
      }
      ASSERT_EQ(at, text.size()) << EncodeUtf8(text);
    }
  }
}

TEST_F(SegmenterTest, YearsInChineseDigitsAreOneWord) {
  EXPECT_EQ(Cut("二○○五年和一九八四年"), "二○○五年/和/一九八四年");
  EXPECT_EQ(Cut("过去一年"), "过去/一年");  // "one year": the word, not a year in Chinese digits
}

TEST(SegmenterGranularity, BonusesZeroKeepJiebasCompounds) {
  auto fine = Segmenter::Load({testing::kBuildDataDir, {}, true});
  auto coarse = Segmenter::Load({.data_dir = testing::kBuildDataDir, .word_bonus = 0, .single_bonus = 0});
  ASSERT_TRUE(fine.ok() && coarse.ok());
  EXPECT_EQ(fine->CutUtf8("检察机关"), (std::vector<std::string>{"检察", "机关"}));
  EXPECT_EQ(coarse->CutUtf8("检察机关"), (std::vector<std::string>{"检察机关"}));
}

TEST_F(SegmenterTest, LatinWordsCodesAndUrlsAreOneToken) {
  EXPECT_EQ(Cut("推出5G和COVID-19检测"), "推出/5G/和/COVID-19/检测");
  EXPECT_EQ(Cut("详见https://example.org/a?b=1"), "详见/https://example.org/a?b=1");
  EXPECT_EQ(Cut("Model Y车型"), "Model/Y/车型");
}

TEST_F(SegmenterTest, PunctuationIsItsOwnToken) {
  EXPECT_EQ(Cut("好，很好……"), "好/，/很/好/……");
}

TEST_F(SegmenterTest, TraditionalTextIsSegmentedLikeSimplified) {
  EXPECT_EQ(Cut("臺灣的科技產業發展"), "臺灣/的/科技/產業/發展");
}

TEST_F(SegmenterTest, SharesTheSimplifiedViewItSegmentsThrough) {
  // segment and tag take the view from the Segmenter instead of loading the table again.
  const SimplifiedView& view = segmenter_->Simplified();
  EXPECT_GT(view.size(), 1000u);
  EXPECT_EQ(EncodeUtf8(view.Convert(DecodeUtf8("臺灣經濟"))), "台湾经济");
  EXPECT_EQ(&view, &segmenter_->Simplified());
}

TEST_F(SegmenterTest, UnknownNamesFoundByHmm) {
  // 濮院 is not in the dictionary; the HMM keeps it together.
  EXPECT_EQ(Cut("他在濮院工作"), "他/在/濮院/工作");
}

TEST_F(SegmenterTest, TokensCoverTheTextWithCodePointOffsets) {
  std::vector<Token> tokens;
  const std::u32string text = DecodeUtf8("温州 2024年，𠀀字");
  segmenter_->Cut(text, &tokens);
  std::uint32_t at = 0;
  for (const Token& t : tokens) {
    EXPECT_EQ(t.start, at);
    EXPECT_GT(t.end, t.start);
    at = t.end;
  }
  EXPECT_EQ(at, text.size());
  EXPECT_TRUE(segmenter_->CutUtf8("").empty());
}

TEST(SegmenterUserDict, AddsWordsAndReportsBadLinesWithoutFailing) {
  // Per process: test runs of other checkouts on this machine use the same /tmp.
  const auto path = std::filesystem::temp_directory_path() / ("zhcorpus_" + std::to_string(::getpid()) + "_user_dict.txt");
  std::ofstream(path) << "# my words\n南湖智谷 100 nz\n秀洲光伏 nz\n坏行 -3\n太多 1 n extra\n\n";
  std::vector<std::string> warnings;
  auto seg = Segmenter::Load({testing::kBuildDataDir, {path}, true}, &warnings);
  ASSERT_TRUE(seg.ok()) << seg.status().message();
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[0].find("_user_dict.txt:4: negative frequency"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[1].find(":5: expected `word [freq] [tag]`"), std::string::npos) << warnings[1];
  std::vector<std::string> words = seg->CutUtf8("南湖智谷和秀洲光伏");
  EXPECT_EQ(words, (std::vector<std::string>{"南湖智谷", "和", "秀洲光伏"}));
  std::filesystem::remove(path);
}

// Words the entity layer needs whole come in at load; there is no way to add
// one to a Segmenter afterwards.
TEST(SegmenterExtraWords, AreAddedInOrderUnderTheirCondition) {
  SegmenterOptions options{.data_dir = testing::kBuildDataDir};
  options.extra_words = {
      {U"青禾湾镇", "ns", 0, ExtraWord::When::kAlways},
      {U"发布", "ns", 0, ExtraWord::When::kIfUnknown},     // known: keeps its own tag
      {U"青禾湾镇政府", "nt", 0, ExtraWord::When::kIfSplit},  // split before: added
      {U"青禾湾镇", "nt", 0, ExtraWord::When::kIfSplit},    // one token by now: left alone
  };
  auto seg = Segmenter::Load(options);
  ASSERT_TRUE(seg.ok()) << seg.status().message();
  EXPECT_EQ(seg->CutUtf8("青禾湾镇政府发布"), (std::vector<std::string>{"青禾湾镇政府", "发布"}));
  EXPECT_EQ(seg->WordTag(U"青禾湾镇"), "ns");
  EXPECT_EQ(seg->WordTag(U"青禾湾镇政府"), "nt");
  EXPECT_EQ(seg->WordTag(U"发布"), "v");
  auto plain = Segmenter::Load({.data_dir = testing::kBuildDataDir});
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(plain->WordTag(U"青禾湾镇"));
}

TEST(SegmenterLoad, MissingDataIsAnErrorNamingThePath) {
  auto seg = Segmenter::Load({"/nonexistent/data", {}, true});
  ASSERT_FALSE(seg.ok());
  EXPECT_NE(seg.status().message().find("/nonexistent/data/dict.bin"), std::string::npos);
}

}  // namespace
}  // namespace zhcorpus
