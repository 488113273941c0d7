// HTML to the page text the splitter reads: headings keep their level,
// paragraphs and list items become lines, and what is never article text
// (scripts, navigation, headers, footers, forms) is gone.
#include "article/html_extractor.h"

#include <gtest/gtest.h>

#include <string>

namespace zhcorpus {
namespace {

bool Has(const std::string& page, const std::string& part) { return page.find(part) != std::string::npos; }

TEST(HtmlExtractor, HeadingsAndParagraphsBecomePageLines) {
  const std::string page = HtmlToPageText(
      "<html><body><h1>青石镇修好了老桥</h1><h2>村民出行更方便</h2>"
      "<p>本报讯 青石镇的老桥<b>今天</b>重新通车。</p><ul><li>全长八十米</li><li>宽六米</li></ul></body></html>");
  EXPECT_EQ(page,
            "\n# 青石镇修好了老桥\n\n## 村民出行更方便\n\n本报讯 青石镇的老桥今天重新通车。\n"
            "\n全长八十米\n\n宽六米\n");
}

TEST(HtmlExtractor, NavigationScriptsAndFootersAreNotText) {
  const std::string page = HtmlToPageText(
      "<html><head><style>p{color:red}</style></head><body><header>晚报网 首页</header>"
      "<nav><a href='/'>首页</a> <a href='/news'>新闻</a></nav><script>var x = '脚本';</script>"
      "<p>河边新开了一家书店。</p><form><button>订阅</button></form><footer>版权所有 晚报网</footer></body></html>");
  EXPECT_TRUE(Has(page, "河边新开了一家书店。"));
  for (const char* gone : {"首页", "新闻", "脚本", "订阅", "版权所有", "color"}) EXPECT_FALSE(Has(page, gone)) << gone;
}

TEST(HtmlExtractor, TitleIsTheHeadlineOnlyWithoutAnH1) {
  const std::string untitled =
      HtmlToPageText("<html><head><title>山区小学用上了新教室</title></head><body><p>孩子们很高兴。</p></body></html>");
  EXPECT_EQ(untitled.rfind("# 山区小学用上了新教室\n", 0), 0u) << untitled;
  const std::string titled = HtmlToPageText(
      "<html><head><title>网站名 - 频道</title></head><body><h1>真正的标题</h1><p>正文。</p></body></html>");
  EXPECT_FALSE(Has(titled, "网站名")) << titled;
  EXPECT_TRUE(Has(titled, "# 真正的标题\n"));
}

TEST(HtmlExtractor, LineBreaksInsideAParagraphAreSpaces) {
  const std::string page = HtmlToPageText("<p>第一句话，<br>第二句话。\n第三句话。</p>");
  EXPECT_EQ(page, "\n第一句话， 第二句话。 第三句话。\n");
}

TEST(HtmlExtractor, LooseTextBetweenBlocksIsItsOwnLine) {
  const std::string page = HtmlToPageText("<div>没有段落标签的文字<p>有标签的段落。</p>后面的文字</div>");
  EXPECT_EQ(page, "\n没有段落标签的文字\n\n有标签的段落。\n\n后面的文字\n");
}

TEST(HtmlExtractor, EmptyAndBrokenHtmlGiveNoCrash) {
  EXPECT_EQ(HtmlToPageText(""), "");
  EXPECT_EQ(HtmlToPageText("<p>   </p><h3></h3>"), "");
  const std::string page = HtmlToPageText("<p>没有闭合的段落<div><h2>也没闭合");
  EXPECT_TRUE(Has(page, "没有闭合的段落")) << page;
  EXPECT_TRUE(Has(page, "## 也没闭合")) << page;
}

}  // namespace
}  // namespace zhcorpus
