#include "entity/region_recognizer.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "util/word_lists.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {

struct RegionRecognizer::Mention {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::vector<std::int32_t> places;        // what the name may denote; one when resolved
  std::vector<std::int32_t> chain_places;  // towns' short names (濮院): only inside a chain
  bool needs_support = false;              // an everyday word: kept only with context
  bool short_only = false;                 // every reading is a short name (滨湖, 青山)
  std::vector<std::int32_t> members;  // abbreviation runs (沪苏浙): the places named
};

namespace {

int LevelRank(PlaceLevel level) {
  switch (level) {
    case PlaceLevel::kCountry: return 0;
    case PlaceLevel::kProvince: return 1;
    case PlaceLevel::kCity: return 2;
    case PlaceLevel::kMacro: return 3;  // 江南 the region before Nanning's 江南区
    case PlaceLevel::kCounty: return 4;
    case PlaceLevel::kForeign: return 5;
    case PlaceLevel::kTown: return 6;
  }
  return 6;
}

// Dictionary tags of words that are not names: a place name the dictionary
// holds as a verb, adjective or function word (合作 vn, 通道 v) is an
// everyday word first. Noun tags say little (jieba tags 大连 d, 信阳 n), so
// nouns that are everyday words are listed in places_extra.tsv instead.
bool IsEverydayTag(std::string_view tag) {
  static constexpr std::string_view kTags[] = {"v", "vn", "vd", "a", "ad", "an", "c", "p", "r", "f", "t", "m", "q", "l", "i"};
  return std::find(std::begin(kTags), std::end(kTags), tag) != std::end(kTags) || tag.starts_with("u");
}

// Tags jieba gives runs like 苏锡常 (nr), 港澳台 (m), 杭甬 (x); everyday
// words made of abbreviation characters (通常 d, 合金 n) have other tags.
bool IsRunTag(std::string_view tag) {
  return tag.starts_with("ns") || tag.starts_with("nr") || tag == "nz" || tag == "nt" || tag == "j" ||
         tag == "x" || tag == "m";
}

// Whether a token beginning at `pos` is a noun (材料, 能源).
bool NounStartsAt(const std::vector<Token>& tokens, std::uint32_t pos) {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), pos, [](const Token& t, std::uint32_t p) { return t.start < p; });
  return it != tokens.end() && it->start == pos && (it->pos == "n" || it->pos == "vn");
}

}  // namespace

std::vector<ExtraWord> RegionRecognizer::SegmenterWords(const RegionGazetteer& gazetteer) {
  std::vector<ExtraWord> words;
  for (const std::u32string& name : gazetteer.Names()) {
    const auto entries = gazetteer.Lookup(name);
    // A town's short name alone (新塘) is too often an everyday word to keep whole.
    const bool town_short_only = std::all_of(entries.begin(), entries.end(), [](const PlaceName& n) {
      return n.form == NameForm::kTownShort || n.form == NameForm::kNeedsArea;
    });
    if (!town_short_only) words.push_back({name, "ns", 0, ExtraWord::When::kIfUnknown});
  }
  return words;
}

RegionRecognizer::RegionRecognizer(RegionGazetteer gazetteer, const Segmenter* segmenter)
    : gazetteer_(std::move(gazetteer)) {
  const WordLists& words = WordLists::Compiled("place_words");
  landmark_ends_ = words.GetChars("landmark_end");
  place_prepositions_ = words.GetChars("place_preposition");
  people_ends_ = words.GetU32("people_end");
  for (const std::u32string& w : people_ends_) people_last_chars_ += w.back();
  for (const std::u32string& name : gazetteer_.Names()) {
    // Names the segmenter was taught carry "ns" now, not an everyday tag.
    const std::optional<std::string_view> tag = segmenter ? segmenter->WordTag(name) : std::nullopt;
    if ((tag && IsEverydayTag(*tag) && !NamesACityOrProvince(name)) || gazetteer_.IsEverydayWord(name)) {
      everyday_.insert(name);
    }
  }
}

