// Outlets named in datelines, lead-ins and source lines
// (src/entity/org_media.cc), found on the text alone: the span of the
// outlet's name, never the paper speaking of itself.
#include "entity/org_media.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

std::vector<std::string> Outlets(const std::string& text, const std::vector<std::string>& places = {}) {
  const std::u32string t = DecodeUtf8(text);
  std::vector<Span> regions;
  for (const std::string& p : places) {
    const std::size_t at = t.find(DecodeUtf8(p));
    if (at != std::u32string::npos) regions.emplace_back(at, at + DecodeUtf8(p).size());
  }
  std::vector<std::string> out;
  for (const auto& [s, e] : FindOutlets(t, regions)) out.push_back(EncodeUtf8(std::u32string_view(t).substr(s, e - s)));
  return out;
}

using V = std::vector<std::string>;

TEST(OrgMedia, ADatelineWithItsPlaceAndDate) {
  EXPECT_EQ(Outlets("新潮社青山3月2日电 青山县今天举行茶文化节。", {"青山"}), V{"新潮社"});
  EXPECT_EQ(Outlets("江城日报5日讯 老桥重新通车。"), V{"江城日报"});  // a one-digit day too
  EXPECT_EQ(Outlets("江城日报15日讯 老桥重新通车。"), V{"江城日报"});
}

TEST(OrgMedia, AReporterCreditedInsideTheDatelineIsNoPartOfTheOutlet) {
  EXPECT_EQ(Outlets("（新潮社记者王小明青山12日电）青山县今天举行茶文化节。", {"青山"}), V{"新潮社"});
}

TEST(OrgMedia, LeadInsAtAClauseStart) {
  EXPECT_EQ(Outlets("江城日报讯（记者 王青）老桥重新通车。"), V{"江城日报"});
  EXPECT_EQ(Outlets("据青山在线消息，老桥重新通车。"), V{"青山在线"});
}

TEST(OrgMedia, SourceLines) {
  EXPECT_EQ(Outlets("来源：江城网"), V{"江城网"});
  EXPECT_EQ(Outlets("稿源：江城晚报"), V{"江城晚报"});
}

TEST(OrgMedia, AReprintsNoteNamesTheOutletThatPrintedItFirst) {
  EXPECT_EQ(Outlets("原文刊于江城财经新闻\n老桥重新通车。"), V{"江城财经新闻"});
  EXPECT_EQ(Outlets("老桥重新通车。（本文转载自青山晚报）"), V{"青山晚报"});
  EXPECT_EQ(Outlets("原载于江城日报。"), V{"江城日报"});
  // Running text after the verb, a name that does not end like an outlet, the paper itself.
  EXPECT_TRUE(Outlets("该论文刊于江城学报第3期。").empty());
  EXPECT_TRUE(Outlets("文章原载于他的个人主页。").empty());
  EXPECT_TRUE(Outlets("原文刊于本报。").empty());
}

TEST(OrgMedia, ACreditRepeatsTheOutletTheDatelineNamed) {
  EXPECT_EQ(Outlets("【青扑11月3日讯】(青扑记者王青台中报导)老桥重新通车。"), (V{"青扑", "青扑"}));
  // A name that does not end like an outlet, named nowhere before, is left to the grammar.
  EXPECT_TRUE(Outlets("(青扑记者王青台中报导)老桥重新通车。").empty());
}

TEST(OrgMedia, APaperAndItsAppOpeningTheLineTogether) {
  EXPECT_EQ(Outlets("江州网 青山客户端讯 老桥重新通车。"), (V{"江州网", "青山客户端"}));
  // Words before the space that open no line or end like no outlet stay out.
  EXPECT_EQ(Outlets("他说 青山客户端讯 老桥重新通车。"), V{"青山客户端"});
}

