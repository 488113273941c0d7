// Where an organisation's name begins: walk left from the head over the
// pieces (tokens, organisations already found) and decide which belong to
// the body. Names (places, proper words, organisations) anchor it; ordinary
// nouns extend it; punctuation, titles, function words and most verbs end it.
#include "article/byline.h"
#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

bool IsNameRole(Role r) { return r == Role::kName || r == Role::kRegion || r == Role::kOrg; }

}  // namespace

// An adjective among the qualifiers (先进, 新型, 大型) right before an ordinary
// noun describes that field (先进 + 技术 + 研究院), not a category of bodies.
bool Walker::ModifiesField(const std::array<Piece, 16>& pieces, std::size_t i) const {
  if (i == 0 || !InClass(WordClass::kFieldAdjective, text_.substr(pieces[i].start, pieces[i].end - pieces[i].start))) {
    return false;
  }
  return pieces[i - 1].role == Role::kNominal || pieces[i - 1].role == Role::kGeneric;
}

bool Walker::StartsAnew(const Piece& p) const {
  const std::u32string_view w = text_.substr(p.start, p.end - p.start);
  // (全国 after a body opens its national office: 某部 + 全国某某办公室.)
  // (全国人大, 全国政协 are bodies of their own, never a ministry's office.)
  return (p.role == Role::kNational && w != U"全国") || w.starts_with(U"中国") || w.starts_with(U"中华") ||
         w.starts_with(U"最高") || w.starts_with(U"全国人大") || w.starts_with(U"全国政协");
}

// A known national body's name or abbreviation (中科院, 中国农科院, 中华全国总工会), not a
// firm's trade name that holds the nation (某省 + 中国某某城 + 集团 is the firm's own).
bool Walker::OpensNationalBody(const Piece& p) const {
  const std::u32string_view w = text_.substr(p.start, p.end - p.start);
  if (!(w.starts_with(U"中国") || w.starts_with(U"中华") || w.starts_with(U"中科院") || w.starts_with(U"中央"))) return false;
  if (p.role == Role::kOrg) {
    const std::string_view kind = (*cands_)[p.org].kind;
    return kind == "research" || kind == "government" || kind == "party" || kind == "association";
  }
  return p.pos == "nt";
}

// An institute or a school of a university named from the nation (某大学 +
// 国家发展研究院, 某大学 + 中国经济研究中心): a unit of the university, not a second body.
bool Walker::InstituteOfUniversity(const Piece& org, std::uint32_t head_start) const {
  if (org.org < 0) return false;
  // An academy's centres named by the nation (某科学院 + 国家某某科学中心) are its institutes too.
  const Candidate& body = (*cands_)[org.org];
  const std::u32string_view name = text_.substr(body.start, body.end - body.start);
  if (body.kind == "research" && (name.ends_with(U"科学院") || name.ends_with(U"科院")) &&
      (text_.substr(head_start, 2) == U"中心" || text_.substr(head_start, 3) == U"研究所")) {
    return true;
  }
  if (body.kind != "university") return false;
  for (std::size_t len = 2; len <= 4 && head_start + len <= text_.size(); ++len) {
    const Head* h = FindHead(text_.substr(head_start, len));
    if (h && (h->kind == "research" || h->kind == "university")) return true;
  }
  return false;
}

// After a whole organisation, another one (某部 + 某局) or a place written
// with its level (某出版社 + 某某省 + 科委) begins a second name run on without
// a separator, unless the head makes a branch of the first (某银行 + 某省 +
// 分行, 中国共产党 + 某省 + 委员会: heads that nest).
bool Walker::BeginsAnewAfterBody(const Piece& right, bool nests) const {
  if (right.role == Role::kOrg) return true;
  if (nests || right.role != Role::kRegion) return false;
  const int r = region_at_[right.start];
  if (r < 0 || regions_[r].start != right.start) return false;
  auto is_level = [](char32_t c) { return c == U'省' || c == U'市' || c == U'县' || c == U'区'; };
  // The level may be the place's last character or the first of the word after it
  // (某报文艺部 + 某地 + 市委宣传部, 某部 + 某地 + 省委).
  if (right.end - right.start >= 3 && is_level(text_[right.end - 1])) return true;
  return right.end < text_.size() && is_level(text_[right.end]) && !PartyBefore(right.start);
}