// A city's or a province's name is read as the place whatever tag the
// dictionary gives it (保定 v, 开封 v, 茂名 a): news names the city far more
// often than the old verb or adjective. Everyday words among them are listed
// in places_extra.tsv. A county's name keeps the tag's doubt (合作, 通道).
bool RegionRecognizer::NamesACityOrProvince(std::u32string_view name) const {
  for (const PlaceName& n : gazetteer_.Lookup(name)) {
    const PlaceLevel level = gazetteer_.place(n.place).level;
    if (level == PlaceLevel::kCity || level == PlaceLevel::kProvince) return true;
  }
  return false;
}

// True when a place name starts `text` (湖州 in 浙江湖州: 湖 is no lake there).
bool RegionRecognizer::StartsName(std::u32string_view text) const {
  bool found = false;
  gazetteer_.ForEachNameAt(text, [&](std::size_t len, auto) { found |= len >= 2; });
  return found;
}

bool RegionRecognizer::Acceptable(const Document& doc, const PlaceName& name, std::uint32_t end) const {
  const std::u32string_view text = doc.simplified;
  const char32_t next = end < text.size() ? text[end] : U'\0';
  switch (name.form) {
    case NameForm::kNeedsArea:
      return text.substr(end).starts_with(U"地区");
    case NameForm::kShort:
      // 西湖路, 杭州湾: what follows names a street, lake or bridge, not the division.
      if (landmark_ends_.find(next) != std::u32string::npos && !StartsName(text.substr(end))) return false;
      break;
    default:
      break;
  }
  // 中国式现代化: an adjective, not a place reference.
  if (next == U'式' && gazetteer_.place(name.place).level == PlaceLevel::kCountry) return false;
  return true;
}

// A name whose place is clear from its form: an everyday word (资源, 通道)
// written as a short name or a two-character full name (郊区) is not.
bool RegionRecognizer::NeedsSupport(std::u32string_view piece, const PlaceName& name) const {
  if (!everyday_.contains(piece)) return false;
  return name.form == NameForm::kShort || (name.form == NameForm::kFull && piece.size() <= 2);
}

std::vector<RegionRecognizer::Mention> RegionRecognizer::MatchNames(const Document& doc,
                                                                    const Boundaries& bounds) const {
  const std::u32string_view text = doc.simplified;
  std::vector<Mention> mentions;
  for (std::uint32_t i = 0; i < text.size(); ++i) {
    if (!bounds.start[i]) continue;
    Mention best;
    gazetteer_.ForEachNameAt(text.substr(i), [&](std::size_t len, std::span<const PlaceName> names) {
      const std::u32string_view piece = text.substr(i, len);
      const auto end = static_cast<std::uint32_t>(i + len);
      if (len >= 2 && bounds.end[end] && !doc.IsOpaque(i, end)) {
        Mention m{i, end, {}, {}, true, true, {}};
        for (const PlaceName& name : names) {
          if (!Acceptable(doc, name, end)) continue;
          if (name.form == NameForm::kTownShort) {
            m.chain_places.push_back(name.place);
            continue;
          }
          m.places.push_back(name.place);
          m.short_only &= name.form == NameForm::kShort;
          // Everyday only when every reading is (河北: a province first,
          // Tianjin's 河北区 second).
          m.needs_support &= NeedsSupport(piece, name);
        }
        if (m.places.empty()) m.needs_support = false;
        if (!m.places.empty() || !m.chain_places.empty()) best = std::move(m);
      }
    });
    if (best.places.empty() && best.chain_places.empty()) continue;
    i = best.end - 1;
    mentions.push_back(std::move(best));
  }
  return mentions;
}

// 北京市民, 法国人, 台湾同胞, 日本首相, 广州地区: a token the dictionary holds
// whole that is a place name and a word for its people (or the generic 地区).
// The place is meant.
void RegionRecognizer::MarkNameSuffix(std::u32string_view text, const Token& t, Boundaries* b) const {
  if (t.end - t.start < 3) return;  // a name of two or more and a suffix
  const std::u32string_view word = text.substr(t.start, t.end - t.start);
  if (people_last_chars_.find(word.back()) == std::u32string::npos) return;  // this runs on every long token
  for (std::u32string_view suffix : people_ends_) {
    if (word.size() < suffix.size() + 2 || !word.ends_with(suffix)) continue;
    const std::u32string_view name = word.substr(0, word.size() - suffix.size());
    if (gazetteer_.Lookup(name).empty()) continue;
    const auto seam = static_cast<std::uint32_t>(t.start + name.size());
    b->start[seam] = b->end[seam] = true;
    return;
  }
}

