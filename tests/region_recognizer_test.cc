// Regions as an analyst counts them: names, chains, duplicates, macro-regions,
// abbreviation runs, and the everyday words that only look like places;
// most through the Tagger, the last ones on RegionRecognizer itself.
#include <gtest/gtest.h>

#include "entity/region_recognizer.h"
#include "test_config.h"
#include "zhcorpus/region_gazetteer.h"
#include "zhcorpus/tagger.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

const Tagger& RegionTagger() {
  static std::unique_ptr<Tagger> tagger = [] {
    auto t = Tagger::Load({.data_dir = testing::kBuildDataDir, .types = {"region"}});
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return std::move(t).value();
  }();
  return *tagger;
}

// "text=name/code" for every region, in order.
std::vector<std::string> Regions(const std::string& text) {
  std::vector<std::string> out;
  for (const Entity& e : RegionTagger().Tag(text, std::nullopt).entities) {
    const auto& code = e.norm.Get("code");
    out.push_back(e.text + "=" + e.norm.Get("name").string() + "/" +
                  (code.is_null() ? std::string("null") : code.string()));
  }
  return out;
}

using Names = std::vector<std::string>;

TEST(RegionRecognizer, FullAndShortNamesNormaliseToTheOfficialName) {
  EXPECT_EQ(Regions("去年冬天，我们从浙江出发，经过杭州，到了乐清。"),
            (Names{"浙江=浙江省/330000", "杭州=杭州市/330100", "乐清=乐清市/330382"}));
  EXPECT_EQ(Regions("新疆的棉花运到了广西。"), (Names{"新疆=新疆维吾尔自治区/650000", "广西=广西壮族自治区/450000"}));
}

TEST(RegionRecognizer, AContiguousChainIsOneMentionOfTheInnermostPlace) {
  EXPECT_EQ(Regions("展会设在浙江省温州市。"), (Names{"浙江省温州市=温州市/330300"}));
  EXPECT_EQ(Regions("新园区落户上海浦东新区。"), (Names{"上海浦东新区=浦东新区/310115"}));
  // A town's short name counts only right after its county: towns carry no code.
  EXPECT_EQ(Regions("工厂搬到了桐乡濮院。"), (Names{"桐乡濮院=濮院镇/null"}));
}

TEST(RegionRecognizer, AShortNameGluedToAPlaceThatDoesNotEncloseItIsALocalName) {
  // Wuxi's 滨湖区 is not meant in a Hefei district name.
  EXPECT_EQ(Regions("新馆建在安徽省合肥市滨湖科学城。"), (Names{"安徽省合肥市=合肥市/340100"}));
}

TEST(RegionRecognizer, GenericTrailingNounsStayOutOfTheMention) {
  EXPECT_EQ(Regions("长三角地区的企业在嘉兴一带设厂。"), (Names{"长三角=长江三角洲/null", "嘉兴=嘉兴市/330400"}));
  EXPECT_EQ(Regions("中部地区的城市。"), (Names{"中部=中部地区/null"}));
}

TEST(RegionRecognizer, DuplicateNamesResolvedByContextOrLeftAmbiguous) {
  const auto alone = RegionTagger().Tag("新店开在鼓楼区。", std::nullopt).entities;
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_TRUE(alone[0].norm.Get("code").is_null());
  EXPECT_GE(alone[0].norm.Get("candidates").list().size(), 4u);
  EXPECT_EQ(Regions("南京的鼓楼区新开了一家书店。"), (Names{"南京=南京市/320100", "鼓楼区=鼓楼区/320106"}));
  EXPECT_EQ(Regions("福州市鼓楼区的老街。"), (Names{"福州市鼓楼区=鼓楼区/350102"}));
}

TEST(RegionRecognizer, AbbreviationRunsListTheirMembers) {
  const auto runs = RegionTagger().Tag("沪苏浙皖四地签约，杭甬两市联动。", std::nullopt).entities;
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].text, "沪苏浙皖");
  EXPECT_EQ(runs[0].norm.Get("members"), NormValue(NormValue::List{"上海市", "江苏省", "浙江省", "安徽省"}));
  EXPECT_EQ(runs[1].text, "杭甬");
  EXPECT_EQ(runs[1].norm.Get("level"), "city");
  // Everyday words made of abbreviation characters are not runs.
  EXPECT_EQ(Regions("通常用合金制造。"), Names{});
}

TEST(RegionRecognizer, NewBeforeANounIsNoAbbreviation) {
  // 新 before 能源 or 材料 is the adjective, not 新疆; before a count it may be.
  EXPECT_EQ(Regions("沪苏浙皖新能源汽车产业联动。"), Names{"沪苏浙皖=沪苏浙皖/null"});
  EXPECT_EQ(Regions("杭甬新材料产业发展。"), Names{"杭甬=杭甬/null"});
  EXPECT_EQ(Regions("甘青新三省区合作。").size(), 1u);
  EXPECT_EQ(Regions("甘青新三省区合作。")[0].substr(0, 9), "甘青新");
}

TEST(RegionRecognizer, AHarbourIsNoDistrictAlone) {
  // 港口区 is a district of 防城港; 港口 alone is a harbour.
  EXPECT_EQ(Regions("全省港口吞吐量增长，三大港口集团合并。"), Names{});
}

