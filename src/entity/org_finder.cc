// Organisation search over one document's tokens. An organisation is an
// optional place prefix, a body and a head (杭州市 + 科技局). We look for a
// head at every token end, then walk left over the tokens to find where the
// body begins. Known names and jieba's `nt` words are found first, and heads
// are taken left to right, so that a name can grow over an organisation
// already found (青禾大学长三角研究院 + 生态环境所 is one mention).
#include <algorithm>
#include <array>

#include "article/byline.h"
#include "entity/org_finder.h"
#include "entity/org_heads.h"
#include "entity/org_media.h"
#include "entity/org_walk.h"
#include "text/injected_spam.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

// Last characters of organisation names that are not heads of their own
// (新华社, 国务院, 联合国, 共青团中央, 外交部).
bool EndsLikeOrg(std::u32string_view w) {
  if (!InClass(WordClass::kOrgEndChar, w.back())) return false;
  // Meetings and venues end like bodies (座谈会, 博物馆) but are not organisations.
  for (std::size_t len = std::min<std::size_t>(w.size(), 3); len >= 2; --len) {
    if (InClass(WordClass::kEventEnd, w.substr(w.size() - len))) return false;
  }
  return true;
}

Candidate MakeCandidate(std::uint32_t start, std::uint32_t end, std::string_view kind, const KnownOrg* known) {
  Candidate c;
  c.start = start;
  c.end = end;
  c.kind = kind;
  c.known = known;
  return c;
}

bool IsNumeral(char32_t c) { return InClass(WordClass::kNumeralChar, c); }

// A known name's seat that is no Chinese division (日本, 德国; not 浙江省, 中国).
bool SeatedAbroad(std::string_view region) {
  if (region.empty() || region == "中国") return false;
  for (std::string_view end : {"省", "市", "区", "县", "州", "盟", "旗"}) {
    if (region.ends_with(end)) return false;
  }
  return true;
}

bool IsGluedAfter(char32_t c) {
  return c == U'等' || c == U'的' || c == U'和' || c == U'与' || c == U'及' || c == U'在' || c == U'是' || c == U'将';
}

constexpr std::size_t kMaxKnownTokens = 6;

class Finder {
 public:
  Finder(const Lexicon& lexicon, const Document& doc, const std::vector<Entity>& regions)
      : lex_(lexicon), doc_(doc), text_(doc.simplified), regions_(regions),
        walk_(doc, regions, &cands_) {}

  void Run(std::vector<Entity>* out) {
    FindKnown();
    JoinJointVentures();
    JoinLevelsBeforeBanks();
    FindChinaArmsAndSites();
    FindPortalChannels();
    FindOutletsInLines();
    walk_.FindZonesNamedLikeDistricts();
    walk_.FindNumberedBureaus();  // before the heads: 中铁一局 + 华东地区 + 指挥部
    FindHeads();
    ExtendIntoKnownNames();
    walk_.FindKeyLabs();
    walk_.FindFieldCentres();
    walk_.FindLevelBureaus();
    walk_.FindLegalNames();
    walk_.FindZoneBodies();
    JoinCentralOrgans();
    JoinBureausOfAGovernment();
    JoinPrecincts();
    JoinZoneParts();
    JoinUnitsOfAUniversity();
    walk_.FindNumberedUnits();
    walk_.JoinUniversityHospitals();
    walk_.FindAffiliatedHospitalShortForms();
    walk_.FindCountedLists();
    walk_.FindNamedOfTheirKind();
    walk_.FindAppositions();
    walk_.FindStockCodes();
    walk_.FindStakes();
    walk_.FindOutputLeads();
    walk_.FindSigningPartners();
    walk_.FindListPeers();
    const std::size_t before_brands = cands_.size();
    walk_.PropagateBrands();
    // A short form met earlier in the text anchors a list too (某信有限公司 … 某信、甲、乙等).
    walk_.FindListPeers(before_brands);
    walk_.FindAbbreviationsOfEarlierNames();
    // Brand names in spam spliced into the page are no organisations (ENTITIES.md, noisy text).
    const InjectedSpam spam(text_);
    for (const Candidate& c : cands_) {
      if (!c.valid || Opaque(c) || CutFromBumen(c) || spam.Covers(c.start, c.end) || BareKindWithLegalForm(c) ||
          InsideAQuotedFund(c)) {
        continue;
      }
      out->push_back(walk_.ToEntity(c));
    }
  }

 private:
  // Known names: runs of up to six tokens whose text is a known surface
  // (imported names are not taught to the segmenter, so they may be cut).
  void FindKnown() {
    const auto& toks = doc_.tokens;
    for (std::size_t i = 0; i < toks.size(); ++i) {
      std::size_t best = 0;
      const KnownOrg* found = nullptr;
      bool with_head = false, counted = false;
      ForEachKnownEnd(i, toks[i].start, [&](std::size_t j, const KnownOrg* k) {
        if (!k->bare_brand || BareBrandStands(i, j) || ListedBesideFirm(i, j)) {
          best = j + 1, found = k, with_head = false, counted = false;
        } else if (CountedAsFirms(j)) {
          best = j + 1, found = k, with_head = false, counted = true;  // named again later, it is the company
        } else if (BrandWithHead(i, j)) {
          best = j + 2, found = k, with_head = true;
        } else if (const std::size_t tail = k->kind == "company" && OpensAName(i) ? LegalTailAfter(j + 1) : j + 1;
                   tail > j + 1) {
          best = tail, found = k, with_head = true;  // 某某电气 + 风电 + 股份有限公司
        }
      });
      if (best == 0) {
        if (const std::size_t glued = GluedKnown(i); glued > 0) {
          i = glued - 1;
        } else if (const std::size_t cut = KnownCutByTheNextWord(i); cut > 0) {
          i = cut - 1;
        } else if (const std::size_t deng = KnownBeforeGluedDeng(i); deng > 0) {
          i = deng - 1;
        } else {
          MaybeNt(i);
        }
        continue;
      }
      const std::u32string_view surface = text_.substr(toks[i].start, toks[best - 1].end - toks[i].start);
      if (GivenNameAfterSurname(i, surface) || ReporterNamedLikeIt(i, surface)) continue;
      const KnownOrg& k = *found;
      // A school's or an institute's own office named like a ministry (校 + 科学技术部): a function
      // of the body the text speaks from, no ministry.
      if (k.kind == "government" && i > 0 && surface.back() == U'部' && toks[i - 1].end == toks[i].start &&
          toks[i - 1].end - toks[i - 1].start == 1 && (text_[toks[i - 1].start] == U'校' || text_[toks[i - 1].start] == U'院')) {
        continue;
      }
      if (surface.size() == 2 && AliasBeginsALongerName(best, surface, k)) continue;
      if (k.kind == "zone" && NumberedSiteAfter(best)) continue;
      // A known body named like an outlet's desk, right after an outlet, is that desk
      // (某某日报 + 经济部): the grammar joins them into one name. (某台 + 文化部 stay two.)
      if (InClass(WordClass::kNewsroomDesk, surface) && DeskOwnerEndsAt(toks[i].start)) continue;
      if (with_head) {
        // A listed company's short name with a plain head after it (某某风电 + 公司): the company, named as written.
        Candidate c = MakeCandidate(toks[i].start, toks[best - 1].end, k.kind, nullptr);
        c.body_end = toks[best - 1].start;
        c.region = std::string(k.region);
        walk_.Add(std::move(c));
        i = best - 1;
        continue;
      }
      if (!k.name.empty() && k.region == "中国" && i > 0 && AliasOfAKindOrAbroad(i, best, k)) {
        i = best - 1;
        continue;
      }
      // A country before a national body names that country's (俄罗斯外交部).
      // (A foreign body listed with its country: that country only, 日本 + 外务省.)
      // (So does a place before an outlet's short form made of generic words: 某国 +
      // 国际广播电台 is that country's, not the alias's; 央视 stays itself.)
      if (i > 0 && PlaceNamesItsOwn(i, surface, k)) {
        walk_.Add(MakeCandidate(toks[i - 1].start, toks[best - 1].end, k.kind, nullptr));
      } else if (k.kind == "party" && i > 0 && TokenText(i - 1) == U"中共") {
        // 中共 before a party body names the same body (中共 + 中央统战部).
        walk_.Add(MakeCandidate(toks[i - 1].start, toks[best - 1].end, k.kind, nullptr));
      } else if (k.kind == "government" && i > 0 && NationalBefore(i, surface)) {
        // 国家 or 全国 before a national body's short name is part of it (国家商检局, 全国某某领导小组).
        walk_.Add(MakeCandidate(toks[i - 1].start, toks[best - 1].end, k.kind, &k));
      } else if (i > 0 && ((((k.imported && !k.bare_brand) || k.kind == "zone" || (!k.imported && k.kind == "company")) &&
                            walk_.IsPlace(i - 1)) ||
                           (k.kind == "university" && TokenText(i - 1) == U"国立") || ProvincesInstitute(i, surface, k))) {
        // A place before a university's, a zone's or a well-known company's own name
        // belongs to it (河北石门大学, 武汉光谷, 北京 + 某某创宇); so does 国立 before a
        // university's (国立 + 某某大学, as Taiwan writes its national universities), and a
        // division before an institute named by its field (某省 + 工业技术研究院: that province's).
        walk_.Add(MakeCandidate(toks[i - 1].start, toks[best - 1].end, k.kind, nullptr));
      } else if (Candidate* school = SchoolBefore(toks[i].start); school && IsSchoolUnit(surface)) {
        // A school of a university (北方大学 + 海洋学院) is one name, the longest.
        school->end = toks[best - 1].end;
        school->body_end = school->head_end = school->end;
        school->known = nullptr;
      } else {
        // A company's known name with its legal form written after it (某某集团 + 公司) is the same
        // company; with a line of business before the legal form (某某电气 + 风电 + 股份有限公司) a
        // company of its group, named as written.
        if (k.kind == "company" && OpensAName(i)) best = LegalTailAfter(best);
        // A known company's short name with a licensed business glued after it (某某君安 + 证券,
        // 某某 + 期货) is that company, named as written. (A portal's channel, 某门户 + 科技, is an outlet.)
        if (k.kind == "company" && walk_.GroupMemberLast(best - 1) == best && InClass(WordClass::kListedHead, TokenText(best))) {
          ++best;
        }
        Candidate c = MakeCandidate(toks[i].start, toks[best - 1].end, k.kind, &k);
        c.lends_itself = counted;
        walk_.Add(std::move(c));
      }
      i = best - 1;
    }
  }

