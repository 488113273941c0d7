// Organisation families of issue 11 (zones without a head, names with a
// place in parentheses) and the precision guards: sentences written for these tests.
#include <gtest/gtest.h>

#include "entity/org_heads.h"
#include "org_test_fixture.h"
#include "zhcorpus/tagger.h"

namespace zhcorpus {
namespace {

class OrgFamilyTest : public testing::OrgTaggerTest {
 protected:
  static std::string NameOf(const std::string& text) {
    auto entities = Tag(text);
    return entities.empty() ? "" : entities.front().norm.Get("name").string();
  }
};

using Strings = std::vector<std::string>;

TEST_F(OrgFamilyTest, ZoneKnownByItsShortNameIsAZoneWithItsFullName) {
  EXPECT_EQ(Orgs("张江和漕河泾的企业数量持续增长。"), (Strings{"张江|zone", "漕河泾|zone"}));
  EXPECT_EQ(NameOf("张江的企业数量持续增长。"), "张江高科技园区");
}

TEST_F(OrgFamilyTest, PlaceBeforeAKnownZoneBelongsToIt) {
  EXPECT_EQ(Orgs("武汉光谷聚集了大量光电子企业。"), Strings{"武汉光谷|zone"});
}

TEST_F(OrgFamilyTest, CorridorAndPilotZoneHeadsMakeZones) {
  EXPECT_EQ(Orgs("G60科创走廊九城市联合发布报告。"), Strings{"G60科创走廊|zone"});
  EXPECT_EQ(Orgs("长三角生态绿色一体化发展示范区的企业增多。"), Strings{"长三角生态绿色一体化发展示范区|zone"});
}

TEST_F(OrgFamilyTest, PlaceInParenthesesInsideTheNameBelongsToIt) {
  EXPECT_EQ(Orgs("中国（浙江）自由贸易试验区舟山片区发布新政。"), Strings{"中国（浙江）自由贸易试验区舟山片区|zone"});
  EXPECT_EQ(Orgs("中国（杭州）跨境电子商务综合试验区建设成效明显。"),
            Strings{"中国（杭州）跨境电子商务综合试验区|zone"});
}

TEST_F(OrgFamilyTest, AsciiBracketsAndCommasInARawRecordReadAsFullWidth) {
  // Text that did not come through ingest keeps its ASCII punctuation; the
  // mention is still the span of the text as given.
  EXPECT_EQ(Orgs("据悉,本届展会由远帆(上海)会展服务有限公司承办。"), Strings{"远帆(上海)会展服务有限公司|company"});
  EXPECT_EQ(Orgs("活动由市科技局主办,浙江大学协办。"), (Strings{"市科技局|government", "浙江大学|university"}));
}

TEST_F(OrgFamilyTest, ShortGlossInParenthesesInsideTheNameBelongsToIt) {
  EXPECT_EQ(Orgs("石家庄乳业（集团）公司发布了年报。"), Strings{"石家庄乳业（集团）公司|company"});
  EXPECT_EQ(Orgs("他说（笑）公司很好。"), Strings{});
}

TEST_F(OrgFamilyTest, TraditionalCharactersFindTheSameOrgs) {
  EXPECT_EQ(Orgs("浙江大學與杭州市科技局簽署協議。"), (Strings{"浙江大學|university", "杭州市科技局|government"}));
}

// Guards: a name never spans a person and the verb after them, a preposition,
// or a count; generic categories are no names.
TEST_F(OrgFamilyTest, PersonAndHisVerbStayOutOfTheName) {
  EXPECT_EQ(Orgs("张三作管委会主任发言。"), Strings{});
  EXPECT_EQ(Orgs("李明任管委会主任。"), Strings{});
}

TEST_F(OrgFamilyTest, NameNeverSpansAPreposition) {
  for (const std::string& org : Orgs("顺丰速运向省总工会捐赠物资。")) {
    EXPECT_EQ(org.find("向"), std::string::npos) << org;
  }
}

TEST_F(OrgFamilyTest, CountedOrQualifiedCategoriesAreNoNames) {
  EXPECT_EQ(Orgs("在两大科学中心的带动下，智慧商场不断涌现。"), Strings{});
}

TEST_F(OrgFamilyTest, TwoBodiesWithoutASeparatorStayTwo) {
  for (const std::string& org : Orgs("北方农业科学院中国花卉协会联合发布报告。")) {
    EXPECT_EQ(org.find("科学院中国"), std::string::npos) << org;
  }
}

TEST_F(OrgFamilyTest, PersonAndConjunctionStayOutOfTheName) {
  EXPECT_EQ(Orgs("会见了王明和国家科技领导小组成员。"), Strings{"国家科技领导小组|government"});
}

TEST_F(OrgFamilyTest, ValleysAndCorridorsInRunningTextAreNoZones) {
  EXPECT_EQ(Orgs("峡谷和低谷之间，是一条长长的走廊。"), Strings{});
}

TEST_F(OrgFamilyTest, DepartmentOfANamedBodyIsOneNameTheLongest) {
  EXPECT_EQ(Orgs("浙江日报经济部副主任出席了会议。"), Strings{"浙江日报经济部|media"});
  EXPECT_EQ(Orgs("浙江大学物理系今年招收新生。"), Strings{"浙江大学物理系|university"});
  EXPECT_EQ(Orgs("农业部信息司今天发布报告。"), Strings{"农业部信息司|government"});
}

TEST_F(OrgFamilyTest, CompanyDepartmentIsNoNameOfItsOwn) {
  EXPECT_EQ(Orgs("东海化工集团有限公司销售部的员工来了。"), Strings{"东海化工集团有限公司|company"});
}

TEST_F(OrgFamilyTest, UnitHeadNeedsTheBodyItBelongsTo) {
  EXPECT_EQ(Orgs("这场官司让上司很头疼，关系也变差了。"), Strings{});
}

TEST_F(OrgFamilyTest, NationalPrefixBeforeAShortNameBelongsToIt) {
  EXPECT_EQ(Orgs("国家卫生部日前发文。"), Strings{"国家卫生部|government"});
}

TEST_F(OrgFamilyTest, WholeNameBeforeAndIsNotJoinedToTheNext) {
  EXPECT_EQ(Orgs("浙江大学物理系和浙江日报经济部联合举办活动。"),
            (Strings{"浙江大学物理系|university", "浙江日报经济部|media"}));
  EXPECT_EQ(Orgs("工业和信息化部发布通知。"), Strings{"工业和信息化部|government"});
}

TEST_F(OrgFamilyTest, NewsLeadInIsNotPartOfTheName) {
  EXPECT_EQ(Orgs("本报讯东海书局决定再版此书。"), Strings{"东海书局|media"});
}

TEST_F(OrgFamilyTest, NamesWithLatinLettersHalfOrFullWidth) {
  EXPECT_EQ(Orgs("昨天，ＸＹＺ公司与QRS集团签署了协议。"), (Strings{"ＸＹＺ公司|company", "QRS集团|company"}));
  EXPECT_EQ(Orgs("７Ｋ公司在本市设厂。"), Strings{"７Ｋ公司|company"});
  // Two companies joined by 及 stay two; a single letter is a grade, not a name.
  EXPECT_EQ(Orgs("ＸＹＺ及东湖公司等企业参加。"), Strings{"东湖公司|company"});
  EXPECT_EQ(Orgs("甲Ｂ联赛队伍增多。"), Strings{});
}

TEST_F(OrgFamilyTest, CourtOrProcuratorateAloneIsTheOneOfThePlaceNamedBefore) {
  EXPECT_EQ(Orgs("嘉善县一名干部受贿，人民检察院依法提起公诉，中级人民法院一审判决。"),
            (Strings{"人民检察院|government", "中级人民法院|government"}));
  EXPECT_EQ(Orgs("绍兴市中级人民法院审结此案。"), Strings{"绍兴市中级人民法院|government"});
  // Generic uses: a category word before it, or a text that names no place.
  EXPECT_EQ(Orgs("嘉善县的各级人民法院加强了执行工作。"), Strings{});
  EXPECT_EQ(Orgs("当事人可以向人民法院提起诉讼。"), Strings{});
}

TEST_F(OrgFamilyTest, KindOfSchoolTheDictionaryKnowsTakesThePlaceBeforeIt) {
  EXPECT_EQ(Orgs("她毕业于安徽农学院。"), Strings{"安徽农学院|university"});
  EXPECT_EQ(Orgs("这所农学院很有名。"), Strings{});
}

TEST_F(OrgFamilyTest, NationalLeadingGroupsKeepTheirPrefixAndTheirWorkVerbs) {
  EXPECT_EQ(Orgs("全国爱国卫生运动委员会办公室发布通知。"), Strings{"全国爱国卫生运动委员会办公室|government"});
  EXPECT_EQ(Orgs("国务院扶贫开发领导小组办公室负责人介绍。"), Strings{"国务院扶贫开发领导小组办公室|government"});
  // 全国 alone before a head means all of them.
  EXPECT_EQ(Orgs("全国海关加强了检查。"), Strings{});
}

// Guards: verbs the dictionary tags as nouns, a title glued to 兼, a person
// named after a title: none of them is inside a name.
TEST_F(OrgFamilyTest, ClauseVerbBetweenTwoBodiesKeepsThemApart) {
  EXPECT_EQ(Orgs("国家知识产权局委托浙江省知识产权局组织评审。"),
            (Strings{"国家知识产权局|government", "浙江省知识产权局|government"}));
  EXPECT_EQ(Orgs("代表团在杭州参观万向集团有限公司。"), Strings{"万向集团有限公司|company"});
}

TEST_F(OrgFamilyTest, TitlesAndPeopleBeforeANameStayOutside) {
  EXPECT_EQ(Orgs("他是青禾出版社社长兼青禾影视制作有限公司董事长。"),
            (Strings{"青禾出版社|media", "青禾影视制作有限公司|company"}));
  for (const std::string& org : Orgs("记者王明远嘉兴青禾集团董事局主席介绍。")) {
    EXPECT_EQ(org.find("王明"), std::string::npos) << org;
  }
}

TEST_F(OrgFamilyTest, ZonesWithHeadsOfPilotAreasAndTheirBodies) {
  EXPECT_EQ(Orgs("郑州航空港经济综合实验区管委会负责人出席。"),
            Strings{"郑州航空港经济综合实验区管委会|government"});
  EXPECT_EQ(Orgs("深圳前海深港现代服务业合作区管理局发布政策。"),
            Strings{"深圳前海深港现代服务业合作区管理局|government"});
}

TEST_F(OrgFamilyTest, GroupNamedByAWordTheDictionaryKnowsAsAVerb) {
  EXPECT_EQ(Orgs("联想集团今年营收增长。"), Strings{"联想集团|company"});
  // The verb's object: before 后, a noun or a verb.
  EXPECT_EQ(Orgs("他加入集团后表现出色。"), Strings{});
  EXPECT_EQ(Orgs("他上任后，带领集团走出困境。"), Strings{});
}

TEST_F(OrgFamilyTest, FieldAdjectiveInsideAnInstitutesBodyIsNoCategory) {
  EXPECT_EQ(Orgs("中科院宁波先进技术研究院发布成果。"), Strings{"中科院宁波先进技术研究院|research"});
  // Evaluative qualifiers still make a category.
  EXPECT_EQ(Orgs("一批优秀企业研究院获得表彰。"), Strings{});
}

TEST_F(OrgFamilyTest, ForeignCompanysChinaArmWithThePlaceInParentheses) {
  EXPECT_EQ(Orgs("西门子（中国）有限公司发布财报。"), Strings{"西门子（中国）有限公司|company"});
}

TEST_F(OrgFamilyTest, TwoZonesJoinedByAConjunctionStayTwo) {
  EXPECT_EQ(Orgs("中新天津生态城和中新广州知识城签约。"),
            (Strings{"中新天津生态城|zone", "中新广州知识城|zone"}));
  EXPECT_EQ(NameOf("企业落户横琴。"), "横琴粤澳深度合作区");
}

TEST_F(OrgFamilyTest, CountsOrdinalsAndHeadsOfStateBeforeAHeadMakeNoName) {
  EXPECT_EQ(Orgs("这是中国第一部讲述竹编工艺的专著。"), Strings{});
  EXPECT_EQ(Orgs("两校各有近百所合作企业。"), Strings{});
  EXPECT_EQ(Orgs("感谢王明总理和青禾国政府的安排。"), Strings{"青禾国政府|government"});
}

TEST(OrgGrammar, CompiledInWordListsReadWithoutErrors) {
  EXPECT_TRUE(org::GrammarErrors().empty()) << org::GrammarErrors().front();
  ASSERT_NE(org::FindHead(U"高新区"), nullptr);
  EXPECT_EQ(org::FindHead(U"高新区")->kind, "zone");
  EXPECT_TRUE(org::IsTitle(U"董事长"));
  EXPECT_TRUE(org::InClass(org::WordClass::kSourceLabel, U"来源"));
  EXPECT_FALSE(org::InClass(org::WordClass::kSourceLabel, U"来自"));
}

// PD1998-style families (session 2 of 2026-12-04): sentences written for these tests.
TEST_F(OrgFamilyTest, TeamsAreNamedByAPlaceAndTheirResultWordsStayOut) {
  EXPECT_EQ(Orgs("结果山东队以二比一战胜河南队。"), (Strings{"山东队|other", "河南队|other"}));
  EXPECT_EQ(Orgs("其中，冠军四川队的成绩最好。"), Strings{"四川队|other"});
  EXPECT_EQ(Orgs("中国队战胜巴西队，重夺冠军。"), (Strings{"中国队|other", "巴西队|other"}));
}

TEST_F(OrgFamilyTest, ADateBeforeANameIsNoCountOfIt) {
  EXPECT_EQ(Orgs("２０２３年德国电信公司发行了新股。"), Strings{"德国电信公司|company"});
  EXPECT_EQ(Orgs("全省已有5个产业链联盟。"), Strings{});
}

TEST_F(OrgFamilyTest, SchoolsNeedAPlaceOrAName) {
  EXPECT_EQ(Orgs("他在杭州市第二中学任教。"), Strings{"杭州市第二中学|other"});
  EXPECT_EQ(Orgs("全市中小学和重点中学都放假了。"), Strings{});
  EXPECT_EQ(Orgs("这所学校的学生很多。"), Strings{});
  EXPECT_EQ(Orgs("今年全国普通高等学校招生计划公布。"), Strings{});
}

TEST_F(OrgFamilyTest, ATownWrittenWithItsLevelStaysInsideTheName) {
  EXPECT_EQ(Orgs("汝南县柳溪乡王营村小学的老师来了。"), Strings{"汝南县柳溪乡王营村小学|other"});
}

TEST_F(OrgFamilyTest, ForeignBodiesJoinTheirCountry) {
  EXPECT_EQ(Orgs("日本外务省发言人表示遗憾。"), Strings{"日本外务省|government"});
  EXPECT_EQ(Orgs("俄中央银行宣布降息。"), Strings{"俄中央银行|government"});
  EXPECT_EQ(Orgs("英政府表示反对。"), Strings{"英政府|government"});
  // 以 is a preposition here, not a country.
  EXPECT_EQ(Orgs("以政府名义发布通告。"), Strings{});
}

TEST_F(OrgFamilyTest, PartyBodiesAndTheirCentralCommittees) {
  EXPECT_EQ(Orgs("中共中央统战部召开座谈会。"), Strings{"中共中央统战部|party"});
  EXPECT_EQ(Orgs("民进中央举办了学术研讨会。"), Strings{"民进中央|party"});
}

TEST_F(OrgFamilyTest, AZoneNamedAfterAPlaceTakesNoDistrictOfAnotherProvince) {
  auto region = [this](const std::string& text) {
    auto entities = Tag(text);
    return entities.empty() ? std::string("?") : std::string(entities.front().norm.GetString("region"));
  };
  EXPECT_EQ(region("武汉东湖高新区管委会发布通知。"), "武汉市");
  EXPECT_EQ(region("东湖高新区今年产值增长。"), "");  // the lake's name alone: no district guessed
  EXPECT_EQ(region("南昌市东湖区政府发布通知。"), "东湖区");
}

TEST_F(OrgFamilyTest, APlaceBeforeANationalBodyIsWhereItsBranchSits) {
  EXPECT_EQ(Orgs("会场设在青州中科院软件中心。"), Strings{"中科院软件中心|research"});
  // Guard: a firm whose own name holds the nation keeps its province.
  EXPECT_EQ(Orgs("江州中国小商品城集团股份有限公司发布公告。"), Strings{"江州中国小商品城集团股份有限公司|company"});
}

TEST_F(OrgFamilyTest, CentralInstitutesNamedByTheirFieldAreResearchBodies) {
  EXPECT_EQ(Orgs("船舶科学研究总院与市政府签约。"), (Strings{"船舶科学研究总院|research", "市政府|government"}));
  EXPECT_EQ(Orgs("有色金属和冶金工业规划院发布报告。"), Strings{"有色金属和冶金工业规划院|research"});
  // Guard: a field of two characters is a kind of institute.
  EXPECT_EQ(Orgs("交通规划院的专家参加了会议。"), Strings{});
}

TEST_F(OrgFamilyTest, AScienceCityIsNamedByOneOrdinaryWord) {
  EXPECT_EQ(Orgs("湖畔、光子科学城等分会场同步举行仪式。"), Strings{"光子科学城|zone"});
  EXPECT_EQ(Orgs("项目落户位于江州的前沿科技城。"), Strings{"前沿科技城|zone"});
  // Guard: a qualifier or a count describes one.
  EXPECT_EQ(Orgs("国际科技城建设加快。"), Strings{});
  EXPECT_EQ(Orgs("全市要建设一座科技城。"), Strings{});
}

TEST_F(OrgFamilyTest, ACountTheSegmenterMissedBeforeABodyMakesACategory) {
  // 三大 glued as an unknown word; 间 of 500间 read as "between".
  EXPECT_EQ(Orgs("他表示，三大创研园区分布在南北两端。"), Strings{});
  EXPECT_EQ(Orgs("园区至今已培育500間創研公司。"), Strings{});
  // Guard: a name after the count's noun is still one.
  EXPECT_EQ(Orgs("三大园区之一的江州高新区发布政策。"), Strings{"江州高新区|zone"});
}

TEST_F(OrgFamilyTest, AFirmsCharityFundIsAnAssociation) {
  EXPECT_EQ(Orgs("活动由青禾慈善基金捐赠一千万元支持。"), Strings{"青禾慈善基金|association"});
  EXPECT_EQ(Orgs("公司设立慈善基金帮助学生。"), Strings{});
}

TEST_F(OrgFamilyTest, ASarsLegislatureIsTheOneOfThePlaceTheStoryIsIn) {
  EXPECT_EQ(Orgs("澳門經濟穩步增長，立法會昨日通過撥款。"), Strings{"立法會|government"});
  // A longer name holding it stays whole.
  EXPECT_EQ(Orgs("香港特别行政区临时立法会通过议案。"), Strings{"香港特别行政区临时立法会|government"});
}

TEST_F(OrgFamilyTest, ACentresBranchNamedByItsSeatIsOneName) {
  EXPECT_EQ(Orgs("项目将建立江州汽车工业研究中心青川分中心。"), Strings{"江州汽车工业研究中心青川分中心|research"});
  EXPECT_EQ(Orgs("全省设立5个分中心。"), Strings{});
  // Only after the centre: a field or a place alone before it names none.
  EXPECT_EQ(Orgs("该市率先建立博士后分中心。"), Strings{});
}

TEST_F(OrgFamilyTest, TaiwansSciencParksByShortNameAndPapersSpeakingOfThemselves) {
  EXPECT_EQ(Orgs("其中，竹科營業額成長6%，南科衰退3%。"), (Strings{"竹科|zone", "南科|zone"}));
  EXPECT_EQ(Orgs("凡本报记者署名文字，版权均属江州晚报社所有。"), Strings{"江州晚报社|media"});
}

TEST_F(OrgFamilyTest, TermsOfOfficeAcronymsAndAreasOfAProvinceNameNoBody) {
  EXPECT_EQ(Orgs("至于上届政府设立的平台，他说会继续。"), Strings{});
  EXPECT_EQ(Orgs("重点发展3D生物打印和AI医疗。"), Strings{});
  EXPECT_EQ(Orgs("该品种创下江西片区最高产量。"), Strings{});
  // 区 of a word the dictionary cut (起步 + 区) is no bare level opening a name.
  EXPECT_EQ(Orgs("江州起步区崔家片区发布政策。"), Strings{});
  // Guards: a city's area of a free-trade zone is one; a brand of three letters is one.
  EXPECT_EQ(Orgs("自贸试验区南沙片区发布政策。"), Strings{"自贸试验区南沙片区|zone"});
  EXPECT_EQ(Orgs("TCL科技发布年报。"), Strings{"TCL科技|company"});
}

TEST_F(OrgFamilyTest, AMakerNamedAfterTheKindOfPlantItRunsIsACompany) {
  EXPECT_EQ(Orgs("集团旗下电池厂能捷，积极寻求合作。此后能捷将募资。"), (Strings{"能捷|company", "能捷|company"}));
  EXPECT_EQ(Orgs("日本车厂叶丰已经入股。"), Strings{"叶丰|company"});
  // Guard: what the plant makes or does is no name.
  EXPECT_EQ(Orgs("全市电池厂建设加快。"), Strings{});
}

TEST_F(OrgFamilyTest, IndustrialDistrictsAndFinancialHoldingsByTheirNames) {
  EXPECT_EQ(Orgs("公司在彰濱工業區建立新廠。"), Strings{"彰濱工業區|zone"});
  EXPECT_EQ(Orgs("台灣金控董事長出席典禮。"), Strings{"台灣金控|company"});
  // Guard: a kind of district is none.
  EXPECT_EQ(Orgs("老工业区和乡镇工业区改造加快。"), Strings{});
}

TEST_F(OrgFamilyTest, AComprehensiveBondedZoneByItsShortHead) {
  EXPECT_EQ(Orgs("其中，江州临空综保区进出口增长。"), Strings{"江州临空综保区|zone"});
  EXPECT_EQ(Orgs("全省综保区进出口增长。"), Strings{});
}

TEST_F(OrgFamilyTest, AClauseVerbAfterAnAbbreviationEndsTheBody) {
  EXPECT_EQ(Orgs("农行承办政府业务。"), Strings{"农行|company"});
  EXPECT_EQ(Orgs("党建引领片区建设。"), Strings{});
  // A one-character verb cut from the abbreviation is part of the name.
  EXPECT_EQ(Orgs("青山省直属机关工委组织党员学习。"), Strings{"青山省直属机关工委|party"});
}

// A medical city is a zone after a place (江州医学城); a firm's plant abroad named by its
// country alone (越南的海外工厂, 泰国工厂, 美国工厂) is no body, a domestic one stays as before.
TEST_F(OrgFamilyTest, MedicalCitiesAndPlantsAbroad) {
  EXPECT_EQ(Orgs("项目落户江州医学城。"), (Strings{"江州医学城|zone"}));
  EXPECT_EQ(Orgs("这座城市是一座医学城。"), Strings{});
  EXPECT_EQ(Orgs("随着澜拓集团的泰国海外工厂投产，其美国工厂也将开工。"), Strings{"澜拓集团|company"});
}

}  // namespace
}  // namespace zhcorpus
