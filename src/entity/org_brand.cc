// Short forms within one article: once 青禾集团有限公司 is found, a later 青禾
// is the same company (norm.name the full name), and 星河纳米 alone is the
// brand of 星河纳米襄州工厂 (norm.name as written: the factory is not the
// company). A brand is the body before any place, holding a proper word.
#include <algorithm>
#include <tuple>

#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxBrands = 16;

bool IsBrandPos(std::string_view pos) {
  return pos == "x" || pos == "nz" || pos == "nr" || pos == "nrt" || pos == "nt" || pos == "j" || pos == "eng" ||
         pos == "ng" || pos == "z";
}

struct Brand {
  std::u32string_view text;
  int org = -1;       // the candidate that lent it
  bool whole = false;  // the org is the brand plus its head (青禾 + 集团有限公司)
  bool exact = false;  // the brand is the whole body after places, not only its first word
};

}  // namespace

// A company named by a small place alone (龙湖集团 … 龙湖): its body is one
// county or town the article names nowhere else as a place, neither with its
// division suffix (龙湖区) nor beside another place of its province; a
// district the story is about (萧山集团 in an article on 杭州) stays a place.
bool Walker::PlaceIsBrand(const Candidate& c) const {
  const int r = region_at_[c.start];
  if (r < 0 || c.body_end - c.start < 2) return false;
  const Entity& place = regions_[r];
  const std::string_view level = place.norm.GetString("level");
  if (place.start != c.start || place.end != c.body_end || (level != "county" && level != "town")) return false;
  const std::string_view province = place.norm.GetString("parent");
  const std::u32string_view name = text_.substr(place.start, place.end - place.start);
  for (const Entity& other : regions_) {
    if (other.start == place.start) continue;
    const std::u32string_view written = text_.substr(other.start, other.end - other.start);
    if (written.size() > name.size() && written.substr(0, name.size()) == name) return false;  // 龙湖区
    if (written != name && !province.empty() &&
        (other.norm.GetString("parent") == province || other.norm.GetString("name") == province)) {
      return false;
    }
  }
  return true;
}

// The quoted short form right after a name: （以下简称“X”）, （简称“X”）, （下称“X”）;
// [start, end) of X, or an empty span.
std::pair<std::uint32_t, std::uint32_t> Walker::DefinedShortForm(std::uint32_t name_start, std::uint32_t end) const {
  constexpr std::size_t kMaxShortForm = 10;
  std::u32string_view rest = text_.substr(end);
  if (rest.empty() || (rest[0] != U'（' && rest[0] != U'(')) return {0, 0};
  std::size_t p = 1;
  // A bare short form in parentheses right after a registered name that opens with it
  // (某某服务平台有限公司（某某）, 某某平台（某省）有限公司（某某平台）).
  if (end >= 4 && text_.substr(end - 2, 2) == U"公司") {
    const std::size_t q = rest.find_first_of(U"）)", 1);
    if (q != std::u32string_view::npos && q >= 3 && q <= 9) {
      const std::u32string_view form = rest.substr(1, q - 1);
      const bool all_han = std::all_of(form.begin(), form.end(), [](char32_t c) { return IsHan(c); });
      if (all_han && name_start + 2 <= end && text_.substr(name_start, 2) == form.substr(0, 2)) {
        return {end + 1, end + static_cast<std::uint32_t>(q)};
      }
    }
  }
  for (std::u32string_view lead : {U"以下简称", U"以下称", U"下称", U"简称"}) {
    if (rest.substr(p, lead.size()) == lead) {
      p += lead.size();
      if (p < rest.size() && (rest[p] == U'：' || rest[p] == U':')) ++p;
      if (p < rest.size() && rest[p] != U'“' && rest[p] != U'"' && rest[p] != U'「') {
        // Unquoted, up to the closing parenthesis: （以下简称某某集团）.
        const std::size_t q = rest.find_first_of(U"）)", p);
        // (本府, 本会, 本公司 point back to the body the text speaks for: no name to lend.)
        if (q == std::u32string_view::npos || q - p < 2 || q - p > kMaxShortForm || rest[p] == U'本' ||
            rest.substr(p, q - p).find_first_of(U"，、；。 ") != std::u32string_view::npos) {
          return {0, 0};
        }
        return {end + static_cast<std::uint32_t>(p), end + static_cast<std::uint32_t>(q)};
      }
      if (p >= rest.size() || (rest[p] != U'“' && rest[p] != U'"' && rest[p] != U'「')) return {0, 0};
      // (Hong Kong's and Taiwan's corner brackets quote the short form too: （以下簡稱「某某」）.)
      const char32_t close = rest[p] == U'“' ? U'”' : rest[p] == U'「' ? U'」' : U'"';
      const std::size_t q = rest.find(close, p + 1);
      if (q == std::u32string_view::npos || q - p - 1 < 2 || q - p - 1 > kMaxShortForm) return {0, 0};
      return {end + static_cast<std::uint32_t>(p + 1), end + static_cast<std::uint32_t>(q)};
    }
  }
  return {0, 0};
}

