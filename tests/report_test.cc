// report: aggregation on a hand-written tagged fixture, and each output format.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "report/impl.h"
#include "test_config.h"
#include "tool_runner.h"
#include "zhcorpus/records.h"
#include "zhcorpus/region_gazetteer.h"
#include "zhcorpus/report.h"
#include "temp_dir.h"

namespace zhcorpus {
namespace {

std::string Fixture(const char* name = "report_tagged.jsonl") { return std::string(testing::kTestDataDir) + "/" + name; }

// Feeds a fixture through a builder line by line, as the tool does; returns how many were refused.
std::size_t Load(ReportBuilder* builder, const char* name = "report_tagged.jsonl") {
  std::ifstream in(Fixture(name));
  std::string line;
  std::size_t refused = 0;
  while (std::getline(in, line)) refused += builder->AddLine(line) ? 1 : 0;
  return refused;
}

// The build's gazetteer, or null when the data is not built.
const RegionGazetteer* Gazetteer() {
  static const auto* gaz = [] {
    auto g = RegionGazetteer::Load(testing::kBuildDataDir);
    return g.ok() ? new RegionGazetteer(std::move(*g)) : nullptr;
  }();
  return gaz;
}

const ReportTable& Section(const std::vector<ReportTable>& tables, const std::string& name) {
  for (const ReportTable& t : tables)
    if (t.name == name) return t;
  static const ReportTable none;
  return none;
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
  EXPECT_EQ(*city, (std::vector<std::string>{"温州市", "330300", "city", "浙江省", "3", "2", "32258.1"}));
  EXPECT_EQ((*Row(t, "浙江省"))[1], "330000");
  EXPECT_EQ((*Row(t, "浙江省"))[4], "3");
  EXPECT_EQ((*Row(t, "鹿城区"))[4], "1");
  EXPECT_EQ(Row(t, "长三角"), nullptr);  // macro-regions stay apart
  const ReportTable places = (*b.Tables({{"places"}, 0}))[0];
  EXPECT_EQ(*Row(places, "长三角"), (std::vector<std::string>{"长三角", "macro", "", "1", "1", "10752.7"}));
}

TEST(ReportTest, GazetteerRollsTownsAndAbbreviationRunsUp) {
  if (!Gazetteer()) GTEST_SKIP() << "no built data in " << testing::kBuildDataDir;
  ReportBuilder b(Gazetteer());
  EXPECT_EQ(Load(&b, "report_regions.jsonl"), 0u);
  auto tables = b.Tables({{"regions", "places", "overview"}, 0});
  ASSERT_TRUE(tables.ok());
  const ReportTable& t = (*tables)[0];
  // 桐乡濮院 -> 濮院镇 -> 桐乡市 -> 嘉兴市 -> 浙江省, each named by the gazetteer.
  EXPECT_EQ(*Row(t, "濮院镇"), (std::vector<std::string>{"濮院镇", "330483101", "town", "浙江省", "1", "1", "11494.3"}));
  EXPECT_EQ((*Row(t, "桐乡市"))[1], "330483");
  EXPECT_EQ((*Row(t, "嘉兴市"))[2], "city");
  // 沪苏浙皖 is a mention of each of its four provinces; 浙江省 also gets 濮院镇's.
  EXPECT_EQ((*Row(t, "浙江省"))[4], "2");
  EXPECT_EQ((*Row(t, "浙江省"))[5], "1");
  EXPECT_EQ((*Row(t, "江苏省"))[4], "1");
  // 闵行区 rolls straight up to 上海市: no unnamed 310100 row.
  EXPECT_EQ((*Row(t, "上海市"))[4], "2");
  EXPECT_EQ((*Row(t, "上海市"))[5], "2");
  EXPECT_EQ(Row(t, "310100"), nullptr);
  EXPECT_EQ(Row(t, "沪苏浙皖"), nullptr);
  EXPECT_EQ((*Row((*tables)[1], "美国"))[1], "country");
  EXPECT_EQ((*Row((*tables)[1], "硅谷"))[1], "foreign");
  // The second record has no "chars": its text is counted (48 + 39 code points).
  EXPECT_EQ((*Row((*tables)[2], "characters"))[1], "87");
}

TEST(ReportTest, WithoutGazetteerCodesRollUpByArithmetic) {
  ReportBuilder b;
  Load(&b, "report_regions.jsonl");
  const ReportTable t = (*b.Tables({{"regions"}, 0}))[0];
  EXPECT_EQ((*Row(t, "310100"))[2], "city");  // unnamed without a gazetteer
  EXPECT_EQ((*Row(t, "上海市"))[4], "1");     // the run stays apart
  EXPECT_EQ((*Row(t, "330483"))[2], "county");
  EXPECT_EQ((*Row((*b.Tables({{"places"}, 0}))[0], "沪苏浙皖"))[1], "run");
}

TEST(ReportTest, IndicatorSummaryReadsAsTimeSeries) {
  ReportBuilder b;
  Load(&b);
  auto tables = b.Tables({{"overview", "metrics", "indicators", "orgs"}, 0});
  ASSERT_TRUE(tables.ok());
  EXPECT_EQ((*Row((*tables)[0], "articles"))[1], "3");
  EXPECT_EQ((*Row((*tables)[0], "bad records"))[1], "2");
  EXPECT_EQ((*Row((*tables)[0], "articles without entities"))[1], "1");
  EXPECT_EQ((*Row((*tables)[0], "mentioned dates"))[1], "2023 .. 2024-03");
  EXPECT_EQ((*tables)[1].rows.size(), 3u);
  // The region and date nearest before the metric: 温州市技术交易额超过9亿元.
  // Records tagged before metrics had their own region and date: the report
  // guesses them (温州市技术交易额超过9亿元) and says so.
  EXPECT_EQ((*tables)[1].rows[1],
            (std::vector<std::string>{"技术交易额", "", "900000000", "元", "over", "温州市", "2023", "r2"}));
  EXPECT_EQ((*tables)[1].rows[2],
            (std::vector<std::string>{"合作项目", "", "30", "个", "", "长三角", "2023", "r2"}));
  EXPECT_NE((*tables)[1].method.find("guessed: 3 regions, 3 dates of 3 rows"), std::string::npos);
  EXPECT_EQ(*Row((*tables)[2], "技术交易额"), (std::vector<std::string>{"技术交易额", "", "元", "2", "2", "900000000",
                                                                         "1200000000", "2", "2023", "2024-03"}));
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
  EXPECT_NE((*tables)[0].note.find("1 date mentions resolved only to a year"), std::string::npos);
  // 温州市 and 浙江大学 share both of their 2 articles among 3: PMI log2(3*2/(2*2)),
  // logDice 14 + log2(2*2/(2+2)); pairs seen once come after.
  EXPECT_EQ((*tables)[1].rows[1],
            (std::vector<std::string>{"region-org", "温州市", "浙江大学", "2", "2", "2", "14.000", "0.585"}));
  EXPECT_EQ((*tables)[1].rows.back()[3], "1");
}

// json and csv take the pairs through the stream, table/md/html only the
// first --top: the same rows in the same order either way, and the count of
// all of them for "(N rows, 20 shown)".
TEST(ReportTest, CooccurrenceRowsStreamedOrCutAreTheFullRanking) {
  ReportBuilder b;
  Load(&b);
  auto all = b.Tables({{"cooccurrence"}, 0});
  ReportOptions streamed{{"cooccurrence"}, 0};
  streamed.stream_long_tables = true;
  auto through_stream = b.Tables(streamed);
  ReportOptions first_two{{"cooccurrence"}, 0};
  first_two.long_table_rows = 2;
  auto cut = b.Tables(first_two);
  ASSERT_TRUE(all.ok() && through_stream.ok() && cut.ok());
  const auto& full = (*all)[0].rows;
  ASSERT_GT(full.size(), 2u);
  std::vector<std::vector<std::string>> rows;
  ASSERT_TRUE((*through_stream)[0].stream);
  (*through_stream)[0].stream([&](const std::vector<std::string>& r) { rows.push_back(r); });
  EXPECT_EQ(rows, full);
  EXPECT_TRUE((*through_stream)[0].rows.empty());
  EXPECT_EQ((*through_stream)[0].total, full.size());
  EXPECT_EQ((*cut)[0].rows, (std::vector<std::vector<std::string>>(full.begin(), full.begin() + 2)));
  EXPECT_EQ((*cut)[0].total, full.size());
}

TEST(ReportTest, SeriesAndTimelineFromResolvedDates) {
  ReportBuilder b(Gazetteer());
  Load(&b, "report_regions.jsonl");
  Load(&b, "report_series.jsonl");  // tagged with each metric's region, date and measure
  auto tables = b.Tables({{"series", "timeline", "metrics"}, 0});
  ASSERT_TRUE(tables.ok());
  // One quantity of one place: 沪苏浙皖's 签约金额 (2025-05) stays out of
  // 闵行区's series, and the 20% change of 2024 out of its level.
  EXPECT_EQ((*tables)[0].rows,
            (std::vector<std::vector<std::string>>{{"签约金额", "level", "元", "闵行区", "2024", "400000000"},
                                                   {"签约金额", "level", "元", "闵行区", "2025-06", "500000000"}}));
  EXPECT_EQ((*tables)[1].rows, (std::vector<std::vector<std::string>>{
                                   {"2025-01", "0", "1"}, {"2025-05", "1", "0"}, {"2025-06", "1", "2"}}));
  // An abbreviation run is named as written when it is the nearest region.
  EXPECT_EQ((*tables)[2].rows[0][5], "沪苏浙皖");
  EXPECT_EQ((*tables)[2].rows[1][5], "闵行区");
  // g3 gives its own region and date (norm.region, norm.date).
  EXPECT_EQ((*tables)[2].rows[3], (std::vector<std::string>{"签约金额", "change", "20", "%", "", "闵行区", "2024", "g3"}));
  EXPECT_NE((*tables)[2].method.find("guessed: 2 regions, 2 dates of 4 rows"), std::string::npos);
}

TEST(ReportTest, AnOrgBelongsToTheRegionMostOfItsMentionsName) {
  ReportBuilder b;
  const auto record = [](const char* region) {
    return std::string(R"({"text":"省委召开会议。","entities":[{"type":"org","text":"省委","start":0,"end":2,)") +
           R"("norm":{"name":"省委","kind":"party","region":")" + region + R"("}}]})";
  };
  for (const char* r : {"浙江省", "安徽省", "安徽省"}) ASSERT_EQ(b.AddLine(record(r)), std::nullopt);
  EXPECT_EQ((*b.Tables({{"orgs"}, 0}))[0].rows[0],
            (std::vector<std::string>{"party", "省委", "安徽省", "3", "3"}));
}

TEST(ReportTest, OrgsAreCutPerKind) {
  ReportTable t{"orgs", "Orgs", {"kind", "organisation"}, "ss",
                {{"government", "甲局"}, {"government", "乙局"}, {"company", "丙公司"}}};
  t.top_per_group = true;
  auto md = RenderReport({t}, "md", 1);
  ASSERT_TRUE(md.ok());
  EXPECT_NE(md->find("甲局"), std::string::npos);
  EXPECT_EQ(md->find("乙局"), std::string::npos);
  EXPECT_NE(md->find("丙公司"), std::string::npos);
}

TEST(ReportTest, MergedHalvesGiveTheReportOfTheWhole) {
  ReportBuilder whole(Gazetteer()), first(Gazetteer()), second(Gazetteer());
  std::size_t i = 0;
  for (const char* name : {"report_tagged.jsonl", "report_regions.jsonl"}) {
    std::ifstream in(Fixture(name));
    for (std::string line; std::getline(in, line); ++i) {
      whole.AddLine(line);
      (i < 3 ? first : second).AddLine(line);
    }
  }
  ReportBuilder merged;
  // Through text, as the tool does with .state files.
  ASSERT_TRUE(merged.Merge(Json::parse(first.State().dump())).ok());
  ASSERT_TRUE(merged.Merge(Json::parse(second.State().dump())).ok());
  auto a = RenderReport(*whole.Tables({}), "json", 0), b = RenderReport(*merged.Tables({}), "json", 0);
  EXPECT_EQ(*a, *b);
  EXPECT_NE(a->find("温州市"), std::string::npos);
  EXPECT_NE(a->find("闵行区科技局"), std::string::npos);
  EXPECT_FALSE(merged.Merge(Json::parse(R"({"schema":"other/9"})")).ok());
  EXPECT_FALSE(merged.Merge(Json::parse(R"({"schema":"zhcorpus.report-state/3"})")).ok());
}

// Scale-out (docs/scale-out.md) merges many shards' states: every format of
// the merged report, and the merged state itself (a merge of merges), must be
// the bytes one run gives, whatever the hash maps' order.
TEST(ReportTest, MergedThirdsEqualOneRunInEveryFormatAndAsAState) {
  std::vector<std::string> lines;
  for (const char* name : {"report_tagged.jsonl", "report_regions.jsonl"}) {
    std::ifstream in(Fixture(name));
    for (std::string line; std::getline(in, line);) lines.push_back(line);
  }
  ASSERT_GE(lines.size(), 3u);
  ReportBuilder whole(Gazetteer()), first(Gazetteer()), second(Gazetteer()), third(Gazetteer());
  ReportBuilder* parts[] = {&first, &second, &third};
  for (std::size_t i = 0; i < lines.size(); ++i) {
    whole.AddLine(lines[i]);
    parts[i * 3 / lines.size()]->AddLine(lines[i]);
  }
  ReportBuilder merged;
  for (const ReportBuilder* part : parts) {
    std::ostringstream state;
    part->WriteState(state);
    std::istringstream in(state.str());
    std::size_t refused = 0;
    EXPECT_EQ(merged.MergeStates(in, [&](std::size_t, const std::string&) { ++refused; }), 1u);
    ASSERT_EQ(refused, 0u);
  }
  std::ostringstream whole_state, merged_state;
  whole.WriteState(whole_state);
  merged.WriteState(merged_state);
  EXPECT_EQ(whole_state.str(), merged_state.str());
  for (const char* format : {"table", "md", "json", "html"}) {
    auto a = RenderReport(*whole.Tables({}), format, 0), b = RenderReport(*merged.Tables({}), format, 0);
    ASSERT_TRUE(a.ok() && b.ok()) << format;
    EXPECT_EQ(*a, *b) << format;
  }
  for (const std::string& section : ReportSectionNames()) {
    ReportOptions one;
    one.sections = {section};
    auto a = RenderReport(*whole.Tables(one), "csv", 0), b = RenderReport(*merged.Tables(one), "csv", 0);
    ASSERT_TRUE(a.ok() && b.ok()) << section;
    EXPECT_EQ(*a, *b) << section;
  }
}

// A state file puts its metric rows on lines of their own after the head, so
// merging holds one row at a time: two states one after another in one stream
// (as `cat a.state b.state`) merge like two files.
TEST(ReportTest, StateFileHasOneMetricRowPerLineAndStatesFollowEachOther) {
  ReportBuilder whole(Gazetteer()), first(Gazetteer()), second(Gazetteer());
  std::size_t i = 0;
  for (const char* name : {"report_tagged.jsonl", "report_series.jsonl"}) {
    std::ifstream in(Fixture(name));
    for (std::string line; std::getline(in, line); ++i) {
      whole.AddLine(line);
      (i < 3 ? first : second).AddLine(line);
    }
  }
  std::ostringstream one, two;
  first.WriteState(one);
  second.WriteState(two);
  std::istringstream lines(one.str());
  std::string head;
  std::getline(lines, head);
  const Json parsed = Json::parse(head);
  ASSERT_TRUE(parsed["metrics"].is_number_unsigned());
  const std::size_t rows = parsed["metrics"].get<std::size_t>();
  ASSERT_GT(rows, 1u);  // the fixture's figures
  std::size_t row_lines = 0;
  for (std::string row; std::getline(lines, row); ++row_lines) EXPECT_TRUE(Json::parse(row).is_array()) << row;
  EXPECT_EQ(row_lines, rows);

  ReportBuilder merged;
  std::istringstream both(one.str() + two.str());
  std::vector<std::string> errors;
  EXPECT_EQ(merged.MergeStates(both, [&](std::size_t, const std::string& why) { errors.push_back(why); }), 2u);
  EXPECT_TRUE(errors.empty()) << errors.front();
  std::ostringstream whole_state, merged_state;
  whole.WriteState(whole_state);
  merged.WriteState(merged_state);
  EXPECT_EQ(whole_state.str(), merged_state.str());
}

// A bad metric row, or rows missing at the end, refuses its whole state even
// though the rows before it were already read: none of them is counted, and
// the next state in the stream still is.
TEST(ReportTest, AStateWithABadOrMissingMetricRowCountsNothingOfItsRows) {
  ReportBuilder part(Gazetteer());
  Load(&part);
  std::ostringstream written;
  part.WriteState(written);
  const std::string good = written.str();
  std::vector<std::string> lines;
  std::istringstream in(good);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_GE(lines.size(), 3u);
  auto join = [](const std::vector<std::string>& ls) {
    std::string out;
    for (const std::string& l : ls) out += l + "\n";
    return out;
  };
  std::vector<std::string> bad_row = lines;
  bad_row[2] = R"(["a","b","c","d","e","f","g","not a number"])";
  std::vector<std::string> cut = lines;
  cut.pop_back();

  ReportBuilder alone;
  std::istringstream good_stream(good);
  alone.MergeStates(good_stream, [](std::size_t, const std::string&) {});
  std::ostringstream expected;
  alone.WriteState(expected);

  for (const std::string& broken : {join(bad_row), join(cut)}) {
    ReportBuilder merged;
    std::vector<std::pair<std::size_t, std::string>> errors;
    // The broken state first, then the good one in the same stream.
    std::istringstream stream(broken + good);
    EXPECT_EQ(merged.MergeStates(stream, [&](std::size_t line, const std::string& why) { errors.emplace_back(line, why); }),
              2u);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].first, 1u);  // the state's head line
    EXPECT_NE(errors[0].second.find("nothing of it merged"), std::string::npos) << errors[0].second;
    EXPECT_NE(errors[0].second.find(broken == join(cut) ? "cut short" : "metrics row 2 (line 3)"), std::string::npos)
        << errors[0].second;
    std::ostringstream state;
    merged.WriteState(state);
    EXPECT_EQ(state.str(), expected.str());  // exactly the good state: no row of the broken one
  }
}