// A zone named between a company and its branch (某某股份有限公司 + 中科 + 分公司): where the
// branch sits, as a place would be (某某公司 + 杭州 + 分公司), not a second body.
bool Walker::ZoneOfABranch(const Piece& right, std::uint32_t head_start) const {
  return right.role == Role::kOrg && (*cands_)[right.org].kind == "zone" && right.end == head_start &&
         text_[head_start] == U'分';
}

// A national administration's bureau of a place (国家税务总局 + 某省 + 税务局): the bureau is
// the administration's own, named from it, as a bank's branch is (某银行 + 某省 + 分行).
bool Walker::LocalBureauOfAnAdministration(const Piece& org, std::uint32_t head_start) const {
  if (org.role != Role::kOrg || org.org < 0 || head_start + 2 > text_.size()) return false;
  const Candidate& body = (*cands_)[org.org];
  const std::u32string_view name = text_.substr(body.start, body.end - body.start);
  return name.size() >= 4 && name.ends_with(U"总局") && name.substr(name.size() - 4, 2) == text_.substr(head_start, 2);
}

// A group before a place with its level and a registered company's name (某某集团 + 某省 +
// 电力建设有限公司) names the group's company in that province: one name, the longest, as a
// bank's branch is (某银行 + 某省 + 分行).
// (The place may open a body found inside the name: 某集团 + 某省电力设计院 + 有限公司.)
bool Walker::GroupsOwnCompany(const Piece& org, const Piece& right, std::uint32_t head_start) const {
  if (org.role != Role::kOrg || org.org < 0 || (*cands_)[org.org].kind != "company") return false;
  const int r = region_at_[right.start];
  if (r < 0 || regions_[r].start != right.start || !PlaceWrittenWithLevel(right.start, regions_[r].end)) return false;
  if (!text_.substr(org.start, org.end - org.start).ends_with(U"集团")) return false;
  const std::u32string_view rest = text_.substr(head_start);
  return rest.starts_with(U"有限公司") || rest.starts_with(U"股份有限公司") || rest.starts_with(U"有限责任公司");
}

// A zone before 国家 and a zone's head (张江 + 国家自主创新示范区, 某园 + 国家级 + 经开区) names its
// national-level zone: one name, as a place before it does (苏南 + 国家自主创新示范区).
bool Walker::ZoneNamedByTheNation(const Piece& org, const Piece& right, std::uint32_t head_start) const {
  if (org.role != Role::kOrg || org.org < 0 || (*cands_)[org.org].kind != "zone") return false;
  if (!text_.substr(right.start, right.end - right.start).starts_with(U"国家")) return false;
  for (std::uint32_t len = 2; len <= 3 && head_start + len <= text_.size(); ++len) {
    const Head* h = FindHead(text_.substr(head_start, len));
    if (h && h->kind == "zone") return true;
  }
  return false;
}

// A party or the league right before a place (中共 + 某地 + 市委, 民建 + 某地 + 市委): its local
// committee, one name.
bool Walker::PartyBefore(std::uint32_t pos) const {
  const int c = pos > 0 ? cand_end_[pos] : -1;
  if (c < 0) return false;
  const std::u32string_view w = text_.substr((*cands_)[c].start, pos - (*cands_)[c].start);
  return InClass(WordClass::kPartyPrefix, w) || w.ends_with(U"党");
}

bool Walker::EndsWithHead(const Piece& p) const {
  const std::u32string_view w = text_.substr(p.start, p.end - p.start);
  for (std::size_t len = 1; len <= w.size() && len <= 3; ++len) {
    const Head* h = FindHead(w.substr(w.size() - len));
    if (h && h->cls != HeadClass::kIndustry && !IsEverydayWord(w)) return true;
  }
  return false;
}

bool Walker::HeadWordNamesAField(std::uint32_t head_start) const {
  const Token& t = doc_.tokens[TokenAt(head_start)];
  return t.start == head_start && t.end - t.start >= 3;
}

bool Walker::IsTownLevel(const Piece& p) const {
  return p.end - p.start == 1 && (text_[p.start] == U'镇' || text_[p.start] == U'乡');
}

// A number that is a date (1997年, 11月, 5日), not a count of things.
bool Walker::IsDateWord(const Piece& p) const {
  const char32_t last = text_[p.end - 1];
  return p.end - p.start >= 2 && (last == U'年' || last == U'月' || last == U'日' || last == U'号');
}