// The last token of a group's business written right after its brand (证券, 期货, 资本,
// 国际 + 金融), or `last` when none follows or the word runs on into another noun.
std::size_t Walker::GroupMemberLast(std::size_t last) const {
  const auto& toks = doc_.tokens;
  auto word = [&](std::size_t i) { return text_.substr(toks[i].start, toks[i].end - toks[i].start); };
  std::size_t t = last + 1;
  if (t < toks.size() && word(t) == U"国际") {
    // 国际 alone names the group's international company (某某国际) where a noun does not follow.
    if (t + 1 >= toks.size() || !(toks[t + 1].start == toks[t].end && (toks[t + 1].pos == "n" || toks[t + 1].pos == "ng" ||
                                                                       toks[t + 1].pos == "vn"))) {
      if (t + 1 >= toks.size() || !InClass(WordClass::kGroupMember, word(t + 1))) return t;
    }
    ++t;
  }
  if (t >= toks.size() || toks[t].start != toks[t - 1].end) return last;
  if (!InClass(WordClass::kGroupMember, word(t))) {
    // The business word cut in two (新 + 能源).
    if (t + 1 >= toks.size() || toks[t + 1].start != toks[t].end ||
        !InClass(WordClass::kGroupMember, text_.substr(toks[t].start, toks[t + 1].end - toks[t].start))) {
      return last;
    }
    ++t;
  }
  // (某商 + 科技 + 园 is a park, 某商 + 新能源 + 生产基地 a project: the business word must end
  // the noun phrase.)
  // (A nominal verb only before a noun: 某商期货 + 出资 + 设立 is the company acting.)
  const bool nominal_verb = t + 2 < toks.size() && toks[t + 1].pos == "vn" && toks[t + 2].start == toks[t + 1].end &&
                            toks[t + 2].pos == "n";
  // (A title after it is the firm's people: 某某 + 证券 + 分析师.)
  if (t + 1 < toks.size() && toks[t + 1].start == toks[t].end &&
      (toks[t + 1].pos == "n" || toks[t + 1].pos == "ng" || nominal_verb) && !IsTitle(word(t + 1))) {
    return last;
  }
  return t;
}