  // The HMM glues a known group's last character to a coined word after it (中国 + 能 + 建数科 +
  // 集团 for 中国某建 + 数科集团): the company found from that word on is the group's own, named
  // from the known name's start (a known brand + a coined sub-brand).
  void ExtendIntoKnownNames() {
    const auto& toks = doc_.tokens;
    const std::size_t found = cands_.size();
    for (std::size_t ci = 0; ci < found; ++ci) {
      const Candidate& c = cands_[ci];
      if (!c.valid || c.known || c.kind != "company" || c.end - c.start < 4) continue;
      const std::size_t t = walk_.TokenAt(c.start);
      const Token& first = toks[t];
      if (first.start != c.start || first.pos != "x" || first.end - first.start < 3 || t == 0) continue;
      for (std::size_t b = t; b-- > 0 && b + 3 >= t;) {
        if (toks[b].end != toks[b + 1].start || walk_.CandidateEndingAt(toks[b].end) >= 0) break;
        // The known name ends one character into the coined word.
        const std::int32_t with = TrieNodeOf(toks[b].start, c.start + 1);
        // (A listed short name counts here too: the head after the coined word makes it a name.)
        if (with == CharTrie::kNone || !lex_.at_node[with] || lex_.at_node[with]->kind != "company") continue;
        const std::uint32_t end = c.end;
        const std::string region = c.region;
        cands_[ci].valid = false;
        Candidate joined = MakeCandidate(toks[b].start, end, "company", nullptr);
        joined.region = region;
        walk_.Add(std::move(joined));
        break;
      }
    }
  }

  // A listed company's short name without a head counts where it stands
  // alone (see Walker::EndsBareName) and is more than everyday words: one
  // token the dictionary knows as a name, or a run holding an unknown or
  // proper word besides places (宁波沿浦 yes; 航天科技, 线上线下 no).
  bool BareBrandStands(std::size_t first, std::size_t last) const {
    if (DisclosureFollows(last)) return true;
    // So do the results a company reports (某某能源 + 净利润, + 营收, + 年报) after a name of two
    // words or a proper one (an everyday word alone may be the goods: 农产品 + 营收).
    if (ResultsFollow(last)) {
      const std::string_view pos = doc_.tokens[first].pos;
      return last > first || pos == "nt" || pos == "nz" || pos == "j" || pos == "x" || pos == "nr" || pos == "eng";
    }
    if (!walk_.EndsBareName(doc_.tokens[last].end)) return false;
    // 某某股份 is a listed company's name even when its first word is everyday (运达股份).
    if (last > first && TokenText(last) == U"股份") return true;
    // So is a licensed financial business or a carmaker (招商 + 证券, 长安 + 汽车): no generic phrase is listed.
    if (last > first && InClass(WordClass::kListedHead, TokenText(last))) return true;
    for (std::size_t t = first; t <= last; ++t) {
      const std::string_view pos = doc_.tokens[t].pos;
      if (walk_.IsPlace(t) && first != last) continue;
      if (pos == "nt" || pos == "nz" || pos == "j" || pos == "x" || pos == "nr" || pos == "nrt" || pos == "eng") {
        return true;
      }
    }
    return false;
  }

  // A listed short name of everyday words (东方 + 财富, 中国 + 银河) is the company
  // as an item of a list of companies: a company found right before it across a
  // separator (a figure in parentheses may follow that one: 某某证券(+4%)以及 + 中国银河),
  // or a known company right after it. It must still end there (or before 总部).
  bool ListedBesideFirm(std::size_t first, std::size_t last) const {
    const auto& toks = doc_.tokens;
    if (!walk_.EndsBareName(toks[last].end) && !(last + 1 < toks.size() && TokenText(last + 1) == U"总部")) {
      return false;
    }
    if (first >= 2 && IsListSeparator(TokenText(first - 1))) {
      std::size_t prev = first - 2;
      if (IsClosingParen(TokenText(prev))) {
        while (prev > 0 && !IsOpeningParen(TokenText(prev))) --prev;
        if (prev == 0) return false;
        --prev;
      }
      const int c = walk_.CandidateEndingAt(toks[prev].end);
      if (c >= 0 && cands_[c].kind == "company") return true;
    }
    std::size_t next = last + 1;
    if (next < toks.size() && IsOpeningParen(TokenText(next))) {  // 某某(+4%)、 + the next item
      while (next < toks.size() && !IsClosingParen(TokenText(next))) ++next;
      ++next;
    }
    if (next + 1 < toks.size() && IsListSeparator(TokenText(next))) {
      bool company = false;
      ForEachKnownEnd(next + 1, toks[next + 1].start, [&](std::size_t, const KnownOrg* k) {
        company = company || k->kind == "company";
      });
      return company;
    }
    return false;
  }

  // A listed short name of a place and an everyday noun (某州 + 老窖) counted with its
  // peers as listed firms (+ 等 + 4家 + 上市公司, + 等 + 一批 + 企业) is the company: the
  // count says the name before it is a firm's.
  bool CountedAsFirms(std::size_t last) const {
    const std::size_t deng = last + 1;
    if (deng + 2 >= doc_.tokens.size() || TokenText(deng) != U"等") return false;
    const std::size_t batch = walk_.BatchTokens(deng + 1);
    return batch > 0 && walk_.FirmNounFollows(deng + 1 + batch, true);
  }

