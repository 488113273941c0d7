// Names listed and then counted as companies: 甲电、乙充、丙宝、丁能4家头部企业
// names four companies, as 青禾、明远和星河三家公司 names three. The count of
// firms (N家) before a company noun (企业, 公司, 厂商 …) says the items are
// names, whatever words they are made of; places (北京、上海两家企业) and
// categories (钢铁、汽车等5家企业, where no item is a proper word) are not.
// A list closed by 等 and a company noun says the same without a count
// (甲新能源、乙锂电等一批锂电企业, 甲游艇及乙食品等企业); an item may then be a
// brand and its line of business cut into up to three words.
#include <algorithm>

#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxItems = 8;
// 头部, 锂电, 科技 创新 类, 新 能源 汽车 整车 生产 between the count and the noun
constexpr std::size_t kMaxModifiers = 6;
constexpr std::size_t kMaxItemTokens = 3;
constexpr std::uint32_t kMaxItemLength = 6;

// A noun for firms closing a list (data/org_words.tsv, firm_noun). (平台 and 单位 only
// after a count: 甲、乙等平台 lists apps and zones as often as firms; N家单位 are
// firms and public bodies alike.)
bool IsFirmNoun(std::u32string_view w, bool counted) {
  if (w == U"平台" || w == U"单位") return counted;
  return InClass(WordClass::kFirmNoun, w);
}

// A word, not punctuation: it begins with a Han character, a letter or a digit.
bool IsWord(std::u32string_view w) {
  const char32_t c = w.empty() ? U' ' : w.front();
  return IsHan(c) || (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
         (c >= U'０' && c <= U'ｚ');
}

bool IsNumeral(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') ||
         std::u32string_view(U"一二两三四五六七八九十").find(c) != std::u32string_view::npos;
}

// A count of firms: digits or Chinese numerals, then 家 (4家, 三家, 两家).
bool IsFirmCount(std::u32string_view w) {
  return w.size() >= 2 && w.back() == U'家' && std::all_of(w.begin(), w.end() - 1, IsNumeral);
}

// What may stand between 等 and the firm noun: a count of firms or a batch (一批, 多家).
bool IsBatch(std::u32string_view w) {
  return IsFirmCount(w) || InClass(WordClass::kFirmBatch, w);
}

// (旗下 parts a parent from its company, both firms of the list: 甲 + 旗下 + 乙资本、丙等机构.)
bool IsSeparator(std::u32string_view w) {
  return w == U"、" || w == U"和" || w == U"及" || w == U"与" || w == U"以及" || w == U"旗下";
}

bool IsNamePos(std::string_view pos) {
  return pos == "x" || pos == "nz" || pos == "nr" || pos == "nrt" || pos == "nrfg" || pos == "eng" || pos == "j" ||
         pos == "nt";
}

// Words an item may be: nouns, names, and the verbs and adjectives brands are
// made of (来电); never numbers, pronouns, places or function words.
bool IsItemPos(std::string_view pos) {
  return IsNamePos(pos) || pos == "n" || pos == "ng" || pos == "v" || pos == "vn" || pos == "a" || pos == "an";
}

// Function words: a list item never holds one.
bool IsFunctionPos(std::string_view pos) {
  return pos.starts_with("u") || pos.starts_with("p") || pos.starts_with("c") || pos.starts_with("d") ||
         pos.starts_with("r") || pos.starts_with("m");
}

bool IsModifierPos(std::string_view pos, bool first, std::u32string_view word) {
  if (pos == "n" || pos == "vn" || pos == "b" || pos == "nz" || pos == "a") return true;
  if (pos == "mq") return word == U"零部件";  // (tagged a count by the dictionary)
  if (word.size() != 2) return !first && (pos == "v" || pos == "q");
  if (word == U"上市") return true;  // (tagged a place by the dictionary)
  if (word == U"知名" || word == U"优质" || word == U"骨干") return true;  // (tagged verbs)
  // What the firms did to be counted (22家 + 参会 + 企业, 入驻 + 企业).
  if (word == U"参会" || word == U"参展" || word == U"入驻" || word == U"签约" || word == U"入选") return true;
  return !first && (pos == "v" || pos == "q");  // 科技 + 创新 + 类
}

}  // namespace

const std::vector<std::uint32_t>& Walker::Cues() {
  if (!cues_found_) {
    cues_found_ = true;
    for (std::uint32_t p = 0; p < text_.size(); ++p) {
      switch (text_[p]) {
        case U'家': case U'等': case U'业': case U'司': case U'企': case U'厂': case U'产': case U'股': case U'(': case U'（':
        case U'附':  // (某大一 + 附院, org_university_hospital.cc)
          cues_.push_back(p);
          break;
        default:
          break;
      }
    }
  }
  return cues_;
}

