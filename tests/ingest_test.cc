#include "zhcorpus/ingest.h"

#include <gtest/gtest.h>

#include <unicode/ucnv.h>

#include <filesystem>
#include <fstream>

#include "article/byline.h"
#include "article/page_lines.h"
#include "test_config.h"
#include "tool_runner.h"
#include "zhcorpus/encoding.h"
#include "zhcorpus/utf8.h"
#include "test_files.h"
#include "temp_dir.h"

namespace zhcorpus {
namespace {

namespace fs = std::filesystem;
using testing::Encode;


const std::string kBrief = "嘉兴发布科技新政\n\n本报讯 6月 3日，嘉兴市科技局发布新政，预计惠及企业500家。 陈佳\n";

TEST(DecodeBytes, DetectsEachEncodingAndSaysWhichItUsed) {
  EXPECT_EQ(DecodeBytes(kBrief)->encoding, "UTF-8");
  EXPECT_EQ(DecodeBytes("\xEF\xBB\xBF" + kBrief)->utf8, kBrief);
  auto gb = DecodeBytes(Encode(kBrief, "GB18030"));
  ASSERT_TRUE(gb.ok()) << gb.status().message();
  EXPECT_EQ(gb->utf8, kBrief);
  EXPECT_EQ(gb->encoding, "GB18030");
  auto utf16 = DecodeBytes("\xFF\xFE" + Encode(kBrief, "UTF-16LE"));
  ASSERT_TRUE(utf16.ok());
  EXPECT_EQ(utf16->encoding, "UTF-16LE");
  EXPECT_EQ(utf16->utf8, kBrief);
  auto big5 = DecodeBytes(Encode("臺灣半導體產業持續擴張，預計全年產值增長。", "Big5"), "Big5");
  ASSERT_TRUE(big5.ok());
  EXPECT_EQ(big5->utf8, "臺灣半導體產業持續擴張，預計全年產值增長。");
}

TEST(DecodeBytes, UndecodableBytesNameTheOffsetInsteadOfMojibake) {
  auto bad = DecodeBytes(Encode("台积电扩产", "GB18030") + "\xFF", "GB18030");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("byte 0xFF at byte 10"), std::string::npos) << bad.status().message();
  EXPECT_FALSE(DecodeBytes("x", "no-such-encoding").ok());
  EXPECT_FALSE(CheckEncodingName("no-such-encoding").ok());
  EXPECT_TRUE(CheckEncodingName("gb18030").ok());
}

// A UTF-8 file with a stray byte or a character cut at the end is UTF-8
// with damage, not UTF-16 or Big5: the bad bytes become U+FFFD, named.
TEST(DecodeBytes, DamagedUtf8IsReadAsUtf8WithTheBadByteNamed) {
  const std::string story = "杭州市发布新政，预计惠及企业五百家。";
  auto stray = DecodeBytes(story + "\xFF" + story);
  ASSERT_TRUE(stray.ok());
  EXPECT_EQ(stray->encoding, "UTF-8");
  EXPECT_EQ(stray->utf8, story + "\uFFFD" + story);
  EXPECT_NE(stray->warning.find("0xFF at byte " + std::to_string(story.size())), std::string::npos) << stray->warning;
  auto cut = DecodeBytes(story + "\xE6\x9D");
  ASSERT_TRUE(cut.ok());
  EXPECT_EQ(cut->encoding, "UTF-8");
  EXPECT_EQ(cut->utf8, story + "\uFFFD");
  EXPECT_NE(cut->warning.find("2 invalid UTF-8 bytes"), std::string::npos) << cut->warning;
  auto forced = DecodeBytes("abc\xFF", "utf-8");
  ASSERT_TRUE(forced.ok());
  EXPECT_EQ(forced->utf8, "abc\uFFFD");
  EXPECT_FALSE(DecodeBytes(Encode(story + story, "GB18030"), "UTF-8").ok());  // mostly not UTF-8
  EXPECT_EQ(DecodeBytes(Encode(story, "GB18030"))->encoding, "GB18030");
}

// AsUtf8 takes exactly the inputs DecodeBytes would return unchanged as UTF-8.
TEST(AsUtf8, OnlyPlainUtf8WithoutItsBom) {
  EXPECT_EQ(AsUtf8("\xEF\xBB\xBF科技周"), std::optional<std::string_view>("科技周"));
  EXPECT_EQ(AsUtf8("科技周"), std::optional<std::string_view>("科技周"));
  EXPECT_FALSE(AsUtf8(Encode("科技周", "GB18030")));
  EXPECT_FALSE(AsUtf8("\xFF\xFE\x11\x79"));
  for (const std::string& bytes : {std::string("\xEF\xBB\xBF科技周"), std::string("ok"), Encode("科技周", "GB18030")}) {
    auto decoded = DecodeBytes(bytes);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(AsUtf8(bytes).has_value(), decoded->encoding == "UTF-8");
  }
}

TEST(LooksBinary, NulBytesAreBinaryUtf16WithBomIsNot) {
  EXPECT_TRUE(LooksBinary(std::string("\x89PNG\r\n\x1a\n\0\0\0", 11)));
  EXPECT_FALSE(LooksBinary("\xFF\xFE" + Encode("杭州", "UTF-16LE")));
  EXPECT_FALSE(LooksBinary(kBrief));
}

// #14 low item: UTF-16 without a BOM is told by where its NULs sit (ASCII
// newlines and digits), in either byte order, and is decoded, not skipped.
TEST(DecodeBytes, Utf16WithoutBomIsDecodedNotSkippedAsBinary) {
  for (const char* name : {"UTF-16LE", "UTF-16BE"}) {
    const std::string bytes = Encode(kBrief, name);
    EXPECT_FALSE(LooksBinary(bytes)) << name;
    EXPECT_FALSE(AsUtf8(bytes)) << name;
    auto decoded = DecodeBytes(bytes);
    ASSERT_TRUE(decoded.ok()) << name << ": " << decoded.status().message();
    EXPECT_EQ(decoded->utf8, kBrief) << name;
    EXPECT_EQ(decoded->encoding, name);
  }
}

// #14 low item: one stray NUL in a text file is damage, not a binary file:
// the text is kept, the NUL replaced and named by its byte offset.
TEST(DecodeBytes, StrayNulInTextIsReplacedAndNamed) {
  const std::string bytes = "宁波港开通新航线" + std::string(1, '\0') + "\n本报讯 集装箱吞吐量增长。\n";
  EXPECT_FALSE(LooksBinary(bytes));
  EXPECT_FALSE(AsUtf8(bytes));
  auto decoded = DecodeBytes(bytes);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->encoding, "UTF-8");
  EXPECT_EQ(decoded->utf8, "宁波港开通新航线\xEF\xBF\xBD\n本报讯 集装箱吞吐量增长。\n");
  EXPECT_NE(decoded->warning.find("at byte 24"), std::string::npos) << decoded->warning;
  EXPECT_TRUE(LooksBinary(std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16)));
}