  static bool IsListSeparator(std::u32string_view w) {
    return w == U"、" || w == U"和" || w == U"及" || w == U"与" || w == U"以及";
  }
  static bool IsClosingParen(std::u32string_view w) { return w == U")" || w == U"）"; }
  static bool IsOpeningParen(std::u32string_view w) { return w == U"(" || w == U"（"; }

  // A company's reported results right after its short name (a sector's are written with 产业 or
  // 行业 between: 某某产业 + 营收).
  bool ResultsFollow(std::size_t last) const {
    const auto& toks = doc_.tokens;
    if (last + 1 >= toks.size() || toks[last + 1].start != toks[last].end) return false;
    const std::u32string_view next = TokenText(last + 1);
    static constexpr std::u32string_view kResults[] = {U"净利润", U"归母净利润", U"营收", U"营业收入",
                                                       U"年报", U"半年报", U"财报", U"业绩"};
    return std::find(std::begin(kResults), std::end(kResults), next) != std::end(kResults);
  }

  // A listed company's own disclosures after its short name (某某工程 + 发布…公告, + 董事会, + 股价)
  // say it is the company even when its words are everyday ones.
  bool DisclosureFollows(std::size_t last) const {
    const auto& toks = doc_.tokens;
    if (last + 1 >= toks.size() || toks[last + 1].start != toks[last].end) return false;
    const std::u32string_view next = TokenText(last + 1);
    static constexpr std::u32string_view kDisclosures[] = {U"公告", U"公告称", U"披露", U"董事会", U"股东大会",
                                                          U"股价", U"涨停", U"跌停", U"市值"};
    if (std::find(std::begin(kDisclosures), std::end(kDisclosures), next) != std::end(kDisclosures)) return true;
    if (next != U"发布") return false;
    for (std::size_t t = last + 2; t < toks.size() && t <= last + 10; ++t) {
      const std::u32string_view w = TokenText(t);
      if (w == U"公告") return true;
      if (w == U"，" || w == U"。" || w == U"；") return false;
    }
    return false;
  }

  // A known company whose last character the HMM glued to the 等 closing a list
  // (某林 + 美等): the name as written, up to the 等. Returns one past the token
  // holding the 等, 0 when there is none.
  std::size_t KnownBeforeGluedDeng(std::size_t i) {
    const auto& toks = doc_.tokens;
    std::int32_t node = CharTrie::kRoot;
    std::uint32_t p = toks[i].start;
    for (std::size_t j = i; j < toks.size() && j < i + kMaxKnownTokens; ++j) {
      const std::uint32_t last = toks[j].end - 1;
      for (; p < last && node != CharTrie::kNone; ++p) node = lex_.trie.Child(node, text_[p]);
      if (node == CharTrie::kNone) return 0;
      if (text_[last] == U'等' && last - toks[i].start >= 3 && toks[j].end - toks[j].start == 2) {
        const KnownOrg* k = lex_.at_node[node];
        if (!k || k->kind != "company") return 0;
        walk_.Add(MakeCandidate(toks[i].start, last, k->kind, k));
        return j + 1;
      }
      node = lex_.trie.Child(node, text_[p++]);
      if (node == CharTrie::kNone) return 0;
    }
    return 0;
  }

  // An alias of a Chinese body after 各国/所有/主要 names a kind (各国央行); after a foreign
  // country, that country's body, as written (英国 + 央行 is no 中国人民银行). True when either
  // applies. (Kept out of FindKnown, whose size decides whether the trie walk is inlined.)
  [[gnu::noinline]] bool AliasOfAKindOrAbroad(std::size_t i, std::size_t best, const KnownOrg& k) {
    const auto& toks = doc_.tokens;
    const std::u32string_view surface = text_.substr(toks[i].start, toks[best - 1].end - toks[i].start);
    if (DecodeUtf8(k.name) == surface) return false;
    const std::u32string_view before = TokenText(i - 1);
    if (before == U"各国" || before == U"所有" || before == U"主要" || before == U"各") return true;
    if (!walk_.IsForeignCountry(toks[i - 1].start, toks[i - 1].end)) return false;
    walk_.Add(MakeCandidate(toks[i - 1].start, toks[best - 1].end, k.kind, nullptr));
    return true;
  }

  // Whether an outlet ends at pos: one found already, or a word that ends like one (某某日报, 某某社).
  bool OutletEndsAt(std::uint32_t pos) const {
    for (std::uint32_t len = 1; len <= 2 && len <= pos; ++len) {
      if (InClass(WordClass::kOutletEnd, text_.substr(pos - len, len))) return true;
    }
    return std::any_of(cands_.begin(), cands_.end(),
                       [&](const Candidate& c) { return c.valid && c.end == pos && c.kind == "media"; });
  }

  // Whether an outlet or a government body ends at pos: a desk's name after it (某日报 + 经济部,
  // 某联络办公室 + 经济部) is its department, one name the grammar builds, no ministry.
  bool DeskOwnerEndsAt(std::uint32_t pos) const {
    return OutletEndsAt(pos) || std::any_of(cands_.begin(), cands_.end(), [&](const Candidate& c) {
             return c.valid && c.end == pos && c.kind == "government";
           });
  }

  static bool IsLegalTail(std::u32string_view w) {
    return w == U"公司" || w == U"有限公司" || w == U"股份有限公司" || w == U"有限责任公司";
  }

  // Whether token i can open a name: nothing of a name is glued before it (中标 + 某某公司, not
  // 某汽 + 丰田 + 公司, where the longer name is the grammar's to find).
  bool OpensAName(std::size_t i) const {
    if (i == 0 || !IsHan(text_[doc_.tokens[i - 1].start])) return true;
    const std::string_view pos = doc_.tokens[i - 1].pos;
    return pos.starts_with("v") || pos.starts_with("p") || pos.starts_with("c") || pos.starts_with("u") ||
           pos.starts_with("d") || pos.starts_with("r") || pos.starts_with("m") || pos.starts_with("q");
  }

  // The end (one past the last token) of a known company's name grown over up to three nouns
  // and a legal form standing alone after token `next - 1`; `next` itself when none follows.
  std::size_t LegalTailAfter(std::size_t next) const {
    const auto& toks = doc_.tokens;
    for (std::size_t t = next; t < toks.size() && t <= next + 3; ++t) {
      if (IsLegalTail(TokenText(t))) return walk_.EndsBareName(toks[t].end) ? t + 1 : next;
      if (toks[t].pos != "n" || toks[t].start != toks[t - 1].end) return next;
    }
    return next;
  }

  // A one-character abbreviation the dictionary knows (俄 + 中央银行, 英 + 政府).
  bool CountryAbbreviation(std::size_t i) const {
    return doc_.tokens[i].pos == "j" && doc_.tokens[i].end - doc_.tokens[i].start == 1;
  }

  // Whether a division written with its level stands before a known institute named by its field
  // alone (某省 + 工业技术研究院): the province's own institute, not the one the lexicon knows.
  // (Out of line: FindKnown's trie walk must stay inlined.)
  bool ProvincesInstitute(std::size_t i, std::u32string_view surface, const KnownOrg& k) const {
    if (k.kind != "research" || !surface.ends_with(U"技术研究院") || !walk_.IsPlace(i - 1)) return false;
    const std::u32string_view place = TokenText(i - 1);
    return place.size() >= 3 && (place.back() == U'省' || place.back() == U'市');
  }

  std::u32string_view TokenText(std::size_t i) const {
    return text_.substr(doc_.tokens[i].start, doc_.tokens[i].end - doc_.tokens[i].start);
  }

  // The trie node the text [start, end) spells from the root (kNone when no known name begins so).
  std::int32_t TrieNodeOf(std::uint32_t start, std::uint32_t end) const {
    std::int32_t node = CharTrie::kRoot;
    for (std::uint32_t p = start; p < end && node != CharTrie::kNone; ++p) node = lex_.trie.Child(node, text_[p]);
    return node;
  }