bool IsGluedPreposition(char32_t c) { return InClass(WordClass::kGluedPreposition, c); }

// 重点 right before 实验室 after a field or a name is the lab's rank inside its
// own name (某省智能制造重点实验室, 青禾重点实验室); after a level, a count or
// nothing it describes a category (省重点实验室, 3家重点实验室).
bool Walker::KeyLabOfAField(const std::array<Piece, 16>& pieces, std::size_t n, std::size_t i,
                            std::uint32_t head_start) const {
  const Piece& p = pieces[i];
  if (i != 0 || p.end != head_start || text_.substr(p.start, p.end - p.start) != U"重点") return false;
  if (head_start + 3 > text_.size() || text_.substr(head_start, 3) != U"实验室") return false;
  return i + 1 < n && (pieces[i + 1].role == Role::kName || pieces[i + 1].role == Role::kNominal);
}

// A word the dictionary tags as a verb right before a society's or a committee's
// head, after a place, names its field (某国 + 选举 + 委员会, 某地 + 围棋 + 协会);
// a clause's verb (某地 + 成立 + 协会) does not.
bool Walker::FieldVerbBeforeHead(const std::array<Piece, 16>& pieces, std::size_t n, std::size_t i,
                                 std::uint32_t head_start) const {
  const Piece& p = pieces[i];
  if (i != 0 || i + 1 >= n || p.end != head_start || p.end - p.start != 2) return false;
  // (Or the second of two fields joined by 与/和 after the place: 某国 + 物流 + 与 + 采购 + 联合会.)
  const bool second_field = n > 3 && pieces[1].role == Role::kConj && pieces[1].end == p.start &&
                            (IsWordRole(pieces[2].role) || pieces[2].role == Role::kName) && pieces[2].end == pieces[1].start &&
                            pieces[3].role == Role::kRegion && pieces[3].end == pieces[2].start;
  if ((pieces[1].role != Role::kRegion || pieces[1].end != p.start) && !second_field) return false;
  const std::u32string_view w = text_.substr(p.start, 2);
  if (InClass(WordClass::kLabFieldStop, w) || IsBodyStop(w)) return false;
  for (std::size_t len = 2; len <= 3 && head_start + len <= text_.size(); ++len) {
    const std::u32string_view head = text_.substr(head_start, len);
    const Head* h = FindHead(head);
    if (h && (h->kind == "association" || head == U"委员会")) return true;
  }
  return false;
}

// A count the segmenter did not tag as one right before a body: a numeral glued to
// 大 or a measure word (三大 + 某某园区, 两家 + 某某公司, 四大/j + 港口集团), or a number and a measure
// word it tagged otherwise (500 + 间 + 某某公司, where 间 reads as "between").
bool Walker::CountsBefore(const std::array<Piece, 16>& pieces, std::size_t n, std::size_t i) const {
  const Piece& p = pieces[i];
  const std::u32string_view w = text_.substr(p.start, p.end - p.start);
  if ((p.pos == "x" || p.pos == "j") && w.size() == 2 && InClass(WordClass::kCountChar, w[0]) &&
      std::u32string_view(U"大家个所类批座间").find(w[1]) != std::u32string_view::npos) {
    return true;
  }
  const bool measure = p.pos == "q" || (w == U"间" && p.pos == "f");
  if (!measure || p.start == 0 || (i + 1 < n && pieces[i + 1].end != p.start)) return false;
  const Token& before = doc_.tokens[TokenAt(p.start - 1)];
  return before.pos == "m" && before.end == p.start;
}

// Whether a zone's head begins at `start` (片区, 新区, 高新区).
bool Walker::ZoneHeadAt(std::uint32_t start) const {
  for (std::size_t len = 2; len <= MaxHeadLength() && start + len <= text_.size(); ++len) {
    if (const Head* h = FindHead(text_.substr(start, len)); h && h->kind == "zone") return true;
  }
  return false;
}

