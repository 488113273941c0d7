// A parsed web page as text blocks and page facts: what the body extractor
// weighs (link text, punctuation, headings, share bars) and what the
// header fields come from (<meta>, JSON-LD, script times, footers).
#include "article/web_blocks.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace zhcorpus::article {
namespace {

struct Parsed {
  explicit Parsed(const std::string& html)
      : bytes(html), output(gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size())) {}
  ~Parsed() { gumbo_destroy_output(&kGumboDefaultOptions, output); }
  std::string bytes;
  GumboOutput* output;
};

const TextBlock* Find(const PageBlocks& p, const std::string& text) {
  for (const TextBlock& b : p.blocks)
    if (b.text == text) return &b;
  return nullptr;
}

TEST(WebBlocks, BlocksInReadingOrderWithoutScriptsOrNavigation) {
  Parsed page(
      "<html><body><nav>首页 新闻</nav><h1>江城新建三座公园</h1><script>var a='不是正文';</script>"
      "<div><p>今年，江城新建了三座公园。</p><p>市民可以免费进入。</p></div><footer>关于我们</footer></body></html>");
  PageBlocks p = CollectBlocks(page.output->root);
  ASSERT_EQ(p.blocks.size(), 3u);
  EXPECT_EQ(p.blocks[0].text, "江城新建三座公园");
  EXPECT_EQ(p.blocks[0].heading, 1);
  EXPECT_EQ(p.blocks[1].text, "今年，江城新建了三座公园。");
  EXPECT_EQ(p.blocks[1].heading, 0);
  EXPECT_EQ(p.blocks[2].text, "市民可以免费进入。");
}

TEST(WebBlocks, CountsCharactersLinksAndPunctuation) {
  Parsed page("<body><p>公园 <a href='/x'>详情</a>，欢迎。</p></body>");
  PageBlocks p = CollectBlocks(page.output->root);
  ASSERT_EQ(p.blocks.size(), 1u);
  const TextBlock& b = p.blocks[0];
  EXPECT_EQ(b.chars, 8u);  // punctuation counts, spaces do not
  EXPECT_EQ(b.link_chars, 2u);
  EXPECT_EQ(b.punct, 2u);
  EXPECT_DOUBLE_EQ(b.LinkDensity(), 2.0 / 8.0);
  EXPECT_DOUBLE_EQ(TextBlock{}.LinkDensity(), 0.0);
}

TEST(WebBlocks, ALineBreakEndsABlock) {
  Parsed page("<body><p>第一行文字<br>第二行文字</p></body>");
  PageBlocks p = CollectBlocks(page.output->root);
  ASSERT_EQ(p.blocks.size(), 2u);
  EXPECT_EQ(p.blocks[0].text, "第一行文字");
  EXPECT_EQ(p.blocks[1].text, "第二行文字");
}

TEST(WebBlocks, ShareBarsTitlesAndSourcesAreMarked) {
  Parsed page(
      "<body><div class='article-title'>标题在这里</div><div class='info'><span class='source'>江城晚报</span></div>"
      "<p>正文第一段。</p><div class='share-bar'><p>分享到朋友圈</p></div></body>");
  PageBlocks p = CollectBlocks(page.output->root);
  const TextBlock* title = Find(p, "标题在这里");
  ASSERT_NE(title, nullptr);
  EXPECT_TRUE(title->title_class);
  const TextBlock* source = Find(p, "江城晚报");
  ASSERT_NE(source, nullptr);
  EXPECT_TRUE(source->byline_class);
  const TextBlock* body = Find(p, "正文第一段。");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->boilerplate, nullptr);
  EXPECT_FALSE(body->title_class);
  const TextBlock* share = Find(p, "分享到朋友圈");
  ASSERT_NE(share, nullptr);
  EXPECT_NE(share->boilerplate, nullptr);
  ASSERT_EQ(p.source_hints.size(), 1u);
  EXPECT_EQ(p.source_hints[0].text, "江城晚报");
  EXPECT_EQ(p.source_hints[0].block, 1u);  // the block it will be
}

TEST(WebBlocks, AMobileHeadlineAsideIsKeptOtherAsidesDropped) {
  Parsed page("<body><aside><h1>手机版标题</h1></aside><aside><p>热门推荐</p></aside><p>正文。</p></body>");
  PageBlocks p = CollectBlocks(page.output->root);
  EXPECT_NE(Find(p, "手机版标题"), nullptr);
  EXPECT_EQ(Find(p, "热门推荐"), nullptr);
  EXPECT_NE(Find(p, "正文。"), nullptr);
}

TEST(WebBlocks, MetaJsonLdScriptTimesAndCopyright) {
  Parsed page(
      "<html><head><title>江城新建三座公园_江城网</title>"
      "<meta name='Author ' content='李青'><meta property='og:site_name' content='江城网'>"
      "<meta name='empty' content=''>"
      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\"}</script>"
      "<script>var ctx = 1; var ct = \"1700000000\"; var publish_time = '2023-11-14 22:13';</script></head>"
      "<body><p>正文。</p><footer>Copyright © 江城网 版权所有</footer></body></html>");
  PageMeta meta = CollectMeta(page.output->root);
  EXPECT_EQ(meta.title, "江城新建三座公园_江城网");
  EXPECT_EQ(meta.meta["author"], "李青");  // keys lowercased, trailing spaces gone
  EXPECT_EQ(meta.meta["og:site_name"], "江城网");
  EXPECT_EQ(meta.meta.count("empty"), 0u);
  ASSERT_EQ(meta.json_ld.size(), 1u);
  EXPECT_EQ(meta.json_ld[0], "{\"@type\":\"NewsArticle\"}");
  EXPECT_EQ(meta.meta["script:ct"], "1700000000");
  EXPECT_EQ(meta.meta["script:publish_time"], "2023-11-14 22:13");
  ASSERT_EQ(meta.copyright.size(), 1u);
  EXPECT_EQ(meta.copyright[0], "Copyright © 江城网 版权所有");
}

TEST(WebBlocks, DroppedTagsAndHelpers) {
  for (GumboTag t : {GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_NAV, GUMBO_TAG_FOOTER, GUMBO_TAG_FORM, GUMBO_TAG_IFRAME})
    EXPECT_TRUE(IsDroppedTag(t));
  for (GumboTag t : {GUMBO_TAG_P, GUMBO_TAG_DIV, GUMBO_TAG_H1, GUMBO_TAG_SPAN}) EXPECT_FALSE(IsDroppedTag(t));
  EXPECT_EQ(VisibleChars("江城 晚报\n"), 4u);
  EXPECT_EQ(VisibleChars(""), 0u);

  Parsed page("<body><div class='Main Text' id='Body'><p>段落</p></div></body>");
  const GumboNode* body = static_cast<const GumboNode*>(page.output->root->v.element.children.data[1]);
  const GumboNode* div = static_cast<const GumboNode*>(body->v.element.children.data[0]);
  const GumboNode* p = static_cast<const GumboNode*>(div->v.element.children.data[0]);
  EXPECT_EQ(ClassAndId(div), "main text body");
  EXPECT_EQ(ClassAndId(static_cast<const GumboNode*>(p->v.element.children.data[0])), "");  // a text node
  EXPECT_TRUE(IsInside(p, div));
  EXPECT_TRUE(IsInside(div, div));
  EXPECT_FALSE(IsInside(div, p));
}

}  // namespace
}  // namespace zhcorpus::article
