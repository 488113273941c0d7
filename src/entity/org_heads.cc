#include "entity/org_heads.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "zhcorpus/u32_string_set.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {

extern const char kOrgHeadsTsv[];  // data/org_heads.tsv, compiled in (data/organizations.cmake)
extern const char kOrgWordsTsv[];  // data/org_words.tsv

namespace {

constexpr std::pair<std::string_view, WordClass> kClassNames[] = {
    {"everyday", WordClass::kEveryday},         {"title", WordClass::kTitle},
    {"generic", WordClass::kGeneric},           {"qualifier", WordClass::kQualifier},
    {"body_stop", WordClass::kBodyStop},        {"name_verb", WordClass::kNameVerb},
    {"level", WordClass::kLevel},               {"national", WordClass::kNational},
    {"event_end", WordClass::kEventEnd},        {"org_end_char", WordClass::kOrgEndChar},
    {"numeral_char", WordClass::kNumeralChar},  {"glued_preposition", WordClass::kGluedPreposition},
    {"function_char", WordClass::kFunctionChar}, {"count_char", WordClass::kCountChar},
    {"glued_verb", WordClass::kGluedVerb},      {"preposition_char", WordClass::kPrepositionChar},
    {"outlet_end", WordClass::kOutletEnd},      {"line_label", WordClass::kLineLabel},
    {"source_label", WordClass::kSourceLabel},  {"seat_verb", WordClass::kSeatVerb},
    {"body_end_char", WordClass::kBodyEndChar}, {"field_adjective", WordClass::kFieldAdjective},
    {"head_modified", WordClass::kHeadModified}, {"local_operator", WordClass::kLocalOperator},
    {"product_head", WordClass::kProductHead}, {"listed_head", WordClass::kListedHead},
    {"portal", WordClass::kPortal}, {"channel", WordClass::kChannel},
    {"level_body", WordClass::kLevelBody},      {"cabinet", WordClass::kCabinet}, {"member_noun", WordClass::kMemberNoun},      {"group_member", WordClass::kGroupMember},
    {"newsroom_desk", WordClass::kNewsroomDesk}, {"lab_field_stop", WordClass::kLabFieldStop},
    {"described_outlet", WordClass::kDescribedOutlet}, {"crossing_tail", WordClass::kCrossingTail},
    {"title_outlet_cue", WordClass::kTitleOutletCue}, {"bureau_group", WordClass::kBureauGroup},
    {"lab_rank", WordClass::kLabRank},
    {"goods_industry", WordClass::kGoodsIndustry},
    {"goods_kind", WordClass::kGoodsKind},
    {"goods_project", WordClass::kGoodsProject},
    {"firm_class", WordClass::kFirmClass},
    {"firm_noun", WordClass::kFirmNoun},
    {"firm_batch", WordClass::kFirmBatch},
    {"market_board", WordClass::kMarketBoard},  {"party_prefix", WordClass::kPartyPrefix},
    {"money_verb", WordClass::kMoneyVerb},
    {"verb_before_level_char", WordClass::kVerbBeforeLevelChar},
    {"level_scope", WordClass::kLevelScope},
    {"field_centre", WordClass::kFieldCentre},
    {"field_noun", WordClass::kFieldNoun},
    {"role_standing", WordClass::kRoleStanding},
    {"role_centre", WordClass::kRoleCentre},
    {"counted_kind", WordClass::kCountedKind},
    {"partner_char", WordClass::kPartnerChar},
};

constexpr std::pair<std::string_view, HeadClass> kHeadClassNames[] = {
    {"strong", HeadClass::kStrong}, {"weak", HeadClass::kWeak},
    {"industry", HeadClass::kIndustry}, {"dept", HeadClass::kDept},
    {"unit", HeadClass::kUnit},     {"self", HeadClass::kSelf}};

constexpr std::string_view kKinds[] = {"government", "party",  "company", "university", "research",
                                       "association", "media", "zone",    "other"};

// Calls f(line number, tab-separated fields) for each row that is not a comment.
template <typename F>
void ForEachRow(std::string_view tsv, F f) {
  int n = 0;
  while (!tsv.empty()) {
    const std::size_t eol = tsv.find('\n');
    std::string_view line = tsv.substr(0, eol);
    tsv = eol == std::string_view::npos ? std::string_view() : tsv.substr(eol + 1);
    ++n;
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields;
    for (std::size_t tab; (tab = line.find('\t')) != std::string_view::npos; line.remove_prefix(tab + 1)) {
      fields.push_back(line.substr(0, tab));
    }
    fields.push_back(line);
    f(n, fields);
  }
}

struct Grammar {
  U32StringMap<Head> heads;
  // Longest head ending with each BMP character (0: none), so that most
  // tokens are rejected with one array read.
  std::vector<unsigned char> longest_by_end = std::vector<unsigned char>(0x10000, 0);
  std::size_t max_len = 0;
  std::array<U32StringSet, kWordClassCount> words;
  // One-character members per class, for the per-character tests of the walk.
  std::array<std::vector<bool>, kWordClassCount> chars;
  std::vector<std::string> errors;