// Where a body's own words begin after the place that seats it (天坛医院 of 北京天坛医院): the
// article calls it by them later, unless it also writes them as a kind (NamesAKind). Only
// hospitals, centres, institutes and associations: a university, a bureau or a zone without
// its place is another one or a kind (交通大学, 科技局, 科学园区). The words must be four
// characters or more and open with no generic word (人民医院, 第一医院 name many).
// Returns c.start when there are none.
std::uint32_t Walker::OwnWordsAfterSeat(const Candidate& c) const {
  // (A government's bureau with a long remit of its own, after its place or its government, is
  // called by that remit later: 某特区政府 + 招商投资促进局 … 招商投资促进局.)
  const bool bureau = c.kind == "government";
  if (!c.valid || !(c.kind == "other" || c.kind == "research" || c.kind == "association" || bureau)) {
    return c.start;
  }
  std::size_t t = TokenAt(c.start);
  if (doc_.tokens[t].start != c.start) return c.start;
  auto seat = [&](std::size_t k) {
    const Token& tok = doc_.tokens[k];
    return IsPlace(k) || (bureau && text_.substr(tok.start, tok.end - tok.start).ends_with(U"政府"));
  };
  while (t < doc_.tokens.size() && doc_.tokens[t].end < c.end && seat(t)) ++t;
  const Token& first = doc_.tokens[t];
  const std::u32string_view word = text_.substr(first.start, first.end - first.start);
  if (first.start == c.start || first.end >= c.end || c.end - first.start < (bureau ? 6u : 4u) || IsGenericNoun(word) ||
      !IsHan(word.front()) || word.front() == U'第' || word == U"人民" || word == U"中心" ||
      !(first.pos == "n" || IsBrandPos(first.pos))) {
    return c.start;
  }
  return first.start;
}

// Whether the article writes `words` as a kind of body somewhere: after a place other than
// its `seat`, a level, a qualifier, a count, 各 or 这 (县级 + 综治中心, 浙江 + 综治中心, 这一 + 联盟).
bool Walker::NamesAKind(std::u32string_view seat, std::u32string_view words, const Candidate& lender) const {
  for (std::size_t at = text_.find(words); at != std::u32string_view::npos; at = text_.find(words, at + 1)) {
    if ((at >= lender.start && at < lender.end) || text_.substr(0, at).ends_with(seat)) continue;
    const std::size_t t = TokenAt(static_cast<std::uint32_t>(at));
    if (doc_.tokens[t].start != at || t == 0 || doc_.tokens[t - 1].end != at) continue;
    const Token& before = doc_.tokens[t - 1];
    const std::u32string_view w = text_.substr(before.start, before.end - before.start);
    if (IsPlace(t - 1) || IsLevelPrefix(w) || IsQualifier(w) || IsGenericNoun(w) || before.pos.starts_with("m") ||
        before.pos.starts_with("r") || w.ends_with(U"级") || w.find_first_of(U"全这那该此") == 0) {
      return true;
    }
  }
  return false;
}

// The HMM cuts a coined name written again by where its characters meet the next
// word's (卡诺普 + 正带动 read 卡诺 + 普正): a brand of three characters or more may
// end inside an unknown word, which is no word the dictionary vouches for.
bool Walker::CutByTheHmm(std::u32string_view brand, std::uint32_t end) const {
  const Token& tok = doc_.tokens[TokenAt(end - 1)];
  return brand.size() >= 3 && tok.pos == "x" && IsHan(text_[tok.start]) && tok.start < end;
}

// Where the first industry head (高科, 科技, 新能源) among the body's tokens from `first` ends, after
// a coined word (a proper word, or a verb or an adjective a trade name is made of: 融通/vn) or
// itself unknown to the dictionary; 0 when there is none before `end`. (A plain noun before a
// plain industry word, 数字 + 科技, describes a business.)
std::uint32_t Walker::FirstIndustryEnd(std::size_t first, std::uint32_t end) const {
  bool coined = false;
  for (std::size_t t = first; t < doc_.tokens.size() && doc_.tokens[t].end < end; ++t) {
    const Token& tok = doc_.tokens[t];
    const Head* head = FindHead(text_.substr(tok.start, tok.end - tok.start));
    // (An industry word the dictionary does not know, 高科/x, is coined itself: 融汇 + 高科.)
    if (head && head->cls == HeadClass::kIndustry) return (coined || IsBrandPos(tok.pos)) && t > first ? tok.end : 0;
    coined = coined || IsBrandPos(tok.pos) || tok.pos == "vn" || tok.pos == "v" || tok.pos == "a";
  }
  return 0;
}