TEST(ReportTest, HtmlEscapesArticleTextAndDrawsBars) {
  ReportTable t{"places", "Places", {"place", "mentions"}, "sn", {{"<script>温州</script>", "3"}, {"杭州", "1"}}};
  auto html = RenderReport({t}, "html", 0);
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(html->find("<script>温州"), std::string::npos);
  EXPECT_NE(html->find("&lt;script&gt;温州&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html->find("<rect x=\"180\" y=\"3\" width=\"401\""), std::string::npos);
  EXPECT_EQ(html->find("http:"), std::string::npos);  // nothing loaded from the network
  EXPECT_EQ(html->find("https:"), std::string::npos);
  EXPECT_NE(html->find("Content-Security-Policy"), std::string::npos);
}

TEST(ReportToolTest, HtmlRendersChartsInHeadlessChromium) {
  namespace fs = std::filesystem;
  if (!fs::exists("/usr/bin/chromium")) GTEST_SKIP() << "no /usr/bin/chromium";
  const fs::path dir = testing::FreshTempDir("zhcorpus_report_html");
  fs::create_directories(dir / "profile");
  const std::string page = (dir / "report.html").string();
  testing::RunTool("report", "--format html -o " + page + " " + Fixture() + " " + Fixture("report_regions.jsonl") + " " +
                                 Fixture("report_series.jsonl"));
  const std::string cmd = "/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
                          "--disable-background-networking --disable-component-update --disable-sync "
                          "--user-data-dir=" + (dir / "profile").string() + " --dump-dom file://" + page + " >" +
                          (dir / "dom").string() + " 2>/dev/null";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  const std::string dom = testing::ReadWholeFile(dir / "dom");
  fs::remove_all(dir);
  // The inline script ran to the end without an error, and the charts are there:
  // province grid, bars of regions, places, orgs and indicators, the timeline,
  // one series (闵行区 签约金额); the grid has all 34 provinces.
  EXPECT_NE(dom.find("data-errors=\"0\""), std::string::npos);
  EXPECT_NE(dom.find("data-charts=\"7\""), std::string::npos);
  EXPECT_NE(dom.find("data-provinces=\"34\""), std::string::npos);
}

