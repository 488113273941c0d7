// Internal: from a head found in the text, walk left over the tokens to the
// start of the organisation's name, decide whether the name is proper, and
// build its norm.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entity/org_finder.h"
#include "entity/org_heads.h"
#include "zhcorpus/document.h"
#include "zhcorpus/entity.h"

namespace zhcorpus::org {

struct Candidate {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string_view kind;
  const KnownOrg* known = nullptr;  // a known name or alias
  bool valid = true;
  std::string region;               // norm.region, "" = null
  std::uint32_t body_end = 0;       // where the head begins (= end for known names)
  std::uint32_t head_end = 0;       // where the head ends (before a place in parentheses)
  std::string name;                 // norm.name when not as written (a restored head)
  bool lends_itself = false;        // a brand on its own (named by a stock code): later mentions are it
};

// A name over text[start, end) whose head begins at body_end.
inline Candidate NameSpan(std::uint32_t start, std::uint32_t end, std::uint32_t body_end, std::string_view kind) {
  Candidate c;
  c.start = start;
  c.end = end;
  c.body_end = body_end;
  c.head_end = end;
  c.kind = kind;
  return c;
}

// What a token (or the part of a token before a head) is to a name's body.
enum class Role : unsigned char {
  kStop,      // punctuation, function words, numbers, titles: the body ends
  kNominal,   // an ordinary noun (技术, 信息) or a verb common in names (转化)
  kGeneric,   // a noun that names nothing alone (企业, 重点)
  kEdge,      // a localiser (后, 南方): inside a name, never its first word
  kName,      // a proper or unknown word (清华, 沪帆, MEMS), jieba nt/nz/j/nr/x
  kRegion,    // a place (region entity or jieba ns)
  kLevel,     // a bare 省 市 区 县 prefix
  kNational,  // 国家 中央 全国
  kOrg,       // an organisation already found
  kConj,      // 与 及 和 inside a name (工业和信息化部)
  kVerb,      // any other verb
};

// An ordinary word of a body (技术, 企业), not a name, a stop or a verb.
inline bool IsWordRole(Role r) { return r == Role::kNominal || r == Role::kGeneric; }

struct Piece {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  Role role = Role::kStop;
  int org = -1;  // candidate index when role is kOrg
  std::string_view pos;  // the token's part of speech ("" for an organisation)
};

// Where a body begins and what it holds (see org_body.cc).
struct Body {
  std::uint32_t start = 0;
  std::size_t left = 0;  // index of the leftmost piece in the body
  bool level = false;    // begins with a bare 省 市 区 县
  bool has_name = false; // holds a place, a proper word or an organisation
  bool qualified = false;  // holds a qualifier (省级, 重点)
  int inner = -1;        // the organisation it extends, if any
};

// A function character the HMM glues to the front of an unknown word (以超威).
bool IsGluedPreposition(char32_t c);

inline constexpr std::size_t kNoPieces = static_cast<std::size_t>(-1);

class Walker {
 public:
  Walker(const Document& doc, const std::vector<Entity>& regions, std::vector<Candidate>* cands);

  // Whether token t is a place (a region entity or a jieba ns word).
  bool IsPlace(std::size_t t) const;
  // Whether token t comes right after 关于, where a document's title opens with its verb.
  bool AfterAbout(std::size_t t) const;
  // A foreign country spanning exactly [start, end) (美国, 日本; not 中国).
  bool IsForeignCountry(std::uint32_t start, std::uint32_t end) const;
  // Whether a brand ending at `end` stands alone: what follows ends a noun
  // phrase (punctuation, a function word, a verb, a title), so that 浙江医药
  // is a company in "浙江医药发布公告" but not in "浙江医药产业", and 启明科技
  // in "启明科技创始人" but 浙江科技 not in "浙江科技创新".
  bool EndsBareName(std::uint32_t end) const;
  // The longest candidate ending at `end`, or -1.
  int CandidateEndingAt(std::uint32_t end) const { return end < cand_end_.size() ? cand_end_[end] : -1; }

