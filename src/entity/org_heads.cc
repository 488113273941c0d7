#include "entity/org_heads.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "zhcorpus/u32_string_set.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

using WordSet = U32StringSet;

WordSet MakeSet(std::initializer_list<const char*> words) {
  WordSet set;
  for (const char* w : words) set.insert(DecodeUtf8(w));
  return set;
}

struct HeadRow {
  const char* text;
  const char* kind;
  HeadClass cls;
  bool inherit;
};

constexpr HeadClass S = HeadClass::kStrong, W = HeadClass::kWeak, I = HeadClass::kIndustry, D = HeadClass::kDept;

// Kind and class per head. Government short forms (科技局, 人社局) are heads
// too: with a level prefix (市科技局) they make a complete name.
constexpr HeadRow kHeads[] = {
    // companies
    {"集团", "company", S, false}, {"公司", "company", S, false}, {"有限公司", "company", S, false},
    {"股份有限公司", "company", S, false}, {"有限责任公司", "company", S, false},
    {"集团有限公司", "company", S, false}, {"集团股份有限公司", "company", S, false},
    {"集团公司", "company", S, false}, {"总公司", "company", S, false}, {"分公司", "company", S, false},
    {"支公司", "company", S, false}, {"中心支公司", "company", S, false}, {"控股", "company", S, false},
    {"控股集团", "company", S, false}, {"银行", "company", S, false}, {"农商银行", "company", S, false},
    {"工厂", "company", W, false}, {"厂", "company", W, false}, {"农场", "company", W, false},
    {"合作社", "company", W, false}, {"交易所", "company", S, false}, {"证券", "company", I, false},
    {"港", "company", W, false}, {"酒店", "company", W, false}, {"商场", "company", W, false},
    {"科技", "company", I, false}, {"生物", "company", I, false}, {"制药", "company", I, false},
    {"药业", "company", I, false}, {"医药", "company", I, false}, {"机床", "company", I, false},
    {"股份", "company", I, false}, {"电器", "company", I, false}, {"电气", "company", I, false},
    {"泵业", "company", I, false}, {"光电", "company", I, false}, {"半导体", "company", I, false},
    {"微电子", "company", I, false}, {"传媒", "company", I, false}, {"环保", "company", I, false},
    // universities
    {"大学", "university", S, false}, {"学院", "university", S, false}, {"校区", "university", W, true},
    {"职业技术学院", "university", S, false}, {"研究生院", "university", S, false},
    // research
    {"研究院", "research", S, false}, {"研究所", "research", S, false}, {"所", "research", W, true},
    {"实验室", "research", S, false}, {"科学院", "research", S, false}, {"工程院", "research", S, false},
    {"研究中心", "research", S, false}, {"创新中心", "research", W, false}, {"技术创新中心", "research", W, false},
    {"创新研究院", "research", S, false}, {"学部", "research", W, true}, {"医学所", "research", W, false},
    // associations
    {"协会", "association", S, false}, {"学会", "association", S, false}, {"联盟", "association", S, false},
    {"商会", "association", S, false}, {"科协", "association", W, false}, {"联合会", "association", S, false},
    {"联合体", "association", S, false}, {"促进会", "association", S, false}, {"基金会", "association", S, false},
    {"研究会", "association", S, false}, {"工商联", "association", W, false}, {"侨联", "association", W, false},
    {"妇联", "association", W, false}, {"总工会", "association", W, false},
    // media
    {"日报", "media", S, false}, {"晚报", "media", S, false}, {"报社", "media", S, false},
    {"电视台", "media", S, false}, {"广播电台", "media", S, false}, {"新闻社", "media", S, false},
    {"通讯社", "media", S, false}, {"出版社", "media", S, false}, {"杂志社", "media", S, false},
    {"融媒体中心", "media", W, false}, {"广电集团", "media", S, false}, {"报业集团", "media", S, false},
    // zones
    {"高新区", "zone", S, false}, {"开发区", "zone", S, false}, {"经开区", "zone", S, false},
    {"经济开发区", "zone", S, false}, {"经济技术开发区", "zone", S, false}, {"高新技术产业开发区", "zone", S, false},
    {"产业园", "zone", S, false}, {"产业园区", "zone", S, false}, {"科技园", "zone", S, false},
    {"工业园", "zone", S, false}, {"工业园区", "zone", S, false}, {"园区", "zone", W, false},
    {"科技城", "zone", S, false}, {"科学城", "zone", S, false}, {"未来科学城", "zone", S, false},
    {"新区", "zone", W, false}, {"小镇", "zone", W, false}, {"合作园", "zone", W, false},
    {"绿谷", "zone", W, false}, {"科创区", "zone", W, false}, {"自贸区", "zone", S, false},
    {"保税区", "zone", S, false}, {"综合保税区", "zone", S, false}, {"知识产权港", "zone", S, false},
    {"创新港", "zone", W, false}, {"科创园", "zone", W, false},
    {"走廊", "zone", W, false}, {"科创走廊", "zone", S, false}, {"自由贸易试验区", "zone", S, false},
    {"自贸试验区", "zone", S, false}, {"试验区", "zone", W, false}, {"综合试验区", "zone", W, false},
    {"示范区", "zone", W, false}, {"先行区", "zone", W, false}, {"合作区", "zone", W, false},
    {"片区", "zone", W, true}, {"新片区", "zone", W, true}, {"智谷", "zone", W, false}, {"药谷", "zone", W, false},
    {"数谷", "zone", W, false}, {"芯谷", "zone", W, false}, {"创新区", "zone", W, false},
    // government
    {"政府", "government", W, false}, {"人民政府", "government", W, false}, {"局", "government", W, false},
    {"厅", "government", W, false}, {"委", "government", W, false}, {"委员会", "government", S, true},
    {"管委会", "government", W, false}, {"执委会", "government", W, false}, {"办公室", "government", W, true}, {"办", "government", W, false},
    {"管理局", "government", W, false}, {"科技局", "government", W, false}, {"发改委", "government", W, false},
    {"发展改革委", "government", W, false}, {"发展和改革委员会", "government", W, false},
    {"经信局", "government", W, false}, {"经信厅", "government", W, false}, {"人社局", "government", W, false},
    {"人社厅", "government", W, false}, {"市场监管局", "government", W, false}, {"住建厅", "government", W, false},
    {"住建局", "government", W, false}, {"财政局", "government", W, false}, {"财政厅", "government", W, false},
    {"教育局", "government", W, false}, {"教育厅", "government", W, false}, {"公安局", "government", W, false},
    {"公安厅", "government", W, false}, {"税务局", "government", W, false}, {"统计局", "government", W, false},
    {"商务局", "government", W, false}, {"商务厅", "government", W, false}, {"科技厅", "government", W, false},
    {"卫健委", "government", W, false}, {"生态环境局", "government", W, false}, {"生态环境厅", "government", W, false},
    {"自然资源局", "government", W, false}, {"自然资源厅", "government", W, false},
    {"农业农村局", "government", W, false}, {"农业农村厅", "government", W, false}, {"水利厅", "government", W, false},
    {"水利局", "government", W, false}, {"文旅局", "government", W, false}, {"交通运输局", "government", W, false},
    {"交通运输厅", "government", W, false}, {"应急管理局", "government", W, false}, {"民政局", "government", W, false},
    {"民政厅", "government", W, false}, {"司法局", "government", W, false}, {"审计局", "government", W, false},
    {"经信委", "government", W, false}, {"科委", "government", W, false}, {"基金委", "government", W, false},
    {"国资委", "government", W, false}, {"商务部", "government", W, false}, {"人民法院", "government", W, false},
    {"法院", "government", W, false}, {"人民检察院", "government", W, false}, {"检察院", "government", W, false},
    {"海关", "government", W, false}, {"人大常委会", "government", W, false}, {"常委会", "government", W, false}, {"人大", "government", W, false},
    {"招商服务办", "government", W, false}, {"服务中心", "government", W, false}, {"部", "government", D, false},
    // party
    {"党委", "party", W, false}, {"党组", "party", W, false}, {"组织部", "party", W, false},
    {"宣传部", "party", W, false}, {"统战部", "party", W, false}, {"纪委", "party", W, false},
    {"政法委", "party", W, false}, {"科创委", "party", W, false}, {"党校", "party", W, false},
    {"市委", "party", W, false}, {"省委", "party", W, false}, {"县委", "party", W, false}, {"区委", "party", W, false},
    // other
    {"中心", "other", W, true}, {"医院", "other", W, false}, {"政协", "other", W, false},
    {"队", "other", W, false}, {"领导小组", "government", W, false}, {"政治部", "government", W, false},
    {"总后勤部", "government", W, false}, {"总政治部", "government", W, false}, {"话剧团", "other", W, false},
    {"歌舞团", "other", W, false}, {"乐团", "other", W, false}, {"交响乐团", "other", W, false},
    {"舞团", "other", W, false}, {"马戏团", "other", W, false}, {"杂技团", "other", W, false},
    {"艺术团", "other", W, false}, {"合唱团", "other", W, false}, {"剧团", "other", W, false},
    {"总行", "company", W, true}, {"分行", "company", W, true}, {"支行", "company", W, true},
    {"核电站", "company", W, false}, {"工会", "association", W, false}, {"总会", "association", W, false},
    {"友协", "association", W, false}, {"分会", "association", W, true}, {"分社", "media", W, true},
    {"分院", "research", W, true}, {"分局", "government", W, false}, {"派出所", "government", W, false},
    {"支队", "other", W, false}, {"大队", "other", W, false}, {"总队", "other", W, false},
    {"军分区", "other", W, false}, {"大使馆", "government", W, false}, {"领事馆", "government", W, false},
    {"理事会", "association", W, false}, {"同学会", "association", W, false}, {"参议院", "government", W, false},
    {"众议院", "government", W, false}, {"议会", "government", W, false}, {"国会", "government", W, false},
    {"立法会", "government", W, false}, {"军区", "other", W, false}, {"男排", "other", W, false},
    {"女排", "other", W, false}, {"男篮", "other", W, false}, {"女篮", "other", W, false}, {"足协", "association", W, false}, {"团委", "other", W, false}, {"图书馆", "other", W, false},
};