// Short UTF-8 text damaged in two places, one of them a UTF-16 BOM-like pair
// mid-file, is still UTF-8 (ICU's detector calls it UTF-16BE); GB18030 text
// of the same length is still told apart.
TEST(DecodeBytes, ShortUtf8DamagedTwiceIsStillUtf8) {
  auto decoded = DecodeBytes("湖州新区\xFF\xFE开工建设\x80三个项目");
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_EQ(decoded->encoding, "UTF-8");
  EXPECT_EQ(decoded->utf8, "湖州新区\uFFFD开工建设\uFFFD三个项目");
  EXPECT_NE(decoded->warning.find("3 invalid UTF-8 bytes"), std::string::npos) << decoded->warning;
  EXPECT_NE(decoded->warning.find("at byte 12"), std::string::npos) << decoded->warning;
  for (const std::string gb : {"湖州新区开工建设三个项目", "台州港口吞吐量增长", "温州"}) {
    EXPECT_EQ(DecodeBytes(Encode(gb, "GB18030"))->utf8, gb);
  }
}

// With --encoding utf-8 a NUL is damage too, not a U+0000 passed downstream.
TEST(DecodeBytes, ForcedUtf8ReplacesNulsAsAutoDetectionDoes) {
  const std::string bytes = std::string("绍兴") + '\0' + "新闻";
  auto decoded = DecodeBytes(bytes, "utf-8");
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->utf8, "绍兴\uFFFD新闻");
  EXPECT_NE(decoded->warning.find("1 NUL byte replaced"), std::string::npos) << decoded->warning;
  auto damaged = DecodeBytes(bytes + "\xFF", "UTF-8");
  ASSERT_TRUE(damaged.ok());
  EXPECT_EQ(damaged->utf8, "绍兴\uFFFD新闻\uFFFD");
  EXPECT_NE(damaged->warning.find("NUL"), std::string::npos) << damaged->warning;
}