  // Records a candidate (known name, nt word or built name) so later names can grow over it.
  void Add(Candidate c);
  // Adds a name found over shorter ones the grammar made of its parts (某某 + 建设…): those give way.
  void AddOverParts(Candidate c);
  // Drops the valid names found inside text[start, end).
  void DropPartsOf(std::uint32_t start, std::uint32_t end);
  // A company named by its brand alone, with no head (甲、乙等企业, 某某(600000)); `lends`
  // when the article's later mentions of the same words are the same company.
  void AddBrandCompany(std::uint32_t start, std::uint32_t end, bool lends = false);
  // Whether a candidate found already ends inside (start, end].
  bool CandidateEndsIn(std::uint32_t start, std::uint32_t end) const;
  // Tries the head text[head_start, head_end), which ends a token or comes
  // before a job title glued to it (市委|书记); true when it made a candidate.
  bool TryHead(std::uint32_t head_start, std::uint32_t head_end, const Head& head);
  // Items of a list sharing one head (柯桥纺织、上虞新材料等省级高新区): one
  // candidate per item, the head restored in its name; true when it made any.
  bool TryElidedList(std::uint32_t head_start, std::uint32_t head_end, const Head& head);
  // Units numbered after their place or parent (某地一矿, 某局五处); see org_numbered.cc.
  void FindNumberedUnits();
  // A university's hospital written right after it (某大学 + 湘雅医院): one name; see org_university_hospital.cc.
  void JoinUniversityHospitals();
  // A university hospital's short form (某大一附院).
  void FindAffiliatedHospitalShortForms();
  bool JoinFieldNumberedInstitute(std::size_t t, std::uint32_t num, std::uint32_t end, std::u32string_view unit);
  // A state group's numbered bureau (中铁一局, 中交二航局).
  void FindNumberedBureaus();
  // A zone's committee or bureau named by the bare kind of zone (开发区 + 党工委, 合作区 +
  // 经济发展局, 开发区 + 科技局); see org_zone_committee.cc.
  void FindZoneBodies();
  bool BareZoneKindAt(std::uint32_t start) const;
  std::uint32_t BareZoneKindEndingAt(std::uint32_t end) const;
  // A city + a 新区 the gazetteer knows only in another province (某市 + 滨海新区): that city's zone.
  void FindZonesNamedLikeDistricts();
  // Names listed and then counted as firms (甲电、乙充两家头部企业): one company each.
  void FindCountedLists();
  // An incubator named before the count of its kind (甲乙孵化器等8家孵化器); see org_kind_list.cc.
  void FindNamedOfTheirKind();
  // A name right before a stock code in parentheses (某某茅台（600519）): a listed company.
  void FindStockCodes();
  // A firm named right before the stake held in it (持有 + 某某医药 + 100% + 的股权); see org_stake.cc.
  void FindStakes();
  void AddStockCodeName(std::size_t open);
  // The partners a found body signs with (某集团 + 与 + 甲、乙 + 签订…); see org_signing_partner.cc.
  void FindSigningPartners();
  // A firm named right before its plant's yearly output (某某部件 + 年产40万套…); see org_output_lead.cc.
  void FindOutputLeads();
  // A name right after the noun that classes it as a firm (上市公司 + 某某医药): a company.
  void FindAppositions();
  bool SubsidiaryNamed(std::size_t k);
  bool NamesAFirm(std::size_t first, std::size_t last) const;
  bool EndsAppositiveName(std::uint32_t end) const;
  bool FirmNounFollows(std::size_t from, bool counted) const;
  std::size_t BatchTokens(std::size_t t) const;
  void AddFirmListItems(std::size_t last, std::uint32_t glued_end);
  bool GluedDeng(std::size_t k) const;
  bool MembersOfABody(std::size_t t, Role right) const;
  bool LevelOpensUnknownWord(std::size_t t) const;
  bool BylineNameBeforePlace(const std::array<Piece, 16>& pieces, std::size_t left) const;
  // Brands listed beside a company found already and closed by 等 (甲医疗、乙集团等): one company each.
  // With `first_anchor`, only candidates from that index on that hold a proper word anchor a list
  // (brands propagated from a name met earlier in the text).
  void FindListPeers(std::size_t first_anchor = 0);
  // Bureaus listed after a body named by a bare level (区政府办、发改局、城建局); see org_bureau_list.cc.
  void FindLevelBureaus();
  // Key laboratories named by a long field (某某资源发掘与利用 + 国家重点实验室); see org_key_lab.cc.
  void FindKeyLabs();
  // Centres named by a rank and a field (省 + 某某感知 + 技术创新中心); see org_field_centre.cc.
  void FindFieldCentres();
  // Registered company names whose line of business holds verbs (某市 + 某某 + 投资担保 + 有限公司).
  void FindLegalNames();
  bool OpensCutTradeName(std::size_t t, std::size_t h) const;
  bool SecondOfCutTradeName(std::size_t t, std::size_t h) const;
  // Later mentions of a found company by its brand alone (青禾集团有限公司 … 青禾).
  void PropagateBrands();
  std::uint32_t FirstIndustryEnd(std::size_t first, std::uint32_t end) const;
  // Short forms of a public body named in full earlier (某部产业园区管理局 … 园管局); see org_abbreviation.cc.
  void FindAbbreviationsOfEarlierNames();
  // Token k ends in a head but made no name (a short form FindAbbreviationsOfEarlierNames may read).
  void NoteHeadlessWord(std::size_t k) { headless_words_.push_back(k); }
  std::size_t GroupMemberLast(std::size_t last) const;
  bool ItemIsBrand(std::size_t first, std::size_t last) const;
  bool HoldsBrandWord(std::uint32_t start, std::uint32_t end) const;
  Entity ToEntity(const Candidate& c) const;
  std::size_t TokenAt(std::uint32_t pos) const;  // index of the token holding pos

