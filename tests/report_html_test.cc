// The HTML report page (src/report/html.cc): one section per table with its
// rows, the charts drawn from the tables, and nothing from the corpus able
// to run as markup or script.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "report/render.h"

namespace zhcorpus {
namespace {

std::size_t Count(const std::string& s, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = s.find(part); at != std::string::npos; at = s.find(part, at + 1)) ++n;
  return n;
}

ReportTable Places(std::size_t rows) {
  ReportTable t{"places", "Places", {"place", "mentions"}, "sn", {}};
  for (std::size_t i = 0; i < rows; ++i) t.rows.push_back({"地点" + std::to_string(i), std::to_string(100 - i)});
  return t;
}

TEST(ReportHtml, EachTableIsASectionWithItsRowsAndANavLink) {
  ReportTable places = Places(3);
  places.method = "mentions of place entities";
  places.note = "只算地名";
  const std::string page = HtmlPage({places}, 0);
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(page.find("<a href=\"#places\">places</a>"), std::string::npos);
  EXPECT_NE(page.find("<section id=\"places\"><h2>Places</h2>"), std::string::npos);
  EXPECT_NE(page.find("<p class=\"note\">3 rows</p>"), std::string::npos);
  EXPECT_NE(page.find("Method: mentions of place entities"), std::string::npos);
  EXPECT_NE(page.find("Note: 只算地名"), std::string::npos);
  EXPECT_NE(page.find("<tr><td>地点0</td><td class=\"n\">100</td></tr>"), std::string::npos);  // numbers align right
  EXPECT_EQ(page.substr(page.size() - 15), "</body></html>\n");
}

TEST(ReportHtml, TopCutsTheRowsAndSaysSo) {
  const std::string page = HtmlPage({Places(30)}, 5);
  EXPECT_NE(page.find("30 rows, 5 shown"), std::string::npos);
  EXPECT_NE(page.find("<td>地点4</td>"), std::string::npos);
  EXPECT_EQ(page.find("<td>地点5</td>"), std::string::npos);
  EXPECT_EQ(Count(page, "<rect"), 5u);  // one bar per shown row
}

TEST(ReportHtml, CorpusTextIsEscapedEverywhere) {
  ReportTable t = Places(0);
  t.title = "Places <i>";
  t.rows.push_back({"<script>alert('x')</script>&\"", "7"});
  const std::string page = HtmlPage({t}, 0);
  EXPECT_EQ(page.find("<script>alert"), std::string::npos);
  EXPECT_EQ(page.find("<i>"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"), std::string::npos);
  EXPECT_EQ(Count(page, "<script>"), 2u);  // the page's own two, allowed by its policy
  EXPECT_NE(page.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(page.find("default-src 'none'"), std::string::npos);
}

TEST(ReportHtml, BarsAreScaledToTheLargestValue) {
  ReportTable t{"indicators", "Indicators", {"indicator", "count"}, "sn", {{"产量", "40"}, {"销量", "10"}}};
  const std::string page = HtmlPage({t}, 0);
  EXPECT_NE(page.find("width=\"401\" height=\"16\""), std::string::npos);  // the largest: full length
  EXPECT_NE(page.find("width=\"101\" height=\"16\""), std::string::npos);  // a quarter of it
  EXPECT_NE(page.find("<title>产量: 40</title>"), std::string::npos);
}

TEST(ReportHtml, RegionsGetAProvinceGridShadedByMentions) {
  ReportTable t{"regions",
                "Regions",
                {"region", "code", "level", "mentions"},
                "sssn",
                {{"浙江省", "330000", "province", "90"}, {"湖北省", "420000", "province", "10"},
                 {"杭州市", "330100", "city", "50"}}};
  const std::string page = HtmlPage({t}, 0);
  EXPECT_EQ(Count(page, "class=\"province\""), 34u);  // every province has a tile, mentioned or not
  EXPECT_NE(page.find("data-code=\"330000\"><rect x=\"436\" y=\"232\" width=\"58\" height=\"42\" rx=\"4\" fill=\"#3b6ea8\""),
            std::string::npos)
      << "the most mentioned province is the darkest";
  EXPECT_NE(page.find("<title>浙江省: 90 mentions</title>"), std::string::npos);
  EXPECT_NE(page.find("<title>湖北省: 10 mentions</title>"), std::string::npos);
  EXPECT_NE(page.find("<title>西藏: 0 mentions</title>"), std::string::npos);
  EXPECT_EQ(page.find("杭州市: 50 mentions"), std::string::npos);  // cities are not tiles
}

TEST(ReportHtml, TimelineKeepsMonthsWithoutMentionsAsGaps) {
  ReportTable t{"timeline",
                "Timeline",
                {"month", "date_mentions", "articles"},
                "snn",
                {{"2023-01", "5", "2"}, {"2023-04", "10", "4"}, {"unknown", "3", "1"}}};
  const std::string page = HtmlPage({t}, 0);
  EXPECT_EQ(Count(page, "date mentions, "), 2u);  // two months with mentions, "unknown" is no month
  EXPECT_NE(page.find("<title>2023-04: 10 date mentions, 4 articles</title>"), std::string::npos);
  // The article line has a point for each of the four months, the empty ones too.
  const std::size_t points = page.find("<polyline points=\"");
  ASSERT_NE(points, std::string::npos);
  const std::string line = page.substr(points, page.find('"', points + 18) - points);
  EXPECT_EQ(Count(line, ","), 4u) << line;
}

TEST(ReportHtml, OneSmallChartPerSeries) {
  ReportTable t{"series", "Series", {"indicator", "measure", "unit", "region", "date", "value"}, "sssssn", {}};
  t.rows = {{"产量", "value", "吨", "浙江省", "2022", "100"},
            {"产量", "value", "吨", "浙江省", "2023", "120"},
            {"产量", "value", "吨", "湖北省", "2023", "80"}};
  const std::string page = HtmlPage({t}, 0);
  EXPECT_EQ(Count(page, "<svg class=\"chart series\""), 2u);
  EXPECT_NE(page.find("浙江省 产量 (value, 吨)"), std::string::npos);
  EXPECT_NE(page.find("100 .. 120"), std::string::npos);
}

TEST(ReportHtml, ATableWithoutChartColumnsIsStillATable) {
  ReportTable t{"overview", "Overview", {"measure", "value"}, "sn", {{"articles", "12"}}};
  const std::string page = HtmlPage({t}, 0);
  EXPECT_EQ(page.find("<svg"), std::string::npos);
  EXPECT_NE(page.find("<td>articles</td><td class=\"n\">12</td>"), std::string::npos);
}

}  // namespace
}  // namespace zhcorpus