// Whether tokens from `from` on close a list as firms: up to three modifiers,
// then a firm noun.
bool Walker::FirmNounFollows(std::size_t from, bool counted) const {
  const auto& toks = doc_.tokens;
  for (std::size_t h = from; h < toks.size() && h <= from + kMaxModifiers; ++h) {
    const std::u32string_view w = text_.substr(toks[h].start, toks[h].end - toks[h].start);
    if (IsFirmNoun(w, counted)) return true;
    if (!IsModifierPos(toks[h].pos, h == from, w)) return false;
  }
  return false;
}

// How many tokens from `t` on write a batch (一批, 多家; 一 + 大批 as the dictionary cuts it), or 0.
std::size_t Walker::BatchTokens(std::size_t t) const {
  const auto& toks = doc_.tokens;
  if (t >= toks.size()) return 0;
  if (IsBatch(text_.substr(toks[t].start, toks[t].end - toks[t].start))) return 1;
  if (t + 1 < toks.size() && toks[t + 1].start == toks[t].end &&
      IsBatch(text_.substr(toks[t].start, toks[t + 1].end - toks[t].start))) {
    return 2;
  }
  return 0;
}

void Walker::FindCountedLists() {
  const auto& toks = doc_.tokens;
  auto text = [&](std::size_t t) { return text_.substr(toks[t].start, toks[t].end - toks[t].start); };
  for (const std::uint32_t at : Cues()) {
    // Only a count ending in 家 or 等 itself can close a list.
    if (text_[at] != U'家' && text_[at] != U'等') continue;
    const std::size_t k = TokenAt(at);
    if (k < 2 || k >= toks.size() || toks[k].end != at + 1) continue;
    // A count of firms (k) with 等 optional before it, or 等 (k) before a batch or the noun.
    std::size_t last;  // one past the list's last item
    if (IsFirmCount(text(k)) && FirmNounFollows(k + 1, true)) {
      last = text(k - 1) == U"等" ? k - 1 : k;
    } else if (text(k) == U"等" && k + 1 < toks.size() &&
               (BatchTokens(k + 1) > 0 ? FirmNounFollows(k + 1 + BatchTokens(k + 1), true) : FirmNounFollows(k + 1, false))) {
      last = k;
    } else if (GluedDeng(k) && FirmNounFollows(k + 1, false)) {
      AddFirmListItems(k, toks[k].start + 1);  // 甲、乙、欧力 + 特等 + 企业: the last item is 欧力特
      continue;
    } else {
      continue;
    }
    AddFirmListItems(last, 0);
  }
}

// A district's, county's or town's name written without its level (吉利 of 吉利区), a run of
// abbreviations (通泰), or a place
// word that is no division (长城): in a list of firms with at least one firm that is no
// place, it names a firm of that name.
bool Walker::DistrictNamedLikeAFirm(std::size_t t) const {
  const Token& tok = doc_.tokens[t];
  if (tok.end - tok.start != 2) return false;
  const int r = region_at_[tok.start];
  if (r < 0) return tok.pos == "ns" && region_at_[tok.end - 1] < 0;
  if (regions_[r].start != tok.start || regions_[r].end != tok.end) return false;
  if (std::u32string_view(U"区县市旗镇乡村").find(text_[tok.end - 1]) != std::u32string_view::npos) return false;
  // (So is a run of two abbreviations, 通泰 of 南通 and 泰州, or a town without its level.)
  const std::string_view level = regions_[r].norm.GetString("level");
  return level == "county" || level == "town" || regions_[r].norm.Has("members");
}

// Whether token k is the last character of a name glued to the 等 closing its list
// (欧力 + 特等 + 企业, 某某 + 上等): a two-character word ending in 等 right after a
// proper word, with a list separator before that word's item.
bool Walker::GluedDeng(std::size_t k) const {
  const auto& toks = doc_.tokens;
  if (k < 3 || toks[k].end - toks[k].start != 2 || text_[toks[k].end - 1] != U'等' || toks[k - 1].end != toks[k].start) {
    return false;
  }
  if (!IsNamePos(toks[k - 1].pos) || !IsHan(text_[toks[k].start])) return false;
  const std::u32string_view sep = text_.substr(toks[k - 2].start, toks[k - 2].end - toks[k - 2].start);
  return sep == U"、";
}

