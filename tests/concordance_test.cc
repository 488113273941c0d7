// Keyword in context: what concord shows for words, patterns and entities.
#include <gtest/gtest.h>

#include <sstream>

#include "zhcorpus/concordance.h"
#include "zhcorpus/display_width.h"
#include "zhcorpus/kwic_writer.h"

namespace zhcorpus {
namespace {

TaggedRecord Record(std::string id, std::vector<std::string> words) {
  TaggedRecord r;
  r.id = std::move(id);
  r.has_tokens = true;
  for (std::string& w : words) {
    r.text += w;
    r.tokens.push_back({std::move(w), ""});
  }
  return r;
}

std::vector<KwicHit> Hits(const Concordancer& c, const TaggedRecord& r) {
  std::vector<KwicHit> hits;
  c.Find(r, [&](KwicHit&& h) { hits.push_back(std::move(h)); });
  return hits;
}

const TaggedRecord kRecord =
    Record("t#1", {"本市", "创新型", "企业", "持续", "创新", "，", "创新", "成果", "转化", "加快", "。"});

TEST(Concordance, AWordMatchesWholeTokensWithCharacterContext) {
  auto hits = Hits(Concordancer::ForWord("创新", {.context = 3}), kRecord);
  ASSERT_EQ(hits.size(), 2u);  // not the 创新 inside 创新型
  EXPECT_EQ(hits[0].start, 9u);
  EXPECT_EQ(hits[0].end, 11u);
  EXPECT_EQ(hits[0].left, "业持续");
  EXPECT_EQ(hits[0].hit, "创新");
  EXPECT_EQ(hits[0].right, "，创新");
  EXPECT_EQ(hits[1].left, "创新，");
  EXPECT_EQ(hits[0].id, "t#1");
}

TEST(Concordance, WithoutTokensAWordIsFoundInTheText) {
  TaggedRecord r = kRecord;
  r.has_tokens = false;
  r.tokens.clear();
  EXPECT_EQ(Hits(Concordancer::ForWord("创新", {.context = 3}), r).size(), 3u);
}

TEST(Concordance, WordContextCountsTokens) {
  auto hits = Hits(Concordancer::ForWord("持续", {.context = 2, .unit = ContextUnit::kWords}), kRecord);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].left, "创新型企业");
  EXPECT_EQ(hits[0].right, "创新，");
}

TEST(Concordance, APatternCutsTokensAndTheCutTokenCountsAsAWord) {
  auto c = Concordancer::ForPattern("新型企", {.context = 1, .unit = ContextUnit::kWords});
  ASSERT_TRUE(c.ok());
  auto hits = Hits(*c, kRecord);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].left, "创");
  EXPECT_EQ(hits[0].right, "业");
  EXPECT_EQ(hits[0].type, "pattern");
  EXPECT_FALSE(Concordancer::ForPattern("(", {}).ok());
}

TEST(Concordance, EntityHitsCarryTheirNorm) {
  TaggedRecord r = Record("e#1", {"浙江大学", "与", "嘉兴学院", "合作", "。"});
  r.entities = {{"org", "浙江大学", 0, 4, Json{{"name", "浙江大学"}}},
                {"org", "嘉兴学院", 5, 9, Json{{"name", "嘉兴学院"}}}};
  EntityCriteria criteria;
  criteria.orgs = {"嘉兴学院"};
  auto c = Concordancer::ForEntities(*EntityQuery::Create(criteria, nullptr), {.context = 2});
  auto hits = Hits(c, r);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].left, "学与");
  EXPECT_EQ(hits[0].right, "合作");
  EXPECT_EQ(hits[0].norm["name"], "嘉兴学院");
  EXPECT_FALSE(c.MayMatch(R"({"text":"浙江大学与某校合作。"})"));
  EXPECT_TRUE(c.MayMatch(R"({"text":"\u5609\u5174学院"})"));  // escapes: parse to be sure
}

TEST(Concordance, SortsByLeftContextNearestCharacterFirst) {
  std::vector<KwicHit> hits(3);
  hits[0].left = "甲乙";
  hits[1].left = "乙甲";
  hits[2].left = "丙甲";
  SortHits(&hits, KwicSort::kLeft);  // keys read backwards: 乙甲 < 甲乙 (丙甲) < 甲乙 (乙甲)
  EXPECT_EQ(hits[0].left, "甲乙");
  EXPECT_EQ(hits[1].left, "丙甲");
  EXPECT_EQ(hits[2].left, "乙甲");
  hits[0].date = "2024-05-01";
  hits[1].date = "";
  hits[2].date = "2023-01-01";
  SortHits(&hits, KwicSort::kDate);
  EXPECT_EQ(hits[0].date, "2023-01-01");
  EXPECT_EQ(hits[2].date, "");  // undated last
}

TEST(KwicWriter, TableAlignsTheHitByDisplayWidth) {
  std::ostringstream out;
  KwicWriter w(out, KwicFormat::kTable, "t", {.left = 8, .hit = 0, .right = 8});
  for (const KwicHit& h : Hits(Concordancer::ForWord("创新", {.context = 3}), kRecord)) w.Write(h);
  w.Finish();
  std::istringstream lines(out.str());
  std::string a, b;
  std::getline(lines, a);
  std::getline(lines, b);
  EXPECT_EQ(DisplayWidth(a.substr(0, a.find("创新，"))), DisplayWidth(b.substr(0, b.find("创新成"))));
  EXPECT_EQ(a.find("  业持续  创新  "), 0u);
}

TEST(KwicWriter, JsonLinesGiveOffsetsAndHtmlIsEscapedAndOffline) {
  KwicHit h{"x#1", "2024-03-01", "", "", 5, 7, "<b>左\n", "创新", "右&", "word", nullptr};
  std::ostringstream json, html;
  KwicWriter(json, KwicFormat::kJsonl, "t", {}).Write(h);
  EXPECT_EQ(json.str(),
            R"({"id":"x#1","date":"2024-03-01","start":5,"end":7,"left":"<b>左\n","hit":"创新","right":"右&","type":"word"})"
            "\n");
  KwicWriter page(html, KwicFormat::kHtml, "<script>", {});
  page.Write(h);
  page.Finish();
  const std::string s = html.str();
  EXPECT_NE(s.find("<mark>创新</mark>"), std::string::npos);
  EXPECT_NE(s.find("&lt;b&gt;左¶"), std::string::npos);
  EXPECT_EQ(s.find("<script>"), std::string::npos);
  EXPECT_EQ(s.find("://"), std::string::npos);  // nothing to fetch
  EXPECT_NE(s.find("default-src 'none'"), std::string::npos);
  EXPECT_NE(s.find("1 hit"), std::string::npos);
}

TEST(KwicWriter, OneLineKeepsATerminalLineALine) {
  EXPECT_EQ(OneLine("甲\n乙\t丙\x1b[31m"), "甲¶乙 丙\uFFFD[31m");
}

}  // namespace
}  // namespace zhcorpus
