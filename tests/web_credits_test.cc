// Who a web article credits and where it comes from, beyond a plain byline
// line: brackets after the dateline, photo credits in captions, labelled
// credits, header fields run together, repost lines, meta authors and the
// footer's copyright holder. Every page and line here is invented.
#include <gtest/gtest.h>

#include "article/byline.h"
#include "article/web_credits.h"
#include "article/web_page.h"

namespace zhcorpus {
namespace {

using article::BracketCredit;
using article::CopyrightHolder;
using article::LabelledCredit;
using article::PhotoCredit;
using article::ReadHeaderFields;
using article::ReadOriginalLine;
using Names = std::vector<std::string>;

TEST(WebCredits, BracketAfterTheDatelineNamesTheReporters) {
  EXPECT_EQ(BracketCredit("某某社北京3月2日电（记者王海）全市今年新增绿地三百公顷。"), Names{"王海"});
  EXPECT_EQ(BracketCredit("某某网5月6日讯（记者 周立 整合）外媒持续关注本市的复苏进程。"), Names{"周立"});
  EXPECT_EQ(BracketCredit("本站讯（职工通讯员 李明 刘会）为提升服务水平，我院举办技能竞赛。"), (Names{"李明", "刘会"}));
  EXPECT_EQ(BracketCredit("【文/某某网专栏作者 赵明】国际油价的波动仍在持续。"), Names{"赵明"});
  EXPECT_EQ(BracketCredit("市民纷纷点赞，称这是一件实事。（记者 孙悦 通讯员 陈红）"), (Names{"孙悦", "陈红"}));
}

TEST(WebCredits, BracketsThatCreditNobodyGiveNoNames) {
  EXPECT_TRUE(BracketCredit("今天（9月7日）下午，科学大奖获奖名单公布。").empty());
  EXPECT_TRUE(BracketCredit("会议要求各地抓好落实。（完）").empty());
  EXPECT_TRUE(BracketCredit("工作仍将持续。（原题为《某某的回归》）").empty());
  EXPECT_TRUE(BracketCredit("（图片来源：网络）").empty());
}

TEST(WebCredits, PhotoCreditClosingACaption) {
  EXPECT_EQ(PhotoCredit("图片来源：某某记者 张蕾 摄"), Names{"张蕾"});
  EXPECT_EQ(PhotoCredit("资料图：市民在寒风中出行。某某社记者 贾文 摄"), Names{"贾文"});
  EXPECT_EQ(PhotoCredit("孩子们在公园里放风筝。社区摄影队 周明 摄"), Names{"周明"});
  EXPECT_EQ(PhotoCredit("游客在湖边赏花（记者杨帆摄）"), Names{"杨帆"});
  EXPECT_EQ(PhotoCredit("新华社记者 李强 王涛 摄"), (Names{"李强", "王涛"}));
}

TEST(WebCredits, SentencesEndingInShootingAreNoCredit) {
  EXPECT_TRUE(PhotoCredit("这部纪录片由他们历时三年拍摄").empty());
  EXPECT_TRUE(PhotoCredit("摄").empty());
  EXPECT_TRUE(PhotoCredit("城市夜景 摄").empty());
}

TEST(WebCredits, LabelledCreditsButNotEditors) {
  EXPECT_EQ(LabelledCredit("医务科供稿 摄影/张华 编辑/苏敏"), Names{"张华"});
  EXPECT_EQ(LabelledCredit("《某某周刊》作者 周莉"), Names{"周莉"});
  EXPECT_EQ(LabelledCredit("石磊/某某青年报"), Names{"石磊"});
  EXPECT_TRUE(LabelledCredit("编辑/苏敏 校对/王芳").empty());
  EXPECT_TRUE(LabelledCredit("作者授权转载").empty());
  EXPECT_TRUE(LabelledCredit("图：市民在公园散步").empty());
}

TEST(WebCredits, HeaderFieldsRunTogether) {
  const article::HeaderFields f = ReadHeaderFields("发表于 2014-08-24 21:30| 1164次阅读| 来源ABC| 0 条评论| 作者魏明");
  EXPECT_EQ(f.outlet, "ABC");
  EXPECT_EQ(f.authors, Names{"魏明"});
  EXPECT_FALSE(ReadHeaderFields("来源于网络 | 作者授权").outlet);
  EXPECT_FALSE(ReadHeaderFields("来源ABC 作者魏明").outlet);  // no fields: SourceLabel's business
}

TEST(WebCredits, RepostLineNamesAccountAndCompiler) {
  auto line = ReadOriginalLine("原创： 路明编译 某某研究");
  ASSERT_TRUE(line);
  EXPECT_EQ(line->account, "某某研究");
  EXPECT_EQ(line->authors, Names{"路明"});
  auto account_only = ReadOriginalLine("原创 某某号 2019-09-04 22:18");
  ASSERT_TRUE(account_only);
  EXPECT_EQ(account_only->account, "某某号");
  EXPECT_TRUE(account_only->authors.empty());
  EXPECT_FALSE(ReadOriginalLine("原创文章受法律保护，转载请注明出处并保留作者信息和原文链接以及其他说明文字"));
}

TEST(WebCredits, CopyrightHolderInTheFooter) {
  EXPECT_EQ(CopyrightHolder("© 2010 - 2016 某某大盘 京ICP备00000000号-1"), "某某大盘");
  EXPECT_EQ(CopyrightHolder("Copyright © 2019 某某日报社 All Rights Reserved"), "某某日报社");
  EXPECT_EQ(CopyrightHolder("某某新闻网 版权所有"), "某某新闻网");
  EXPECT_EQ(CopyrightHolder("版权所有：某某传媒"), "某某传媒");
  EXPECT_FALSE(CopyrightHolder("© 2019"));
}

const std::string kParagraphs =
    "<p>今年以来，滨江区新建口袋公园十二座，总面积超过六公顷，居民步行十分钟即可到达一处绿地。</p>"
    "<p>区园林部门表示，下一步将结合老旧小区改造，见缝插绿，让更多居民在家门口享受绿色空间。</p>"
    "<p>据介绍，新建公园均配备了健身器材和儿童游乐设施，并实行全天开放，方便周边居民休闲锻炼。</p>";

TEST(WebCredits, PageWithPhotoCaptionAndFooterOnly) {
  const std::string page =
      "<html><head><title>公园速递--滨江新建口袋公园十二座，居民步行十分钟可达绿地</title></head><body><h1>滨江新建口袋公园十二座</h1>"
      "<div class=\"content\"><p>居民在新建的口袋公园里散步。某某报记者 何静 摄</p>" + kParagraphs +
      "</div><footer><p>© 2012 - 2020 滨江生活 京ICP备00000000号</p></footer></body></html>";
  auto web = article::ExtractWebArticle(page);
  ASSERT_TRUE(web);
  EXPECT_EQ(web->authors, Names{"何静"});
  EXPECT_EQ(web->outlet, "滨江生活");
}

TEST(WebCredits, MetaAuthorOnlyWhenTheHeaderShowsIt) {
  const auto page = [](const std::string& header) {
    return "<html><head><title>口袋公园</title><meta name=\"author\" content=\"greenpen\"></head><body>"
           "<h1>滨江新建口袋公园十二座</h1><div class=\"meta\">" + header + "</div><div class=\"content\">" +
           kParagraphs + "</div></body></html>";
  };
  auto shown = article::ExtractWebArticle(page("原创 greenpen 滨江生活 2020-05-06"));
  ASSERT_TRUE(shown);
  EXPECT_EQ(shown->authors, Names{"greenpen"});
  auto editor = article::ExtractWebArticle(page("2020-05-06 编辑：greenpen"));
  ASSERT_TRUE(editor);
  EXPECT_TRUE(editor->authors.empty());
}

}  // namespace
}  // namespace zhcorpus