// Whether pieces[left] is a person's name (two or three characters from a common surname) with a
// title or a layout mark (■, ●) on its left and a place (or a body found already) on its right.
bool Walker::BylineNameBeforePlace(const std::array<Piece, 16>& pieces, std::size_t left) const {
  const Piece& name = pieces[left];
  const Piece& before = pieces[left + 1];
  const Role right = pieces[left - 1].role;
  if ((right != Role::kRegion && right != Role::kOrg) || !(name.pos == "x" || name.pos.starts_with("nr")) ||
      name.end - name.start < 2 || name.end - name.start > 3 || before.role != Role::kStop ||
      region_at_[name.start] >= 0) {
    return false;
  }
  // (A layout mark, not punctuation: 等企业;国网 + 某省… is a state grid's body.)
  const std::u32string_view mark = text_.substr(before.start, before.end - before.start);
  if (!IsTitle(mark) && std::u32string_view(U"■□●○▲△◆◇★☆").find(mark.front()) == std::u32string_view::npos) return false;
  return article::LooksLikeCreditedName(EncodeUtf8(std::u32string_view(doc_.text).substr(name.start, name.end - name.start)));
}

bool Walker::FindBody(const std::array<Piece, 16>& pieces, std::size_t n, std::uint32_t head_start, bool nests,
                      Body* body) const {
  // Decide where the body begins, right to left.
  std::uint32_t boundary = head_start;
  std::size_t left = n;  // index of the leftmost piece in the body (n = none)
  bool anchored = false, bad_pending = false, qualified = false;
  std::size_t pending = 0, loose = n, nominal_run = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const Piece& p = pieces[i];
    const Role r = p.role;
    if (r == Role::kStop) break;
    // A qualifier (省级, 先进) starts a description: nothing further left
    // belongs to it (新城开发区 + 建设省级…开发区, 申创 + 国家级经开区).
    if (IsNameRole(r) && qualified) break;
    if (r == Role::kGeneric && IsQualifier(text_.substr(p.start, p.end - p.start)) && !ModifiesField(pieces, i) &&
        !KeyLabOfAField(pieces, n, i, head_start)) {
      qualified = true;
    }
    // 组织 right before the head names its field (民间 + 组织 + 管理局, 某活动 + 组织 + 委员会);
    // further left it is the clause's verb (某联 + 组织 + 某协会).
    if (r == Role::kVerb && i == 0 && p.end == head_start && text_.substr(p.start, p.end - p.start) == U"组织") {
      boundary = p.start, left = i;
      continue;
    }
    if (r == Role::kVerb && FieldVerbBeforeHead(pieces, n, i, head_start)) {
      boundary = p.start, left = i;  // 某国 + 选举 + 委员会: the verb names the field
      continue;
    }
    // A clause's verb ends the body (中国政府 + 支持 …, 某行 + 承办 + 政府业务); it once
    // bridged after an abbreviation, which on news made only slogans and clauses
    // (党建 + 引领 + 片区, 中行 + 承办 + 政府).
    if (r == Role::kVerb) break;
    if (r == Role::kConj) {
      // Right before a head word that names a field itself (和 + 水利局), 和 joins a first field
      // to it (农业农村 + 和 + 水利局); the anchor further left must still come. A bare head
      // (导向 + 与 + 政府) joins nothing.
      if (i == 0 && (n < 2 || !IsWordRole(pieces[1].role) || !HeadWordNamesAField(head_start))) break;
      if (bad_pending || i + 1 >= n || pieces[i + 1].role == Role::kOrg || (i > 0 && pieces[i - 1].role == Role::kOrg)) {
        break;
      }
      if (i == 0) {
        bad_pending = true, ++pending;
        continue;
      }
      // 和 after a person or a place joins two things, not two words of one name (某某和国家某某小组).
      // (Two places the dictionary knows: 某州 + 和 + 某市政府.)
      if (pieces[i + 1].pos.starts_with("nr") || region_at_[pieces[i + 1].start] >= 0 ||
          (pieces[i + 1].role == Role::kRegion && pieces[i - 1].role == Role::kRegion)) {
        break;
      }
      // A place right after 和 opens a second body (某县卫生服务 + 和 + 某县 + 人民医院).
      if (pieces[i - 1].role == Role::kRegion) break;
      // 和 before 国家, 全国 joins something to a national body (某人和 + 国家某某小组).
      if (pieces[i - 1].role == Role::kNational) break;
      // 和 between two proper names joins two bodies (IBM及某某公司, 某协和某某（中国）有限公司;
      // not MEMS与传感器, 工业和信息化部).
      if (pieces[i + 1].role == Role::kName && IsNameRole(pieces[i - 1].role)) break;
      // A whole name before 和 ends there (某台新闻部 + 和 + 某大学): 工业和信息化部 joins words, not bodies;
      // so does one after it (某某 + 与 + 某店集团 + 控股有限公司 are two companies).
      if (EndsWithHead(pieces[i + 1]) || EndsWithHead(pieces[i - 1])) break;
      // A proper name before 与 and a word the dictionary knows with the head glued on after it
      // (某某 + 与 + 横店集团) are two bodies; fields before a head word stay one (人力资源和社保局).
      if (i == 1 && pieces[i + 1].role == Role::kName && doc_.tokens[TokenAt(pieces[0].start)].end > head_start) break;
      bad_pending = true, ++pending;
      continue;
    }
    if (r == Role::kLevel) {
      // A town's or a township's level glued to its name (黑岛 + 镇, 崇礼 + 乡) is
      // that place, written in full inside the name (某镇某村小学).
      if (i + 1 < n && IsTownLevel(p) && pieces[i + 1].end == p.start && pieces[i + 1].end - pieces[i + 1].start >= 2 &&
          (pieces[i + 1].role == Role::kRegion || pieces[i + 1].role == Role::kName)) {
        boundary = pieces[i + 1].start, left = i + 1, pending = 0, bad_pending = false, anchored = true;
        ++i;
        continue;
      }
      // A level right before a place ends something else (经济区 + 中国合作中心), but for a
      // chamber of that place's people in the level's province or city (省 + 某省 + 商会).
      // (A word the dictionary tags as a place that names none, 城市 of 市 + 城市管理 + 局, is no place.)
      if (i > 0 && pieces[i - 1].role == Role::kRegion && region_at_[pieces[i - 1].start] >= 0 &&
          !(i == 1 && text_.substr(head_start, 2) == U"商会" && pieces[0].end == head_start)) {
        break;
      }
      // Two fields joined by 和 after a bare level are one bureau's remit
      // (市 + 人力资源和社会保障 + 局, 县 + 农业农村和水利 + 局).
      if (bad_pending && !IsWordRole(pieces[i - 1].role)) break;
      // 区 glued to a noun before it is the tail of a zone's name the grammar
      // missed (某某经济带区 + 管委会), not a bare level: no name at all.
      if (i + 1 < n && text_[p.start] == U'区' && p.end - p.start == 1 && IsWordRole(pieces[i + 1].role)) return false;
      // So is 区 right after an adverb or a verb the dictionary cut from it (起步 + 区, the start-up
      // area), before a zone's head; before a bureau or a congress it is the level after the
      // clause's verb (听取 + 区 + 人大的汇报, 看望 + 区 + 科技局).
      if (i + 1 < n && text_[p.start] == U'区' && p.end - p.start == 1 && pieces[i + 1].end == p.start &&
          (pieces[i + 1].pos == "d" || pieces[i + 1].pos == "v" || pieces[i + 1].pos == "a") && ZoneHeadAt(head_start)) {
        return false;
      }
      boundary = p.start, left = i, pending = 0, bad_pending = false;
      if (i + 1 < n && pieces[i + 1].role == Role::kRegion) continue;
      break;
    }
    // A full personal name (彭楚政) is not part of a name further left.
    // (Before a place in parentheses it is a brand: 某某子（中国）有限公司; before an
    // interpunct, the first part of a transliterated name: 某某德·某斯研究所.)
    if (r == Role::kName && i > 0 && p.pos.starts_with("nr") && p.end - p.start == 3 &&
        text_[pieces[i - 1].start] != U'（' && text_[pieces[i - 1].start] != U'·') {
      break;
    }
    // Two bodies written one after the other without a separator: a name
    // that begins anew (中国…, 国家…, 最高…) after a whole organisation does not extend it.
    if (r == Role::kOrg && i > 0 &&
        ((StartsAnew(pieces[i - 1]) && !ZoneNamedByTheNation(p, pieces[i - 1], head_start)) ||
         (!GroupsOwnCompany(p, pieces[i - 1], head_start) && !LocalBureauOfAnAdministration(p, head_start) &&
          BeginsAnewAfterBody(pieces[i - 1], nests))) &&
        !InstituteOfUniversity(p, head_start) && !ZoneOfABranch(pieces[i - 1], head_start)) {
      break;
    }
    // A place before a national body is where its branch sits (某市 + 中科院某某中心):
    // the name begins with the nation.
    if (r == Role::kRegion && i > 0 && boundary == pieces[i - 1].start && OpensNationalBody(pieces[i - 1])) break;
    // 国家, 全国 right before a named body opens it (国家 + 某检局, 全国 + 某某领导小组).
    const bool national_opens = r == Role::kNational && pending == 0 && boundary == p.end &&
                                (i + 1 >= n || pieces[i + 1].role == Role::kStop);
    if (IsNameRole(r) || (r == Role::kNational && (!anchored || national_opens))) {
      boundary = p.start, left = i, pending = 0, bad_pending = false;
      anchored = anchored || IsNameRole(r);
      continue;
    }
    // kNominal, kGeneric, kEdge
    if (!anchored && pending == 0 && boundary == p.end) {
      boundary = p.start, left = i;
      if (++nominal_run > 6) break;
      continue;
    }
    if (pending == 0) loose = i;
    // (A 与/和 joining two fields takes a slot of its own: 科技 + 政策 + 研究 + 与 + 资讯 + 中心.)
    if (++pending > (bad_pending ? 4u : 3u)) break;
  }
  // Two fields joined by 与/和 opening the clause before a school's or an institute's head
  // (我校 + 药学与生物工程 + 学院) are one name of fields; Proper decides whether such a
  // descriptive name is one for this head.
  if (bad_pending && !anchored && left + 2 < n && pieces[left + 1].role == Role::kConj) {
    std::size_t k = left + 2;
    while (k < n && pieces[k].role == Role::kNominal && pieces[k].end == pieces[k - 1].start) ++k;
    if (k > left + 2 && (k == n || pieces[k].role == Role::kStop)) {
      left = k - 1, boundary = pieces[left].start, bad_pending = false, pending = 0;
    }
  }
  // One ordinary noun before the leftmost name belongs to it (东风 + 纳米).
  if (anchored && pending == 1 && !bad_pending && loose < n && pieces[loose].role == Role::kNominal &&
      pieces[loose].end - pieces[loose].start >= 2 && pieces[loose].pos == "n" &&
      !FindHead(text_.substr(pieces[loose].start, pieces[loose].end - pieces[loose].start)) &&
      pieces[loose].end == boundary && (loose + 1 >= n || pieces[loose + 1].role == Role::kStop) &&
      // (not after a count: 一段 + 时间 + 某国队 is a time, and the count would void the name)
      (loose + 1 >= n || pieces[loose + 1].pos != "m")) {
    boundary = pieces[loose].start, left = loose;
  }
  // A one-character adjective before the leftmost name, written with it inside a name found
  // earlier (北京 + 绿 + 某华 + 园林有限公司 … 绿 + 某华 + 产业学院), is the brand's first character.
  if (anchored && pending == 1 && !bad_pending && loose < n && left < n && pieces[loose].end == boundary &&
      pieces[loose].end - pieces[loose].start == 1 && pieces[loose].pos == "a" && pieces[left].role == Role::kName) {
    const std::u32string_view brand = text_.substr(pieces[loose].start, pieces[left].end - pieces[loose].start);
    for (const Candidate& c : *cands_) {
      if (c.valid && c.end <= pieces[loose].start && text_.substr(c.start, c.end - c.start).find(brand) != std::u32string_view::npos) {
        boundary = pieces[loose].start, left = loose;
        break;
      }
    }
  }
  // A place's kind of body before another place opens no name: the name starts at the second
  // place (温州 + 企业 + 浙江某某汽车电子有限公司, a Wenzhou firm).
  for (std::size_t i = left; left < n && i >= 2 && i < n; --i) {
    // (A one-character qualifier is part of a trade name: 某市 + 新 + 大新公司.)
    // (Both places the gazetteer's, the second not in parentheses: 某某密封/ns + 技术 + （某市）有限公司.)
    if (pieces[i].role == Role::kRegion && pieces[i - 1].role == Role::kGeneric &&
        pieces[i - 1].end - pieces[i - 1].start >= 2 && pieces[i - 2].role == Role::kRegion &&
        region_at_[pieces[i].start] >= 0 && region_at_[pieces[i - 2].start] >= 0) {
      left = i - 2;
      boundary = pieces[left].start;
      break;
    }
  }
  // A body never begins with a generic noun or a localiser (重点实验室).
  bool cut_generic = false;
  while (left < n && boundary < head_start &&
         (pieces[left].role == Role::kGeneric || pieces[left].role == Role::kEdge)) {
    // (国际 is left to OpenInternational: 国际 + 某某协会 is an international society's name.)
    cut_generic = cut_generic || (pieces[left].role == Role::kGeneric && left > 0 &&
                                  pieces[left - 1].start == pieces[left].end &&
                                  text_.substr(pieces[left].start, pieces[left].end - pieces[left].start) != U"国际");
    boundary = pieces[left].end;
    left = left == 0 ? n : left - 1;
  }
  if (boundary >= head_start || left >= n) return false;
  // A generic word glued to the words left of it describes them (共建 + 新型 + 显示工程技术研究中心,
  // 智能 + 制造工程…): what is left names no body unless a name holds it.
  if (cut_generic) {
    bool named = false;
    for (std::size_t i = 0; i <= left; ++i) {
      named = named || IsNameRole(pieces[i].role) || pieces[i].role == Role::kLevel || pieces[i].role == Role::kNational;
    }
    if (!named) return false;
  }
  // A person named after a title (记者 + 王某 + 某地某某集团) is no part of the name.
  if (left + 1 < n && pieces[left].pos.starts_with("nr") &&
      IsTitle(text_.substr(pieces[left + 1].start, pieces[left + 1].end - pieces[left + 1].start))) {
    if (left == 0) return false;
    --left;
    if (left > 0 && pieces[left].end - pieces[left].start == 1) --left;  // 王明 + 远 (the HMM's cut)
    boundary = pieces[left].start;
  }
  // A person's name printed after a title or a layout mark, right before a place that opens a
  // body (本报记者 + 某某 + 长三角某联盟, ■ + 某某 + 某省科技厅党组: a byline or a signature glued to
  // the headline): the person's, no part of the name.
  if (left >= 1 && left + 1 < n && BylineNameBeforePlace(pieces, left)) {
    --left;
    boundary = pieces[left].start;
  }
  // The HMM glues a preposition to an unknown name (以超威 + 集团).
  if (pieces[left].pos == "x") {
    while (boundary < pieces[left].end && IsGluedPreposition(text_[boundary])) ++boundary;
    // Two characters of which one would be left, the first one that also opens trade names
    // (经投 + 集团, 以岭), are the name itself; 但英 + 政府, 兼市 + 公安局 stay a function word + one.
    if (pieces[left].end - boundary == 1 && pieces[left].end - pieces[left].start == 2 &&
        std::u32string_view(U"经以同任").find(text_[pieces[left].start]) != std::u32string_view::npos &&
        !IsLevelPrefix(text_.substr(boundary, 1))) {
      boundary = pieces[left].start;
    }
    if (boundary == pieces[left].end) {  // 这是 + 赞比亚政府
      if (left == 0) return false;
      --left;
      boundary = pieces[left].start;
    }
  }
  // The dictionary word 从中 ("from it") swallows the first character of a name
  // beginning with 中 (记者从中 + 某基金管理公司获悉): the 中 belongs to the name.
  if (boundary >= 2 && text_[boundary - 2] == U'从' && text_[boundary - 1] == U'中') --boundary;
  // A place in parentheses opens no name (西部 + （某市）科学城 is left to the lists).
  if (text_[boundary] == U'（') return false;
  // A count or ordinal before the name makes it a category (第四批…联盟, 5个产业链联盟);
  // a date before it does not (1997年 + 某国银行).
  if (left + 1 < n && pieces[left + 1].pos == "m" && !IsDateWord(pieces[left + 1])) return false;
  if (left + 1 < n && CountsBefore(pieces, n, left + 1)) return false;

  // What the body holds.
  bool has_name = false;
  int inner = -1;
  for (std::size_t i = 0; i <= left; ++i) {
    if (IsNameRole(pieces[i].role)) has_name = true;
    if (pieces[i].role == Role::kOrg && inner < 0) inner = pieces[i].org;
  }
  body->start = boundary;
  body->left = left;
  body->level = pieces[left].role == Role::kLevel;
  body->has_name = has_name;
  body->inner = inner;
  body->qualified = qualified;
  return true;
}

}  // namespace zhcorpus::org