  // Calls on_name(j, known) for each token j (from i, at most
  // kMaxKnownTokens) at whose end the text from `from` (inside token i)
  // spells a known name.
  template <typename F>
  void ForEachKnownEnd(std::size_t i, std::uint32_t from, F&& on_name) const {
    const auto& toks = doc_.tokens;
    std::int32_t node = CharTrie::kRoot;
    std::uint32_t p = from;
    for (std::size_t j = i; j < toks.size() && j < i + kMaxKnownTokens; ++j) {
      for (; p < toks[j].end && node != CharTrie::kNone; ++p) node = lex_.trie.Child(node, text_[p]);
      if (node == CharTrie::kNone) return;
      if (const KnownOrg* k = lex_.at_node[node]) on_name(j, k);
    }
  }

  // The HMM glues a preposition to a name it does not know (被 + 某某 as one
  // unknown word): a known name right after the preposition is found all the
  // same, as written, and nothing before the preposition joins it. Returns
  // one past the name's last token, 0 when there is none.
  std::size_t GluedKnown(std::size_t i) {
    const auto& toks = doc_.tokens;
    // (So does the dictionary's 以南, 以北 … before a name opening with that direction: 以南 + 华大学 is
    // 以 + 南华大学.)
    const bool direction = text_[toks[i].start] == U'以' && toks[i].end - toks[i].start == 2 && toks[i].pos == "f" &&
                           i + 1 < toks.size() && toks[i + 1].start == toks[i].end;
    if (!direction && (toks[i].pos != "x" || toks[i].end - toks[i].start < 3)) return 0;
    if (!IsGluedPreposition(text_[toks[i].start])) return KnownGluedBeforeFunction(i);
    std::size_t best = 0;
    const KnownOrg* found = nullptr;
    ForEachKnownEnd(i, toks[i].start + 1, [&](std::size_t j, const KnownOrg* k) {
      if (!k->bare_brand || BareBrandStands(i, j)) best = j + 1, found = k;
    });
    if (best > 0) walk_.Add(MakeCandidate(toks[i].start + 1, toks[best - 1].end, found->kind, found));
    return best;
  }

  // A two-character known company the HMM glued to the function character after it
  // (广汽在 + 上半年: one unknown word of three): the name as written, up to that character.
  [[gnu::noinline]] std::size_t KnownGluedBeforeFunction(std::size_t i) {
    const Token& tok = doc_.tokens[i];
    if (tok.end - tok.start != 3 || !InClass(WordClass::kFunctionChar, text_[tok.end - 1])) return 0;
    const std::int32_t node = TrieNodeOf(tok.start, tok.start + 2);
    const KnownOrg* k = node != CharTrie::kNone ? lex_.at_node[node] : nullptr;
    if (!k || k->kind != "company" || k->imported) return 0;
    walk_.Add(MakeCandidate(tok.start, tok.end - 1, k->kind, k));
    return i + 1;
  }

  // The dictionary joins a known name's last character to the word after it
  // (农业 + 部将 + 继续, 监察 + 部副 + 部长, 工信 + 部下 + 属): where a two-character
  // word ends in a character of that kind (word class crossing_tail), its first
  // character completes the name. Returns one past the crossing word, 0 when none.
  std::size_t KnownCutByTheNextWord(std::size_t i) {
    const auto& toks = doc_.tokens;
    // (The nearest such word first: most tokens have none within reach, and the trie is not walked.)
    if (next_crossing_.empty()) IndexCrossingWords();
    const std::size_t c = next_crossing_[i + 1];
    if (c >= toks.size() || c > i + kMaxKnownTokens) return 0;
    std::int32_t node = CharTrie::kRoot;
    for (std::uint32_t p = toks[i].start; p < toks[c].start && node != CharTrie::kNone; ++p) {
      node = lex_.trie.Child(node, text_[p]);
    }
    if (node == CharTrie::kNone) return 0;
    const Token& next = toks[c];
    const std::int32_t with = lex_.trie.Child(node, text_[next.start]);
    if (with == CharTrie::kNone || !lex_.at_node[with] || lex_.at_node[with]->bare_brand) return 0;
    const KnownOrg* k = lex_.at_node[with];
    // (An outlet's desk named like a ministry, 某日报 + 经济 + 部副主任, is left to the grammar.)
    const std::u32string_view surface = text_.substr(toks[i].start, next.start + 1 - toks[i].start);
    if (InClass(WordClass::kNewsroomDesk, surface) && DeskOwnerEndsAt(toks[i].start)) return 0;
    walk_.Add(MakeCandidate(toks[i].start, next.start + 1, k->kind, k));
    return c + 1;
  }

  // next_crossing_[t]: the first token at or after t that may swallow a name's last character.
  void IndexCrossingWords() {
    const auto& toks = doc_.tokens;
    next_crossing_.assign(toks.size() + 1, toks.size());
    for (std::size_t t = toks.size(); t-- > 0;) {
      const bool crossing = toks[t].end - toks[t].start == 2 && InClass(WordClass::kCrossingTail, text_[toks[t].start + 1]);
      next_crossing_[t] = crossing ? t : next_crossing_[t + 1];
    }
  }

  // A short name right after 记者 or 通讯员 that reads as a person's name is the reporter
  // (记者 + 苏宁 + 报道): a byline, not the firm.
  bool ReporterNamedLikeIt(std::size_t i, std::u32string_view surface) const {
    if (surface.size() > 3 || i == 0 || doc_.tokens[i - 1].end != doc_.tokens[i].start) return false;
    const std::u32string_view before = TokenText(i - 1);
    if (!(before.ends_with(U"记者") || before.ends_with(U"通讯员"))) return false;
    return article::LooksLikePersonName(EncodeUtf8(surface));
  }

  // A two-character short name right after a surname glued to it is a
  // person's given name (记者王清华, 咨询师王北大): the surname is a one-character
  // name token, or the last character of an unknown word the HMM made.
  bool GivenNameAfterSurname(std::size_t i, std::u32string_view surface) const {
    if (surface.size() != 2 || i == 0) return false;
    const Token& prev = doc_.tokens[i - 1];
    const bool one_char_name = prev.end - prev.start == 1 && prev.pos.starts_with("nr");
    const bool glued = prev.pos == "x" && prev.end - prev.start >= 2;
    if (!one_char_name && !glued) return false;
    std::u32string person(1, text_[prev.end - 1]);
    person += surface;
    return article::LooksLikePersonName(EncodeUtf8(person));
  }

  // A listed company's short name whose first word is everyday (某某风电) is
  // still the company right before 公司 or 集团, but not after a count or a
  // demonstrative (一家航天科技公司 is a kind of company).
  bool BrandWithHead(std::size_t first, std::size_t last) const {
    const auto& toks = doc_.tokens;
    if (last + 1 >= toks.size()) return false;
    const std::u32string_view w = TokenText(last + 1);
    if (w != U"公司" && w != U"集团") return false;
    if (first > 0) {
      const std::string_view pos = toks[first - 1].pos;
      if (pos == "m" || pos == "q" || pos == "r" || text_[toks[first].start - 1] == U'家') return false;
    }
    return last > first || toks[first].end - toks[first].start >= 3;
  }

