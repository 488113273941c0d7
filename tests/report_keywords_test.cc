// report keywords: TF-IDF of the records' tokens against jieba's idf table,
// merged through the state format, and the idf table's compiled form.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_config.h"
#include "tool_runner.h"
#include "zhcorpus/idf_table.h"
#include "zhcorpus/report.h"

namespace zhcorpus {
namespace {

// Three short reports on a graphene lab; 发展 (a word every newspaper uses) is in all three.
const char* kTokenized[] = {
    R"({"id":"a1","text":"…","tokens":[["我们","r"],["的","uj"],["石墨烯","n"],["实验室","n"],["发展","vn"],["3000","m"],["吨","q"],["。","x"]]})",
    R"({"id":"a2","text":"…","tokens":[["石墨烯","n"],["薄膜","n"],["研发","vn"],["发展","vn"],["发展","v"],["在","p"],["很","d"]]})",
    R"({"id":"a3","text":"…","tokens":["实验室","发展","二十","了","发展","ＡＩ","2024年"]})",
};

std::vector<Json> Records() {
  std::vector<Json> out;
  for (const char* r : kTokenized) out.push_back(Json::parse(r));
  return out;
}

Result<IdfTable> JiebaIdf() { return IdfTable::Load(std::string(testing::kBuildDataDir) + "/idf.bin"); }

std::vector<std::string> KeywordColumn(const ReportBuilder& b, const IdfTable* idf) {
  auto tables = b.Tables({{"keywords"}, 0, idf});
  std::vector<std::string> words;
  for (const auto& row : (*tables)[0].rows) words.push_back(row[0]);
  return words;
}

std::size_t Rank(const std::vector<std::string>& words, const std::string& w) {
  return std::find(words.begin(), words.end(), w) - words.begin();
}

TEST(ReportKeywordsTest, TopicalTermsOutrankCommonWords) {
  auto idf = JiebaIdf();
  ASSERT_TRUE(idf.ok()) << idf.status().message();
  ReportBuilder b;
  for (const Json& r : Records()) ASSERT_FALSE(b.Add(r));
  const auto words = KeywordColumn(b, &*idf);
  ASSERT_LT(Rank(words, "发展"), words.size());
  EXPECT_LT(Rank(words, "石墨烯"), Rank(words, "发展"));  // 2 of 3 articles, but rare in general text
  EXPECT_LT(Rank(words, "实验室"), Rank(words, "发展"));
  // Pronouns, particles, numbers, classifiers, punctuation, single characters and dates stay out.
  for (const char* w : {"我们", "的", "3000", "吨", "。", "二十", "了", "在", "很", "2024年"})
    EXPECT_EQ(Rank(words, w), words.size()) << w;
  EXPECT_LT(Rank(words, "ＡＩ"), words.size());  // Latin letters count, full width too
}

TEST(ReportKeywordsTest, RowsCarryCountsIdfAndTheMethod) {
  auto idf = JiebaIdf();
  ASSERT_TRUE(idf.ok());
  ReportBuilder b;
  for (const Json& r : Records()) b.Add(r);
  const ReportTable t = (*b.Tables({{"keywords"}, 0, &*idf}))[0];
  const auto& fazhan = t.rows[Rank(KeywordColumn(b, &*idf), "发展")];
  // 发展: in 3 of 3 articles, 5 mentions; score = 3/3 * idf.
  EXPECT_EQ(fazhan, (std::vector<std::string>{"发展", "vn", "3", "5", "3.575", "3.5751"}));
  EXPECT_NE(t.method.find("tfidf"), std::string::npos);
  EXPECT_TRUE(t.note.empty());
}

TEST(ReportKeywordsTest, RecordsWithoutTokensAreNamedInTheSection) {
  auto idf = JiebaIdf();
  ASSERT_TRUE(idf.ok());
  ReportBuilder none;
  none.Add(Json::parse(R"({"text":"石墨烯实验室发布新成果。"})"));
  const ReportTable t = (*none.Tables({{"keywords"}, 0, &*idf}))[0];
  EXPECT_TRUE(t.rows.empty());
  EXPECT_NE(t.note.find("tag --tokens"), std::string::npos);
  ReportBuilder some;
  for (const Json& r : Records()) some.Add(r);
  some.Add(Json::parse(R"({"text":"没有分词的一篇。"})"));
  EXPECT_NE((*some.Tables({{"keywords"}, 0, &*idf}))[0].note.find("3 of 4 articles"), std::string::npos);
  EXPECT_FALSE((*some.Tables({{"keywords"}, 0, nullptr}))[0].note.empty());
}

TEST(ReportKeywordsTest, MergedHalvesEqualTheWholeWithKeywords) {
  auto idf = JiebaIdf();
  ASSERT_TRUE(idf.ok());
  ReportBuilder whole, first, second, merged;
  const auto records = Records();
  for (std::size_t i = 0; i < records.size(); ++i) {
    whole.Add(records[i]);
    (i < 2 ? first : second).Add(records[i]);
  }
  ASSERT_TRUE(merged.Merge(Json::parse(first.State().dump())).ok());
  ASSERT_TRUE(merged.Merge(Json::parse(second.State().dump())).ok());
  const ReportOptions all{{}, 0, &*idf};
  const auto a = RenderReport(*whole.Tables(all), "json", 0), b = RenderReport(*merged.Tables(all), "json", 0);
  EXPECT_EQ(*a, *b);
  EXPECT_NE(a->find("石墨烯"), std::string::npos);
}

TEST(ReportKeywordsTest, OldStateVersionIsRefusedWithAHint) {
  ReportBuilder b;
  const Status s = b.Merge(Json::parse(R"({"schema":"zhcorpus.report-state/1","counts":[1,0,0,5,0]})"));
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("version 1"), std::string::npos);
  EXPECT_NE(s.message().find("--format state"), std::string::npos);
}

TEST(IdfTableTest, CompiledTableFindsWordsAndUsesTheMedianForOthers) {
  auto t = IdfTable::FromBytes(IdfTable::Compile({{"石墨烯", 12.5f}, {"发展", 3.5f}, {"企业", 4.0f}}), "mem");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->size(), 3u);
  EXPECT_FLOAT_EQ(*t->Find("石墨烯"), 12.5f);
  EXPECT_FALSE(t->Find("石墨").has_value());
  EXPECT_FLOAT_EQ(t->Idf("薄膜"), 4.0f);  // median of 3.5, 4.0, 12.5
  std::string bytes = IdfTable::Compile({{"发展", 3.5f}});
  EXPECT_FALSE(IdfTable::FromBytes(bytes.substr(0, bytes.size() - 1), "cut.bin").ok());
  EXPECT_FALSE(IdfTable::FromBytes("ZHDICT..", "dict.bin").ok());
}

TEST(ReportKeywordsToolTest, JsonNamesTheMethodAndHtmlChartsScores) {
  std::string input;
  for (const char* r : kTokenized) input += std::string(r) + "\n";
  auto run = testing::RunTool("report", "--format json --section keywords", input);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const Json j = Json::parse(run.out);
  EXPECT_NE(j["method"]["keywords"].get<std::string>().find("idf"), std::string::npos);
  EXPECT_EQ(j["sections"]["keywords"][0]["keyword"], "石墨烯");
  auto md = testing::RunTool("report", "--format md --section keywords", input);
  EXPECT_NE(md.out.find("| 石墨烯 | n | 2 | 2 |"), std::string::npos);
  auto bad = testing::RunTool("report", "--section keywords --data-dir /nonexistent", input);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("keywords"), std::string::npos);
}

}  // namespace
}  // namespace zhcorpus