// Token boundaries, plus the seams inside a token the dictionary holds whole
// but that is a chain of names (上海浦东新区 -> 上海|浦东新区).
RegionRecognizer::Boundaries RegionRecognizer::FindBoundaries(const Document& doc) const {
  const std::u32string_view text = doc.simplified;
  Boundaries b{std::vector<bool>(text.size() + 1, false), std::vector<bool>(text.size() + 1, false)};
  for (const Token& t : doc.tokens) {
    b.start[t.start] = true;
    b.end[t.end] = true;
    MarkNameSuffix(text, t, &b);
    if (t.end - t.start < 4 || !t.pos.starts_with("ns")) continue;
    std::vector<std::uint32_t> seams;
    std::uint32_t i = t.start;
    while (i < t.end) {
      std::uint32_t next = i;
      gazetteer_.ForEachNameAt(text.substr(i, t.end - i), [&](std::size_t len, auto) {
        if (len >= 2) next = i + static_cast<std::uint32_t>(len);
      });
      if (next == i) break;
      seams.push_back(next);
      i = next;
    }
    if (i != t.end || seams.size() < 2) continue;
    for (std::uint32_t seam : seams) b.start[seam] = b.end[seam] = true;
  }
  return b;
}

// 浙江省温州市, 上海浦东新区, 桐乡濮院: a name right after a place that encloses
// it continues the mention, which then denotes the innermost place.
void RegionRecognizer::JoinChains(std::vector<Mention>* mentions) const {
  std::vector<Mention> joined;
  for (Mention& m : *mentions) {
    if (!joined.empty() && joined.back().end == m.start) {
      Mention& outer = joined.back();
      std::vector<std::int32_t> inner;
      std::vector<std::int32_t> readings = m.places;
      readings.insert(readings.end(), m.chain_places.begin(), m.chain_places.end());
      for (std::int32_t q : readings) {
        for (std::int32_t p : outer.places) {
          if (gazetteer_.Encloses(p, q)) {
            inner.push_back(q);
            break;
          }
        }
      }
      if (!inner.empty()) {
        outer.end = m.end;
        outer.places = std::move(inner);
        outer.needs_support = outer.short_only = false;
        continue;
      }
      // 合肥市滨湖科学城: a short name glued to a place that does not enclose
      // it (Wuxi's 滨湖区) is part of a local name, not that place.
      if (m.short_only) continue;
    }
    joined.push_back(std::move(m));
  }
  std::erase_if(joined, [](const Mention& m) { return m.places.empty(); });
  *mentions = std::move(joined);
}

// An everyday word that is also a place name (资源, 合作) counts only when the
// article names the same place or the place right above it (合作 with 甘南).
void RegionRecognizer::DropUnsupported(std::vector<Mention>* mentions) const {
  std::unordered_set<std::int32_t> named;
  for (const Mention& m : *mentions) {
    if (!m.needs_support) named.insert(m.places.begin(), m.places.end());
  }
  auto supported = [&](const Mention& m) {
    for (std::int32_t q : m.places) {
      const std::int32_t parent = gazetteer_.place(q).parent;
      if (named.contains(q) || (parent >= 0 && named.contains(parent))) return true;
    }
    return false;
  };
  std::erase_if(*mentions, [&](const Mention& m) { return m.needs_support && !supported(m); });
}

