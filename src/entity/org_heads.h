// Internal: the closed word classes organisation recognition works with —
// the heads that end an organisation's name (大学, 科技局, 高新区 ...) with the
// kind they give, and the small lists that stop or shape a name's body
// (everyday words ending like a head, job titles, generic nouns, verbs that
// occur inside names). These are grammar, not a gazetteer: known names live
// in data/organizations.tsv. The words themselves are data: data/org_heads.tsv
// and data/org_words.tsv, compiled into the library.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace zhcorpus::org {

enum class HeadClass : unsigned char {
  kStrong,    // 大学, 集团, 研究院: a name-like or descriptive body is enough
  kWeak,      // 局, 中心, 所: needs a region, a level prefix (省 市 区) or a proper name
  kIndustry,  // 科技, 制药 after a brand (启明科技): the body must be one name-like word
  kDept,      // 部: a department; with a place or national prefix, or of the organisation right before it
  kUnit,      // 司, 系: only a part of the organisation written right before it (某部某某司, 某大学物理系)
  kSelf,      // 人民法院, 中级人民法院: weak, yet a name alone (the court of the place the story is in)
};

struct Head {
  std::string_view kind;  // government | party | company | university | research | association | media | zone | other
  HeadClass cls = HeadClass::kStrong;
  // The org's kind comes from the organisation it belongs to when there is one
  // (中国科学院学部…委员会 is research, 某公司…中心 a company).
  bool inherit = false;
};

// The closed word classes of data/org_words.tsv.
enum class WordClass : unsigned char {
  kEveryday, kTitle, kGeneric, kQualifier, kBodyStop, kNameVerb, kLevel, kNational,
  kEventEnd,          // meetings and venues (座谈会, 博物馆)
  kOrgEndChar,        // last characters of organisation words (社 院 会 …)
  kNumeralChar,       // 一 … 十 两
  kGluedPreposition,  // function characters glued to the front of an unknown word
  kFunctionChar,      // function characters joined across a word boundary
  kCountChar,         // numerals and count words (两 百 几 多)
  kGluedVerb,         // verbs glued to the end of a person's name (任 作 向)
  kPrepositionChar,   // prepositions never inside a name (向 对 把)
  kOutletEnd,         // how outlets end (日报 网 在线)
  kLineLabel,         // labels ending a source line's outlet (作者 编辑)
  kSourceLabel,       // labels before a source line's outlet (来源 稿源)
  kSeatVerb,          // verbs that locate an organisation (扎根 位于)
  kBodyEndChar,       // last characters of bodies' short forms tagged nz or j (会 of 某委会)
  kFieldAdjective,    // qualifiers that before a noun name a field, not a category (先进 + 技术)
  kHeadModified,      // departments after which 公司 is a modifier (公司 + 业务部)
  kLocalOperator,     // industry heads named by a Chinese division only (某市 + 电信)
  kProductHead,       // industry heads that also end products' names (某某 + 主题 + 基金)
  kListedHead,      // licensed finance and carmakers (证券 银行 汽车): a listed 某某证券 is a name
  kPortal,            // news portals whose channels are outlets (某门户 + 娱乐)
  kChannel,           // a portal's channels (科技 财经 娱乐)
  kLevelBody,         // bodies a bare level names though not government (市 + 政协, 区 + 团委)
  kCabinet,           // cabinets whose bodies are written after them in one name (行政院 + 某某委员会)
  kMemberNoun,        // titles naming an association's members inside its name (某省 + 博士 + 促进会)
  kGroupMember,       // a group's businesses written after its brand (某商 + 期货, 某商 + 资本)
  kNewsroomDesk,      // known bodies whose names are also an outlet's desks (某报 + 经济部)
  kLabFieldStop,      // clause verbs and category words that end a key laboratory's field (建设, 现有, 企业)
  kDescribedOutlet,   // newspaper heads a descriptive body names (经济信息 + 时报)
  kCrossingTail,      // second characters of words that swallow a name's last one (部 + 将, 部 + 副)
  kTitleOutletCue,    // words after a title in 《》 that make it an outlet (《某某》 + 记者, 杂志)
  kBureauGroup,       // groups whose engineering bureaus are numbered (中铁 + 一局, 中交 + 二航局)
  kLabRank,           // who ranks a key laboratory, right before 重点实验室 (国家, 教育部)
  kGoodsIndustry,     // lines of business that are goods too (纺织, 食品): after a place, its industry
  kGoodsKind,         // kinds of goods or fields closing a list after 等 (甲电机、乙电池等 + 赛道)
  kGoodsProject,      // what goods are made in, after them (某某电机及电控 + 项目, + 生产线)
  kFirmClass,         // nouns that class a name right after them as a firm (上市公司 + 某某)
  kFirmNoun,          // nouns for firms that close a list of names (甲、乙等 + 企业)
  kFirmBatch,         // words between 等 and the firm noun besides a count (一批, 多家)
  kMarketBoard,       // a market's boards (科创板, 创业板): 某板 + 公司 are the firms listed there
  kPartyPrefix,       // parties and leagues whose local committees are named after them (民建 + 某市委)
  kMoneyVerb,         // what a firm puts in or raises, before the sum (某某科技 + 投资 + 5亿元)
  kLevelScope,        // some or all of a level's bodies, right before a bare level (部分 + 市 + 某局)
  kVerbBeforeLevelChar,  // one-character verbs the HMM glues to a bare level (请区 + 发改委, 报市 + 政府)
  kFieldCentre,       // kinds of centre a rank and a field name (省 + 某某 + 技术创新中心)
  kFieldNoun,         // fields of technology the dictionary files as names (光伏/j): plain nouns in a body
  kRoleStanding,      // a city's standing in a role it is to play (国际, 全球, 综合性国家)
  kRoleCentre,        // the roles a city plays, named like centres (科技创新中心, 科学中心)
  kCountedKind,       // kinds of incubator counted after a named one (甲孵化器等8家 + 孵化器)
  kPartnerChar,       // countries China builds bilateral parks with, after 中 (中 + 德 + 某市 + 产业园)
};
inline constexpr std::size_t kWordClassCount = static_cast<std::size_t>(WordClass::kPartnerChar) + 1;