// VisibleLength counts eight bytes at a time: it must agree with counting
// one character at a time for every prefix, spaces of each kind included.
TEST(PageLines, VisibleLengthSkipsEverySpace) {
  const std::string s = "本报讯 6月\t6日\u3000“ 科 学 ”\u3000\u3000活动 in Hangzhou，3000 余人。";
  for (std::size_t n = 0; n <= s.size(); ++n) {
    const std::string_view prefix = std::string_view(s).substr(0, n);
    if (!IsValidUtf8(prefix)) continue;
    std::size_t expected = 0;
    for (char32_t c : DecodeUtf8(prefix)) expected += c != U' ' && c != U'\t' && c != U'\u3000';
    EXPECT_EQ(article::VisibleLength(prefix), expected) << n;
  }
  EXPECT_EQ(article::VisibleLength("科 技 周 活 动", 2), 3u);  // stops past the limit
}

// The byte prechecks never reject a dateline ParseDateline would accept.
TEST(PageLines, DatelinePrecheck) {
  EXPECT_TRUE(article::MayOpenDateline("本报讯 6月3日"));
  EXPECT_TRUE(article::MayOpenDateline("\u3000本 报 湘潭讯"));
  EXPECT_TRUE(article::MayOpenDateline("新华社北京6月6日 电"));
  EXPECT_TRUE(article::MayOpenDateline("中新网杭州12月30日讯"));
  EXPECT_FALSE(article::MayOpenDateline("基本建成电力网络，资讯发达"));
}

TEST(SplitPage, BylineClosesAnArticleAndHeadlinesOpenOne) {
  const std::string page =
      "湖畔论创新 实干见成效\n\n南湖区科技城举办青年创新沙龙，60余名科研人员参加。 本报记者 周明 通讯员 陈佳\n\n"
      "本报讯 6月3日，2024年长三角产业技术对接会在上海开幕。 王立新\n\n"
      "长三角产业技术对接会在沪开幕\n\n本报讯 “ 科 技 进 乡 村 ”服务周昨天启动。 李 彤\n";
  std::vector<Article> articles = SplitPage(page, {});
  ASSERT_EQ(articles.size(), 3u);
  EXPECT_EQ(*articles[0].title, "湖畔论创新 实干见成效");
  EXPECT_EQ(articles[0].authors, (std::vector<std::string>{"周明", "陈佳"}));
  // A headline printed after its body belongs to it.
  EXPECT_EQ(*articles[1].title, "长三角产业技术对接会在沪开幕");
  EXPECT_EQ(articles[2].text, "本报讯“科技进乡村”服务周昨天启动。");
  EXPECT_EQ(articles[2].authors, (std::vector<std::string>{"李彤"}));
}

TEST(SplitPage, MarkdownKickerSourceNoteAndEditorsNote) {
  const std::string page =
      "### 打造科创高地\n\n# 杭州发布科技新政\n\n本报记者 赵云帆\n\n3月18日,杭州市召开大会。\n\n"
      "〔来源：3月19日《杭州日报》〕\n\n■ 编后\n\n创新需要耐心。\n";
  std::vector<Article> articles = SplitPage(page, {.one_article = false, .date = "2024-03-20"});
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(*articles[0].title, "杭州发布科技新政");
  EXPECT_EQ(*articles[0].subtitle, "打造科创高地");
  EXPECT_EQ(*articles[0].outlet, "杭州日报");
  EXPECT_EQ(*articles[0].date, "2024-03-20");
  EXPECT_EQ(articles[0].text, "3月18日，杭州市召开大会。\n■编后\n创新需要耐心。");
}

TEST(SplitPage, HardWrappedColumnsAreRejoined) {
  const std::string page = "南湖区科技城近日举办青年创新沙\n龙，来自浙江大学的科研人员参加\n交流。\n";
  std::vector<Article> articles = SplitPage(page, {});
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].text, "南湖区科技城近日举办青年创新沙龙，来自浙江大学的科研人员参加交流。");
}

// Magazine pages put a blank line after every line.
std::string LoosePage(const std::vector<std::string>& lines) {
  std::string page;
  for (const std::string& l : lines) page += l + "\n\n";
  return page;
}