// The fallback region of a figure: the mention before it (the last one in
// the article's order), else the first after it.
TEST(ReportTest, NearestMentionPrefersTheMentionBeforeTheFigure) {
  auto region = [](long long start, long long end, const std::string& name) {
    ReportEntity e;
    e.type = "region", e.start = start, e.end = end, e.name = name, e.has_norm = true;
    return e;
  };
  std::vector<ReportEntity> all = {region(0, 3, "甲"), region(10, 13, "乙"), region(30, 33, "丙"), region(50, 53, "丁")};
  all.push_back(ReportEntity{});  // an entity of another type is never chosen
  const NearestMention near(all, "region", [](const ReportEntity& e) { return e.has_norm; });
  EXPECT_EQ(near.Find(20, 25)->name, "乙");
  EXPECT_EQ(near.Find(40, 45)->name, "丙");
  EXPECT_EQ(near.Find(1, 2)->name, "乙");  // nothing ends before 1: the first after
  EXPECT_EQ(NearestMention({}, "region", [](const ReportEntity&) { return true; }).Find(0, 1), nullptr);
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

// Issue 6: tagging two halves of a corpus apart and merging their states gives
// exactly the report of the whole, end to end through the tools.
TEST(ReportToolTest, TaggingTwoHalvesAndMergingEqualsTheWhole) {
  namespace fs = std::filesystem;
  const auto articles = testing::RunTool("ingest", std::string(testing::kSourceDir) + "/data/samples");
  ASSERT_EQ(articles.exit_code, 0) << articles.err;
  std::size_t n = 0;
  for (char c : articles.out) n += c == '\n';
  ASSERT_GE(n, 4u);
  // The first and the second half, in corpus order (metric rows list in input order).
  std::istringstream lines(articles.out);
  std::string line, halves[2];
  for (std::size_t i = 0; std::getline(lines, line); ++i) halves[i < n / 2 ? 0 : 1] += line + "\n";
  const fs::path dir = testing::FreshTempDir("zhcorpus_report_merge");
  std::string states;
  for (int h = 0; h < 2; ++h) {
    const auto tagged = testing::RunTool("tag", "-q", halves[h]);
    ASSERT_EQ(tagged.exit_code, 0) << tagged.err;
    const auto state = testing::RunTool("report", "-f state", tagged.out);
    ASSERT_EQ(state.exit_code, 0) << state.err;
    const fs::path p = dir / ("half" + std::to_string(h) + ".state");
    std::ofstream(p) << state.out;
    states += " " + p.string();
  }
  const auto merged = testing::RunTool("report", "--merge -f json" + states);
  const auto whole = testing::RunTool("report", "-f json", testing::RunTool("tag", "-q", articles.out).out);
  fs::remove_all(dir);
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  EXPECT_EQ(merged.out, whole.out);
  EXPECT_NE(whole.out.find("{\"measure\":\"articles\",\"value\":\"" + std::to_string(n) + "\"}"), std::string::npos);
}

TEST(ReportToolTest, JsonHasSchemaVersionAndNumbers) {
  auto run = testing::RunTool("report", "--format json " + Fixture());
  const Json j = Json::parse(run.out);
  EXPECT_EQ(j["schema"], "zhcorpus.report/3");
  EXPECT_EQ(j["sections"]["indicators"][0]["indicator"], "技术交易额");
  EXPECT_EQ(j["sections"]["indicators"][0]["max"], 1200000000.0);
  auto md = testing::RunTool("report", "--format md --section orgs " + Fixture());
  EXPECT_NE(md.out.find("| university | 浙江大学 | 浙江省 | 2 | 2 |"), std::string::npos);
  EXPECT_EQ(testing::RunTool("report", "--format csv " + Fixture()).exit_code, 2);
}

}  // namespace
}  // namespace zhcorpus
