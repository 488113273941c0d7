// The noun phrases next to a figure (src/numbers/indicator_phrase.cc), on
// documents segmented by hand so the test does not follow the dictionary:
// clauses and sentences, the phrase before and after a figure, a clause's
// subject. The word roles are a small invented list.
#include "numbers/indicator_phrase.h"

#include <gtest/gtest.h>

#include "hand_doc.h"

namespace zhcorpus::indicator {
namespace {

using testing::HandDoc;

const IndicatorWords& Words() {
  static const IndicatorWords kWords = [] {
    auto w = IndicatorWords::Parse(
        "达\tpredicate\n增长\tup\n下降\tdown\n全市\tscope\n占\tshare_verb\n比重\tshare\n居\trank_verb\n", "test.tsv");
    EXPECT_TRUE(w.ok()) << w.status().message();
    return std::move(w).value();
  }();
  return kWords;
}

// 青山县 粮食 产量 达 120万吨 ， 果园 面积 增长 5% 、 茶园 面积 下降 2% 。 全市 游客 增长 。
HandDoc Sample() {
  HandDoc h({{"青山县", "ns"}, {"粮食", "n"}, {"产量", "n"}, {"达", "v"}, {"120万吨", "m"}, {"，", "x"},
             {"果园", "n"}, {"面积", "n"}, {"增长", "v"}, {"5%", "m"}, {"、", "x"}, {"茶园", "n"},
             {"面积", "n"}, {"下降", "v"}, {"2%", "m"}, {"。", "x"}, {"全市", "n"}, {"游客", "n"},
             {"增长", "v"}, {"。", "x"}});
  h.Add("region", "青山县", EntityNorm{{"name", NormValue("青山县")}});
  h.Add("metric", "120万吨", EntityNorm{{"kind", NormValue("measure")}});
  h.Add("metric", "5%", EntityNorm{{"kind", NormValue("percent")}});
  h.Add("metric", "2%", EntityNorm{{"kind", NormValue("percent")}});
  return h;
}

TEST(IndicatorPhrase, SentencesAndClauses) {
  HandDoc h = Sample();
  DocumentView v(h.doc, h.doc.tokens, h.entities, Words());
  const std::uint32_t tea = h.doc.tokens[h.TokenOf("茶园")].start;  // 18
  const std::uint32_t comma = h.doc.tokens[h.TokenOf("，")].start;
  const std::uint32_t dun = h.doc.tokens[h.TokenOf("、")].start;
  const std::uint32_t stop = h.doc.tokens[h.TokenOf("。")].start;
  EXPECT_EQ(v.SentenceStart(tea), 0u);
  EXPECT_EQ(v.SentenceEnd(tea), stop);
  EXPECT_EQ(v.SentenceStart(stop + 1), stop + 1);
  EXPECT_EQ(v.SentenceEnd(stop + 1), h.doc.text.size() - 1);
  // 、 ends a clause but not a major one.
  EXPECT_EQ(v.ClauseStart(tea, false), dun + 1);
  EXPECT_EQ(v.ClauseStart(tea, true), comma + 1);
  EXPECT_EQ(v.ClauseEnd(comma + 1, false), dun);
  EXPECT_EQ(v.ClauseEnd(comma + 1, true), stop);
}

// A table flattened into one line has no clause end for thousands of
// characters: clauses and sentences are cut anyway, so that the walks of the
// linker over them stay short.
TEST(IndicatorPhrase, ARunWithoutPunctuationIsCutIntoShortClauses) {
  Document doc;
  for (int i = 0; i < 400; ++i) doc.text += U"产值增长5%";
  for (int i = 0; i < 400; ++i) doc.text += U"产量5吨，";
  doc.simplified = doc.text;
  for (std::uint32_t p = 0; p < doc.text.size(); ++p) doc.tokens.push_back({p, p + 1, "x"});
  const std::vector<Entity> none;
  DocumentView v(doc, doc.tokens, none, Words());
  const auto run = static_cast<std::uint32_t>(400 * 6);
  for (std::uint32_t pos : {run / 2, run - 1}) {
    EXPECT_LE(pos - v.ClauseStart(pos, false), 200u) << pos;
    EXPECT_LE(pos - v.ClauseStart(pos, true), 200u) << pos;
    EXPECT_LE(pos - v.SentenceStart(pos), 200u) << pos;
    EXPECT_LE(v.ClauseEnd(pos, true) - pos, 200u) << pos;
  }
  // Clauses closed by commas, but no full stop for 2000 characters.
  const auto last = static_cast<std::uint32_t>(doc.text.size() - 1);
  EXPECT_LE(last - v.SentenceStart(last), 1010u);
  EXPECT_EQ(v.ClauseStart(last, false), last - 4);  // 产量5吨 after the comma before
}

TEST(IndicatorPhrase, TokensEntitiesAndBreaks) {
  HandDoc h = Sample();
  DocumentView v(h.doc, h.doc.tokens, h.entities, Words());
  EXPECT_EQ(v.Word(h.TokenOf("产量")), U"产量");
  EXPECT_EQ(v.TokenFrom(h.doc.tokens[h.TokenOf("产量")].start + 1), h.TokenOf("产量"));  // inside a token: that token
  EXPECT_EQ(v.EntityAt(0), 0);
  EXPECT_EQ(v.EntityAt(h.doc.tokens[h.TokenOf("粮食")].start), -1);
  EXPECT_EQ(v.EntityOfToken(h.TokenOf("5%")), 2);
  EXPECT_TRUE(v.IsPunct(h.TokenOf("，")));
  EXPECT_FALSE(v.IsPunct(h.TokenOf("5%")));
  EXPECT_TRUE(v.Breaks(h.TokenOf("达")));    // a listed predicate
  EXPECT_TRUE(v.Breaks(h.TokenOf("全市")));  // a scope word
  EXPECT_FALSE(v.Breaks(h.TokenOf("产量")));
  EXPECT_TRUE(v.IsNounLike(h.TokenOf("产量")));
  EXPECT_FALSE(v.IsNounLike(h.TokenOf("青山县")));  // inside a region
}

TEST(IndicatorPhrase, ThePhraseBeforeAFigureStopsAtThePlaceAndTheVerb) {
  HandDoc h = Sample();
  DocumentView v(h.doc, h.doc.tokens, h.entities, Words());
  std::ptrdiff_t before = 0;
  Phrase p = v.LeftPhrase(static_cast<std::ptrdiff_t>(h.TokenOf("产量")), 0, &before);
  EXPECT_EQ(p.text, "粮食产量");
  EXPECT_EQ(before, static_cast<std::ptrdiff_t>(h.TokenOf("青山县")));
  // The floor cuts it: nothing left of 产量's own start.
  Phrase cut = v.LeftPhrase(static_cast<std::ptrdiff_t>(h.TokenOf("产量")), h.doc.tokens[h.TokenOf("产量")].start, &before);
  EXPECT_EQ(cut.text, "产量");
  // A verb at the end is no noun phrase.
  EXPECT_TRUE(v.LeftPhrase(static_cast<std::ptrdiff_t>(h.TokenOf("达")), 0, &before).empty());
}

TEST(IndicatorPhrase, ThePhraseAfterAPlaceAndAClauseSubject) {
  HandDoc h = Sample();
  DocumentView v(h.doc, h.doc.tokens, h.entities, Words());
  Phrase right = v.RightPhrase(0, static_cast<std::uint32_t>(h.doc.text.size()));
  EXPECT_EQ(right.text, "粮食产量");  // the leading region only places it
  const std::uint32_t stop = h.doc.tokens[h.TokenOf("。")].start;
  // 全市游客增长: the scope word is skipped, the predicate follows the subject.
  Phrase subject = ClauseSubject(v, stop + 1, static_cast<std::uint32_t>(h.doc.text.size()) - 1);
  EXPECT_EQ(subject.text, "游客");
  // 果园面积增长5%: a subject too.
  const std::uint32_t comma = h.doc.tokens[h.TokenOf("，")].start;
  EXPECT_EQ(ClauseSubject(v, comma + 1, h.doc.tokens[h.TokenOf("、")].start).text, "果园面积");
}

TEST(IndicatorPhrase, APersonIsNoSubject) {
  HandDoc h({{"王青", "nr"}, {"回忆", "v"}, {"往事", "n"}, {"。", "x"}});
  DocumentView v(h.doc, h.doc.tokens, h.entities, Words());
  EXPECT_TRUE(v.IsPerson(0));
  EXPECT_TRUE(ClauseSubject(v, 0, 6).empty());
}

}  // namespace
}  // namespace zhcorpus::indicator