const std::vector<std::string> kColumnA = {
    "今年以来，东湖县新材料产业", "规模持续扩大，一季度产值同比增", "长百分之十二，新增规上企业九家",
    "，带动就业两千余人，产业链条日", "益完善，上下游配套企业不断集聚", "，集群效应逐步显现出来。"};
const std::vector<std::string> kColumnB = {
    "园区还引进了三家研发机构，围", "绕高性能纤维和复合材料开展联合", "攻关，两项成果已经进入中试阶段",
    "，预计明年实现量产，届时将新增", "产值二十亿元以上，成为县域经济", "新的增长极，带动更多企业转型。"};

std::vector<std::string> Join(std::vector<std::vector<std::string>> parts) {
  std::vector<std::string> out;
  for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

// A feature opens under a doubled photo caption and a ■ byline; its
// headline, under a kicker naming the place, is set inside the body. The
// kicker is the subtitle.
TEST(SplitPage, HeadlineUnderANameKickerInsideAFeature) {
  const std::string page = LoosePage(Join({{"东湖新材料产业园东湖新材料产业园", "■张 明", "本刊记者"}, kColumnA,
                                           {"东湖县", "新材料产业链跑出加速度新跑道"}, kColumnB}));
  std::vector<Article> articles = SplitPage(page, {});
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(*articles[0].title, "新材料产业链跑出加速度新跑道");
  EXPECT_EQ(*articles[0].subtitle, "东湖县");
  EXPECT_EQ(articles[0].authors, (std::vector<std::string>{"张明"}));
  EXPECT_EQ(articles[0].text.rfind("今年以来，东湖县", 0), 0u);
  EXPECT_EQ(articles[0].text.find("产业园"), std::string::npos);  // the caption is not body
  EXPECT_TRUE(articles[0].text.ends_with("带动更多企业转型。"));
}

// The same with a —— subtitle under the headline, and with the kicker
// printed under a display headline, right above the body.
TEST(SplitPage, FeatureHeadlineWithDashSubtitleOrKickerBelow) {
  std::vector<Article> dash = SplitPage(
      LoosePage(Join({{"东湖新材料产业园东湖新材料产业园", "■张 明", "本刊记者"}, kColumnA,
                      {"创新之路越走越宽", "——东湖县推进新材料产业发展纪实"}, kColumnB})),
      {});
  ASSERT_EQ(dash.size(), 1u);
  EXPECT_EQ(*dash[0].title, "创新之路越走越宽");
  EXPECT_EQ(*dash[0].subtitle, "——东湖县推进新材料产业发展纪实");
  EXPECT_EQ(dash[0].text.find("纪实"), std::string::npos);

  std::vector<Article> below = SplitPage(
      LoosePage(Join({{"西山茶园西山茶园", "守好绿水青山的金饭碗守好绿水青山的金饭碗", "西山县"}, kColumnA, kColumnB})), {});
  ASSERT_EQ(below.size(), 1u);
  EXPECT_EQ(*below[0].title, "守好绿水青山的金饭碗");
  EXPECT_EQ(*below[0].subtitle, "西山县");

  // Between two display lines, the kicker heads the one under it (the one
  // above is a photo caption), unless the one above opens the group after a
  // wide gap.
  std::vector<Article> under = SplitPage(
      LoosePage(Join({{"西山茶园西山茶园", "西山县", "守好绿水青山的金饭碗守好绿水青山的金饭碗"}, kColumnA, kColumnB})), {});
  ASSERT_EQ(under.size(), 1u);
  EXPECT_EQ(*under[0].title, "守好绿水青山的金饭碗");
  std::vector<Article> wide = SplitPage(
      "\n\n\n" + LoosePage(Join({{"守好绿水青山的金饭碗守好绿水青山的金饭碗", "西山县", "第三届西山茶会开幕式第三届西山茶会开幕式"},
                                  kColumnA, kColumnB})),
      {});
  ASSERT_EQ(wide.size(), 1u);
  EXPECT_EQ(*wide[0].title, "守好绿水青山的金饭碗");
}

// A vertical section label (` 要`, `闻`: one glyph a line, each followed by a
// blank like every line of the page) closes the item before it.
TEST(SplitPage, VerticalLabelBetweenItemsSplitsThem) {
  std::vector<Article> articles = SplitPage(LoosePage(Join({kColumnA, {" 要", "闻"}, kColumnB})), {});
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_TRUE(articles[0].text.ends_with("集群效应逐步显现出来。"));
  EXPECT_EQ(articles[1].text.rfind("园区还引进", 0), 0u);
}

// A commentary: its headline, as wide as the column, sits right over the ■
// byline after the last sentence of the article before it.
TEST(SplitPage, LineOverAMarkedBylineIsAHeadline) {
  std::vector<Article> articles = SplitPage(
      LoosePage(Join({kColumnA, {"以新材料产业集群建设推动县域经济高质量发展", "■王 芳", "东湖县县委书记"}, kColumnB})), {});
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_FALSE(articles[0].title);
  EXPECT_TRUE(articles[0].text.ends_with("集群效应逐步显现出来。"));
  EXPECT_EQ(*articles[1].title, "以新材料产业集群建设推动县域经济高质量发展");
  EXPECT_EQ(articles[1].authors, (std::vector<std::string>{"王芳"}));
}

// A letter-spaced headline is the main title, joined with the line printed
// right under it; the kicker above is the subtitle.
TEST(SplitPage, LetterSpacedHeadlineIsTheMainTitle) {
  std::vector<Article> articles = SplitPage(
      "王明在东湖县调研时强调\n\n推 动 科 技 创 新 再 上 台 阶\n奋力开创新材料产业发展新局面\n\n"
      "本报讯 6月3日，王明在东湖县调研新材料产业发展情况。 李华\n",
      {});
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(*articles[0].title, "推动科技创新再上台阶 奋力开创新材料产业发展新局面");
  EXPECT_EQ(*articles[0].subtitle, "王明在东湖县调研时强调");
}

// The record is the same whether the article is copied or moved into it.
TEST(Article, MovedRecordEqualsCopiedRecord) {
  std::vector<Article> articles = SplitPage(kBrief, {.one_article = false, .date = "2024-06-03"});
  ASSERT_EQ(articles.size(), 1u);
  articles[0].id = "brief#1";
  articles[0].converted_t2s = true;
  const Json copied = articles[0].ToJson();
  EXPECT_EQ(std::move(articles[0]).ToJson().dump(), copied.dump());
}

// Two headlines over a lead: the one the lead sits right under, set apart
// from the other by a blank, is the main title and the one above its kicker;
// otherwise the first is the title.
TEST(SplitPage, HeadlineOnTheLeadIsTheTitle) {
  std::vector<Article> kicked = SplitPage(
      "东湖县首次举办新材料产业对接会\n\n新材料企业与高校牵手合作\n"
      "本报讯 6月3日，东湖县举办新材料产业对接会，30余家企业参加。 李华\n",
      {});
  ASSERT_EQ(kicked.size(), 1u);
  EXPECT_EQ(*kicked[0].title, "新材料企业与高校牵手合作");
  EXPECT_EQ(*kicked[0].subtitle, "东湖县首次举办新材料产业对接会");
  std::vector<Article> decked = SplitPage(
      "新材料产业对接会在东湖县举行\n十二个合作项目现场签约\n\n"
      "本报讯 6月3日，东湖县举办新材料产业对接会，30余家企业参加。 陈佳\n",
      {});
  ASSERT_EQ(decked.size(), 1u);
  EXPECT_EQ(*decked[0].title, "新材料产业对接会在东湖县举行");
  EXPECT_EQ(*decked[0].subtitle, "十二个合作项目现场签约");
}

TEST(SplitPage, WireDatelineGivesOutletAndDate) {
  std::vector<Article> articles = SplitPage("新华社合肥5月22日电 2024年合肥新增企业15家。\n", {});
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(*articles[0].outlet, "新华社");
  EXPECT_EQ(*articles[0].date, "2024-05-22");
}

TEST(IngestBytes, HtmlDropsScriptsAndNavigation) {
  const std::string html =
      "<html><head><title>网页标题</title><script>var x='脚本';</script></head><body><nav>首页</nav>"
      "<h1>南京发布集成电路报告</h1><p>本报讯 6月12日，南京江北新区发布报告。</p><footer>版权</footer></body></html>";
  auto file = IngestBytes(html, "news.html", {});
  ASSERT_TRUE(file.ok());
  ASSERT_EQ(file->articles.size(), 1u);
  EXPECT_EQ(*file->articles[0].title, "南京发布集成电路报告");
  EXPECT_EQ(file->articles[0].text, "本报讯6月12日，南京江北新区发布报告。");
  EXPECT_EQ(file->articles[0].id, "news#1");
}

TEST(IngestBytes, EmptyAndBinaryFilesAreSkippedWithAReason) {
  EXPECT_EQ(IngestBytes("", "a.txt", {})->skip_reason, "empty file");
  EXPECT_EQ(IngestBytes(std::string("\0\1\2\3", 4), "a.bin", {})->skip_reason, "binary file");
}

TEST(IngestSamples, EveryBundledSampleDecodesAndSplits) {
  std::vector<std::string> warnings;
  auto files = ListInputFiles({std::string(testing::kSourceDir) + "/data/samples"}, &warnings);
  ASSERT_TRUE(files.ok());
  ASSERT_GE(files->size(), 6u);
  EXPECT_TRUE(std::is_sorted(files->begin(), files->end(),
                             [](const InputFile& a, const InputFile& b) { return a.path < b.path; }));
  std::set<std::string> encodings;
  for (const InputFile& input : *files) {
    const std::string& f = input.path;
    auto result = IngestFile(f, {});
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_FALSE(result->articles.empty()) << f;
    encodings.insert(result->encoding);
  }
  EXPECT_TRUE(encodings.count("GB18030") && encodings.count("UTF-16LE") && encodings.count("UTF-8"));
}

TEST(IngestTool, ErrorsAreNamedAndTheRunGoesOn) {
  const fs::path dir = testing::FreshTempDir("zhcorpus_ingest_tool");
  fs::create_directories(dir / ".hidden");
  std::ofstream(dir / "a.txt") << kBrief;
  std::ofstream(dir / "b.txt", std::ios::binary) << "\xEF\xBB\xBF\xE6\x9D";  // BOM, then broken UTF-8... as GB
  std::ofstream(dir / "c.bin", std::ios::binary) << std::string("\0\0\0\1", 4);
  std::ofstream(dir / ".hidden" / "d.txt") << kBrief;
  std::ofstream(dir / "e.txt", std::ios::binary) << Encode(kBrief, "GB18030");
  testing::ToolRun run = testing::RunTool("ingest", dir.string() + " --encoding UTF-8");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.err.find("b.txt: 2 invalid UTF-8 bytes replaced"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("ingest: " + (dir / "e.txt").string() + ": undecodable UTF-8 byte"), std::string::npos)
      << run.err;
  // a.txt, and b.txt's two replaced bytes (a short note is still an article); hidden folder skipped
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 2);
  testing::ToolRun nonsense = testing::RunTool("ingest", dir.string() + " --encoding nonsense");
  EXPECT_EQ(nonsense.exit_code, 2);
  EXPECT_EQ(std::count(nonsense.err.begin(), nonsense.err.end(), '\n'), 1) << nonsense.err;
  EXPECT_EQ(testing::RunTool("ingest", (dir / "missing.txt").string()).exit_code, 2);
  EXPECT_EQ(testing::RunTool("ingest", "--date 2024-13-40 " + (dir / "a.txt").string()).exit_code, 2);
  fs::remove_all(dir);
}

// Files of the same name in two folders get ids from their paths below the
// input folder, so ids stay unique within a run.
TEST(ListInputFiles, IdsComeFromThePathBelowTheInputFolder) {
  const fs::path dir = testing::FreshTempDir("zhcorpus_ingest_ids");
  fs::create_directories(dir / "a");
  fs::create_directories(dir / "b");
  std::ofstream(dir / "a" / "x.txt") << kBrief;
  std::ofstream(dir / "b" / "x.txt") << kBrief;
  std::vector<std::string> warnings;
  auto files = ListInputFiles({dir.string()}, &warnings);
  ASSERT_TRUE(files.ok());
  ASSERT_EQ(files->size(), 2u);
  EXPECT_EQ((*files)[0].id_stem, "a/x");
  EXPECT_EQ((*files)[1].id_stem, "b/x");
  auto direct = ListInputFiles({(dir / "a" / "x.txt").string(), (dir / "b" / "x.txt").string()}, &warnings);
  ASSERT_TRUE(direct.ok());
  EXPECT_NE((*direct)[0].id_stem, (*direct)[1].id_stem);
  EXPECT_EQ(IngestFile((*files)[1].path, {}, (*files)[1].id_stem)->articles[0].id, "b/x#1");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace zhcorpus
