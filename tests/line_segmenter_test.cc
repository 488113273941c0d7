#include "zhcorpus/line_segmenter.h"

#include <gtest/gtest.h>

#include <sstream>

#include "test_config.h"

namespace zhcorpus {
namespace {

class LineSegmenterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto seg = Segmenter::Load({.data_dir = testing::kBuildDataDir});
    ASSERT_TRUE(seg.ok()) << seg.status().message();
    segmenter_ = new Segmenter(std::move(seg).value());
    auto view = SimplifiedView::Load(testing::kBuildDataDir);
    ASSERT_TRUE(view.ok()) << view.status().message();
    view_ = new SimplifiedView(std::move(view).value());
  }
  static void TearDownTestSuite() {
    delete segmenter_;
    delete view_;
  }
  static std::string Segment(std::string_view line, LineFormat format = {}) {
    LineSegmenter lines(*segmenter_, *view_, std::move(format));
    std::string out;
    EXPECT_FALSE(lines.Append(line, &out));
    return out;
  }
  static Segmenter* segmenter_;
  static SimplifiedView* view_;
};
Segmenter* LineSegmenterTest::segmenter_ = nullptr;
SimplifiedView* LineSegmenterTest::view_ = nullptr;

TEST_F(LineSegmenterTest, WordsJoinedByTheDelimiterSpacesDroppedUnlessKept) {
  EXPECT_EQ(Segment("杭州市  科技局"), "杭州市 科技局\n");
  EXPECT_EQ(Segment("杭州市  科技局", {.delimiter = "|"}), "杭州市|科技局\n");
  EXPECT_EQ(Segment("杭州市  科技局", {.delimiter = "|", .keep_spaces = true}), "杭州市|  |科技局\n");
  EXPECT_EQ(Segment(""), "\n");
}

TEST_F(LineSegmenterTest, PosAddsTheTagAndTraditionalTextStaysAsWritten) {
  EXPECT_EQ(Segment("發布", {.pos = true}), "發布/v\n");
  EXPECT_EQ(Segment("發布 發布", {.delimiter = "_", .pos = true}), "發布/v_發布/v\n");
}

TEST_F(LineSegmenterTest, InvalidUtf8GivesAnEmptyLineAndTheBadByte) {
  LineSegmenter lines(*segmenter_, *view_, {});
  std::string out;
  const std::optional<std::size_t> bad = lines.Append("科技\xff局", &out);
  ASSERT_TRUE(bad);
  EXPECT_EQ(*bad, 6u);
  EXPECT_EQ(out, "\n");
  EXPECT_FALSE(lines.Append("科技", &out));  // the buffers recover
  EXPECT_EQ(out, "\n科技\n");
}

// A book-length line without newlines is segmented in pieces: the words are
// those of each sentence on its own line, and the output is handed out in
// parts along the way instead of held whole.
TEST_F(LineSegmenterTest, ALongLineGivesTheSameWordsAsItsSentencesInParts) {
  const std::vector<std::string> sentences = {"杭州市科技局发布新政，预计惠及企业五百家。",
                                              "去年全市研发投入增长12.5%！", "“数字经济”核心产业增加值达到3000亿元？",
                                              "Hangzhou 2024年 科技周 开幕； ", "臺灣半導體產業持續擴張。"};
  std::vector<std::string> words;
  for (const std::string& s : sentences) words.push_back(Segment(s, {.pos = true}).substr(0, Segment(s, {.pos = true}).size() - 1));
  std::string line, expected;
  for (int i = 0; i < 30000; ++i) {
    line += sentences[i % sentences.size()];
    if (!expected.empty()) expected += ' ';
    expected += words[i % sentences.size()];
  }
  expected += '\n';
  ASSERT_GT(line.size(), 1u << 20);
  LineSegmenter lines(*segmenter_, *view_, {.pos = true});
  std::string out, spilled;
  int spills = 0;
  EXPECT_FALSE(lines.Append(line, &out, [&](std::string* part) {
    ++spills;
    spilled += *part;
    part->clear();
  }));
  EXPECT_GT(spills, 0);
  EXPECT_EQ(spilled + out, expected);
}

TEST(ForEachLine, NumbersLinesAndKeepsALastLineWithoutNewline) {
  std::istringstream in("a\n\nb\r\nlast");
  std::vector<std::pair<std::string, std::size_t>> got;
  ForEachLine(in, [&](std::string_view line, std::size_t no) { got.emplace_back(line, no); });
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::size_t>>{{"a", 1}, {"", 2}, {"b\r", 3}, {"last", 4}}));
}

TEST(ForEachLine, ALineLongerThanTheReadBlockComesWhole) {
  const std::string longest(3 << 20, 'x');
  std::istringstream in("short\n" + longest + "\nend\n");
  std::vector<std::size_t> sizes;
  ForEachLine(in, [&](std::string_view line, std::size_t) { sizes.push_back(line.size()); });
  EXPECT_EQ(sizes, (std::vector<std::size_t>{5, longest.size(), 3}));
}

}  // namespace
}  // namespace zhcorpus