  // Whether the place or level before known body i names that place's own body, one name
  // with it: a body of the state or the party without a seat (某省 + 发改委); an outlet's
  // short form made of generic words (某国 + 国际广播电台 is that country's, not the alias's;
  // 央视 stays itself); a bare level before a national body's short form (市 + 国资委); a place
  // that opens the seat's full name (香港 + 某某局 of 香港特别行政区), or another Chinese place
  // before a government body named like the seat's (某市 + 投资推广署). (Out of line: FindKnown's
  // trie walk must stay inlined.)
  [[gnu::noinline]] bool PlaceNamesItsOwn(std::size_t i, std::u32string_view surface, const KnownOrg& k) {
    const auto& toks = doc_.tokens;
    const bool outlet_alias = k.kind == "media" && surface.size() > 2 && IsGenericNoun(surface.substr(0, 2)) &&
                              DecodeUtf8(k.name) != surface;
    if (!(k.kind == "government" || k.kind == "party" || outlet_alias)) return false;
    if (k.region.empty()) {
      return walk_.IsPlace(i - 1) || CountryAbbreviation(i - 1) ||
             (k.kind == "government" && IsLevelPrefix(TokenText(i - 1)) && toks[i - 1].end == toks[i].start);
    }
    if (TokenText(i - 1) == DecodeUtf8(k.region) ||
        (walk_.IsPlace(i - 1) && DecodeUtf8(k.region).starts_with(TokenText(i - 1)))) {
      return true;
    }
    // Another Chinese place before a body named like the seat's (某市 + 投资推广署, 某省 + 农委会):
    // that place's own body of the same name, as written.
    return k.kind == "government" && walk_.IsPlace(i - 1) && !walk_.IsForeignCountry(toks[i - 1].start, toks[i - 1].end);
  }

  // A name ending in 部 right before 门 is cut from 部门 ("departments"): 某市 + 工信部门 are the
  // city's industry departments, no ministry.
  bool CutFromBumen(const Candidate& c) const {
    return c.end + 1 < text_.size() && text_[c.end] == U'门' && text_[c.end - 1] == U'部' &&
           text_[c.end + 1] != U'户';  // (某部 + 门户网站 is the ministry's portal)
  }

  // A zone's name glued to a number ending in 号 names a building or a project there
  // (某关村 + 壹号, 某某港 + 1号), not the zone. (Out of line: FindKnown's trie walk must stay inlined.)
  [[gnu::noinline]] bool NumberedSiteAfter(std::size_t next) const {
    const auto& toks = doc_.tokens;
    if (next >= toks.size() || toks[next].start != toks[next - 1].end || toks[next].pos != "m") return false;
    return text_[toks[next].end - 1] == U'号';
  }

  // A two-character short form glued to a one-character noun or an unknown word after it
  // (中科 + 芯 + 时代, 浙大 + 之光) begins a longer name of its own, not the alias; token
  // `next` is the one after the alias. (Out of line: FindKnown's trie walk must stay inlined.)
  [[gnu::noinline]] bool AliasBeginsALongerName(std::size_t next, std::u32string_view surface, const KnownOrg& k) const {
    const auto& toks = doc_.tokens;
    if (k.name.empty() || DecodeUtf8(k.name) == surface || next >= toks.size() ||
        toks[next].start != toks[next - 1].end || !IsHan(text_[toks[next].start])) {
      return false;
    }
    const std::uint32_t len = toks[next].end - toks[next].start;
    if (len == 1) return toks[next].pos == "ng";  // (兴大 + 原/n + 创新… stays the alias)
    // (A bank's short form before its business stays the bank: 中行 + 普惠 + 金融.)
    if (k.kind != "company") return toks[next].pos == "x";
    // A firm's short form and one more word as an item of a list (上汽 + 大众、北汽 + 株洲等):
    // the item is the name, a joint venture or a plant (the list of firms reads it whole).
    const std::string_view pos = toks[next].pos;
    if (!(pos == "n" || pos == "ns" || pos == "nz" || pos == "x" || pos == "j") || next + 1 >= toks.size()) return false;
    const std::u32string_view after = TokenText(next + 1);
    return after == U"、" || after == U"等";
  }

  bool NationalBefore(std::size_t i, std::u32string_view surface) const {
    const Token& prev = doc_.tokens[i - 1];
    const std::u32string_view w = text_.substr(prev.start, prev.end - prev.start);
    return IsNationalPrefix(w) && !IsNationalPrefix(surface.substr(0, 2)) && !surface.starts_with(U"中国");
  }

  // The university found right before `pos`, if any.
  Candidate* SchoolBefore(std::uint32_t pos) {
    if (cands_.empty()) return nullptr;
    Candidate& last = cands_.back();
    return last.valid && last.end == pos && last.kind == "university" ? &last : nullptr;
  }

  static bool IsSchoolUnit(std::u32string_view name) {
    return name.size() > 2 && (name.ends_with(U"学院") || name.ends_with(U"研究院") || name.ends_with(U"研究所"));
  }

  // The valid candidates by where they begin: the first found at each start, or the longest.
  // Built only once a join has an anchor (most texts have none), for one pass over the others.
  std::vector<int> CandidatesByStart(bool longest) const {
    std::vector<int> at(text_.size() + 1, -1);
    for (std::size_t ci = 0; ci < cands_.size(); ++ci) {
      const Candidate& c = cands_[ci];
      int& slot = at[c.start];
      if (c.valid && (slot < 0 || (longest && cands_[slot].end < c.end))) slot = static_cast<int>(ci);
    }
    return at;
  }

  // A party's central organ written right after the party (某国某某党 + 中央政治局,
  // + 中央委员会) is one name, the party's: two bodies only when something parts them.
  void JoinCentralOrgans() {
    std::vector<int> starting_at;
    for (std::size_t pi = 0; pi < cands_.size(); ++pi) {
      Candidate& party = cands_[pi];
      if (!party.valid || text_[party.end - 1] != U'党' || text_.substr(party.end, 2) != U"中央") continue;
      if (starting_at.empty()) starting_at = CandidatesByStart(false);
      const int oi = starting_at[party.end];
      if (oi < 0 || !cands_[oi].valid) continue;
      Candidate& organ = cands_[oi];
      party.end = party.body_end = party.head_end = organ.end;
      party.kind = "party";
      party.known = nullptr;
      organ.valid = false;
    }
  }

  // A government or a cabinet right before one of its bureaus, with nothing between them
  // (某特区政府 + 某某及工业局, 行政院 + 某某委员会): one name, the bureau's, written with its
  // government.
  void JoinBureausOfAGovernment() {
    std::vector<int> starting_at;
    for (std::size_t gi = 0; gi < cands_.size(); ++gi) {
      Candidate& government = cands_[gi];
      if (!government.valid || government.kind != "government" || government.end < 2 ||
          !(text_.substr(government.end - 2, 2) == U"政府" ||
            InClass(WordClass::kCabinet, text_.substr(government.start, government.end - government.start)))) {
        continue;
      }
      if (starting_at.empty()) starting_at = CandidatesByStart(false);
      const int bi = starting_at[government.end];
      if (bi < 0 || static_cast<std::size_t>(bi) == gi) continue;
      Candidate& bureau = cands_[bi];
      if (!bureau.valid || bureau.kind != "government") continue;
      government.end = government.body_end = government.head_end = bureau.end;
      government.known = nullptr;
      government.name.clear();
      bureau.valid = false;
    }
  }

  // A police bureau's precinct is named by the words between the bureau and 分局, whatever they are
  // (某市政府警察局 + 前镇 + 分局, + 三重 + 分局, 某市公安局 + 朝阳 + 分局): one name, the precinct's.
  // The segmenter may read those words as a bare level or a count (前 + 镇 + 分局).
  void JoinPrecincts() {
    for (std::size_t bi = 0; bi < cands_.size(); ++bi) {
      Candidate& bureau = cands_[bi];
      if (!bureau.valid || bureau.kind != "government" || bureau.end < 3 || text_[bureau.end - 1] != U'局' ||
          !(text_.substr(bureau.end - 3, 3) == U"警察局" || text_.substr(bureau.end - 3, 3) == U"公安局")) {
        continue;
      }
      const std::uint32_t gap = PrecinctNameLength(bureau.end);
      if (gap == 0) continue;
      const std::uint32_t end = bureau.end + gap + 2;
      for (Candidate& inside : cands_) {
        // (Parts of the precinct's name, and the grammar's own reading of it where it made one.)
        const bool part = inside.start >= bureau.end && inside.start < end;
        if (inside.valid && &inside != &bureau && (part || (inside.start == bureau.start && inside.end == end))) {
          inside.valid = false;
        }
      }
      bureau.end = bureau.body_end = bureau.head_end = end;
      bureau.known = nullptr;
      bureau.name.clear();
    }
  }