// The items of a list of firms ending before token `last`, right to left; each
// is one token, or up to three tokens between separators. `glued_end`, when not
// 0, is where the last item ends: one character into token `last` (欧力 + 特等).
void Walker::AddFirmListItems(std::size_t last, std::uint32_t glued_end) {
  const auto& toks = doc_.tokens;
  auto text = [&](std::size_t t) { return text_.substr(toks[t].start, toks[t].end - toks[t].start); };
  const std::size_t max_tokens = kMaxItemTokens;
  struct Item {
    std::size_t first, end;  // [first, end) tokens
    std::uint32_t end_char;  // where the item ends in the text
  };
  std::vector<Item> items;
  bool named = false, ok = true, firm_item = false;
  std::size_t t = last;
  while (t > 0 && items.size() < kMaxItems) {
    std::size_t first = t;
    while (first > 0 && t - first < max_tokens && IsItemPos(toks[first - 1].pos) && !IsPlace(first - 1) &&
           !IsSeparator(text(first - 1)) && IsWord(text(first - 1))) {
      --first;
    }
    // A firm named like a district, alone between separators (吉利、长城、比亚迪等车企).
    if (first == t && t > 0 && DistrictNamedLikeAFirm(t - 1) && (t == 1 || IsSeparator(text(t - 2)))) --first;
    // A place and one word of business between separators (某地 + 城控、某店 + 建设等15家单位): a
    // local firm's short name, the place its own word.
    // (A head after the place is the grammar's to read: 某湖 + 公司.)
    if (first + 1 == t && first > 0 && IsPlace(first - 1) && toks[first - 1].end == toks[first].start &&
        (first == 1 || IsSeparator(text(first - 2))) && !FindHead(text(first)) && !IsGenericNoun(text(first))) {
      --first;
    }
    bool bounded = first == 0 || IsSeparator(text(first - 1));
    if (!bounded && !items.empty()) {
      // An item between two separators may hold a word of another class the
      // segmenter made (天元/q + 塑业): it ends at the separator if one comes soon.
      std::size_t reach = first;
      while (reach > 0 && t - reach < max_tokens && IsWord(text(reach - 1)) && !IsFunctionPos(toks[reach - 1].pos)) {
        --reach;
      }
      if (reach > 0 && reach < first && IsSeparator(text(reach - 1))) first = reach, bounded = true;
    }
    if ((!bounded || first == 0) && first + 1 < t) {
      // The first item begins after a word of the clause (培育了 + 甲 新 能源): a verb
      // opening the run is the clause's (包括 + 甲游艇, also opening the text: 还有 + 甲), and a noun before the run
      // leaves its start unknown.
      while (first + 1 < t && toks[first].pos.starts_with("v")) ++first;
      if (first > 0 && IsItemPos(toks[first - 1].pos) && !toks[first - 1].pos.starts_with("v") && IsWord(text(first - 1))) {
        first = t;
      }
    }
    const std::uint32_t item_end = t == last && glued_end > 0 ? glued_end : (first < t ? toks[t - 1].end : 0);
    const std::uint32_t length = first < t ? item_end - toks[first].start : 0;
    // (Nor does one that opens right after a place: 某某高科 + 某地 + 基地 is a firm's site, whose
    // firm the run cannot tell.)
    if (first == t || length < 2 || length > kMaxItemLength || (!bounded && (IsPlace(first) || (first > 0 && IsPlace(first - 1))))) {
      ok = items.size() >= 2;
      break;
    }
    // A kind of body among the items (高校、企业、科研院所等) makes the list one of kinds.
    if (first + 1 == t && (InClass(WordClass::kGeneric, text(first)) || InClass(WordClass::kEveryday, text(first)))) return;
    items.push_back({first, t, item_end});
    firm_item = firm_item || !(first + 1 == t && IsPlace(first));
    for (std::size_t i = first; i < t; ++i) named = named || IsNamePos(toks[i].pos);
    named = named || cand_end_[item_end] >= 0;
    if (!bounded || first == 0) break;
    t = first - 1;
  }
  if (!ok || items.size() < 2 || !named || !firm_item) return;
  for (const auto& [first, end, end_char] : items) {
    if (const int found = cand_end_[end_char]; found >= 0) {
      // Found already (华为); a company found by its line of business alone
      // (甲 + 绿能科技) takes the whole item.
      // (So does a known one after a proper word of the item, 红某 + 某凯龙: the name as written.)
      Candidate& c = (*cands_)[found];
      bool proper_before = true;
      for (std::size_t i = first; i < end && toks[i].start < c.start; ++i) proper_before = proper_before && IsNamePos(toks[i].pos);
      if (c.valid && c.kind == "company" && c.start > toks[first].start && (!c.known || proper_before)) {
        c.start = toks[first].start;
        c.known = nullptr;
      }
      continue;
    }
    // The item is one firm: a known short name found inside it is part of it (上汽 + 大众, 北汽 + 株洲).
    DropPartsOf(toks[first].start, end_char);
    AddBrandCompany(toks[first].start, end_char, true);
  }
}

}  // namespace zhcorpus::org