bool InClass(WordClass c, std::u32string_view word);
bool InClass(WordClass c, char32_t ch);
// Rows of the compiled-in grammar files that could not be read ("org_words.tsv:12: …"); empty when all is well.
const std::vector<std::string>& GrammarErrors();

// The head spelled exactly `s`, or nullptr.
const Head* FindHead(std::u32string_view s);
// Longest head in code points; longest head ending with `c` (0: none).
std::size_t MaxHeadLength();
std::size_t LongestHeadEndingWith(char32_t c);
// Whether a name ends with a head (平安银行, 中集集团), not a bare brand (宁德时代)
// or an industry word that makes no name alone (恒瑞医药, 山推股份).
bool EndsWithHead(std::u32string_view name);
// Government and party short forms of three or more characters (人社局,
// 经信厅) that the segmenter should keep whole.
std::vector<std::u32string> SegmenterHeads();

// Everyday words that end like a head (布局, 场所, 全部): never a head.
bool IsEverydayWord(std::u32string_view s);
// Job titles and honorifics (书记, 院长, 总经理): never inside a name's body.
bool IsTitle(std::u32string_view s);
// Generic nouns that alone do not name anything (企业, 高校, 重点): a body may not begin with them.
bool IsGenericNoun(std::u32string_view s);
bool IsBusinessRole(std::u32string_view s);  // 制造商, 供应商: a kind of firm
// Qualifiers that make a description a category (省级, 重点, 先进); a subset of the generic nouns.
bool IsQualifier(std::u32string_view s);
// Adverbs and verbs jieba often tags as nouns or names (时任, 历届, 代表, 助力): the body ends.
bool IsBodyStop(std::u32string_view s);
// Verbs that commonly occur inside names (转化, 应用, 发展, 服务).
bool IsNameVerb(std::u32string_view s);
// Bare administrative levels used as a prefix (省 市 区 县).
bool IsLevelPrefix(std::u32string_view s);
// 国家 中央 全国: national prefixes of government bodies.
bool IsNationalPrefix(std::u32string_view s);

}  // namespace zhcorpus::org