 private:
  bool NamesNumberedUnit(std::size_t t) const;
  bool IsLabFieldWord(std::size_t t) const;
  // (With `committee`, also a committee named by its remit: 科技创新 + 委员会.)
  bool IsBureauItem(std::size_t first, std::size_t last, bool committee = false) const;
  std::uint32_t FieldStart(std::size_t last) const;
  Role Classify(std::size_t t, std::uint32_t start, std::uint32_t end) const;
  // Whether token t is the 中 opening a bilateral park's name, China and its partner before the
  // park's place (中 + 德 + 某市 + 产业园, 中以 + 某市 + 创新园): the pair is the name's first place.
  bool OpensABilateralName(std::size_t t) const;
  bool FragmentAllowed(std::size_t t, std::uint32_t head_start, std::uint32_t head_end) const;
  std::size_t Collect(std::uint32_t head_start, std::array<Piece, 16>* pieces) const;
  std::uint32_t ParenSuffix(std::uint32_t end) const;
  std::uint32_t PlaceInParens(std::uint32_t end) const;
  std::uint32_t GlossInParens(std::uint32_t end) const;
  std::uint32_t PinyinGlossInParens(std::uint32_t end) const;
  std::string WithoutGlosses(const Candidate& c) const;
  bool OpensNationalBody(const Piece& p) const;
  bool CountsBefore(const std::array<Piece, 16>& pieces, std::size_t n, std::size_t i) const;
  std::size_t TradeNameBefore(std::size_t paren) const;
  static bool IsTechAcronym(std::u32string_view w);
  void MakerNamedAfterIt(std::uint32_t at);
  bool StartsAnew(const Piece& p) const;
  bool ModifiesField(const std::array<Piece, 16>& pieces, std::size_t i) const;
  bool EndsWithHead(const Piece& p) const;
  bool IsDateWord(const Piece& p) const;
  bool IsTownLevel(const Piece& p) const;
  bool IsDivision(std::uint32_t pos) const;
  bool BetweenNames(std::size_t t) const;
  bool NextWordIsHead(std::size_t t) const;
  bool ListsGoods(std::uint32_t end) const;  // 食品、药品
  bool ListedAsGoods(std::uint32_t end) const;  // 某某电机、某某电池等 + 赛道
  bool InstituteOfUniversity(const Piece& org, std::uint32_t head_start) const;
  bool SplitLegalForm(std::size_t h) const;  // 有限责任 + 公司
  bool IsLegalForm(std::u32string_view w) const;
  bool PartyOrItemBefore(std::size_t t) const;
  bool IndustryEndsAt(std::uint32_t end) const;
  // The head is a whole word of three or more characters (水利局, 科技厅), naming a field of its own.
  bool HeadWordNamesAField(std::uint32_t head_start) const;
  bool DemonstrativeGluedBefore(std::uint32_t head_start) const;
  bool AfterMarketBoard(std::uint32_t head_start) const;
  bool PlantAbroad(std::uint32_t start, std::uint32_t head_start, std::uint32_t head_end) const;
  bool NamesAProject(std::uint32_t head_start, std::uint32_t head_end) const;
  bool NamesACityRole(std::uint32_t start, std::uint32_t head_end) const;
  bool BankingSector(std::uint32_t head_start, std::uint32_t head_end) const;  // 银行 + 体系
  // Whether a company named with its legal form (…公司; with `or_group` also …集团) lies in [start, end).
  bool HoldsRegisteredCompany(std::uint32_t start, std::uint32_t end, bool or_group = false) const;
  bool DescribesOnly(const std::array<Piece, 16>& pieces, const Body& body) const;  // no place, name or body in it
  bool NamesAHospital(int cand) const;  // candidate `cand` exists and ends in 医院
  // Whether 园区 follows a zone whose name already ends in its own head (某某科技城 + 园区 + 企业):
  // the zone's grounds, no second name.
  bool GroundsOfANamedZone(std::uint32_t start, std::uint32_t head_start, std::uint32_t head_end) const;
  bool CategoryAfterList(const std::array<Piece, 16>& pieces, const Body& body) const;
  bool DesignatedCentre(const std::array<Piece, 16>& pieces, const Body& body, std::uint32_t head_end) const;
  // Whether a place of a country's or a province's level alone fills the body (美国 + 公司).
  bool SeatOfAKindOfFirm(const Piece& p) const;
  bool RemitVerbOfABody(const std::array<Piece, 16>& pieces, std::size_t n, std::uint32_t head_start) const;
  // Whether a port's head 港 follows a body holding a town (某镇 + 某某港): a harbour, no operator.
  bool TownHarbour(const std::array<Piece, 16>& pieces, const Body& body, std::uint32_t head_start,
                   std::uint32_t head_end) const;
  // A bare level after a word taking some of its bodies (部分 + 市 + 某局): a category, unless
  // the word takes the people after the body (部分 + 省人大常委会 + 委员).
  bool ScopedLevel(const std::array<Piece, 16>& pieces, const Body& body, std::uint32_t head_end) const;
  // Whether a title or a word for members (委员, 代表, 干部) begins at pos.
  bool PeopleAfter(std::uint32_t pos) const;
  // Whether a word taking some or all of a level's bodies (部分, 有关) ends right before pos.
  bool ScopeBefore(std::uint32_t pos) const;
  bool RightContextIsVerb(std::uint32_t end) const;
  bool PutsInMoney(std::size_t t) const;
  bool NamesTheLocalBody(std::uint32_t head_start) const;
  bool IsVerbBrand(const std::array<Piece, 16>& pieces, std::size_t n, std::uint32_t head_start,
                   std::uint32_t head_end) const;
  bool UnitOfABodyBefore(std::uint32_t head_start) const;
  bool CityFieldInstitute(std::uint32_t head_start) const;
  bool HeadContextAllows(const Head& head, std::uint32_t head_start, std::uint32_t head_end) const;
  std::size_t Gather(std::uint32_t head_start, std::uint32_t head_end, const Head& head,
                     std::array<Piece, 16>* pieces) const;
  void OpenInternational(const Head& head, const std::array<Piece, 16>& pieces, std::size_t n, Body* body) const;
  // nests: the head may make a branch of an organisation before a place (分行, 委员会).
  bool ZoneHeadAt(std::uint32_t start) const;
  bool TitleNamesASocietysField(std::size_t t, std::u32string_view w) const;
  bool FindBody(const std::array<Piece, 16>& pieces, std::size_t n, std::uint32_t head_start, bool nests,
                Body* body) const;
  bool ZoneOfABranch(const Piece& right, std::uint32_t head_start) const;
  bool LocalBureauOfAnAdministration(const Piece& org, std::uint32_t head_start) const;
  bool BeginsAnewAfterBody(const Piece& right, bool nests) const;
  bool ZoneNamedByTheNation(const Piece& org, const Piece& right, std::uint32_t head_start) const;  // 张江 + 国家…示范区
  bool GroupsOwnCompany(const Piece& org, const Piece& right, std::uint32_t head_start) const;  // 某集团 + 某省 + 某有限公司
  bool FieldVerbBeforeHead(const std::array<Piece, 16>& pieces, std::size_t n, std::size_t i,
                           std::uint32_t head_start) const;
  bool PartyBefore(std::uint32_t pos) const;
  bool KeyLabOfAField(const std::array<Piece, 16>& pieces, std::size_t n, std::size_t i,
                      std::uint32_t head_start) const;
  bool IsTradeName(const std::array<Piece, 16>& pieces, const Body& body, std::uint32_t head_start,
                   std::uint32_t head_end) const;
  bool Proper(const Head& head, const std::array<Piece, 16>& pieces, const Body& body, std::uint32_t head_start,
              std::uint32_t head_end, std::string_view* kind) const;
  bool SubUnitOf(const std::array<Piece, 16>& pieces, const Body& body, bool company_unit = false) const;
  bool DescribesOutlet(const std::array<Piece, 16>& pieces, const Body& body, std::uint32_t head_start,
                       std::uint32_t head_end) const;
  bool BranchSeatAfter(std::uint32_t pos) const;
  bool HospitalsDepartmentCentre(const std::array<Piece, 16>& pieces, const Body& body, std::uint32_t head_start,
                                 std::uint32_t head_end) const;
  std::size_t StopAtGovernment(std::array<Piece, 16>* pieces, std::size_t n) const;
  bool NamesScienceCity(const std::array<Piece, 16>& pieces, const Body& body, std::uint32_t head_start,
                        std::uint32_t head_end) const;
  bool OfficeOf(const std::array<Piece, 16>& pieces, const Body& body) const;
  bool TryBrand(std::uint32_t head_start, std::uint32_t head_end, const Head& head,
                const std::array<Piece, 16>& pieces, std::size_t n);
  bool PlaceIsBrand(const Candidate& c) const;
  bool CutByTheHmm(std::u32string_view brand, std::uint32_t end) const;
  bool SeatedCoinedWord(std::size_t t) const;
  std::pair<std::uint32_t, std::uint32_t> DefinedShortForm(std::uint32_t name_start, std::uint32_t end) const;
  std::uint32_t OwnWordsAfterSeat(const Candidate& c) const;
  std::uint32_t ProvinceRankBefore(std::uint32_t lab) const;
  std::uint32_t CentreRankStart(std::uint32_t kind) const;
  bool CentreCategory(std::uint32_t kind) const;
  bool DistrictNamedLikeAFirm(std::size_t t) const;
  bool TradeNameAfterPreposition(std::size_t p, std::size_t legal) const;
  bool KnownCompanyAt(std::uint32_t start, std::uint32_t end) const;
  bool GroupLegalForm(std::size_t form, std::size_t h) const;
  bool OpensWithARole(std::size_t a, std::size_t b) const;
  bool SecondBodyAfter(const std::array<Piece, 16>& pieces, std::size_t m, std::uint32_t start) const;
  bool GoodsModifyNext(std::uint32_t end) const;
  bool PlaceWrittenWithLevel(std::uint32_t start, std::uint32_t end) const;  // 某市, 某镇 (not 某地)
  bool FieldOfABureauAfter(std::uint32_t end) const;  // 某市科技 + 和工业信息化局
  bool NamesAKind(std::u32string_view seat, std::u32string_view words, const Candidate& lender) const;
  bool InsideCandidate(std::uint32_t head_start, std::uint32_t end) const;
  bool IsWholeQuote(std::uint32_t start, std::uint32_t end) const;
  bool Reject(const Head& head, std::size_t ht, std::uint32_t head_start, std::uint32_t end) const;
  std::string RegionOf(const Candidate& c, char32_t level, int inner) const;
  std::string RegionInside(const Candidate& c) const;
  bool ShortPlaceFitsContext(const Entity& r, bool zone) const;
  std::string RegionBefore(const Candidate& c) const;
  std::string RegionAfter(const Candidate& c) const;
  std::string WrittenRegion(const Candidate& c) const;
  std::string DominantRegion(std::string_view level) const;  // province, city or county
  std::string CountDominantRegion(std::string_view level) const;

  const Document& doc_;
  const std::vector<Entity>& regions_;
  std::u32string_view text_;
  std::vector<Candidate>* cands_;
  std::vector<int> region_at_;  // per code point: region entity covering it, or -1
  mutable std::array<std::string, 3> dominant_;  // DominantRegion per level, once counted
  mutable std::array<bool, 3> dominant_done_{};
  std::vector<std::size_t> headless_words_;  // tokens ending in a head that made no name, in order
  std::vector<int> cand_end_;   // per end offset: the longest candidate ending there, or -1
  // Offsets of the characters that cue lists, appositions and stock codes
  // (家 等 业 司 企 股 and opening parentheses), found in one pass when first asked for.
  const std::vector<std::uint32_t>& Cues();
  std::vector<std::uint32_t> cues_;
  bool cues_found_ = false;
};

}  // namespace zhcorpus::org