struct HeadTable {
  U32StringMap<Head> heads;
  // Longest head ending with each BMP character (0: none), so that most
  // tokens are rejected with one array read.
  std::vector<unsigned char> longest_by_end = std::vector<unsigned char>(0x10000, 0);
  std::size_t max_len = 0;

  HeadTable() {
    for (const HeadRow& row : kHeads) {
      std::u32string key = DecodeUtf8(row.text);
      max_len = std::max(max_len, key.size());
      unsigned char& longest = longest_by_end[key.back() & 0xFFFF];
      longest = std::max<unsigned char>(longest, static_cast<unsigned char>(key.size()));
      heads.emplace(std::move(key), Head{row.kind, row.cls, row.inherit});
    }
  }
};

const HeadTable& Heads() {
  static const HeadTable table;
  return table;
}

bool Contains(const WordSet& set, std::u32string_view s) { return set.find(s) != set.end(); }

}  // namespace

const Head* FindHead(std::u32string_view s) {
  const auto& heads = Heads().heads;
  auto it = heads.find(s);
  return it == heads.end() ? nullptr : &it->second;
}

std::size_t MaxHeadLength() { return Heads().max_len; }
std::size_t LongestHeadEndingWith(char32_t c) {
  return c < 0x10000 ? Heads().longest_by_end[c] : 0;
}

