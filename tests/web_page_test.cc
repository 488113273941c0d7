// Web pages: the article body without the page around it, and the
// headline, date, outlet and authors from the header and the metadata.
#include <gtest/gtest.h>

#include "article/date_forms.h"
#include "article/web_fields.h"
#include "article/web_page.h"
#include "zhcorpus/ingest.h"

namespace zhcorpus {
namespace {

const std::string kParagraph1 = "记者从市发展改革委获悉，今年一季度全市新开工重大项目一百二十个，总投资超过八百亿元，"
                                "涵盖先进制造、新能源和城市更新等领域。";
const std::string kParagraph2 = "市发展改革委有关负责人表示，下一步将加快审批流程，推动项目尽早形成实物工作量，"
                                "全年计划完成投资一千五百亿元。";

std::string NewsPage() {
  return "<!DOCTYPE html><html><head><meta charset=\"gb2312\"><title>一季度新开工重大项目120个_滨江新闻网</title>"
         "<meta property=\"article:published_time\" content=\"2024-04-02T09:30:00+08:00\"></head><body>"
         "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">新闻</a> <a href=\"/b\">体育</a> <a>财经</a></div>"
         "<div class=\"main\"><h1>一季度新开工重大项目120个</h1>"
         "<div class=\"info\">2024-04-01 18:20 来源：滨江日报 作者：王晓明</div>"
         "<div class=\"content\"><p>" + kParagraph1 + "</p><p>" + kParagraph2 + "</p>"
         "<p>责任编辑：李华</p></div>"
         "<div class=\"share-bar\">分享到：微信 微博</div>"
         "<ul class=\"list\"><li><a href=\"/1\">相关新闻：市区新增公交线路十条，方便市民出行</a></li>"
         "<li><a href=\"/2\">相关新闻：滨江公园改造完成，周末迎来大批游客</a></li></ul></div>"
         "<div class=\"footer\">版权所有 滨江新闻网</div></body></html>";
}

TEST(WebPage, BodyHeadlineDateOutletAndAuthorFromTheHeader) {
  auto web = article::ExtractWebArticle(NewsPage());
  ASSERT_TRUE(web.has_value());
  EXPECT_EQ(web->title, "一季度新开工重大项目120个");
  EXPECT_EQ(web->date, "2024-04-01");  // as shown with the article, not the metadata's
  EXPECT_EQ(web->outlet, "滨江日报");
  EXPECT_EQ(web->authors, std::vector<std::string>{"王晓明"});
  ASSERT_EQ(web->paragraphs.size(), 2u);
  EXPECT_EQ(web->paragraphs[0], kParagraph1);
  EXPECT_EQ(web->paragraphs[1], kParagraph2);
}

TEST(WebPage, IngestWritesOneCleanArticle) {
  auto file = IngestBytes(NewsPage(), "page.html", {});
  ASSERT_TRUE(file.ok());
  ASSERT_EQ(file->articles.size(), 1u);
  const Article& a = file->articles[0];
  EXPECT_EQ(a.text.find("首页"), std::string::npos);
  EXPECT_EQ(a.text.find("相关新闻"), std::string::npos);
  EXPECT_EQ(a.text.find("责任编辑"), std::string::npos);
  EXPECT_EQ(a.text.find("分享到"), std::string::npos);
  EXPECT_EQ(a.date, "2024-04-01");
}

TEST(WebPage, MetadataFillsWhatTheHeaderDoesNotSay) {
  const std::string page =
      "<html><head><title>新能源汽车销量创新高 - 东岸财经</title>"
      "<meta name=\"pubdate\" content=\"2023/5/6 09:30\"></head><body>"
      "<h1>新能源汽车销量创新高</h1><div id=\"article\"><p>" + kParagraph1 + "</p><p>" + kParagraph2 +
      "</p></div></body></html>";
  auto web = article::ExtractWebArticle(page);
  ASSERT_TRUE(web.has_value());
  EXPECT_EQ(web->date, "2023-05-06");
  EXPECT_EQ(web->outlet, "东岸财经");  // the site, from <title>
}

TEST(WebPage, APageWithoutAnArticleBodyHasNone) {
  EXPECT_FALSE(article::ExtractWebArticle("<html><body><a href=\"/\">首页</a><a href=\"/x\">新闻</a></body></html>"));
}

TEST(WebFields, SourceLabelsAndFramingLines) {
  EXPECT_EQ(article::SourceLabel("2023-05-06 09:30 来源：某某网 作者：张三"), "某某网");
  EXPECT_EQ(article::SourceLabel("（来源：《新京报》）"), "新京报");
  EXPECT_EQ(article::SourceLabel("文章来源: 长江日报|编辑: 王五"), "长江日报");
  EXPECT_FALSE(article::SourceLabel("本次来源不明的消息"));
  EXPECT_TRUE(article::IsHeaderLine("2023年05月06日 09:30  来源：某某网"));
  EXPECT_FALSE(article::IsHeaderLine("2023年5月6日，市政府召开新闻发布会。"));
  EXPECT_TRUE(article::IsTailLine("责任编辑：张三"));
  EXPECT_FALSE(article::IsTailLine(kParagraph2));
}

// The outlet shown beside the date, or as a lone outlet name, under a headline.
TEST(WebFields, OutletNamesInHeaderLines) {
  EXPECT_EQ(article::NameBesideDate("2023-05-06 09:30:12    东岸商报"), "东岸商报");
  EXPECT_EQ(article::NameBesideDate("原创 科技观察 2023-05-06 09:30"), "科技观察");
  EXPECT_FALSE(article::NameBesideDate("东岸商报 今日要闻"));  // no date: not a header line
  EXPECT_EQ(article::OutletWord("新华社"), "新华社");
  EXPECT_EQ(article::OutletWord("王明/东岸晚报"), "东岸晚报");
  EXPECT_FALSE(article::OutletWord("今天天气很好"));
}

TEST(WebPage, AnAccountNameByTheHeadlineIsTheOutlet) {
  const std::string page =
      "<html><head><title>城市夜经济观察</title></head><body><h1>城市夜经济观察</h1>"
      "<div class=\"meta\"><span class=\"account-name\">夜行笔记</span> <span class=\"time\">2023-07-08</span></div>"
      "<div class=\"text\"><p>" + kParagraph1 + "</p><p>" + kParagraph2 + "</p></div></body></html>";
  auto web = article::ExtractWebArticle(page);
  ASSERT_TRUE(web.has_value());
  EXPECT_EQ(web->outlet, "夜行笔记");
  EXPECT_EQ(web->date, "2023-07-08");
}

TEST(WebPage, AnInstitutionsOwnSiteIsTheOutletWhenTheSourceIsTheSite) {
  auto page = [](const std::string& title) {
    return "<html><head><title>" + title + "</title></head><body><h1>护理部举办技能竞赛</h1>"
           "<div class=\"info\">2023-07-08 来源：本站原创</div>"
           "<div class=\"text\"><p>" + kParagraph1 + "</p><p>" + kParagraph2 + "</p></div></body></html>";
  };
  auto web = article::ExtractWebArticle(page("护理部举办技能竞赛 滨江市第一人民医院"));
  ASSERT_TRUE(web.has_value());
  EXPECT_EQ(web->outlet, "滨江市第一人民医院");
  // A headline with a space is not a site name.
  web = article::ExtractWebArticle(page("护理部举办技能竞赛 首届比赛圆满落幕"));
  ASSERT_TRUE(web.has_value());
  EXPECT_FALSE(web->outlet.has_value());
}

TEST(WebPage, AHeadlineInAnAsideKeepsItsDateAndSourceLine) {
  const std::string page =
      "<html><head><title>城市夜经济观察报告发布_滨江在线</title></head><body><header><a>首页</a></header><section><aside>"
      "<h1>城市夜经济观察报告发布</h1><span>2019-09-05 11:10 滨江在线[整理]</span><a href=\"#c\">12</a></aside>"
      "<article><p>" + kParagraph1 + "</p><p>" + kParagraph2 + "</p></article>"
      "<aside class=\"side\"><p>热门推荐：滨江公园改造完成，周末迎来大批游客，市民纷纷点赞。</p></aside></section></body></html>";
  auto web = article::ExtractWebArticle(page);
  ASSERT_TRUE(web.has_value());
  EXPECT_EQ(web->title, "城市夜经济观察报告发布");
  EXPECT_EQ(web->date, "2019-09-05");
  EXPECT_EQ(web->outlet, "滨江在线");  // the note on how the text came is not the name
  EXPECT_EQ(web->paragraphs.size(), 2u);  // a sidebar aside stays out
}

TEST(WebPage, ScriptsAndStructuredDataGiveTheDateThePageDoesNotPrint) {
  auto page = [](const std::string& head, const std::string& script) {
    return "<html><head><title>城市夜经济观察</title>" + head + "</head><body><h1>城市夜经济观察</h1>"
           "<div class=\"info\"><em id=\"publish_time\">前天</em></div><div class=\"text\"><p>" + kParagraph1 +
           "</p><p>" + kParagraph2 + "</p></div><script type=\"text/javascript\">" + script + "</script></body></html>";
  };
  // A WeChat article: epoch seconds, the calendar day in China (UTC+8).
  EXPECT_EQ(article::ExtractWebArticle(page("", "var ctx = 1; var ct = \"1581418070\";"))->date, "2020-02-11");
  EXPECT_EQ(article::ExtractWebArticle(page("", "var publish_time = '2021-03-04 08:00';"))->date, "2021-03-04");
  const std::string json_ld = "<script type=\"application/ld+json\">{\"@context\":\"https://ziyuan.baidu.com/contexts/cambrian.jsonld\","
                              "\"title\":\"城市夜经济观察\",\"pubDate\":\"2019-09-05T11:10:52\"}</script>";
  EXPECT_EQ(article::ExtractWebArticle(page(json_ld, ""))->date, "2019-09-05");
  EXPECT_FALSE(article::ExtractWebArticle(page("", "var ct = \"soon\";"))->date.has_value());
}

TEST(DateForms, CommonWrittenFormsBecomeIsoDates) {
  EXPECT_EQ(article::ParseDateField("2024-03-01 10:00"), "2024-03-01");
  EXPECT_EQ(article::ParseDateField("2024/3/1"), "2024-03-01");
  EXPECT_EQ(article::ParseDateField("2024年3月1日"), "2024-03-01");
  EXPECT_EQ(article::ParseDateField("2024年03月01日 10时"), "2024-03-01");
  EXPECT_EQ(article::ParseDateField("2019-09-07T13:43:45+08:00"), "2019-09-07");
  EXPECT_EQ(article::ParseDateField("20240301"), "2024-03-01");
  EXPECT_EQ(article::ParseDateField("1709258400"), "2024-03-01");     // epoch seconds, China time
  EXPECT_EQ(article::ParseDateField("1709258400000"), "2024-03-01");  // milliseconds
  EXPECT_FALSE(article::ParseDateField("2024-02-30"));
  EXPECT_FALSE(article::ParseDateField("三月一日"));
  EXPECT_FALSE(article::ParseDateField("2024-03-01 by Reuters"));
  auto found = article::FindDate("发布时间：2023.05.06 09:30");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->iso, "2023-05-06");
  EXPECT_FALSE(article::FindDate("电话 20240301 转 8"));  // bare digit runs in text are not dates
}

}  // namespace
}  // namespace zhcorpus
