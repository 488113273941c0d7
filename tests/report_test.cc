// report: aggregation on a hand-written tagged fixture, and each output format.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "test_config.h"
#include "tool_runner.h"
#include "zhcorpus/jsonl.h"
#include "zhcorpus/report.h"

namespace zhcorpus {
namespace {

std::string Fixture() { return std::string(testing::kTestDataDir) + "/report_tagged.jsonl"; }

// Feeds the fixture through a builder; returns how many records were refused.
std::size_t Load(ReportBuilder* builder) {
  std::ifstream in(Fixture());
  JsonlReader reader(in, "fixture");
  JsonlLine line;
  std::size_t refused = 0;
  while (reader.Next(&line)) refused += line.error || builder->Add(line.record) ? 1 : 0;
  return refused;
}

const std::vector<std::string>* Row(const ReportTable& t, const std::string& first) {
  for (const auto& r : t.rows) if (r[0] == first) return &r;
  return nullptr;
}

TEST(ReportTest, RollsCountiesUpToCityAndProvince) {
  ReportBuilder b;
  EXPECT_EQ(Load(&b), 2u);  // one record without text, one line that is not JSON
  auto tables = b.Tables({{"regions"}, 0});
  ASSERT_TRUE(tables.ok());
  const ReportTable& t = (*tables)[0];
  const auto* city = Row(t, "温州市");
  ASSERT_NE(city, nullptr);
  // 鹿城区 (a county of 温州) counts for the city too: 3 mentions in 2 articles.
  EXPECT_EQ(*city, (std::vector<std::string>{"温州市", "330300", "city", "浙江省", "3", "2", "32258.06452"}));
  EXPECT_EQ((*Row(t, "浙江省"))[1], "330000");
  EXPECT_EQ((*Row(t, "浙江省"))[4], "3");
  EXPECT_EQ((*Row(t, "鹿城区"))[4], "1");
  EXPECT_EQ((*Row(t, "长三角"))[2], "macro");
  EXPECT_EQ((*Row(t, "长三角"))[1], "");
}

TEST(ReportTest, IndicatorSummaryReadsAsTimeSeries) {
  ReportBuilder b;
  Load(&b);
  auto tables = b.Tables({{"overview", "metrics", "indicators", "orgs"}, 0});
  ASSERT_TRUE(tables.ok());
  EXPECT_EQ((*Row((*tables)[0], "articles"))[1], "3");
  EXPECT_EQ((*Row((*tables)[0], "bad records"))[1], "1");
  EXPECT_EQ((*Row((*tables)[0], "articles without entities"))[1], "1");
  EXPECT_EQ((*Row((*tables)[0], "mentioned dates"))[1], "2023 .. 2024-03");
  EXPECT_EQ((*tables)[1].rows.size(), 3u);
  EXPECT_EQ((*tables)[1].rows[2],
            (std::vector<std::string>{"合作项目", "30", "个", "", "长三角", "2023", "r2"}));
  EXPECT_EQ(*Row((*tables)[2], "技术交易额"),
            (std::vector<std::string>{"技术交易额", "元", "2", "900000000", "1200000000", "2024-03", "1200000000"}));
  EXPECT_EQ((*tables)[3].rows[0], (std::vector<std::string>{"university", "浙江大学", "浙江省", "2", "2"}));
  EXPECT_FALSE(b.Tables({{"nonsense"}, 0}).ok());
}

TEST(ReportTest, TimelineAndCooccurrenceWithPmi) {
  ReportBuilder b;
  Load(&b);
  auto tables = b.Tables({{"timeline", "cooccurrence"}, 0});
  ASSERT_TRUE(tables.ok());
  // Months from article dates (2024-01, 2024-03, 2024-04) and from 2024年3月; 2023年 is a year.
  EXPECT_EQ((*tables)[0].rows, (std::vector<std::vector<std::string>>{
                                   {"2024-01", "0", "1"}, {"2024-03", "1", "1"}, {"2024-04", "0", "1"}}));
  // 温州市 and 浙江大学 share both of their 2 articles among 3: log2(3*2/(2*2)).
  bool found = false;
  for (const auto& r : (*tables)[1].rows)
    if (r[0] == "温州市" && r[1] == "浙江大学") found = r[2] == "2" && r[3] == "0.585";
  EXPECT_TRUE(found);
}

TEST(ReportTest, MergedHalvesGiveTheReportOfTheWhole) {
  std::ifstream in(Fixture());
  JsonlReader reader(in, "fixture");
  JsonlLine line;
  ReportBuilder whole, first, second;
  for (std::size_t i = 0; reader.Next(&line); ++i) {
    if (line.error) continue;
    whole.Add(line.record);
    (i < 1 ? first : second).Add(line.record);
  }
  ReportBuilder merged;
  // Through text, as the tool does with .state files.
  ASSERT_TRUE(merged.Merge(Json::parse(first.State().dump())).ok());
  ASSERT_TRUE(merged.Merge(Json::parse(second.State().dump())).ok());
  auto a = RenderReport(*whole.Tables({}), "json", 0), b = RenderReport(*merged.Tables({}), "json", 0);
  EXPECT_EQ(*a, *b);
  EXPECT_NE(a->find("温州市"), std::string::npos);
  EXPECT_FALSE(merged.Merge(Json::parse(R"({"schema":"other/9"})")).ok());
}

TEST(ReportTest, HtmlEscapesArticleTextAndDrawsBars) {
  ReportTable t{"regions", "Regions", {"region", "mentions"}, "sn", {{"<script>温州</script>", "3"}, {"杭州", "1"}}};
  auto html = RenderReport({t}, "html", 0);
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(html->find("<script>温州"), std::string::npos);
  EXPECT_NE(html->find("&lt;script&gt;温州&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html->find("<rect x=\"180\" y=\"3\" width=\"401\""), std::string::npos);
  EXPECT_EQ(html->find("http"), std::string::npos);  // nothing loaded from the network
}

TEST(ReportToolTest, HtmlRendersChartsInHeadlessChromium) {
  namespace fs = std::filesystem;
  if (!fs::exists("/usr/bin/chromium")) GTEST_SKIP() << "no /usr/bin/chromium";
  const fs::path dir = fs::temp_directory_path() / ("zhcorpus_report_html_" + std::to_string(::getpid()));
  fs::create_directories(dir / "profile");
  const std::string page = (dir / "report.html").string();
  testing::RunTool("report", "--format html -o " + page + " " + Fixture());
  const std::string cmd = "/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
                          "--disable-background-networking --disable-component-update --disable-sync "
                          "--user-data-dir=" + (dir / "profile").string() + " --dump-dom file://" + page + " >" +
                          (dir / "dom").string() + " 2>/dev/null";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  const std::string dom = testing::ReadWholeFile(dir / "dom");
  fs::remove_all(dir);
  // The inline script ran and counted the bars: 4 regions + 1 org + 3 months + 2 indicators.
  EXPECT_NE(dom.find("data-charts=\"10\""), std::string::npos);
}

TEST(ReportTest, DisplayWidthCountsChineseAsTwo) {
  EXPECT_EQ(DisplayWidth("温州市"), 6u);
  EXPECT_EQ(DisplayWidth("ab12"), 4u);
  EXPECT_EQ(DisplayWidth("，（"), 4u);
}

TEST(ReportTest, CsvQuotesPerRfc4180) {
  ReportTable t{"x", "X", {"name", "n"}, "sn", {{"杭州,\"西湖\"", "1"}, {"两行\n文字", "2"}}};
  auto csv = RenderReport({t}, "csv", 0);
  ASSERT_TRUE(csv.ok());
  EXPECT_EQ(*csv, "name,n\r\n\"杭州,\"\"西湖\"\"\",1\r\n\"两行\n文字\",2\r\n");
  EXPECT_FALSE(RenderReport({t, t}, "csv", 0).ok());
}

TEST(ReportToolTest, TableAlignsChineseByDisplayWidth) {
  auto run = testing::RunTool("report", "--section regions " + Fixture());
  EXPECT_EQ(run.exit_code, 1);  // the two bad records are reported
  EXPECT_NE(run.err.find("report_tagged.jsonl:4:"), std::string::npos);
  std::istringstream lines(run.out);
  std::string line, header, wenzhou;
  while (std::getline(lines, line)) {
    if (line.rfind("region", 0) == 0) header = line;
    if (line.rfind("温州市", 0) == 0) wenzhou = line;
  }
  ASSERT_FALSE(wenzhou.empty());
  // "code" starts at the same terminal column in the header and a Chinese row.
  EXPECT_EQ(DisplayWidth(header.substr(0, header.find("code"))),
            DisplayWidth(wenzhou.substr(0, wenzhou.find("330300"))));
}

TEST(ReportToolTest, JsonHasSchemaVersionAndNumbers) {
  auto run = testing::RunTool("report", "--format json " + Fixture());
  const Json j = Json::parse(run.out);
  EXPECT_EQ(j["schema"], "zhcorpus.report/1");
  EXPECT_EQ(j["sections"]["indicators"][0]["indicator"], "技术交易额");
  EXPECT_EQ(j["sections"]["indicators"][0]["max"], 1200000000.0);
  auto md = testing::RunTool("report", "--format md --section orgs " + Fixture());
  EXPECT_NE(md.out.find("| university | 浙江大学 | 浙江省 | 2 | 2 |"), std::string::npos);
  EXPECT_EQ(testing::RunTool("report", "--format csv " + Fixture()).exit_code, 2);
}

}  // namespace
}  // namespace zhcorpus
