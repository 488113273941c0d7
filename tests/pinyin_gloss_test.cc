// Pages that print a pinyin reading after many characters (经（jīng）济): tag
// reads them without the readings and puts what it finds back onto the text
// as written. Sentences written for these tests.
#include "text/pinyin_gloss.h"

#include <gtest/gtest.h>

#include "tagger_test_fixture.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

std::vector<std::string> Glosses(const std::string& text) {
  const std::u32string t = DecodeUtf8(text);
  std::vector<std::string> out;
  for (const GlossSpan& g : FindPinyinGlosses(t)) out.push_back(EncodeUtf8(t.substr(g.start, g.end - g.start)));
  return out;
}

TEST(PinyinGlossTest, ReadingsInEitherBracketAfterAHanCharacter) {
  EXPECT_EQ(Glosses("經（jīng）濟開發(fā)區"), (std::vector<std::string>{"（jīng）", "(fā)"}));
}

TEST(PinyinGlossTest, ToneMarksAreNeededSomewhereOnThePage) {
  EXPECT_TRUE(Glosses("下载小程序（app）即可使用。").empty());
  EXPECT_TRUE(Glosses("人工智能（AI）产业").empty());
  EXPECT_EQ(Glosses("他們（men）說（shuō）"), (std::vector<std::string>{"（men）", "（shuō）"}));
}

TEST(PinyinGlossTest, APageGlossedWithoutToneMarksCountsItsSyllables) {
  EXPECT_EQ(Glosses("上(shang)午(wu)青禾公(gong)司(si)舉(ju)行儀式"),
            (std::vector<std::string>{"(shang)", "(wu)", "(gong)", "(si)", "(ju)"}));
  // (Too few, or English words rather than syllables, are text.)
  EXPECT_TRUE(Glosses("下载(app)后登(deng)录(lu)").empty());
  EXPECT_TRUE(Glosses("苹果(apple)、香蕉(banana)、橙子(orange)、葡萄(grape)").empty());
}

TEST(PinyinGlossTest, BracketsThatAreNoReadingStay) {
  EXPECT_TRUE(Glosses("某某集团（以下简称集团）与（2023）号文").empty());
  EXPECT_TRUE(Glosses("(jīng) 开头没有汉字").empty());
}

TEST(PinyinGlossTest, TextWithoutGlossesHasNoView) { EXPECT_FALSE(GlossFreeView::Of(U"一篇普通的新闻。").has_value()); }

class GlossedPageTest : public testing::FullTaggerTest {
 protected:
  static std::vector<std::string> Found(const std::string& text, const std::string& type, const std::string& field) {
    std::vector<std::string> out;
    for (const Entity& e : tagger_->Tag(text, std::nullopt).entities) {
      if (e.type == type) out.push_back(e.text + "|" + e.norm.Get(field).string());
    }
    return out;
  }
};

TEST_F(GlossedPageTest, AZoneWithReadingsInsideIsOneNameWithACleanNorm) {
  EXPECT_EQ(Found("前三季度，江州市經（jīng）濟技術（shù）開發（fā）區（qū）完成投資。", "org", "name"),
            std::vector<std::string>{"江州市經（jīng）濟技術（shù）開發（fā）區|江州市經濟技術開發區"});
}

TEST_F(GlossedPageTest, BodiesOnAPageGlossedWithoutToneMarks) {
  EXPECT_EQ(Found("上(shang)午(wu)，省科(ke)協(xie)主(zhu)席(xi)與杭州市政府代表出(chu)席。", "org", "name"),
            (std::vector<std::string>{"省科(ke)協|省科協", "杭州市政府|杭州市政府"}));
}

TEST_F(GlossedPageTest, AReadingAfterTheLastCharacterStaysOutOfTheMention) {
  EXPECT_EQ(Found("記者從杭州市統計局（jú）獲悉。", "org", "kind"), std::vector<std::string>{"杭州市統計局|government"});
}

TEST_F(GlossedPageTest, AReadingDoesNotBecomeANameOfItsOwn) {
  for (const std::string& org : Found("推動企業（yè）科技進步，服務（wù）企業（yè）。", "org", "name")) {
    ADD_FAILURE() << org;
  }
}

TEST_F(GlossedPageTest, FiguresAreReadAcrossTheReadings) {
  EXPECT_EQ(Found("全市工業（yè）增加值6.1億元，同比增長27.1%。", "metric", "indicator"),
            (std::vector<std::string>{"6.1億元|工业增加值", "27.1%|工业增加值"}));
}

TEST_F(GlossedPageTest, TokensStillCoverTheTextAsWritten) {
  // Readings inside words, between them, at the end, two in a row, one before any Han.
  for (const std::string text : {"開發（fā）區（qū）招商", "經（jīng）", "經（jīng）（jí）濟", "（jīng）經",
                                 "發(fā)展(zhǎn)了5%。"}) {
    const Tagged tagged = tagger_->Tag(text, std::nullopt);
    const std::u32string t = DecodeUtf8(text);
    std::u32string joined;
    std::uint32_t at = 0;
    for (const Token& tok : tagged.tokens) {
      EXPECT_EQ(tok.start, at) << text;
      joined += t.substr(tok.start, tok.end - tok.start);
      at = tok.end;
    }
    EXPECT_EQ(joined, t) << text;
  }
}

}  // namespace
}  // namespace zhcorpus