bool EndsWithHead(std::u32string_view name) {
  const std::size_t longest = std::min(name.empty() ? 0 : LongestHeadEndingWith(name.back()), name.size());
  for (std::size_t len = longest; len >= 1; --len) {
    const Head* head = FindHead(name.substr(name.size() - len));
    if (head && len < name.size()) return head->cls != HeadClass::kIndustry;
  }
  return false;
}

std::vector<std::u32string> SegmenterHeads() {
  std::vector<std::u32string> words;
  for (const auto& [text, head] : Heads().heads) {
    if (text.size() >= 3 && (head.kind == "government" || head.kind == "party")) words.push_back(text);
  }
  return words;
}

bool IsEverydayWord(std::u32string_view s) {
  static const WordSet set = MakeSet({
      "布局", "格局", "场所", "当局", "结局", "全局", "大局", "出局", "开局", "破局", "变局", "僵局", "时局", "骗局",
      "定局", "残局", "终局", "饭局", "棋局", "赌局", "厕所", "住所", "处所", "寓所", "哨所", "会所", "诊所",
      "大厅", "客厅", "餐厅", "展厅", "门厅", "前厅", "两院", "庭院", "剧院", "影院", "寺院", "书院", "全部",
      "内部", "外部", "局部", "东部", "西部", "南部", "北部", "中部", "头部", "底部", "顶部", "干部", "总部",
      "本部", "腹部", "背部", "面部", "胸部", "尾部", "常委", "编委", "评委", "主委", "地区", "社区", "小区",
      "景区", "城区", "市区", "郊区", "片区", "街区", "山区", "灾区", "港口", "海港", "网站", "车站", "主办",
      "承办", "举办", "创办", "协办", "开办", "兴办", "督办", "包办", "核心", "重心", "部队", "团队", "军队",
      "球队", "车队", "梯队", "排队", "站队", "插队", "高科技", "黑科技", "微生物", "老厂", "药厂", "香港",
      "新港", "治港", "四合院", "大杂院", "舞台", "平台", "讲台", "阳台", "柜台", "前台", "后台", "上台", "下台", "登台", "院所", "科研院所", "市中心", "城中心", "全市", "全省", "全区", "全县",
  });
  return Contains(set, s);
}