TEST(OrgMedia, AnAllMediaNewsroomInACredit) {
  EXPECT_EQ(Outlets("青山融媒体记者王青 江州报道"), V{"青山融媒体"});
  // A paper's all-media reporter (全媒体记者 is a title) is the paper's; other names keep it.
  EXPECT_EQ(Outlets("江州晚报全媒体记者王青 江州报道"), V{"江州晚报"});
  EXPECT_EQ(Outlets("青山财经全媒体记者王青 江州报道"), V{"青山财经全媒体"});
}

TEST(OrgMedia, APhotosCreditNamesTheOutletThatTookIt) {
  EXPECT_EQ(Outlets("老桥重新通车。（江州通讯社资料图片）"), V{"江州通讯社"});
  EXPECT_EQ(Outlets("老桥重新通车。(青山网供图)"), V{"青山网"});
  // A name that does not end like an outlet, or not opening a bracket, names nothing.
  EXPECT_TRUE(Outlets("老桥重新通车。（王青供图）").empty());
  EXPECT_TRUE(Outlets("他翻看江州日报资料图片。").empty());
}

TEST(OrgMedia, ThePaperSpeakingOfItselfNamesNothing) {
  EXPECT_TRUE(Outlets("本报讯（记者 王青）老桥重新通车。").empty());
  EXPECT_TRUE(Outlets("本报青山3月2日电 老桥重新通车。", {"青山"}).empty());
}

TEST(OrgMedia, RunningTextIsNoDateline) {
  EXPECT_TRUE(Outlets("他来电说老桥重新通车了。").empty());
  EXPECT_TRUE(Outlets("警方于5日讯问了嫌疑人。").empty());  // 讯问 is a word
  EXPECT_TRUE(Outlets("江城日报5日电话采访了他。").empty());
  EXPECT_TRUE(Outlets("大家都在等这个消息。").empty());
  EXPECT_TRUE(Outlets("").empty());
}

TEST(OrgMedia, ADatelineOpeningTheTextNamesAnyOutlet) {
  // A name that does not end like an outlet counts only where it opens the text.
  EXPECT_EQ(Outlets("青扑9月21日讯 某俱乐部公布了财务报表。"), V{"青扑"});
  EXPECT_EQ(Outlets("会议9月21日电告各地，他说今天9月21日讯息很多。"), V{});
  EXPECT_EQ(Outlets("他说，青扑9月21日讯 某俱乐部公布了报表。"), V{});
}

TEST(OrgMedia, ATitleBeforeAReporterOrAMagazineIsAnOutlet) {
  EXPECT_EQ(Outlets("他告诉《江州人物》记者，合作已久。"), std::vector<std::string>{"江州人物"});
  EXPECT_EQ(Outlets("文章发表在《江州科技》杂志上。"), std::vector<std::string>{"江州科技"});
}

TEST(OrgMedia, APageTitlesLastPartIsTheSite) {
  EXPECT_EQ(Outlets("清溪镇发展订单农业-基层动态-江州政协网\n正文"), V{"江州政协网"});
  EXPECT_EQ(Outlets("某县召开大会_要闻_江州日报"), V{"江州日报"});
  // A dash in running text, or a last part that ends like no paper or site, names nothing.
  EXPECT_EQ(Outlets("价格在2020-2023年间上涨，合作-共赢。"), V{});
  EXPECT_EQ(Outlets("清溪镇发展订单农业-基层动态"), V{});
}

TEST(OrgMedia, AWritersSlashBylineNamesTheOutlet) {
  EXPECT_EQ(Outlets("某某博览会观察\n王晓雯╱江州科技报 编辑部\n正文"), V{"江州科技报"});
  // Running text with a slash, or a name longer than a person's, names nothing.
  EXPECT_EQ(Outlets("预计营收增长5%/年，江州日报报道称"), V{});
}

TEST(OrgMedia, ADocumentsTitleBeforeAPressEventIsNoOutlet) {
  EXPECT_TRUE(Outlets("《关于促进产业发展的意见》记者会召开。").empty());
  EXPECT_TRUE(Outlets("《江州发展规划》记者招待会举行。").empty());
  EXPECT_TRUE(Outlets("《关于加快发展的若干措施》记者专访").empty());
}

}  // namespace
}  // namespace zhcorpus::org
