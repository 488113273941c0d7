// Text saved from a web page: the story without the page's menus, share
// bars and tail, and the headline, date, outlet and authors from its lines.
#include <gtest/gtest.h>

#include "article/web_text.h"
#include "zhcorpus/ingest.h"

namespace zhcorpus {
namespace {

const std::string kStory1 = "6月2日，滨河县智慧养老服务中心正式启用。中心设床位三百张，配备健康监测设备四十套。";
const std::string kStory2 = "县民政局负责人表示，中心今年将为全县八千名老人提供上门服务。";

std::string CopiedPage() {
  return "首页 | 新闻 | 政务 | 民生 | 文旅 | 视频\n"
         "当前位置：首页 > 民生 > 正文\n"
         "\n"
         "滨河县智慧养老服务中心启用\n"
         "发布时间：2024年6月3日 10:15  来源：滨河融媒  作者：赵小燕 钱明\n"
         "【字体：大 中 小】 分享到：\n"
         "<div class=\"content\">\n" +
         kStory1 + "\n" + kStory2 + "\n" +
         "</div>\n"
         "责任编辑：孙丽\n"
         "上一篇：滨河县举办夏季招聘会\n"
         "下一篇：滨河县新增公交线路两条\n"
         "版权所有 © 2024 滨河融媒 All Rights Reserved\n";
}

TEST(WebText, CopiedPageGivesTheStoryAndItsHeaderFields) {
  const auto article = article::ExtractWebText(CopiedPage());
  ASSERT_TRUE(article.has_value());
  EXPECT_EQ(article->title, "滨河县智慧养老服务中心启用");
  EXPECT_EQ(article->date, "2024-06-03");
  EXPECT_EQ(article->outlet, "滨河融媒");
  EXPECT_EQ(article->authors, (std::vector<std::string>{"赵小燕", "钱明"}));
  EXPECT_EQ(article->paragraphs, (std::vector<std::string>{kStory1, kStory2}));
}

TEST(WebText, MenusAndBreadcrumbsAreNavigationHeadlinesAreNot) {
  EXPECT_TRUE(article::IsNavigationLine("首页 | 新闻 | 政务 | 民生 | 文旅"));
  EXPECT_TRUE(article::IsNavigationLine("首页·要闻·财经·科技·体育"));
  EXPECT_TRUE(article::IsNavigationLine("您的位置：首页 > 新闻中心"));
  EXPECT_FALSE(article::IsNavigationLine("滨河县智慧养老服务中心启用"));
  EXPECT_FALSE(article::IsNavigationLine("一季度 全市 新开工 重大项目 一百二十个，总投资 超过八百亿元"));
  EXPECT_FALSE(article::IsNavigationLine("城市更新 产业升级 乡村振兴"));  // three slogans, not a menu
}

TEST(WebText, PlainArticlesAndPagesOfManyStoriesAreLeftToThePageSplitter) {
  // No page furniture: a clean article with a source line is not a web copy.
  EXPECT_FALSE(article::ExtractWebText("滨河县智慧养老服务中心启用\n来源：滨河融媒\n" + kStory1 + "\n" + kStory2 + "\n"));
  // A list page: one header per story.
  std::string list = "首页 | 新闻 | 政务 | 民生 | 文旅\n";
  for (int i = 0; i < 3; ++i)
    list += "标题" + std::to_string(i) + "养老中心启用\n2024-06-0" + std::to_string(i + 1) +
            " 09:00 来源：滨河融媒\n" + kStory1 + "\n" + kStory2 + "\n" + kStory1 + "\n" + kStory2 + "\n" + kStory1 + "\n";
  EXPECT_FALSE(article::ExtractWebText(list));
}

TEST(WebText, IngestReadsACopiedPageAsOneRecordWithItsDateAndOutlet) {
  auto file = IngestBytes(CopiedPage(), "saved/yanglao.txt", IngestOptions());
  ASSERT_TRUE(file.ok()) << file.status().message();
  ASSERT_EQ(file->articles.size(), 1u);
  const Article& a = file->articles.front();
  EXPECT_EQ(a.date, "2024-06-03");
  EXPECT_EQ(a.outlet, "滨河融媒");
  EXPECT_EQ(a.text, kStory1 + "\n" + kStory2);
  // Asked for plain text, the file is split as a printed page: no header is read.
  IngestOptions plain;
  plain.format = InputFormat::kText;
  auto as_page = IngestBytes(CopiedPage(), "saved/yanglao.txt", plain);
  ASSERT_TRUE(as_page.ok());
  EXPECT_FALSE(as_page->articles.front().outlet.has_value());
}

}  // namespace
}  // namespace zhcorpus