void Walker::PropagateBrands() {
  std::vector<Brand> brands;
  const std::size_t found = cands_->size();
  auto lend = [&](std::uint32_t start, std::uint32_t end, std::size_t ci, bool whole, bool exact) {
    const Candidate& c = (*cands_)[ci];
    const std::u32string_view text = text_.substr(start, end - start);
    const Brand brand{text, static_cast<int>(ci), whole, exact};
    auto it = std::find_if(brands.begin(), brands.end(), [&](const Brand& b) { return b.text == text; });
    if (it == brands.end()) {
      if (brands.size() < kMaxBrands) brands.push_back(brand);
      return;
    }
    // The best lender: a full name, then one whose body is just the brand,
    // then the longest (青禾集团有限公司 over 青禾集团 and 浙江青禾智能光学技术有限公司).
    const std::size_t len = c.end - c.start, old_len = (*cands_)[it->org].end - (*cands_)[it->org].start;
    if (std::tie(whole, exact, len) > std::tie(it->whole, it->exact, old_len)) *it = brand;
  };
  for (std::size_t ci = 0; ci < found; ++ci) {
    const Candidate& c = (*cands_)[ci];
    if (c.valid && c.known && c.known->imported && c.kind == "company") {
      // A listed company's leading unknown word is its brand too (某纬 of 某纬 + 锂能); of
      // a four-character name the HMM cut as 某纬锂 + 能, its first two characters.
      const std::size_t t = TokenAt(c.start);
      const Token& lead = doc_.tokens[t];
      if (lead.start == c.start && c.end - c.start == 4 && lead.end - lead.start >= 2 && lead.end < c.end &&
          (lead.pos == "x" || lead.pos == "nz") && !IsPlace(t)) {
        const std::uint32_t brand_end = c.start + 2;
        lend(lead.start, brand_end, ci, false, false);
      }
    }
    if (c.valid && c.lends_itself) {
      lend(c.start, c.end, ci, true, true);
      // (Named by its seat and a coined word, 某地 + 某桦: the word alone is the brand, so
      // another place before it names the group's company there, 另一地 + 某桦.)
      const std::size_t t = TokenAt(c.start);
      if (doc_.tokens[t].start == c.start && doc_.tokens[t].end < c.end && IsPlace(t) && t + 1 < doc_.tokens.size() &&
          doc_.tokens[t + 1].end == c.end && IsBrandPos(doc_.tokens[t + 1].pos)) {
        lend(doc_.tokens[t + 1].start, c.end, ci, false, true);
      }
    }
    // A known group named with 集团 (某华集团) is called by its body alone later (某华): a body
    // of up to four characters on token boundaries that holds a proper word and no place.
    if (c.valid && c.known && c.kind == "company" && c.end - c.start >= 4 && c.end - c.start <= 6 &&
        text_.substr(c.end - 2, 2) == U"集团") {
      const std::uint32_t end = c.end - 2;
      bool proper = false, place = false, bounded = false;
      for (std::size_t t = TokenAt(c.start); t < doc_.tokens.size() && doc_.tokens[t].end <= end; ++t) {
        proper = proper || IsBrandPos(doc_.tokens[t].pos);
        place = place || IsPlace(t);
        bounded = doc_.tokens[t].end == end;
      }
      if (proper && !place && bounded) lend(c.start, end, ci, true, true);
    }
    if (const std::uint32_t own = OwnWordsAfterSeat(c); own > c.start) lend(own, c.end, ci, true, true);
    if (!c.valid || c.known || c.kind != "company" || c.body_end >= c.end) continue;
    // The body after its leading places and before any other place
    // (美嘉欣科技 of 浙江美嘉欣科技有限公司, 星河纳米 of 星河纳米襄州工厂).
    std::size_t t = TokenAt(c.start);
    if (doc_.tokens[t].start != c.start) continue;
    // (A school's short form the dictionary tags as a place, 台大/ns, is no seat: 台大 + 创投 + 管顾
    // lends no brand 创投.)
    auto is_place = [&](const Token& tok) {
      if (region_at_[tok.start] >= 0) return true;
      if (tok.pos != "ns") return false;
      const int o = CandidateEndingAt(tok.end);
      return o < 0 || (*cands_)[o].start != tok.start || (*cands_)[o].kind != "university";
    };
    while (t < doc_.tokens.size() && doc_.tokens[t].end <= c.body_end && is_place(doc_.tokens[t])) ++t;
    if (t >= doc_.tokens.size() || doc_.tokens[t].end > c.body_end) {
      if (PlaceIsBrand(c)) lend(c.start, c.body_end, ci, true, true);
      continue;
    }
    const std::size_t first = t;
    std::uint32_t end = doc_.tokens[t].start;
    bool proper = false;
    // (A parenthesis ends the brand: 玉湖冷链 of 玉湖冷链（中国）有限公司.)
    auto is_bracket = [&](const Token& tok) { return std::u32string_view(U"（(").find(text_[tok.start]) != std::u32string_view::npos; };
    for (; t < doc_.tokens.size() && doc_.tokens[t].end <= c.body_end && !is_place(doc_.tokens[t]) && !is_bracket(doc_.tokens[t]);
         ++t) {
      proper = proper || IsBrandPos(doc_.tokens[t].pos);
      end = doc_.tokens[t].end;
    }
    const Token& lead = doc_.tokens[first];
    if (!proper || end - lead.start < 2) continue;
    const bool whole = end == c.body_end;
    lend(lead.start, end, ci, whole, true);
    // A brand and its line of business (某奥 + 生物) written again is the company as a whole,
    // not its brand alone (某奥生物 + 生产基地项目 before the name is found standing alone).
    if (whole && lead.start == c.start && c.end == c.head_end && c.head_end - c.body_end <= 2) {
      const Head* head = FindHead(text_.substr(c.body_end, c.head_end - c.body_end));
      if (head && head->cls == HeadClass::kIndustry) lend(c.start, c.end, ci, true, true);
    }
    // An unknown word leading the body is the brand alone too (美嘉欣).
    if (lead.end < end && lead.end - lead.start >= 2 && (lead.pos == "x" || lead.pos == "nz")) {
      lend(lead.start, lead.end, ci, whole, false);
    }
    // So is the brand with the first line of business of a longer body (某通高科 of 某通高科 +
    // 先进材料 + 集团股份有限公司): the short form news writes.
    if (const std::uint32_t industry = FirstIndustryEnd(first, end); industry > lead.end && industry < end) {
      lend(lead.start, industry, ci, false, true);
    }
  }
  // A short form the article defines (某某网络科技有限公司（以下简称“某某网络”）).
  for (std::size_t ci = 0; ci < found; ++ci) {
    const Candidate& c = (*cands_)[ci];
    if (!c.valid) continue;
    const auto [start, end] = DefinedShortForm(c.start, c.end);
    if (start >= end) continue;
    // A bare head or a generic noun defined as the short form (以下简称“研究院”) names no brand.
    const std::u32string_view form = text_.substr(start, end - start);
    if (FindHead(form) || IsGenericNoun(form)) continue;
    lend(start, end, ci, true, true);
  }
  if (brands.empty()) return;
  // Shorter forms already found take the full name too (青禾集团, 青山环保).
  for (std::size_t ci = 0; ci < found; ++ci) {
    Candidate& c = (*cands_)[ci];
    if (!c.valid || c.known || c.kind != "company") continue;
    for (const Brand& b : brands) {
      const Candidate& from = (*cands_)[b.org];
      if (!b.whole || static_cast<int>(ci) == b.org || c.start + b.text.size() > c.end ||
          text_.substr(c.start, b.text.size()) != b.text || c.end - c.start >= from.end - from.start ||
          !c.name.empty()) {
        continue;
      }
      // Only the brand alone or the brand plus a short head (青禾集团, 宏达化学公司);
      // a full legal name (…有限公司) is a company of its own.
      const bool alone = c.end == c.start + b.text.size();
      if (!alone && (c.body_end != c.start + b.text.size() || c.head_end - c.body_end > 2)) continue;
      c.name = EncodeUtf8(std::u32string_view(doc_.text).substr(from.start, from.end - from.start));
      if (c.region.empty()) c.region = from.region;
    }
  }
  std::vector<bool> covered(text_.size() + 1, false);
  for (const Candidate& c : *cands_) {
    if (c.valid) std::fill(covered.begin() + c.start, covered.begin() + c.end, true);
  }
  // Only tokens that begin like a brand are compared (most tokens begin like none).
  std::u32string firsts;
  for (const Brand& b : brands) firsts.push_back(b.text.front());
  const auto& toks = doc_.tokens;
  // A brand may cover shorter names found inside it (中电光谷 over the zone 光谷),
  // never one that reaches outside it.
  auto only_inside = [&](std::uint32_t start, std::uint32_t end) {
    if (!covered[start] && !covered[end - 1]) return true;
    return std::none_of(cands_->begin(), cands_->end(), [&](const Candidate& c) {
      return c.valid && c.start < end && start < c.end && (c.start < start || c.end > end || c.end - c.start == end - start);
    });
  };
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (firsts.find(text_[toks[i].start]) == std::u32string::npos) continue;
    // The longest brand written here (青禾网络 over 青禾).
    const Brand* best = nullptr;
    for (const Brand& b : brands) {
      const std::uint32_t end = toks[i].start + static_cast<std::uint32_t>(b.text.size());
      if (end > text_.size() || text_.substr(toks[i].start, b.text.size()) != b.text) continue;
      if (toks[TokenAt(end - 1)].end != end && !CutByTheHmm(b.text, end)) continue;  // must end on a token boundary
      if (!only_inside(toks[i].start, end)) continue;
      // (A body's own words the article also writes as a kind lend nothing: checked only here,
      // where they recur, as most never do.)
      const Candidate& lender = (*cands_)[b.org];
      const std::uint32_t seat_end = lender.end - static_cast<std::uint32_t>(b.text.size());
      if (lender.kind != "company" && seat_end > lender.start && text_.substr(seat_end, b.text.size()) == b.text &&
          NamesAKind(text_.substr(lender.start, seat_end - lender.start), b.text, lender)) {
        continue;
      }
      if (!best || b.text.size() > best->text.size()) best = &b;
    }
    if (best) {
      const Brand& b = *best;
      const std::uint32_t end = toks[i].start + static_cast<std::uint32_t>(b.text.size());
      for (Candidate& inner : *cands_) {
        if (inner.valid && inner.start >= toks[i].start && inner.end <= end) inner.valid = false;
      }
      const Candidate& from = (*cands_)[b.org];
      // A group's brand before a business of its own is a sister company (某商证券 … 某商 + 期货).
      const std::size_t member = from.kind == "company" ? GroupMemberLast(TokenAt(end - 1)) : TokenAt(end - 1);
      std::size_t last = member;
      // The brand with a bare company head (某某 + 公司) is the same company's short name.
      if (last + 1 < toks.size() && toks[last + 1].start == toks[last].end) {
        const std::u32string_view next = text_.substr(toks[last + 1].start, toks[last + 1].end - toks[last + 1].start);
        if (from.kind == "company" && (next == U"公司" || next == U"集团")) ++last;
      }
      Candidate c;
      c.start = toks[i].start;
      c.end = toks[TokenAt(end - 1)].end == end ? toks[last].end : end;  // (a brand the HMM cut ends where it ends)
      c.kind = from.kind;
      // A place written right before the brand names the group's company there
      // (某地 + 青禾), or the company itself when its full name opens with that place.
      const bool place_before = i > 0 && toks[i - 1].end == c.start && !covered[toks[i - 1].start] && IsPlace(i - 1);
      if (place_before) c.start = toks[i - 1].start;
      const bool same_place =
          place_before && text_.substr(from.start, end - c.start) == text_.substr(c.start, end - c.start);
      if (c.end > end || (place_before && !same_place)) {
        c.region = from.region;
      } else if (b.whole) {
        c.name = EncodeUtf8(std::u32string_view(doc_.text).substr(from.start, from.end - from.start));
        c.region = from.region;
      }
      Add(std::move(c));
      i = std::max(i, last);
    }
  }
}

}  // namespace zhcorpus::org