bool IsTitle(std::u32string_view s) {
  static const WordSet set = MakeSet({
      "书记", "副书记", "院长", "副院长", "所长", "主任", "副主任", "局长", "副局长", "厅长", "副厅长", "市长",
      "副市长", "省长", "副省长", "区长", "县长", "部长", "副部长", "董事长", "总经理", "副总经理", "经理",
      "助理", "教授", "院士", "主席", "副主席", "委员", "常委", "理事长", "会长", "秘书长", "校长", "副校长",
      "创始人", "负责人", "领导", "记者", "通讯员", "本报讯", "本报", "本刊", "总裁", "首席", "研究员", "工程师", "博士", "主管", "处长", "科长", "站长", "队长",
  });
  return Contains(set, s);
}

bool IsGenericNoun(std::u32string_view s) {
  static const WordSet set = MakeSet({
      "企业", "高校", "龙头企业", "民营企业", "国有企业", "国企", "民企", "单位", "机构", "平台", "项目",
      "院校", "部门", "重点", "省级", "市级", "国家级", "区级", "县级", "高水平", "新型", "一流", "综合",
      "高等", "产业链", "产业", "行业", "相关", "有关", "该", "各", "其他", "全国", "全省", "全市", "全区",
      "专业", "职业", "科研", "研发", "创新", "科技", "技术", "公司", "集团", "工作", "服务", "管理", "地方",
      "基层", "市场", "社会", "本地", "当地", "外地", "海外", "国际", "世界", "大型", "中小", "中小企业",
      "首批", "先进", "示范", "标杆", "特色", "省级重点", "国家重点", "全国重点", "龙头", "卫生院", "中医院",
      "公立医院", "人民医院", "中心医院", "重点高校", "美术馆", "博物馆", "图书馆", "体育馆", "科技馆", "文化馆",
      "汇报会", "党代会", "人民共和国", "参政党", "执政党", "反对党", "在野党", "两党", "国共两党", "全党全军",
      "全国代表大会", "交易会", "上市", "商业", "人民", "中介", "证券", "高级", "中级", "上市公司", "保险公司",
      "公立", "私立", "民营", "新", "老", "大", "小", "高新", "高新技术", "头部", "知名", "优秀", "领军", "链主",
      "智慧", "智能",
  });
  return Contains(set, s);
}

bool IsQualifier(std::u32string_view s) {
  static const WordSet set = MakeSet({
      "重点", "省级", "市级", "国家级", "区级", "县级", "高水平", "新型", "一流", "首批", "大型", "知名", "优秀",
      "领军", "先进", "示范", "标杆", "特色", "省级重点", "国家重点", "全国重点", "龙头", "头部",
  });
  return Contains(set, s);
}

bool IsBodyStop(std::u32string_view s) {
  static const WordSet set = MakeSet({
      "时任", "现任", "前任", "首任", "历届", "历任", "原", "代表", "助力", "关键", "支持", "大力支持", "落实",
      "认真落实", "深化", "做强", "做大", "做优", "打造", "推动", "依托", "联合", "携手", "牵头", "围绕", "聚焦",
      "加快", "加强", "积极", "全力", "努力", "着力", "坚持", "据悉", "目前", "如今", "此外", "同时", "其中",
      "包括", "例如", "比如", "譬如", "来自", "位于", "落户", "入驻", "成立", "组建", "设立", "建立", "发布",
      "新建", "新增", "筹建", "创建", "共建", "引进", "培育", "认定", "命名", "获批", "入选",
  });
  return Contains(set, s);
}

bool IsNameVerb(std::u32string_view s) {
  static const WordSet set = MakeSet({
      "转移", "转化", "应用", "发展", "创新", "合作", "产销", "服务", "管理", "监管", "研究", "促进", "交流",
      "检测", "检验", "设计", "制造", "投资", "开发", "建设", "规划", "改革", "监督", "保护", "培训", "孵化",
      "育成", "推广", "控股", "经营", "贸易", "进出口", "运输", "物流", "监测", "认证", "评估", "咨询", "支持",
      "保障", "招商", "发行", "交易", "结算", "营销", "维修", "制冷", "电子", "信息", "通信", "出版", "航空",
      "科学普及", "普及", "教育", "工作", "融合", "共享", "关联", "储能",
  });
  return Contains(set, s);
}

bool IsLevelPrefix(std::u32string_view s) {
  static const WordSet set = MakeSet({"省", "市", "区", "县", "镇", "乡", "自治区", "州"});
  return Contains(set, s);
}

bool IsNationalPrefix(std::u32string_view s) {
  static const WordSet set = MakeSet({"国家", "中央", "全国"});
  return Contains(set, s);
}

}  // namespace zhcorpus::org
