// Public bodies of issue 11 seen on unseen sci-tech and government news (sixth
// session): key laboratories named by a long field, and their guards.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgPublicBodiesTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgPublicBodiesTest, KeyLabNamedByALongFieldWithVerbs) {
  EXPECT_EQ(Orgs("依托青禾农业大学建设的华中水稻种质资源发掘与利用国家重点实验室通过验收。"),
            (Strings{"青禾农业大学|university", "华中水稻种质资源发掘与利用国家重点实验室|research"}));
  EXPECT_EQ(Orgs("新型储能材料与器件全国重点实验室揭牌。"), Strings{"新型储能材料与器件全国重点实验室|research"});
}

TEST_F(OrgPublicBodiesTest, KeyLabBuiltByAProvinceAndAMinistryKeepsThePrefix) {
  EXPECT_EQ(Orgs("其中，省部共建高原草地生态国家重点实验室设在西宁。"),
            Strings{"省部共建高原草地生态国家重点实验室|research"});
}

TEST_F(OrgPublicBodiesTest, AProvincesKeyLabNamedByItsField) {
  EXPECT_EQ(Orgs("学院获批建设高分子材料与改性四川省重点实验室。"), Strings{"高分子材料与改性四川省重点实验室|research"});
  EXPECT_EQ(Orgs("依托青禾大学建设的先进材料浙江省重点实验室通过验收。"),
            (Strings{"青禾大学|university", "先进材料浙江省重点实验室|research"}));
  // A province's key labs as a kind.
  EXPECT_EQ(Orgs("全省新建四川省重点实验室12个。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, KeyLabCategoriesAreNoNames) {
  EXPECT_EQ(Orgs("全省现有国家重点实验室12个。"), Strings{});
  EXPECT_EQ(Orgs("科技部批准建设3家省部共建国家重点实验室。"), Strings{"科技部|government"});
  EXPECT_EQ(Orgs("企业国家重点实验室和学科国家重点实验室同步推进。"), Strings{});
  EXPECT_EQ(Orgs("以国家重点实验室为代表的创新基地快速发展。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, NewspapersNamedByTheirFieldInAListOfOutlets) {
  EXPECT_EQ(Orgs("农业信息时报、青禾都市报等媒体参加了发布会。"),
            (Strings{"农业信息时报|media", "青禾都市报|media"}));
  // A daily report of a business is no outlet, nor a price quoted at the close.
  EXPECT_EQ(Orgs("他每天填写生产日报。"), Strings{});
  EXPECT_EQ(Orgs("该股收盘时报12.5元。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, OneCharacterSourceLabelOpensALine) {
  EXPECT_EQ(Orgs("全省新增项目12个。\n源：青禾日报"), Strings{"青禾日报|media"});
  EXPECT_EQ(Orgs("水资源：总量不足，青禾公园缺水。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, EmergencyCentresAndStreetOfficesByTheirPlace) {
  EXPECT_EQ(Orgs("杭州急救中心整体搬迁。"), Strings{"杭州急救中心|other"});
  EXPECT_EQ(Orgs("湖墅街道办事处负责人参加。"), Strings{"湖墅街道办事处|government"});
}

TEST_F(OrgPublicBodiesTest, HongKongBureausAndTheSarGovernment) {
  EXPECT_EQ(Named("据香港电台报道，特区政府与民政事务局官员出席。"),
            (Strings{"香港电台|香港电台", "特区政府|特区政府", "民政事务局|民政事务局"}));
}

TEST_F(OrgPublicBodiesTest, BureausByTheirUsualShortFormsAfterABareLevel) {
  // Short forms the dictionary does not know stay whole after 县/区/市 (not 县发 + 改局).
  EXPECT_EQ(Orgs("签约仪式在县工信局举行，县发改局、区投促局和市金融办派员参加。"),
            (Strings{"县工信局|government", "县发改局|government", "区投促局|government", "市金融办|government"}));
  EXPECT_EQ(Orgs("县医保局与县卫健局联合印发通知。"), (Strings{"县医保局|government", "县卫健局|government"}));
  // A zone's bureau by its short form is one name, not the zone alone (某新区 + 科创局).
  EXPECT_EQ(Orgs("青禾新区科创局负责组织申报。"), Strings{"青禾新区科创局|government"});
  // A short form with no place or level before it names no one body.
  EXPECT_EQ(Orgs("各地工信局要加强指导。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, VerbsCommonInsideNamesKeepTheBodyWhole) {
  // 登记, 示范 and 自主 name what a body does (登记 + 管理局, 自主 + 创新 + 示范区).
  EXPECT_EQ(Orgs("在江州市青禾区事业单位登记管理局办理手续。"), Strings{"江州市青禾区事业单位登记管理局|government"});
  EXPECT_EQ(Orgs("推进江州国家自主创新示范区建设。"), Strings{"江州国家自主创新示范区|zone"});
  // An incubation park by its place (返乡 + 创业 + 孵化园); one for a kind of founder is no name.
  EXPECT_EQ(Orgs("江州区返乡创业孵化园入驻企业30家。"), Strings{"江州区返乡创业孵化园|zone"});
  // Breeding centres name what they breed (改良, 育种), with their branches after a place.
  EXPECT_EQ(Orgs("国家玉米改良中心陕西杨凌分中心主任出席。"), Strings{"国家玉米改良中心陕西杨凌分中心|other"});
  EXPECT_EQ(Orgs("江州水稻育种中心发布新品种。"), Strings{"江州水稻育种中心|other"});
  // A verb between a field's adjective and a noun is part of the field (先进 + 推进 + 技术).
  EXPECT_EQ(Orgs("双方共建青禾大学成都先进推进技术研究中心。"), Strings{"青禾大学成都先进推进技术研究中心|research"});
  EXPECT_EQ(Orgs("大学生创业孵化园建设加快。"), Strings{});
  // Incubators are no bodies by their head alone: a place before one names its kind as often.
  EXPECT_EQ(Orgs("认定一批宁夏回族自治区科技企业孵化器。"), Strings{});
  // Guard: as a clause's verbs they name nothing.
  EXPECT_EQ(Orgs("江州示范带动周边企业，企业自主研发投入增长。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, APartysOrTheLeaguesLocalCommitteeIsOneName) {
  EXPECT_EQ(Orgs("民建江州市委与共青团江州市委联合举办活动。"),
            (Strings{"民建江州市委|party", "共青团江州市委|party"}));
}

TEST_F(OrgPublicBodiesTest, TheCentralBanksBranchAndAHighTechParkByTheirLevelOrPlace) {
  EXPECT_EQ(Orgs("市人行负责人发言。"), Strings{"市人行|government"});
  EXPECT_EQ(Orgs("江州高新园辖内企业增长。"), Strings{"江州高新园|zone"});
  // Guards: the pavement, and high-tech parks in general.
  EXPECT_EQ(Orgs("行人行走在人行道上。"), Strings{});
  EXPECT_EQ(Orgs("高新园区企业增长。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, CategoriesAfterAListAreNoBodies) {
  // A place alone after 等: the kind of the bodies listed, not one of them.
  EXPECT_EQ(Orgs("决定建设青禾实验室等浙江省实验室。"), Strings{"青禾实验室|research"});
  // A bare level in a list opened by 各.
  EXPECT_EQ(Orgs("各县、区人民政府：现将方案印发给你们。"), Strings{});
  EXPECT_EQ(Orgs("区人民政府印发通知。"), Strings{"区人民政府|government"});
  // A source line ends before the addressees of the next line.
  EXPECT_EQ(Orgs("来源：市环境保护局各区县人民政府："), Strings{"市环境保护局|government"});
}

TEST_F(OrgPublicBodiesTest, AVerbOfPlanningEndsTheBody) {
  EXPECT_EQ(Orgs("统筹布局国家实验室等战略科技力量。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, BureausListedAfterABodyNamedByABareLevelShareIt) {
  EXPECT_EQ(Orgs("区政府办、发改局、经科信局、城建局等单位负责人参加调研。"),
            (Strings{"区政府办|government", "发改局|government", "经科信局|government", "城建局|government"}));
  EXPECT_EQ(Orgs("县党政办（督查办）、经发局、旅游服务业招商局主要负责人参加。"),
            (Strings{"县党政办|government", "经发局|government", "旅游服务业招商局|government"}));
  // The list ends at the first item that is no bureau (区国投集团 is found as a company on its own).
  EXPECT_EQ(Orgs("区财政局、青禾集团、经发局负责人参加。"), (Strings{"区财政局|government", "青禾集团|company"}));
  // Without a body named by a level first, a short name may be any place's.
  EXPECT_EQ(Orgs("发改局、经信局参加。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, AKnownNameCutByACrossingDictionaryWordIsTaughtToTheSegmenter) {
  // 工信 + 部下 + 属: the dictionary alone splits 工信部, though the HMM joins it when it stands alone.
  EXPECT_EQ(Orgs("工信部下属的研究院发布报告。"), Strings{"工信部|government"});
  // Not a two-character name: it would outweigh the everyday words around it (着力 + 拓 + 市场).
  EXPECT_EQ(Orgs("着力拓市场，大力实施。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, ADivisionOfACommitteeAfterItJoinsIt) {
  // 科学 + 部: the longer head 学部 begins inside a word; the department head 部 is tried.
  EXPECT_EQ(Orgs("国家自然科学基金委员会工程与材料科学部负责人介绍。"),
            Strings{"国家自然科学基金委员会工程与材料科学部|government"});
  EXPECT_EQ(Orgs("他在科学部工作。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, APartySchoolNamedByItsLevelsCommittee) {
  EXPECT_EQ(Orgs("市委党校举办培训班。"), Strings{"市委党校|party"});
  EXPECT_EQ(Orgs("党校是培训干部的地方。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, ShortFormsOfSupremeBodies) {
  EXPECT_EQ(Named("最高法、最高检联合发布意见，中纪委通报。"),
            (Strings{"最高法|最高人民法院", "最高检|最高人民检察院", "中纪委|中央纪委"}));
}

TEST_F(OrgPublicBodiesTest, NationalOpensAUniversitysName) {
  EXPECT_EQ(Orgs("国立青禾科技大学与市政府签约。"), (Strings{"国立青禾科技大学|university", "市政府|government"}));
  EXPECT_EQ(Orgs("国立交通大学举行典礼。"), Strings{"国立交通大学|university"});
  EXPECT_EQ(Orgs("国立大学的学费上涨。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, AStrategicAllianceSignedIsNoBody) {
  EXPECT_EQ(Orgs("双方签署产学合作策略联盟。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, BodiesRunTogetherWithoutASeparatorStayTwo) {
  // A place written with its level after a whole body begins a second name, also where the
  // level is glued to the head word (某地 + 市委宣传部).
  EXPECT_EQ(Orgs("青禾日报文艺部江州市委宣传部联合举办活动。"),
            (Strings{"青禾日报文艺部|media", "江州市委宣传部|party"}));
  // The party itself before a place: its local committee.
  EXPECT_EQ(Orgs("中共江州市委宣传部召开会议。"), Strings{"中共江州市委宣传部|party"});
  // 全国人大 and 全国政协 are bodies of their own, not a ministry's national office.
  EXPECT_EQ(Orgs("司法部全国人大常委会联合发文。"), (Strings{"司法部|government", "全国人大常委会|government"}));
}

TEST_F(OrgPublicBodiesTest, CommissionsAndStationsNamedByTheirPlace) {
  EXPECT_EQ(Orgs("江州市体委主任表示。"), Strings{"江州市体委|government"});
  EXPECT_EQ(Orgs("据江州市环境监测总站公布的数据。"), Strings{"江州市环境监测总站|other"});
}

TEST_F(OrgPublicBodiesTest, AVerbTaggedFieldBeforeASocietyAfterAPlace) {
  EXPECT_EQ(Orgs("比赛由江州围棋协会主办。"), Strings{"江州围棋协会|association"});
  EXPECT_EQ(Orgs("肯尼亚选举委员会宣布结果。"), Strings{"肯尼亚选举委员会|government"});
  // A clause's verb is none (some place + 成立 + 协会).
  EXPECT_EQ(Orgs("江州成立协会。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, AKnownNameWhoseLastCharacterTheNextWordSwallowed) {
  EXPECT_EQ(Orgs("农业部将继续实施计划。"), Strings{"农业部|government"});
  EXPECT_EQ(Orgs("监察部副部长出席会议。"), Strings{"监察部|government"});
  EXPECT_EQ(Orgs("他的部将出战。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, DiseaseControlAndMediaCentresEveryLevelHas) {
  // A bare level names them, as it names 政协 (they are no government bodies, yet every level has one).
  EXPECT_EQ(Orgs("市疾控中心新址投入使用。"), Strings{"市疾控中心|other"});
  EXPECT_EQ(Orgs("江州市疾病预防控制局正式挂牌。"), Strings{"江州市疾病预防控制局|government"});
  EXPECT_EQ(Orgs("省实验室建设加快。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, BureausOfEveryLevelAreTaughtToTheSegmenter) {
  // 卫生健康委 + 官网, not 卫生 + 健康 + 委官 + 网.
  EXPECT_EQ(Orgs("据江州市卫生健康委官网公布的信息显示。"), Strings{"江州市卫生健康委|government"});
}

TEST_F(OrgPublicBodiesTest, AnOutletCreditedWithItsReporter) {
  EXPECT_EQ(Orgs("（青禾日报记者 张三）5月13日，会议召开。"), Strings{"青禾日报|media"});
  EXPECT_EQ(Orgs("文章写完了。\n青禾新闻记者 李四"), Strings{"青禾新闻|media"});
  // In running text a demonstrative before 报 names nothing.
  EXPECT_EQ(Orgs("会后，该报记者采访了他。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, AnOfficeOfABodyInAPlace) {
  EXPECT_EQ(Orgs("外交部驻旧金山办事处副处长出席。"), Strings{"外交部驻旧金山办事处|government"});
  EXPECT_EQ(Orgs("国务院部署相关工作。"), Strings{"国务院|government"});
}

TEST_F(OrgPublicBodiesTest, APrepositionGluedToABareLevelBeforeANumberedHospital) {
  EXPECT_EQ(Orgs("江州医院由市第二人民医院改建。"), (Strings{"江州医院|other", "市第二人民医院|other"}));
}

TEST_F(OrgPublicBodiesTest, AReportTitleJoinedToTheNextLineEndsTheBody) {
  // A title line and the byline under it, joined without punctuation: 报告 ends the body.
  EXPECT_EQ(Orgs("江州市中级人民法院工作报告江州市中级人民法院院长王明"),
            (Strings{"江州市中级人民法院|government", "江州市中级人民法院|government"}));
  EXPECT_EQ(Orgs("市中院受理案件一万件。"), Strings{"市中院|government"});
}

TEST_F(OrgPublicBodiesTest, AnInstituteAfterItsAcademyBeforeAVerb) {
  // 所 before a verb is a particle (稳定所做的努力) unless an academy is named right before its field.
  EXPECT_EQ(Orgs("中国科学院物理所发布成果。"), Strings{"中国科学院物理所|research"});
  EXPECT_EQ(Orgs("稳定所做的努力值得肯定。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, AnAcademyInstituteByItsCityAndFieldBeforeAVerb) {
  EXPECT_EQ(Orgs("江州光机所承担了省级创新平台建设。"), Strings{"江州光机所|research"});
  EXPECT_EQ(Orgs("青州海洋所和江州光机所签署协议。"), (Strings{"青州海洋所|research", "江州光机所|research"}));
}

TEST_F(OrgPublicBodiesTest, TheParticle所AfterPeopleOrAPassiveIsNoInstitute) {
  EXPECT_EQ(Orgs("江州消费者所关心的是价格。"), Strings{});
  EXPECT_EQ(Orgs("游客无不为江州美食所折服。"), Strings{});
  EXPECT_EQ(Orgs("这些成果在江州舞台所展示的作品中。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, DesignInstitutesByTheirPlace) {
  EXPECT_EQ(Orgs("江州市建筑设计院参加竞标。"), Strings{"江州市建筑设计院|other"});
}

TEST_F(OrgPublicBodiesTest, AMinistrysKeyLabWithItsHostIsOneName) {
  EXPECT_EQ(Orgs("江州大学光电传感与信息处理教育部重点实验室与企业签约。"),
            Strings{"江州大学光电传感与信息处理教育部重点实验室|research"});
  EXPECT_EQ(Orgs("这标志着海洋生态修复农业农村部重点实验室建设取得进展。"),
            Strings{"海洋生态修复农业农村部重点实验室|research"});
}

TEST_F(OrgPublicBodiesTest, AnAcademyInstituteBeforeAPrepositionOrInsideTheWord所内) {
  EXPECT_EQ(Orgs("中科院江州化物所与青禾集团签约。"),
            (Strings{"中科院江州化物所|research", "青禾集团|company"}));
  // A field the dictionary tags as a foreign name (纳米/nrt), and 所内 ("inside the institute").
  EXPECT_EQ(Orgs("中科院江州纳米所发布成果。"), Strings{"中科院江州纳米所|research"});
  EXPECT_EQ(Orgs("中科院江州纳米所内建有一座装置。"), Strings{"中科院江州纳米所|research"});
  // The particle before a preposition, people before 所, the institute's inside named by no one.
  EXPECT_EQ(Orgs("他们所与之合作的企业很多。"), Strings{});
  EXPECT_EQ(Orgs("克林顿所说的话是真的。"), Strings{});
  EXPECT_EQ(Orgs("在所内工作的人员都参加了。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, TradeGuildsAndCouncilsByTheirTaiwanNames) {
  EXPECT_EQ(Orgs("台灣區電機電子工業同業公會理事長表示，訂單回溫。"),
            Strings{"台灣區電機電子工業同業公會|association"});
  EXPECT_EQ(Orgs("中華民國工商協進會發布報告。"), Strings{"中華民國工商協進會|association"});
  // The word alone, or after a category, names no one guild (jieba tags it nt).
  EXPECT_EQ(Orgs("各地同业公会纷纷表态。"), Strings{});
  EXPECT_EQ(Orgs("该同业公会表示支持。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, ABureauOfTwoFieldsTheFirstALineOfBusiness) {
  EXPECT_EQ(Orgs("与江州市科技和工业信息化局签约。"), Strings{"江州市科技和工业信息化局|government"});
  // A firm joined to a company or to a bureau named with its own level stays a firm.
  EXPECT_EQ(Orgs("江州科技和青禾集团签约。"), (Strings{"江州科技|company", "青禾集团|company"}));
  EXPECT_EQ(Orgs("江州科技和市科技局合作。"), (Strings{"江州科技|company", "市科技局|government"}));
}

TEST_F(OrgPublicBodiesTest, ACentreOfTwoJoinedFieldsAfterItsInstitute) {
  EXPECT_EQ(Orgs("根据江州大学科技政策研究与信息中心的调查。"),
            Strings{"江州大学科技政策研究与信息中心|university"});
}

TEST_F(OrgPublicBodiesTest, AnAdministrationNamedAfterItsMinistry) {
  EXPECT_EQ(Orgs("内政部警政署表示，案件已移送。"), Strings{"内政部警政署|government"});
  EXPECT_EQ(Orgs("由国防部研究计划署推出。"), Strings{"国防部研究计划署|government"});
  // 部署, 签署, 署理 and a signature are no administrations; a dictionary word keeps its body.
  EXPECT_EQ(Orgs("公安部部署专项行动。"), Strings{"公安部|government"});
  EXPECT_EQ(Orgs("国防部签署协议。"), Strings{"国防部|government"});
  EXPECT_EQ(Orgs("商务部署理部长出席。"), Strings{"商务部|government"});
  EXPECT_EQ(Orgs("新闻出版署发布通知。"), Strings{"新闻出版署|other"});
}

TEST_F(OrgPublicBodiesTest, TaiwanUniversitiesAndLaboratoriesByShortForms) {
  EXPECT_EQ(Orgs("國家實驗研究院宣布與成大簽訂合作協議。"),
            (Strings{"國家實驗研究院|research", "成大|university"}));
  EXPECT_EQ(Orgs("他把公司做成大企业。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, ABranchCampusNamedRightAfterItsUniversity) {
  EXPECT_EQ(Orgs("江州信息工程大学分校将落户青山。"), Strings{"江州信息工程大学分校|university"});
}

TEST_F(OrgPublicBodiesTest, AScienceAndInnovationCityNamedByItsPlace) {
  EXPECT_EQ(Orgs("双方共同为青山科创城揭牌。"), Strings{"青山科创城|zone"});
  EXPECT_EQ(Orgs("该市计划建设一座科创城。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, APlaceAfter和OpensASecondBody) {
  EXPECT_EQ(Orgs("近年来，青山县卫生服务和青山县人民医院能力明显提高。"), Strings{"青山县人民医院|other"});
}

TEST_F(OrgPublicBodiesTest, AGenericShortFormNamesNoBrand) {
  EXPECT_EQ(Orgs("双方共建江州交叉科学研究院（以下简称“研究院”），研究院将重点研发仪器。"),
            Strings{"江州交叉科学研究院|research"});
}

TEST_F(OrgPublicBodiesTest, ASarGovernmentBeforeItsBureauIsOneName) {
  EXPECT_EQ(Orgs("香港特區政府創新科技及工業局局長明日啓程。"),
            Strings{"香港特區政府創新科技及工業局|government"});
  // Parted by a conjunction they stay two.
  EXPECT_EQ(Orgs("香港特区政府和创新及科技局共同推动。"),
            (Strings{"香港特区政府|government", "创新及科技局|government"}));
}

TEST_F(OrgPublicBodiesTest, AShortFormGluedToANounBeginsALongerName) {
  // 中科 (a Taiwan park's short form) + 芯 + 时代 is a firm's name, not the park.
  EXPECT_EQ(Orgs("调研组深入中科芯时代项目现场。"), Strings{});
  EXPECT_EQ(Orgs("中科管理局表示，园区订单增加。"), Strings{"中科管理局|government"});
  EXPECT_EQ(Orgs("兴大原创新育成中心已成立9年。"), Strings{"兴大|university"});
  // So does one glued to an unknown word (浙大 + 之星: a coined brand, not the university).
  EXPECT_EQ(Orgs("浙大之星智慧产业园项目开工。"), Strings{});
  EXPECT_EQ(Orgs("记者了解到中行普惠金融产品持续上新。"), Strings{"中行|company"});
}

TEST_F(OrgPublicBodiesTest, AHongKongVerbOfPartnershipEndsTheBody) {
  EXPECT_EQ(Orgs("澳洲工商總會夥拍香港駐悉尼經貿辦舉辦論壇。"),
            (Strings{"澳洲工商總會|association", "香港駐悉尼經貿辦|government"}));
  EXPECT_EQ(Orgs("保安局局长出席。"), Strings{"保安局|government"});
}

TEST_F(OrgPublicBodiesTest, ASchoolsOwnOfficesAreNoBodies) {
  // 校 + 科学技术部 is the school's research office, not the ministry; 管委会 alone names no committee.
  EXPECT_EQ(Orgs("校科学技术部、大学科技园管委会办公室负责人出席。"), Strings{});
  EXPECT_EQ(Orgs("学校与科学技术部合作。"), Strings{"科学技术部|government"});
  EXPECT_EQ(Orgs("江州高新区管委会办公室主任出席。"), Strings{"江州高新区管委会办公室|government"});
}

TEST_F(OrgPublicBodiesTest, HongKongDepartmentsNamedBy署And处) {
  EXPECT_EQ(Orgs("創新科技署昨日宣布，新計劃接受申請。"), Strings{"創新科技署|government"});
  EXPECT_EQ(Orgs("工业贸易署与香港海关联合执法。"), (Strings{"工业贸易署|government", "香港海关|government"}));
  // 部署 and 公署 are no departments.
  EXPECT_EQ(Orgs("政府部署了新一轮措施。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, TaiwanAdministrationsAloneOrAfterTheirMinistry) {
  EXPECT_EQ(Orgs("經濟部產業發展署今天表示，補助案受理至6月。"), Strings{"經濟部產業發展署|government"});
  EXPECT_EQ(Orgs("卫福部与国科会合作推动计划。"), (Strings{"卫福部|government", "国科会|government"}));
  EXPECT_EQ(Orgs("台經院發布最新預測。"), Strings{"台經院|research"});
  EXPECT_EQ(Named("中企署指出，產業技術司將提供輔導。"),
            (Strings{"中企署|经济部中小及新创企业署", "產業技術司|产业技术司"}));
}

TEST_F(OrgPublicBodiesTest, AnAnnouncementVerbTheDictionaryLacksEndsTheBody) {
  // (Where the segmenter keeps it a word of its own; glued to the next character it is not seen.)
  EXPECT_EQ(Orgs("江州官宣江南新区与湖墅区合并。"), Strings{"江南新区|zone"});
  EXPECT_EQ(Orgs("昨日，青州官宣滨江新区扩容。"), Strings{"滨江新区|zone"});
}

// Tenth session (h10B): federations, united-front and people's bodies, Taiwan cabinet minutes.

TEST_F(OrgPublicBodiesTest, ABareLevelNamesMorePeoplesOrganisations) {
  EXPECT_EQ(Orgs("近日，市作协、区青联和省贸促会召开联席会议。"),
            (Strings{"市作协|association", "区青联|association", "省贸促会|association"}));
  EXPECT_EQ(Orgs("市侨办、省台办负责人出席。"), (Strings{"市侨办|government", "省台办|government"}));
  // Every level's bodies as a kind name none.
  EXPECT_EQ(Orgs("各级工商联和各地侨联要发挥桥梁作用。"), Strings{});
  EXPECT_EQ(Orgs("全省文联系统和省级残联组织参加。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, AVerbGluedToTheLevelStaysOut) {
  EXPECT_EQ(Orgs("请区发改委牵头，报市政府批准后实施。"),
            (Strings{"区发改委|government", "市政府|government"}));
}

TEST_F(OrgPublicBodiesTest, AMembersTermIsATitle) {
  EXPECT_EQ(Orgs("会议补选了县工商联第十届执委及工商联副主席。"), Strings{"县工商联|association"});
}

TEST_F(OrgPublicBodiesTest, SuoAfterAGovernmentIsTheParticle) {
  EXPECT_EQ(Orgs("感谢苏州市政府所做的努力。"), Strings{"苏州市政府|government"});
  // An academy's institute named by its field keeps its 所.
  EXPECT_EQ(Orgs("中国科学院武汉岩土所所长出席。"), Strings{"中国科学院武汉岩土所|research"});
}

TEST_F(OrgPublicBodiesTest, AMinistryBeforeACompanyKnownWholeIsTheSubject) {
  EXPECT_EQ(Orgs("请经济部督导台电公司先行检讨。"), (Strings{"经济部|government", "台电公司|company"}));
  // A ministry's own works are named after it.
  EXPECT_EQ(Orgs("原铁道部柳州木材防腐厂改制。"), Strings{"铁道部柳州木材防腐厂|company"});
}

TEST_F(OrgPublicBodiesTest, ThePeoplesOrganisationsOfALevelAreNamedByTheBareLevel) {
  EXPECT_EQ(Orgs("论坛由省工商联、市侨联、县妇联共同主办。"),
            (Strings{"省工商联|association", "市侨联|association", "县妇联|association"}));
  EXPECT_EQ(Orgs("活动由市科协牵头，区残联、市文联协办。"),
            (Strings{"市科协|association", "区残联|association", "市文联|association"}));
  // The kind alone names no body.
  EXPECT_EQ(Orgs("科协是群团组织，妇联工作也很重要。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, ACabinetsBodiesAreWrittenWithItInOneName) {
  EXPECT_EQ(Orgs("行政院國家發展委員會今天表示，行政院農委會將補助農民。"),
            (Strings{"行政院國家發展委員會|government", "行政院農委會|government"}));
  // The cabinet alone, or beside another branch, is itself.
  EXPECT_EQ(Orgs("行政院與立法院昨日協商預算。"), (Strings{"行政院|government", "立法院|government"}));
}

TEST_F(OrgPublicBodiesTest, AShortFormOfABodyNamedEarlierIsThatBody) {
  EXPECT_EQ(Orgs("江州部产业园区管理局表示将释出新园区。园管局今天举行发表会。"),
            (Strings{"江州部产业园区管理局|government", "园管局|government"}));
  EXPECT_EQ(Orgs("江州市大数据发展管理局表示，数管局将牵头。"),
            (Strings{"江州市大数据发展管理局|government", "数管局|government"}));
  // Without the full name before it the short form names nothing; a run of the name is its kind.
  EXPECT_EQ(Orgs("园管局今天举行发表会。"), Strings{});
  EXPECT_EQ(Orgs("江州省科学技术协会表示，协会将组织评审。"), Strings{"江州省科学技术协会|association"});
}

TEST_F(OrgPublicBodiesTest, AChamberOfAPlacesPeopleTakesTheLevel) {
  EXPECT_EQ(Orgs("来自省浙江商会、市温州商会的企业家参加座谈。"),
            (Strings{"省浙江商会|association", "市温州商会|association"}));
  // A level before a place and another head still parts them.
  EXPECT_EQ(Orgs("记者从省浙江大学获悉。"), Strings{"浙江大学|university"});
}

TEST_F(OrgPublicBodiesTest, AKindOfBodyBeforeJieIsASector) {
  EXPECT_EQ(Orgs("总书记看望了民建工商联界委员。"), Strings{"民建|party"});
  EXPECT_EQ(Orgs("省工商联界别的委员参加讨论。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, AMinistrysGeneralBureauOfAField) {
  EXPECT_EQ(Orgs("邮电部邮政总局和铁道部运输总局负责人出席。"),
            (Strings{"邮电部邮政总局|government", "铁道部运输总局|government"}));
  EXPECT_EQ(Orgs("各总局负责人出席。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, TaiwansCouncilsAndStateFirmsByTheirShortForms) {
  EXPECT_EQ(Named("請經建會協調，並聯繫臺鐵局與北捷。"),
            (Strings{"經建會|经济建设委员会", "臺鐵局|台湾铁路管理局", "北捷|台北大众捷运股份有限公司"}));
}

TEST_F(OrgPublicBodiesTest, ZuzhiRightBeforeTheHeadNamesItsField) {
  EXPECT_EQ(Orgs("大会得到了市民间组织管理局的支持。"), Strings{"市民间组织管理局|government"});
  // Further left it is the clause's verb.
  EXPECT_EQ(Orgs("省青联组织江南楹联协会会员参观。"), (Strings{"省青联|association", "江南楹联协会|association"}));
}

TEST_F(OrgPublicBodiesTest, AWordTaggedAPlaceThatNamesNoneAfterALevel) {
  EXPECT_EQ(Orgs("市城市管理和行政执法局负责人出席。"), Strings{"市城市管理和行政执法局|government"});
}

TEST_F(OrgPublicBodiesTest, AnAssociationsLongFieldWithVerbs) {
  EXPECT_EQ(Orgs("青州市环境卫生清洗保洁行业协会成立大会召开。"), Strings{"青州市环境卫生清洗保洁行业协会|association"});
}

TEST_F(OrgPublicBodiesTest, AMinistrysDepartmentOfThreeWords) {
  EXPECT_EQ(Orgs("农业农村部区域协作促进司莅临调研。"), Strings{"农业农村部区域协作促进司|government"});
}

TEST_F(OrgPublicBodiesTest, ABureauCalledByItsOwnRemitLater) {
  EXPECT_EQ(Orgs("澳门特区政府招商投资促进局表示，招商投资促进局将组团考察。"),
            (Strings{"澳门特区政府招商投资促进局|government", "招商投资促进局|government"}));
  // A short remit, or one the article writes as a kind, lends nothing.
  EXPECT_EQ(Orgs("青州市科技局表示，科技局将组织申报。"), Strings{"青州市科技局|government"});
  EXPECT_EQ(Orgs("兰州市市场监督管理局通报，各地市场监督管理局要跟进。"), Strings{"兰州市市场监督管理局|government"});
}

TEST_F(OrgPublicBodiesTest, ALevelOrARegionsShortNameBeforeAKnownBody) {
  EXPECT_EQ(Orgs("市国资委下属企业参加。"), Strings{"市国资委|government"});
  EXPECT_EQ(Orgs("香港创新科技及工业局局长出席。"), Strings{"香港创新科技及工业局|government"});
}

TEST_F(OrgPublicBodiesTest, AFreeTradeZonesAreaIsOneNameWithIt) {
  EXPECT_EQ(Orgs("中国（上海）自由贸易试验区临港新片区党工委副书记表示。"),
            Strings{"中国（上海）自由贸易试验区临港新片区党工委|party"});
  // 自贸 alone, or a macro-region's zones, name none.
  EXPECT_EQ(Orgs("加快推进自贸片区整合提升。"), Strings{});
  EXPECT_EQ(Orgs("发布长江经济带自贸试验区联动发展倡议。"), Strings{});
  EXPECT_EQ(Orgs("青州跨境电商综试区获批设立。"), Strings{"青州跨境电商综试区|zone"});
}

TEST_F(OrgPublicBodiesTest, ACongresssTermAfterItsLevel) {
  EXPECT_EQ(Orgs("市九届人大常委会召开第一次主任会议。"), Strings{"市九届人大常委会|government"});
  // The townships' congresses as a kind.
  EXPECT_EQ(Orgs("就省乡镇人大工作条例进行检查。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, AnAssociationNamedForItsMembers) {
  // 促进 + 会 cut apart hid the head; 博士 names the members, not a person's title.
  EXPECT_EQ(Orgs("江州博士创新发展促进会会长出席。"), Strings{"江州博士创新发展促进会|association"});
  EXPECT_EQ(Orgs("浙江院士专家联合会成立。"), Strings{"浙江院士专家联合会|association"});
  // A title before a person stays a title.
  EXPECT_EQ(Orgs("江州市博士张明创办了公司。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, DepartmentsOfAFieldAreNoMinistry) {
  // 部门: a city's industry departments, not 工信部.
  EXPECT_EQ(Orgs("江州市工信部门指导市钢结构协会筹备成立了产业联盟。"), Strings{"市钢结构协会|association"});
  EXPECT_EQ(Orgs("九省市商务部门联合主办。"), Strings{});
  // The ministry's portal is the ministry's.
  EXPECT_EQ(Orgs("工信部门户网站发布通知。"), Strings{"工信部|government"});
}

TEST_F(OrgPublicBodiesTest, ARuralCreditFederationByItsProvince) {
  EXPECT_EQ(Orgs("安徽省联社带领全省农商银行逐村授信。"), Strings{"安徽省联社|company"});
  EXPECT_EQ(Orgs("各联社要加强管理。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, ALevelsGovernmentByItsShortFormAndItsDepartments) {
  EXPECT_EQ(Orgs("縣府農業處表示，縣府籲請農民儘速申請。"), (Strings{"縣府農業處|government", "縣府|government"}));
  EXPECT_EQ(Orgs("縣農會與鄉公所協助受理。"), Strings{"縣農會|association"});
}

TEST_F(OrgPublicBodiesTest, ADeicticShortFormLendsNothing) {
  EXPECT_EQ(Orgs("一、花蓮縣政府（以下簡稱本府）為促進本縣農業發展，特訂定本要點。"), Strings{"花蓮縣政府|government"});
}

TEST_F(OrgPublicBodiesTest, AScopeOverAWholeDivisionIsNoBody) {
  EXPECT_EQ(Orgs("廣東全省僑辦主任會議昨日召開。"), Strings{});
  EXPECT_EQ(Orgs("代表团赴青州领事馆区参观。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, ForeignChambersAndFederations) {
  EXPECT_EQ(Orgs("應菲律賓中國洪門聯合總會的邀請，又應埃及工商會邀請訪問。"),
            (Strings{"菲律賓中國洪門聯合總會|association", "埃及工商會|association"}));
}

TEST_F(OrgPublicBodiesTest, QuAfterAClauseVerbIsTheLevelBeforeABureau) {
  EXPECT_EQ(Orgs("听取区人大的汇报。"), Strings{"区人大|government"});
  EXPECT_EQ(Orgs("看望区科技局的干部。"), Strings{"区科技局|government"});
  // Before a zone's head it is the tail of a word the dictionary cut (起步 + 区).
  EXPECT_EQ(Orgs("江州起步区崔家片区发布政策。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, FairsByTheirShortFormsAreEvents) {
  EXPECT_EQ(Orgs("充分利用投洽会、广交会和高交会等平台。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, ATitleRightBeforeASocietysHeadIsItsField) {
  EXPECT_EQ(Orgs("參展單位包括澳門佳作、望德堂區創意產業促進會、澳門文物大使協會。"),
            (Strings{"望德堂區創意產業促進會|association", "澳門文物大使協會|association"}));
  EXPECT_EQ(Orgs("省律师协会会长出席。"), Strings{"省律师协会|association"});
  // A title elsewhere still ends the body.
  EXPECT_EQ(Orgs("协会大使出席。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, MoreCommitteesAndChambers) {
  EXPECT_EQ(Orgs("副主席带领市提案委一行调研。"), Strings{"市提案委|government"});
  EXPECT_EQ(Orgs("先後拜訪了印尼中華總商會。"), Strings{"印尼中華總商會|association"});
  EXPECT_EQ(Orgs("区委常委张明与部分政协委员交流。"), Strings{"区委|party"});
}

TEST_F(OrgPublicBodiesTest, AGovernmentAccountClosingASourceLine) {
  EXPECT_EQ(Orgs("委员们进行了调研。\n来源：青江发布"), Strings{"青江发布|media"});
}

TEST_F(OrgPublicBodiesTest, HometownSocietiesAbroadByCountryAndPlace) {
  EXPECT_EQ(Orgs("访问团拜访了印尼福建同乡会和马来西亚潮州公会。"),
            (Strings{"印尼福建同乡会|association", "马来西亚潮州公会|association"}));
  EXPECT_EQ(Orgs("接待了菲律宾厦门联谊会代表。"), Strings{"菲律宾厦门联谊会|other"});
  // The kind alone names none.
  EXPECT_EQ(Orgs("各地同乡会积极参与。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, AMinistrysRegionalInspectionBureau) {
  EXPECT_EQ(Orgs("生态环境部华北督察局近日来县调研。"), Strings{"生态环境部华北督察局|government"});
  EXPECT_EQ(Orgs("生态环境部西北督察局副局长一行到企业检查。"), Strings{"生态环境部西北督察局|government"});
  // No body before it: a bureau of nothing named.
  EXPECT_EQ(Orgs("督察局局长表示将跟踪整改。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, MacaosBureausWrittenBare) {
  EXPECT_EQ(Orgs("經濟及科技發展局昨日公布新一輪資助名單。"), Strings{"經濟及科技發展局|government"});
  EXPECT_EQ(Orgs("統計暨普查局資料顯示，本季就業人口增加。"), Strings{"統計暨普查局|government"});
  EXPECT_EQ(Orgs("澳門統計暨普查局發布數據。"), Strings{"澳門統計暨普查局|government"});
  // A mainland city's bureau of the same name is one name with its city.
  EXPECT_EQ(Orgs("嘉兴市招商投资促进局举办推介会。"), Strings{"嘉兴市招商投资促进局|government"});
  EXPECT_EQ(Orgs("澳门中联办主任会见访问团。"), Strings{"澳门中联办|government"});
}

TEST_F(OrgPublicBodiesTest, SomeOfALevelsBodiesAreACategory) {
  EXPECT_EQ(Orgs("部分市科技局要加快工作进度。"), Strings{});
  EXPECT_EQ(Orgs("有关县政府要落实责任。"), Strings{});
  EXPECT_EQ(Orgs("部分省上海商会代表出席。"), Strings{});
  // The word takes the people after the body: the body is the story's own.
  EXPECT_EQ(Orgs("部分省人大常委会委员参加检查。"), Strings{"省人大常委会|government"});
  EXPECT_EQ(Orgs("部分市政协委员列席会议。"), Strings{"市政协|other"});
  // A level alone, or after a verb, names the story's own body.
  EXPECT_EQ(Orgs("市科技局有关负责人介绍。"), Strings{"市科技局|government"});
  EXPECT_EQ(Orgs("省福建商会会长出席。"), Strings{"省福建商会|association"});
}

TEST_F(OrgPublicBodiesTest, AHarbourNamedAfterATownIsAPlace) {
  EXPECT_EQ(Orgs("检查组来到石桥镇清水港查看。"), Strings{});
  EXPECT_EQ(Orgs("调研了青禾石料厂、石桥镇清水港、东坪镇采石场等点位。"), Strings{"青禾石料厂|company"});
  EXPECT_EQ(Orgs("太仓港集装箱吞吐量增长。"), Strings{"太仓港|company"});
}

TEST_F(OrgPublicBodiesTest, AZonesCommitteesNamedByTheBareKindOfZone) {
  EXPECT_EQ(Orgs("开发区党工委书记出席签约仪式。"), Strings{"开发区党工委|party"});
  EXPECT_EQ(Orgs("高新区管委会与青禾集团签约。"), (Strings{"高新区管委会|government", "青禾集团|company"}));
  // After a place the grammar's longer name stands; after 各 the kind is a category.
  EXPECT_EQ(Orgs("杭州高新区管委会主任出席。"), Strings{"杭州高新区管委会|government"});
  EXPECT_EQ(Orgs("各开发区管委会要落实责任。"), Strings{});
  EXPECT_EQ(Orgs("省级高新区管委会要加强服务。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, ChambersAndCouncilsOfMoreKinds) {
  // A city's general chamber by its bare level, as its federation of industry and commerce.
  EXPECT_EQ(Orgs("市总商会会长出席座谈会。"), Strings{"市总商会|association"});
  // Hong Kong's productivity council by its short form; a park of innovation by place and field.
  EXPECT_EQ(Orgs("特首到訪生產力局。"), Strings{"生產力局|other"});
  EXPECT_EQ(Orgs("检查组来到无锡物联网国际创新园。"), Strings{"无锡物联网国际创新园|zone"});
  EXPECT_EQ(Orgs("加快推进创新园建设。"), Strings{});
  // A university's short form inside a person's name after a title is the name (会长洪清华).
  EXPECT_EQ(Orgs("商会会长洪清华出席。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, TaiwanSciencePartsAndBranchesNamedByAPark) {
  EXPECT_EQ(Orgs("兩家廠商選擇在中部科學工業園區設立。"), Strings{"中部科學工業園區|zone"});
  // A park's short form between a company and its branch is where the branch sits.
  EXPECT_EQ(Orgs("青禾科技股份有限公司竹科分公司獲准設立。"), Strings{"青禾科技股份有限公司竹科分公司|company"});
  // A body's review committee named by its task joins the body before it; a panel alone names none.
  EXPECT_EQ(Orgs("科技部科學工業園區審議委員會今天通過兩案。"), Strings{"科技部科學工業園區審議委員會|government"});
  EXPECT_EQ(Orgs("申请由专家评审委员会评审。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, DesksOfABodyNamedLikeAMinistry) {
  EXPECT_EQ(Orgs("中央政府驻澳门联络办公室经济部部长到会指导。"),
            Strings{"中央政府驻澳门联络办公室经济部|government"});
  EXPECT_EQ(Orgs("经济部今天表示将扩大补助。"), Strings{"经济部|government"});
  // Another Chinese place before a body named like Hong Kong's is that place's own.
  EXPECT_EQ(Orgs("深圳市投资推广署举办推介会。"), Strings{"深圳市投资推广署|government"});
  EXPECT_EQ(Orgs("珠海市招商署与澳门签署备忘录。"), Strings{"珠海市招商署|government"});
}

TEST_F(OrgPublicBodiesTest, OutletsInBracketedDatelinesAndPersonsInSourceFields) {
  EXPECT_EQ(Orgs("【青禾網5月12日報導】科技部今天表示。"), (Strings{"青禾網|media", "科技部|government"}));
  EXPECT_EQ(Orgs("【记者5月12日报道】科技部今天表示。"), Strings{"科技部|government"});
  // A source field holding a person's name only names the writer, no outlet.
  EXPECT_EQ(Orgs("来源:李明\n区住建局开展检查。"), Strings{"区住建局|government"});
  // 报 closing the text reads nothing past its end.
  EXPECT_EQ(Orgs("这是今天的晚报"), Strings{});
}

TEST_F(OrgPublicBodiesTest, HongKongShortFormsAndTaiwanConsultancies) {
  EXPECT_EQ(Orgs("財委會今日討論成立創科局的撥款。"), (Strings{"財委會|government", "創科局|government"}));
  EXPECT_EQ(Orgs("立法會財務委員會今日通過撥款。"), Strings{"立法會財務委員會|government"});
  // A management consultancy's short legal form after a name (某某創投 + 管顧); a school's short
  // form the dictionary tags a place lends no brand to the business word after it.
  EXPECT_EQ(Orgs("依據創投年會論壇的統計，基金並與台大創投管顧洽談合作。"), Strings{"台大創投管顧|company"});
}

TEST_F(OrgPublicBodiesTest, BureausOfNaturalResourcesAndEnforcementTeams) {
  EXPECT_EQ(Orgs("宁海县自然资源和规划局与学院签订协议。"), Strings{"宁海县自然资源和规划局|government"});
  EXPECT_EQ(Orgs("深圳市规划和自然资源局发布通告。"), Strings{"深圳市规划和自然资源局|government"});
  EXPECT_EQ(Orgs("市市场监督管理综合行政执法队开展检查。"), Strings{"市市场监督管理综合行政执法队|government"});
  EXPECT_EQ(Orgs("执法队员上门走访。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, BureausOfAZoneAndAPlaceListedAfterIt) {
  EXPECT_EQ(Orgs("合作区经济发展局给予配套资助。"), Strings{"合作区经济发展局|government"});
  EXPECT_EQ(Orgs("各开发区科技局要加强服务。"), Strings{});
  // Bureaus listed after a body named by its place are that place's.
  EXPECT_EQ(Orgs("宁海县政府办、教育局、卫健局主要负责同志参加。"),
            (Strings{"宁海县政府办|government", "教育局|government", "卫健局|government"}));
}

TEST_F(OrgPublicBodiesTest, APlaceAloneBeforeCompanyIsAKindOfFirm) {
  EXPECT_EQ(Orgs("与合作区企业有关联的澳门公司可获资助。"), Strings{});
  EXPECT_EQ(Orgs("青禾集团上海公司今天成立。"), Strings{"青禾集团上海公司|company"});
}

TEST_F(OrgPublicBodiesTest, TaiwanCityBureausByTheirShortForms) {
  EXPECT_EQ(Orgs("北市產發局設有基金。產發局回應稱將擴大補助。"),
            (Strings{"北市產發局|government", "產發局|government"}));
  // Alone with no body named before, the short form names none.
  EXPECT_EQ(Orgs("產發局回應稱將擴大補助。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, CitiesWithDistrictsAndShortFormsInParentheses) {
  // 各 + 设区 + 市: every such city's bureaus, a category, and so the list after it.
  EXPECT_EQ(Orgs("各设区市工信局、发改委、科技局:"), Strings{});
  // A short form in parentheses after a registered name is no part of it: it is the short form.
  EXPECT_EQ(Orgs("青禾电子服务平台（安徽）有限公司（青禾电子）今天签约。"),
            (Strings{"青禾电子服务平台（安徽）有限公司|company", "青禾电子|company"}));
  EXPECT_EQ(Orgs("青禾科技有限公司（杭州）成立。"), Strings{"青禾科技有限公司（杭州）|company"});
}

TEST_F(OrgPublicBodiesTest, TaiwanEconomicBureausByShortFormAndTitle) {
  EXPECT_EQ(Orgs("台中市長出席。經發局指出，廠商投資增加。"), Strings{"經發局|government"});
  EXPECT_EQ(Orgs("台中市長出席。經發局長呂曜志也出席。"), Strings{"經發局|government"});
  // A person's name or an ordinary word before 局长 leaves the title alone.
  EXPECT_EQ(Orgs("调查局王明局长告诉记者。"), Strings{});
  EXPECT_EQ(Orgs("三亚市旅游局长出席。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, ShortFormsInCornerBracketsAndDepartmentsByARemitVerb) {
  EXPECT_EQ(Orgs("市府與青禾商會聯合總會(以下簡稱「青總」)簽署備忘錄。青總長期支持會員。"),
            (Strings{"市府|government", "青禾商會聯合總會|association", "青總|association", "青總|association"}));
  // A ministry's department named by a verb of its remit (某部 + 统计 + 处) is one name, the ministry's kind.
  EXPECT_EQ(Orgs("经济部统计处公布调查结果。"), Strings{"经济部统计处|government"});
  EXPECT_EQ(Orgs("火炬开发区新签项目十个。"), Strings{"火炬开发区|zone"});
}

TEST_F(OrgPublicBodiesTest, StationsAndCooperativesEveryLevelHasAreNamedByABareLevel) {
  EXPECT_EQ(Orgs("省气象台发布寒潮预警，市供销社组织储备。"), (Strings{"省气象台|other", "市供销社|other"}));
  EXPECT_EQ(Orgs("安吉县供销社与县气象台签订协议。"), (Strings{"安吉县供销社|other", "县气象台|other"}));
  // The service as a kind names none.
  EXPECT_EQ(Orgs("各地气象台发布预报。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, OperaCompaniesNamedByTheirGenre) {
  EXPECT_EQ(Orgs("江苏省小梅花越剧院昨晚首演新戏。"), Strings{"江苏省小梅花越剧院|other"});
  EXPECT_EQ(Orgs("河南省豫剧院和湖北省歌舞剧院联合演出。"), (Strings{"河南省豫剧院|other", "湖北省歌舞剧院|other"}));
}

TEST_F(OrgPublicBodiesTest, AnAssociationOfTwoFieldsTheSecondAVerb) {
  EXPECT_EQ(Orgs("中国仓储与配送协会发布行业报告。"), Strings{"中国仓储与配送协会|association"});
  EXPECT_EQ(Orgs("中国物资与采购联合会的专家表示。"), Strings{"中国物资与采购联合会|association"});
  // Without the place the fields name no one body.
  EXPECT_EQ(Orgs("企业与采购协会签约。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, ATownshipsHealthCentreNamedByItsPlace) {
  EXPECT_EQ(Orgs("缙云县东渡镇卫生院与县人民医院结对。"), (Strings{"缙云县东渡镇卫生院|other", "县人民医院|other"}));
  EXPECT_EQ(Orgs("村民到湖塘街道中心卫生院体检。"), Strings{"湖塘街道中心卫生院|other"});
  // The kind of centre all townships have names none.
  EXPECT_EQ(Orgs("全县18家乡镇卫生院完成改造。"), Strings{});
}

TEST_F(OrgPublicBodiesTest, ALocalBureauOfANationalAdministrationIsOneName) {
  EXPECT_EQ(Orgs("国家税务总局德清县税务局开展宣传月活动。"), Strings{"国家税务总局德清县税务局|government"});
  // Two bodies joined by 和 stay two.
  EXPECT_EQ(Orgs("国家税务总局和浙江省财政厅联合发文。"), (Strings{"国家税务总局|government", "浙江省财政厅|government"}));
}

TEST_F(OrgPublicBodiesTest, ATownsTribunalAndANotaryOffice) {
  EXPECT_EQ(Orgs("德清县人民法院新市人民法庭开庭审理此案。"), Strings{"德清县人民法院新市人民法庭|government"});
  EXPECT_EQ(Orgs("当事人到德清县公证处办理公证。"), Strings{"德清县公证处|other"});
}

}  // namespace
}  // namespace zhcorpus