  Grammar() {
    chars.fill(std::vector<bool>(0x10000, false));
    ForEachRow(kOrgHeadsTsv, [&](int n, const std::vector<std::string_view>& f) { AddHead(n, f); });
    ForEachRow(kOrgWordsTsv, [&](int n, const std::vector<std::string_view>& f) { AddWord(n, f); });
  }

  void Error(const char* file, int n, const std::string& what) {
    errors.push_back(std::string(file) + ":" + std::to_string(n) + ": " + what);
  }

  void AddHead(int n, const std::vector<std::string_view>& f) {
    auto cls = std::find_if(std::begin(kHeadClassNames), std::end(kHeadClassNames),
                            [&](const auto& c) { return f.size() == 4 && c.first == f[2]; });
    auto kind = std::find(std::begin(kKinds), std::end(kKinds), f.size() == 4 ? f[1] : "");
    if (f.size() != 4 || f[0].empty() || cls == std::end(kHeadClassNames) || kind == std::end(kKinds) ||
        (f[3] != "0" && f[3] != "1")) {
      return Error("org_heads.tsv", n, "expected head<TAB>kind<TAB>strong|weak|industry|dept|unit|self<TAB>0|1");
    }
    std::u32string key = DecodeUtf8(f[0]);
    max_len = std::max(max_len, key.size());
    unsigned char& longest = longest_by_end[key.back() & 0xFFFF];
    longest = std::max<unsigned char>(longest, static_cast<unsigned char>(key.size()));
    heads.emplace(std::move(key), Head{*kind, cls->second, f[3] == "1"});
  }

  void AddWord(int n, const std::vector<std::string_view>& f) {
    auto cls = std::find_if(std::begin(kClassNames), std::end(kClassNames),
                            [&](const auto& c) { return f.size() == 2 && c.first == f[0]; });
    if (f.size() != 2 || f[1].empty() || cls == std::end(kClassNames)) {
      return Error("org_words.tsv", n, "expected class<TAB>word with a known class");
    }
    std::u32string word = DecodeUtf8(f[1]);
    if (word.size() == 1 && word[0] < 0x10000) chars[static_cast<std::size_t>(cls->second)][word[0]] = true;
    words[static_cast<std::size_t>(cls->second)].insert(std::move(word));
  }
};

const Grammar& TheGrammar() {
  static const Grammar grammar;
  return grammar;
}

}  // namespace

const std::vector<std::string>& GrammarErrors() { return TheGrammar().errors; }

bool InClass(WordClass c, std::u32string_view s) {
  const U32StringSet& set = TheGrammar().words[static_cast<std::size_t>(c)];
  return set.find(s) != set.end();
}

bool InClass(WordClass c, char32_t ch) {
  if (ch < 0x10000) return TheGrammar().chars[static_cast<std::size_t>(c)][ch];
  return InClass(c, std::u32string_view(&ch, 1));
}

const Head* FindHead(std::u32string_view s) {
  const auto& heads = TheGrammar().heads;
  auto it = heads.find(s);
  return it == heads.end() ? nullptr : &it->second;
}

std::size_t MaxHeadLength() { return TheGrammar().max_len; }
std::size_t LongestHeadEndingWith(char32_t c) {
  return c < 0x10000 ? TheGrammar().longest_by_end[c] : 0;
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
  for (const auto& [text, head] : TheGrammar().heads) {
    // (Associations too: 促进 + 会 cut apart hides 某某促进会.)
    if (text.size() >= 3 && (head.kind == "government" || head.kind == "party" || head.kind == "association")) {
      words.push_back(text);
    }
  }
  return words;
}

bool IsEverydayWord(std::u32string_view s) { return InClass(WordClass::kEveryday, s); }
bool IsTitle(std::u32string_view s) { return InClass(WordClass::kTitle, s); }
// A trade by its role in business (制造商, 供应商, 运营商) is a kind of firm, as 企业 is:
// a firm's name starts after it (零件制造商 + 某某实业公司). (工商 and 协商 are no roles.)
// So is a party to a deal (承建方, 投资方, 运营方 + 某某有限公司).
bool IsBusinessRole(std::u32string_view s) {
  return (s.size() >= 3 && s.back() == U'商' && !s.ends_with(U"工商") && !s.ends_with(U"协商")) ||
         (s.size() == 3 && s.back() == U'方');
}

bool IsGenericNoun(std::u32string_view s) { return InClass(WordClass::kGeneric, s) || IsBusinessRole(s); }
bool IsQualifier(std::u32string_view s) { return InClass(WordClass::kQualifier, s); }
bool IsBodyStop(std::u32string_view s) { return InClass(WordClass::kBodyStop, s); }
bool IsNameVerb(std::u32string_view s) { return InClass(WordClass::kNameVerb, s); }
bool IsLevelPrefix(std::u32string_view s) { return InClass(WordClass::kLevel, s); }
bool IsNationalPrefix(std::u32string_view s) { return InClass(WordClass::kNational, s); }

}  // namespace zhcorpus::org