  // The length of a precinct's name (one to three characters, none a function word or a scope)
  // between `pos` and 分局, 0 when none.
  std::uint32_t PrecinctNameLength(std::uint32_t pos) const {
    for (std::uint32_t len = 1; len <= 3 && pos + len + 2 <= text_.size(); ++len) {
      const char32_t c = text_[pos + len - 1];
      if (!IsHan(c) || InClass(WordClass::kFunctionChar, c) || c == U'各' || c == U'等' || c == U'分') return 0;
      if (text_.substr(pos + len, 2) == U"分局") return len;
    }
    return 0;
  }

  // `first` grows over `next`, the candidate right after it, to one name as written.
  static void Absorb(Candidate* first, Candidate* next) {
    first->end = next->end, first->body_end = next->body_end, first->head_end = next->head_end;
    first->known = nullptr;
    first->name.clear();
    next->valid = false;
  }

  // A free-trade zone's area written right after the zone (中国（某省）自由贸易试验区 + 某某新片区,
  // + 某某片区管委会, + 某某新片区党工委) is one name, the area's or its body's: the longest.
  void JoinZoneParts() {
    std::vector<int> starting_at;
    for (std::size_t zi = 0; zi < cands_.size(); ++zi) {
      Candidate& zone = cands_[zi];
      if (!zone.valid || zone.kind != "zone" || zone.end < 3 ||
          !(text_.substr(zone.end - 3, 3) == U"试验区" || text_.substr(zone.end - 3, 3) == U"自贸区")) {
        continue;
      }
      if (starting_at.empty()) starting_at = CandidatesByStart(true);  // (某新片区 + 党工委)
      const int pi = starting_at[zone.end];
      if (pi < 0 || static_cast<std::size_t>(pi) == zi) continue;
      Candidate& part = cands_[pi];
      if (!part.valid || text_.substr(part.start, part.end - part.start).find(U"片区") == std::u32string_view::npos) continue;
      zone.kind = part.kind;
      Absorb(&zone, &part);
    }
  }

  // A university right before a centre, an institute or a lab of its own, with nothing between
  // them (某大 + 某某研发中心, 某某大学 + 某某研究院): one name, the longest.
  static constexpr std::uint32_t kMaxJoinedUnit = 24;
  void JoinUnitsOfAUniversity() {
    std::vector<int> starting_at;
    for (std::size_t ui = 0; ui < cands_.size(); ++ui) {
      Candidate& school = cands_[ui];
      if (!school.valid || school.kind != "university" || school.end >= text_.size() || !IsHan(text_[school.end])) continue;
      if (starting_at.empty()) starting_at = CandidatesByStart(true);
      const int ci = starting_at[school.end];
      if (ci < 0 || static_cast<std::size_t>(ci) == ui) continue;
      Candidate& unit = cands_[ci];
      const std::u32string_view name = text_.substr(unit.start, unit.end - unit.start);
      // (One unit, not a chain: a page's menu of heads run together stays short names.)
      if (!unit.valid || unit.kind == "university" || unit.end - school.start > kMaxJoinedUnit ||
          !(name.ends_with(U"中心") || name.ends_with(U"研究院") || name.ends_with(U"研究所") || name.ends_with(U"实验室"))) {
        continue;
      }
      // (A head that takes its owner's kind, 中心, makes the university's unit; 研究院 its own.)
      const Head* head = FindHead(text_.substr(unit.body_end, unit.head_end - unit.body_end));
      if (!head || !head->inherit) school.kind = unit.kind;
      Absorb(&school, &unit);
    }
  }

  // A bare level before a bank's short form names the bank's branch at that level (省 + 中行,
  // 市 + 工行): one name, as written, like a place before it (某市 + 中行).
  void JoinLevelsBeforeBanks() {
    const auto& toks = doc_.tokens;
    const std::size_t known = cands_.size();
    for (std::size_t ci = 0; ci < known; ++ci) {
      Candidate& c = cands_[ci];
      if (!c.valid || !c.known || c.kind != "company" || c.end - c.start != 2 || c.start == 0 ||
          !c.known->name.ends_with("银行")) {
        continue;
      }
      const std::size_t t = walk_.TokenAt(c.start);
      if (t == 0 || toks[t].start != c.start || toks[t - 1].end != c.start || toks[t - 1].end - toks[t - 1].start != 1 ||
          !IsLevelPrefix(TokenText(t - 1))) {
        continue;
      }
      c.start = toks[t - 1].start;
      c.known = nullptr;
    }
  }

  // A Chinese brand without a head written right before a known foreign company (某汽 +
  // 丰田公司, 某汽 + 本田): their joint venture, one name as written. (Two Chinese names
  // back to back are a list without its commas.)
  void JoinJointVentures() {
    const std::size_t known = cands_.size();
    for (std::size_t j = 0; j < known; ++j) {
      const Candidate& b = cands_[j];
      if (!b.valid || b.kind != "company" || !b.known || b.start == 0 || !SeatedAbroad(b.known->region)) continue;
      const int i = walk_.CandidateEndingAt(b.start);
      if (i < 0 || static_cast<std::size_t>(i) == j) continue;
      const Candidate& a = cands_[i];
      if (!a.valid || a.kind != "company" || EndsWithHead(text_.substr(a.start, a.end - a.start))) continue;
      Candidate joint = MakeCandidate(a.start, b.end, "company", nullptr);
      cands_[i].valid = false;
      cands_[j].valid = false;
      walk_.Add(std::move(joint));
    }
  }

  // A hand-written company right before 中国 (某某 + 中国 + 方面表示) names its China
  // arm, and right before 网 its website (某某 + 网): one name, the longest, where
  // the name stands alone (某某中国区业务, 某某网站 are something else).
  void FindChinaArmsAndSites() {
    const std::size_t known = cands_.size();
    for (std::size_t i = 0; i < known; ++i) {
      Candidate& c = cands_[i];
      if (!c.valid || c.kind != "company" || !c.known || c.known->imported || c.end + 1 > text_.size()) continue;
      std::uint32_t end = c.end;
      if (text_.substr(c.end, 2) == U"中国") {
        end = c.end + 2;
      } else if (text_[c.end] == U'网') {
        end = c.end + 1;
      } else {
        continue;
      }
      if (!walk_.EndsBareName(end) && text_.substr(end, 2) != U"方面") continue;
      c.end = c.body_end = c.head_end = end;
      c.known = nullptr;
    }
  }

  // A portal's channel written right after the portal (某门户 + 娱乐 + 致电某公司) is
  // the outlet, kind media, wherever it stands; the portal alone is the company.
  void FindPortalChannels() {
    const std::size_t known = cands_.size();
    for (std::size_t i = 0; i < known; ++i) {
      const Candidate c = cands_[i];
      if (!c.valid || c.end + 2 > text_.size() || !InClass(WordClass::kPortal, text_.substr(c.start, c.end - c.start))) {
        continue;
      }
      const std::uint32_t end = c.end + 2;
      if (!InClass(WordClass::kChannel, text_.substr(c.end, 2)) || !walk_.EndsBareName(end)) continue;
      cands_[i].valid = false;
      walk_.Add(MakeCandidate(c.start, end, "media", nullptr));
    }
  }

  // Whether [start, end) is one region mention.
  bool PlaceUpTo(std::uint32_t start, std::uint32_t end) const {
    return std::any_of(regions_.begin(), regions_.end(), [&](const Entity& r) { return r.start == start && r.end == end; });
  }