// Several places share a name (four 鼓楼区): keep those whose enclosing place
// or sibling the article names, else those in the article's dominant
// province, else the highest level (吉林 the province before the city).
void RegionRecognizer::Disambiguate(std::vector<Mention>* mentions) const {
  std::unordered_set<std::int32_t> context;
  std::map<std::int32_t, int> province_votes;
  for (const Mention& m : *mentions) {
    if (m.places.size() != 1) continue;
    context.insert(m.places[0]);
    const std::int32_t province = gazetteer_.ProvinceOf(m.places[0]);
    if (province >= 0) ++province_votes[province];
  }
  std::int32_t dominant = -1;
  int best_votes = 0;
  for (const auto& [province, votes] : province_votes) {
    if (votes > best_votes) dominant = province, best_votes = votes;
    else if (votes == best_votes) dominant = -1;
  }
  auto score = [&](std::int32_t q) {
    int s = 0;
    const Place& place = gazetteer_.place(q);
    for (std::int32_t p = place.parent; p >= 0; p = gazetteer_.place(p).parent) {
      if (context.contains(p)) s = std::max(s, 4);
    }
    for (std::int32_t c : context) {
      if (place.parent >= 0 && gazetteer_.place(c).parent == place.parent &&
          gazetteer_.place(place.parent).level != PlaceLevel::kProvince) {
        s = std::max(s, 2);
      }
    }
    if (s == 0 && dominant >= 0 && gazetteer_.ProvinceOf(q) == dominant) s = 1;
    return s;
  };
  for (Mention& m : *mentions) {
    if (m.places.size() < 2) continue;
    std::vector<int> scores;
    for (std::int32_t q : m.places) scores.push_back(score(q));
    const int top = *std::max_element(scores.begin(), scores.end());
    std::vector<std::int32_t> kept;
    for (std::size_t k = 0; k < m.places.size(); ++k) {
      if (scores[k] == top) kept.push_back(m.places[k]);
    }
    int best_rank = 99;
    for (std::int32_t q : kept) best_rank = std::min(best_rank, LevelRank(gazetteer_.place(q).level));
    std::erase_if(kept, [&](std::int32_t q) { return LevelRank(gazetteer_.place(q).level) != best_rank; });
    m.places = std::move(kept);
  }

}

// 沪苏浙皖, 杭甬, 港澳台: two or more one-character abbreviations in a row,
// on token boundaries, that the dictionary does not read as one everyday word
// (通常, 合金). Also a lone abbreviation after 在/来/赴 (在温高校) when the
// article names the place in full.
void RegionRecognizer::FindAbbreviationRuns(const Document& doc, const std::vector<Mention>& names,
                                            std::vector<Mention>* runs) const {
  const std::u32string_view text = doc.simplified;
  std::vector<bool> covered(text.size() + 1, false);
  std::unordered_set<std::int32_t> named;
  for (const Mention& m : names) {
    std::fill(covered.begin() + m.start, covered.begin() + m.end, true);
    named.insert(m.places.begin(), m.places.end());
  }
  auto reading = [&](char32_t c) { return gazetteer_.Abbreviation(c); };
  const auto& tokens = doc.tokens;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const std::uint32_t start = tokens[k].start;
    if (covered[start] || reading(text[start]).empty() || doc.IsOpaque(start, start + 1)) continue;
    // Extend over whole tokens made only of abbreviation characters.
    std::size_t last = k;
    // A longer token must be a place word itself: 通常 and 合金 are not runs.
    while (last < tokens.size()) {
      const Token& t = tokens[last];
      bool all = t.end - t.start == 1 || IsRunTag(t.pos);
      for (std::uint32_t i = t.start; i < t.end && all; ++i) all = !covered[i] && !reading(text[i]).empty();
      if (!all) break;
      ++last;
    }
    std::uint32_t end = last > k ? tokens[last - 1].end : start;
    // An HMM guess (tag x) may glue the run to what follows (杭甬两市): the
    // run then ends where the abbreviation characters do.
    if (last < tokens.size() && tokens[last].pos == "x" && tokens[last].start == end) {
      while (end < tokens[last].end && !covered[end] && !reading(text[end]).empty()) ++end;
    }
    // 新 (new) before a noun is the adjective, not 新疆 (杭甬 + 新材料, 沪苏浙皖 + 新能源).
    if (end - start >= 2 && text[end - 1] == U'新' && NounStartsAt(tokens, end)) --end;
    if (end == start) continue;
    if (end - start >= 2 && !doc.IsOpaque(start, end)) {
      Mention run{start, end, {}, {}, false, false, {}};
      // A city reading when the run's other characters read as cities (苏锡常).
      int city_votes = 0;
      for (std::uint32_t i = start; i < end; ++i) city_votes += reading(text[i]).front() >= 0 &&
          gazetteer_.place(reading(text[i]).front()).level == PlaceLevel::kCity;
      for (std::uint32_t i = start; i < end; ++i) {
        std::int32_t pick = reading(text[i]).front();
        for (std::int32_t r : reading(text[i])) {
          if (city_votes > 0 && gazetteer_.place(r).level == PlaceLevel::kCity) { pick = r; break; }
        }
        if (std::find(run.members.begin(), run.members.end(), pick) == run.members.end()) run.members.push_back(pick);
      }
      if (run.members.size() >= 2) {
        runs->push_back(std::move(run));
        k = last < tokens.size() && end > tokens[last].start ? last : last - 1;
        continue;
      }
    }
    // A lone abbreviation the article spells out elsewhere, after a
    // one-character word that makes it a place (在温高校, 来沪).
    if (end - start == 1 && last - k == 1 && k > 0 && tokens[k - 1].end - tokens[k - 1].start == 1 &&
        place_prepositions_.find(text[tokens[k - 1].start]) != std::u32string::npos) {
      for (std::int32_t r : reading(text[start])) {
        if (named.contains(r)) {
          runs->push_back(Mention{start, end, {r}, {}, false, false, {}});
          break;
        }
      }
    }
  }
}