namespace zhcorpus {
namespace {

// Editors check and oversee a story; they are not its authors.
TEST(WebCredits, EditorLinesAreNoAuthors) {
  const auto authors_with_tail = [](const std::string& tail) {
    const std::string page =
        "<html><head><title>滨江新建口袋公园十二座_滨江新闻网</title></head><body><h1>滨江新建口袋公园十二座</h1>"
        "<div class=\"info\">2024-04-01 18:20 来源：滨江日报</div><div class=\"content\">" + kParagraphs + "<p>" +
        tail + "</p></div></body></html>";
    auto web = article::ExtractWebArticle(page);
    return web ? web->authors : Names{"(no article)"};
  };
  EXPECT_TRUE(authors_with_tail("责任编辑 李华").empty());
  EXPECT_TRUE(authors_with_tail("编辑 李华").empty());
  EXPECT_TRUE(authors_with_tail("（编辑 李华）").empty());
  EXPECT_EQ(authors_with_tail("记者 何静 编辑 王芳"), Names{"何静"});
  EXPECT_EQ(authors_with_tail("本报记者 何静 通讯员 王芳"), (Names{"何静", "王芳"}));
  EXPECT_EQ(authors_with_tail("文/何静 编辑/王芳"), Names{"何静"});
}

TEST(WebCredits, BylineKeepsEditorsApart) {
  auto byline = article::ParseByline("记者 何静 编辑 王芳 校对 李华");
  ASSERT_TRUE(byline);
  EXPECT_EQ(byline->names, Names{"何静"});
  EXPECT_EQ(byline->editors, (Names{"王芳", "李华"}));
  auto glued = article::ParseByline("责编王芳");
  ASSERT_TRUE(glued);
  EXPECT_TRUE(glued->names.empty());
  EXPECT_EQ(glued->editors, Names{"王芳"});
}

}  // namespace
}  // namespace zhcorpus