  // Outlets of datelines and source lines (see org_media.h) not found yet.
  void FindOutletsInLines() {
    std::vector<Span> places;
    places.reserve(regions_.size());
    for (const Entity& r : regions_) places.emplace_back(r.start, r.end);
    for (const auto& outlet : FindOutlets(text_, places)) {
      const auto start = outlet.first, end = outlet.second;  // (not bindings: clang 14 cannot capture them)
      // A name followed by a channel word (新浪 + 科技讯) is the owner of the
      // outlet: the outlet replaces it. Any other overlap keeps what was found.
      // So is an outlet's name after the place that names a paper of its own in a dateline
      // (山西 + 经济日报 + 太原10月24日讯 is 山西经济日报).
      const auto owner = [&](const Candidate& c) {
        return (c.start == start && c.end < end && InClass(WordClass::kOutletEnd, text_.substr(c.end, end - c.end))) ||
               (c.start > start && c.end == end && c.kind == "media" && PlaceUpTo(start, c.start));
      };
      const bool taken = std::any_of(cands_.begin(), cands_.end(), [&](const Candidate& c) {
        return c.valid && c.start < end && start < c.end && !owner(c);
      });
      if (taken) continue;
      for (Candidate& c : cands_) {
        if (c.valid && owner(c)) c.valid = false;
      }
      auto it = lex_.known.find(text_.substr(start, end - start));
      walk_.Add(MakeCandidate(start, end, "media", it != lex_.known.end() ? &it->second : nullptr));
    }
  }

  // A chief's title that shares its first character with the body's head (立法 + 院长,
  // 科技 + 部长, 某某 + 局长): the words before it and that character are the body when
  // they make a known name (立法院, 科技部), as the dictionary cuts the title off whole.
  // (Called from MaybeNt, which visits every word no known name begins at.)
  void BodyBeforeItsChief(std::size_t t) {
    const auto& toks = doc_.tokens;
    if (t == 0 || std::u32string_view(U"部院局署厅").find(text_[toks[t].start]) == std::u32string_view::npos) return;
    const std::uint32_t head_end = toks[t].start + 1;
    for (std::size_t first = t; first-- > 0 && toks[t].start - toks[first].start <= 6;) {
      if (!IsHan(text_[toks[first].start]) || toks[first].end != (first + 1 < t ? toks[first + 1].start : toks[t].start)) break;
      const std::int32_t node = TrieNodeOf(toks[first].start, head_end);
      const KnownOrg* k = node != CharTrie::kNone ? lex_.at_node[node] : nullptr;
      if (!k || k->kind != "government") continue;
      if (std::none_of(cands_.begin(), cands_.end(), [&](const Candidate& c) {
            return c.valid && c.start < head_end && toks[first].start < c.end;
          })) {
        walk_.Add(MakeCandidate(toks[first].start, head_end, k->kind, k));
      }
      return;
    }
  }

  // A word jieba tags as an organisation (中国科协, 上海市委) that is more
  // than a bare head or a generic noun.
  void MaybeNt(std::size_t i) {
    const Token& t = doc_.tokens[i];
    if (t.end - t.start == 2 && text_[t.start + 1] == U'长') {
      BodyBeforeItsChief(i);
      return;
    }
    // Short forms the dictionary tags nz or j (某某会, 某委会) count when they end like a body.
    const bool nt = t.pos == "nt";
    if (!(nt || ((t.pos == "nz" || t.pos == "j") && t.end - t.start >= 3)) || t.end - t.start < 2) return;
    const std::u32string_view w = text_.substr(t.start, t.end - t.start);
    if (!nt && !InClass(WordClass::kBodyEndChar, w.back())) return;
    // A short form glued after a noun or a verb of a trade is the tail of a longer name the
    // grammar could not read (某区 + 建设 + 房产局): not a name of its own.
    if (!nt && i > 0 && doc_.tokens[i - 1].end == t.start && IsHan(text_[t.start - 1]) &&
        (doc_.tokens[i - 1].pos == "vn" || doc_.tokens[i - 1].pos == "n") && !walk_.IsPlace(i - 1)) {
      return;
    }
    if (FindHead(w) || IsGenericNoun(w) || IsEverydayWord(w) || IsEverydayWord(w.substr(w.size() - 2)) || IsTitle(w)) {
      return;  // (a title the dictionary tags nz: 临时代办)
    }
    // An organisation word ending in a known body (法国外交部) is that kind of body.
    for (std::size_t len = std::min(w.size() - 1, lex_.max_len); len >= 2; --len) {
      auto it = lex_.known.find(w.substr(w.size() - len));
      if (it == lex_.known.end()) continue;
      // After a session count (八届全国政协) the body alone is the name.
      if (IsNumeral(w.front())) {
        const std::uint32_t start = t.end - static_cast<std::uint32_t>(len);
        walk_.Add(MakeCandidate(start, t.end, it->second.kind, &it->second));
      } else {
        walk_.Add(MakeCandidate(t.start, t.end, it->second.kind, nullptr));
      }
      return;
    }
    if (KnownBodysUnit(t, w)) return;
    // A word ending in a head is judged with its head (商业银行 is generic); not 署, a unit head
    // that needs a ministry before it, while the dictionary's word holds its own body (新闻出版署).
    if (KindOfWord(w) != "other" && w.back() != U'署') return;
    // jieba's dictionary tags many ordinary words nt (国际化, 加油站): keep
    // those that end like an organisation.
    if (!EndsLikeOrg(w)) return;
    // A place right before it names whose body it is (某国红十字会); a country before that place
    // is where its people's society meets (某国 + 某地 + 联谊会).
    std::uint32_t start = i > 0 && walk_.IsPlace(i - 1) ? doc_.tokens[i - 1].start : t.start;
    if (start < t.start && i > 1 && walk_.IsPlace(i - 2) && doc_.tokens[i - 2].end == start) start = doc_.tokens[i - 2].start;
    walk_.Add(MakeCandidate(start, t.end, "other", nullptr));
  }

  // An organisation word that opens with a known body and ends in a head is a unit of
  // that body (北京大学 + 历史系, 某某大学 + 商学院, 中央电视台 + 文艺中心): one name, its kind.
  bool KnownBodysUnit(const Token& t, std::u32string_view w) {
    for (std::size_t len = std::min(w.size() - 2, lex_.max_len); len >= 2; --len) {
      auto it = lex_.known.find(w.substr(0, len));
      // (The body is whole, ending in its head: 中国电影, a firm's short name, + 家协会 is no unit.)
      if (it == lex_.known.end() || !EndsWithHead(w.substr(0, len))) continue;
      const std::u32string_view unit = w.substr(len);
      if (!EndsInAHead(unit)) return false;
      walk_.Add(MakeCandidate(t.start, t.end, it->second.kind, nullptr));
      return true;
    }
    return false;
  }

  // Whether a unit's word ends in a head, or is one (系 of 某大学 + 历史系).
  static bool EndsInAHead(std::u32string_view w) {
    for (std::size_t h = std::min(MaxHeadLength(), w.size()); h >= 1; --h) {
      if (FindHead(w.substr(w.size() - h))) return true;
    }
    return false;
  }

  // The kind a word's own head gives (上海市委 -> party), else other.
  static std::string_view KindOfWord(std::u32string_view w) {
    for (std::size_t len = std::min(MaxHeadLength(), w.size() - 1); len >= 1; --len) {
      if (const Head* h = FindHead(w.substr(w.size() - len))) return h->kind;
    }
    return "other";
  }