TEST(RegionRecognizer, EverydayWordsNeedContext) {
  EXPECT_EQ(Regions("双方加强合作，保护资源，维护和平。"), Names{});
  EXPECT_EQ(Regions("他会同有关部门处理。"), Names{});
  EXPECT_EQ(Regions("股价突破前高大关。"), Names{});
}

TEST(RegionRecognizer, ACitysNameIsThePlaceWhateverTagTheDictionaryGivesIt) {
  // The dictionary holds these as a verb or an adjective (保定 v, 开封 v, 茂名 a).
  EXPECT_EQ(Regions("他从保定调到开封，又去了茂名。"),
            (Names{"保定=保定市/130600", "开封=开封市/410200", "茂名=茂名市/440900"}));
  // A county's name keeps the doubt: 合作 is a county-level city and a word.
  EXPECT_EQ(Regions("双方深化合作。"), Names{});
}

TEST(RegionRecognizer, MacroForeignAndCountryLevels) {
  const auto found = RegionTagger().Tag("皖北的产品销往欧洲和美国，中国企业也去了硅谷。", std::nullopt).entities;
  std::vector<std::string> levels;
  for (const Entity& e : found) levels.push_back(e.text + ":" + e.norm.Get("level").string());
  EXPECT_EQ(levels, (Names{"皖北:macro", "欧洲:foreign", "美国:country", "中国:country", "硅谷:foreign"}));
  EXPECT_EQ(found[0].norm.Get("parent"), "安徽省");
}

TEST(RegionRecognizer, QuotedNamesAndLandmarksAreNotRegions) {
  EXPECT_EQ(Regions("参加“美丽杭州”活动。"), Names{});
  EXPECT_EQ(Regions("推进中国式现代化。"), Names{});
  EXPECT_EQ(Regions("他们在杭州湾边散步。"), Names{});
}

TEST(RegionRecognizer, TraditionalTextIsReadThroughItsSimplifiedView) {
  EXPECT_EQ(Regions("臺灣與廣東的貿易。"), (Names{"臺灣=台湾省/710000", "廣東=广东省/440000"}));
}

TEST(RegionGazetteer, DerivesShortNamesAndKnowsDivisions) {
  auto gazetteer = RegionGazetteer::Load(testing::kBuildDataDir);
  ASSERT_TRUE(gazetteer.ok()) << gazetteer.status().ToString();
  EXPECT_TRUE(gazetteer->IsDivisionName(U"湘西"));
  EXPECT_TRUE(gazetteer->IsDivisionName(U"内蒙古"));
  EXPECT_FALSE(gazetteer->IsDivisionName(U"欧洲"));
  EXPECT_EQ(gazetteer->Lookup(U"鼓楼区").size(), 4u);
}

// The recogniser itself (src/entity/region_recognizer.h), without the
// Tagger: the names the segmenter must learn, and Find on a document cut
// by a segmenter that learned them.
class RegionRecognizerDirect : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto gazetteer = RegionGazetteer::Load(testing::kBuildDataDir);
    ASSERT_TRUE(gazetteer.ok()) << gazetteer.status().message();
    words_ = new std::vector<ExtraWord>(RegionRecognizer::SegmenterWords(*gazetteer));
    auto seg = Segmenter::Load({.data_dir = testing::kBuildDataDir, .extra_words = *words_});
    ASSERT_TRUE(seg.ok()) << seg.status().message();
    segmenter_ = new Segmenter(std::move(seg).value());
    recognizer_ = new RegionRecognizer(std::move(gazetteer).value(), segmenter_);
  }
  static void TearDownTestSuite() {
    delete recognizer_;
    delete segmenter_;
    delete words_;
  }
  static std::vector<std::string> Find(const std::string& utf8) {
    Document doc;
    doc.text = doc.simplified = DecodeUtf8(utf8);
    segmenter_->Cut(doc.simplified, &doc.tokens);
    std::vector<Entity> out;
    recognizer_->Find(doc, &out);
    std::vector<std::string> found;
    for (const Entity& e : out)
      found.push_back(EncodeUtf8(std::u32string_view(doc.text).substr(e.start, e.end - e.start)) + "=" +
                      e.norm.Get("name").string());
    return found;
  }
  static std::vector<ExtraWord>* words_;
  static Segmenter* segmenter_;
  static RegionRecognizer* recognizer_;
};
std::vector<ExtraWord>* RegionRecognizerDirect::words_ = nullptr;
Segmenter* RegionRecognizerDirect::segmenter_ = nullptr;
RegionRecognizer* RegionRecognizerDirect::recognizer_ = nullptr;

TEST_F(RegionRecognizerDirect, FindsNamesInTextOrderWithoutOverlaps) {
  EXPECT_EQ(Find("我们从浙江出发，经过杭州，到了乐清。"), (Names{"浙江=浙江省", "杭州=杭州市", "乐清=乐清市"}));
  EXPECT_TRUE(Find("今天天气很好。").empty());
  EXPECT_TRUE(Find("").empty());
}

TEST_F(RegionRecognizerDirect, TheSegmenterIsToldToKeepUnknownPlaceNamesWhole) {
  EXPECT_FALSE(words_->empty());
  for (const ExtraWord& w : *words_) EXPECT_FALSE(w.word.empty());
}

TEST(RegionRecognizer, TaiwansCountiesAreCountiesOfTheProvince) {
  EXPECT_EQ(Regions("屏東縣與宜蘭縣合作。"), (Names{"屏東縣=屏东县/null", "宜蘭縣=宜兰县/null"}));
}

}  // namespace
}  // namespace zhcorpus