// The norm ENTITIES.md asks for: official name, six-digit code for
// provinces, cities and counties, level, the province it lies in.
Entity RegionRecognizer::ToEntity(const Document& doc, const Mention& m) const {
  auto province_name = [&](std::int32_t id) -> NormValue {
    const std::int32_t p = gazetteer_.ProvinceOf(id);
    return p >= 0 && p != id ? NormValue(gazetteer_.place(p).name) : NormValue();
  };
  auto code = [&](const Place& p) -> NormValue {
    const bool coded = p.level == PlaceLevel::kProvince || p.level == PlaceLevel::kCity || p.level == PlaceLevel::kCounty;
    return coded && p.code.size() == 6 ? NormValue(p.code) : NormValue();
  };
  Entity e;
  e.type = "region";
  e.start = m.start;
  e.end = m.end;
  e.priority = 1;
  EntityNorm& norm = e.norm;
  if (!m.members.empty()) {
    norm.Set("name", EncodeUtf8(std::u32string_view(doc.text).substr(m.start, m.end - m.start)));
    norm.Set("code", nullptr);
    norm.Set("level", PlaceLevelName(gazetteer_.place(m.members.front()).level));
    norm.Set("parent", nullptr);
    NormValue::List members;
    for (std::int32_t id : m.members) members.emplace_back(gazetteer_.place(id).name);
    norm.Set("members", std::move(members));
  } else if (m.places.size() == 1) {
    const Place& p = gazetteer_.place(m.places[0]);
    norm.Set("name", p.name);
    norm.Set("code", code(p));
    norm.Set("level", PlaceLevelName(p.level));
    norm.Set("parent", province_name(m.places[0]));
  } else {
    // Still ambiguous: no code, and every place the name may denote.
    const Place& p = gazetteer_.place(m.places[0]);
    norm.Set("name", p.name);
    norm.Set("code", nullptr);
    norm.Set("level", PlaceLevelName(p.level));
    NormValue parent = province_name(m.places[0]);
    NormValue::List candidates;
    for (std::int32_t id : m.places) {
      if (province_name(id) != parent) parent = nullptr;
      const Place& c = gazetteer_.place(id);
      std::string path;
      for (std::int32_t a = c.parent; a >= 0; a = gazetteer_.place(a).parent) path = gazetteer_.place(a).name + path;
      candidates.emplace_back(EntityNorm{{"code", code(c)}, {"within", path}});
    }
    norm.Set("parent", std::move(parent));
    norm.Set("candidates", std::move(candidates));
  }
  return e;
}

void RegionRecognizer::Find(const Document& doc, std::vector<Entity>* out) const {
  std::vector<Mention> mentions = MatchNames(doc, FindBoundaries(doc));
  JoinChains(&mentions);
  DropUnsupported(&mentions);
  Disambiguate(&mentions);
  std::vector<Mention> runs;
  FindAbbreviationRuns(doc, mentions, &runs);
  mentions.insert(mentions.end(), std::make_move_iterator(runs.begin()), std::make_move_iterator(runs.end()));
  std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
  for (const Mention& m : mentions) out->push_back(ToEntity(doc, m));
}

}  // namespace zhcorpus