  void FindHeads() {
    const auto& toks = doc_.tokens;
    for (std::size_t k = 0; k < toks.size(); ++k) {
      const std::uint32_t end =
          UniversityCutBefore(k) || InstituteGluedToAName(k) ? toks[k].start + 1 : HeadEnd(toks[k]);
      const std::size_t longest = std::min<std::size_t>(LongestHeadEndingWith(text_[end - 1]), end);
      if (longest == 0) continue;
      bool failed = false, failed_inside_word = false, made = false;
      for (std::size_t len = longest; len >= 1; --len) {
        const Head* head = FindHead(text_.substr(end - len, len));
        if (!head) continue;
        // When the longest head makes no name, a shorter one inside it only
        // may, after a bare level (市委 -> 市 + 委), not after a word (纪 + 委);
        // or where the longer one began inside a word (科学 + 部: 学部 is none, 部 may be).
        const std::uint32_t start = static_cast<std::uint32_t>(end - len);
        if (failed && !(start > toks[k].start && IsLevelPrefix(text_.substr(toks[k].start, start - toks[k].start))) &&
            !(failed_inside_word && start == toks[k].start)) {
          continue;
        }
        if (walk_.TryHead(start, end, *head) || (!failed && walk_.TryElidedList(start, end, *head))) {
          made = true;
          break;
        }
        failed = true;
        failed_inside_word = start < toks[k].start && k > 0 && start > toks[k - 1].start;
      }
      // A word ending in a head that names nothing here may be a short form of a body named
      // earlier (园管局): FindAbbreviationsOfEarlierNames looks at these only.
      if (failed && !made) walk_.NoteHeadlessWord(k);
    }
  }

  // Whether token k is 学校 cut from 某某大学 + 校地/校企 (江南 + 大 + 学校 + 地合作): the
  // dictionary prefers 学校, so the university's head 大学 ends at its 学.
  bool UniversityCutBefore(std::size_t k) const {
    const auto& toks = doc_.tokens;
    if (text_[toks[k].start] != U'学' || k < 2 || toks[k].end - toks[k].start != 2 || text_[toks[k].start + 1] != U'校') {
      return false;
    }
    const Token& big = toks[k - 1];
    return big.end == toks[k].start && big.end - big.start == 1 && text_[big.start] == U'大' && big.pos == "a" &&
           toks[k - 2].end == big.start && IsHan(text_[toks[k - 2].start]);
  }

  // Whether token k is an academy institute's 所 that the HMM glued to the surname of a
  // researcher after it (中科院 + 物理 + 所何 + 珂): the head ends at 所.
  bool InstituteGluedToAName(std::size_t k) const {
    const auto& toks = doc_.tokens;
    if (text_[toks[k].start] != U'所' || toks[k].pos != "x" || toks[k].end - toks[k].start != 2 || k < 2) return false;
    const Token& field = toks[k - 1];
    if (field.end != toks[k].start || field.pos != "n") return false;
    const int academy = walk_.CandidateEndingAt(field.start);
    return academy >= 0 && cands_[academy].valid && cands_[academy].kind == "research";
  }

  // Where a head may end in token t: its end, or before a job title the
  // dictionary glued to it (市委书记 -> 市委).
  std::uint32_t HeadEnd(const Token& t) const {
    // The HMM glues a following particle to an unknown word (科学/城等).
    if (t.pos == "x" && t.end - t.start >= 2 && IsGluedAfter(text_[t.end - 1]) &&
        LongestHeadEndingWith(text_[t.end - 2])) {
      return t.end - 1;
    }
    // The dictionary's 所内, 园内 ("inside the institute, the park") hold the head of 某地 + 纳米 + 所内,
    // 某市 + 创新 + 园内.
    if (t.end - t.start == 2 && (text_[t.start] == U'所' || text_[t.start] == U'园') && text_[t.start + 1] == U'内') {
      return t.start + 1;
    }
    // The dictionary glues 副 of a deputy's title to a head (经济部副 + 主任).
    if (t.end - t.start >= 2 && text_[t.end - 1] == U'副' && LongestHeadEndingWith(text_[t.end - 2])) return t.end - 1;
    for (std::uint32_t len : {2u, 3u}) {
      const std::uint32_t e = t.end - std::min(len, t.end);
      if (e > t.start && LongestHeadEndingWith(text_[e - 1]) && IsTitle(text_.substr(e, len))) return e;
    }
    // A head-led title that shares the head's character after a short form the dictionary does
    // not know (某发 + 局长: Taiwan's 经发局长, the 经发局 and its head) ends the name at the head.
    // (Not after a person's name or an ordinary word: 某某 + 局长 and 旅游 + 局长 stay titles.)
    if (t.end - t.start == 2 && text_[t.start + 1] == U'长' && text_[t.start] == U'局' && &t != &doc_.tokens.front()) {
      const Token& prev = (&t)[-1];
      if (prev.end == t.start && prev.end - prev.start == 2 && (prev.pos == "x" || prev.pos == "j")) return t.start + 1;
    }
    return t.end;
  }

  // Inside a quoted name (“科创中国”) nothing is an org, unless the org is the
  // whole quotation (“青禾新区”).
  // A line of business or a kind with a legal form and nothing before it (实业 + 有限公司, 商业银行 +
  // 股份有限公司) is a name whose trade name the segmenter cut off, not a company's name.
  bool BareKindWithLegalForm(const Candidate& c) const {
    if (c.known || c.kind != "company" || c.end - c.start < 6 || text_[c.end - 1] != U'司') return false;
    for (std::u32string_view form : {U"股份有限公司", U"有限责任公司", U"有限公司"}) {
      if (c.end - c.start <= form.size() || text_.substr(c.end - form.size(), form.size()) != form) continue;
      const std::u32string_view body = text_.substr(c.start, c.end - form.size() - c.start);
      return FindHead(body) != nullptr || IsGenericNoun(body);
    }
    return false;
  }

  // A fund's name in quotes opens with its manager's brand (「某泰10年以上…证券投资信托基金」): a
  // product, and longer than the quoted names the tagger keeps opaque, so the brand inside it is
  // no mention of the company.
  bool InsideAQuotedFund(const Candidate& c) const {
    // (The closing mark first: most names meet a comma or a full stop within a few characters.)
    constexpr std::uint32_t kReach = 60;
    std::uint32_t close = c.end;
    while (close < text_.size() && close - c.end < kReach && !EndsAQuoteSearch(text_[close])) ++close;
    if (close >= text_.size() || (text_[close] != U'」' && text_[close] != U'”') || close < c.end + 2 ||
        text_[close - 1] != U'金' || text_[close - 2] != U'基') {
      return false;
    }
    std::uint32_t open = c.start;
    while (open > 0 && c.start - open < kReach && !EndsAQuoteSearch(text_[open - 1])) --open;
    if (open == 0 || (text_[open - 1] != U'「' && text_[open - 1] != U'“')) return false;
    return !(c.start == open && c.end == close);
  }
  // A quotation mark or a clause's punctuation.
  static bool EndsAQuoteSearch(char32_t ch) {
    switch (ch) {
      case U'「': case U'」': case U'“': case U'”': case U'，': case U'。': case U'；': case U'！': case U'？':
      case U',': case U';': case U'!': case U'?': case U'\n':
        return true;
      default:
        return false;
    }
  }

  bool Opaque(const Candidate& c) const {
    for (const auto& [s, e] : doc_.opaque) {
      if (c.start >= s && c.end <= e) return !(c.start == s && c.end == e);
    }
    return false;
  }

  const Lexicon& lex_;
  const Document& doc_;
  std::u32string_view text_;
  const std::vector<Entity>& regions_;
  std::vector<Candidate> cands_;
  std::vector<std::size_t> next_crossing_;  // see IndexCrossingWords (built on first use)
  Walker walk_;
};

}  // namespace

void Lexicon::Index() {
  trie = CharTrie();
  at_node.clear();
  for (const auto& [surface, k] : known) {
    const std::int32_t node = trie.Insert(surface);
    if (at_node.size() <= static_cast<std::size_t>(node)) at_node.resize(trie.size(), nullptr);
    at_node[node] = &k;
  }
  at_node.resize(trie.size(), nullptr);
}

void FindOrgs(const Lexicon& lexicon, const Document& doc, const std::vector<Entity>& regions,
              std::vector<Entity>* out) {
  if (doc.tokens.empty()) return;
  Finder finder(lexicon, doc, regions);
  finder.Run(out);
}

}  // namespace zhcorpus::org
