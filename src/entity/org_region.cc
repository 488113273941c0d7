// norm.region of an organisation (ANNOTATION_NOTES `org`): the most specific
// region its name contains; else a bare 省/市/区 prefix resolved to the
// article's dominant place of that level; else the region of a known name or
// of the organisation it extends; else the place the sentence locates it in
// (青禾集团有限公司扎根宁波) or, for government bodies and zones, names just
// before it (临江正全力打造青禾科创绿谷).
#include <algorithm>

#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

std::string Field(const EntityNorm& norm, const char* key) { return std::string(norm.GetString(key)); }

// How specific a region level is: a name's region is its most specific one.
int LevelRank(const EntityNorm& norm) {
  const std::string level = Field(norm, "level");
  if (level == "town") return 6;
  if (level == "county") return 5;
  if (level == "city") return 4;
  if (level == "province") return 3;
  if (level == "macro") return 2;
  return 1;
}

bool EndsSentence(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'\n' || c == U'!' || c == U'?' || c == U';';
}

// The province a region belongs to (itself for a province), "" for a country or a macro-region.
std::string ProvinceOf(const EntityNorm& norm) {
  const std::string level = Field(norm, "level");
  if (level == "province") return Field(norm, "name");
  if (level == "city" || level == "county" || level == "town") return Field(norm, "parent");
  return "";
}

}  // namespace

// A county or town written without its suffix inside a name (东湖 + 高新区) may
// be a namesake of a district elsewhere: it is trusted only when no other place
// of the document lies in a different province, or one lies in its own; a
// zone's only when one does (zones are often named after a lake or a hill).
bool Walker::ShortPlaceFitsContext(const Entity& r, bool zone) const {
  const std::string_view level = r.norm.GetString("level");  // (no copies: called for every place inside a name)
  if (level != "county" && level != "town") return true;
  if (r.norm.GetString("name").size() <= 3 * static_cast<std::size_t>(r.end - r.start)) return true;  // written in full
  const std::string own = Field(r.norm, "parent");
  bool other = false;
  for (const Entity& e : regions_) {
    if (&e == &r) continue;
    const std::string province = ProvinceOf(e.norm);
    if (province.empty()) continue;
    if (province == own) return true;
    other = true;
  }
  return !other && !zone;
}

// Regions in the body or in a place suffix (杭州高新区（滨江）), not in the
// head (高新区 is also the name of some districts). Two
// different places of the same level (嘉兴湖州港) name no single region.
std::string Walker::RegionInside(const Candidate& c) const {
  int best_rank = 0;
  std::string best;
  bool tie = false;
  for (const Entity& r : regions_) {
    if (r.start < c.start || r.end > c.end || (r.end > c.body_end && r.start < c.head_end)) continue;
    if (!ShortPlaceFitsContext(r, c.kind == "zone")) continue;  // 东湖 of 武汉东湖高新区 is no district of another province
    const int rank = LevelRank(r.norm);
    // A macro-region in a company's name is part of its brand (华南制药), not its seat.
    if (c.kind == "company" && Field(r.norm, "level") == "macro") continue;
    const std::string name = Field(r.norm, "name");
    if (rank > best_rank) {
      best_rank = rank, best = name, tie = false;
    } else if (rank == best_rank && name != best) {
      tie = true;
    }
  }
  return tie ? "" : best;
}

// The nearest region before the name in the same sentence.
std::string Walker::RegionBefore(const Candidate& c) const {
  const Entity* nearest = nullptr;
  for (const Entity& r : regions_) {
    if (r.end > c.start) break;  // regions are in text order
    nearest = &r;
  }
  if (!nearest) return "";
  for (std::uint32_t p = nearest->end; p < c.start; ++p) {
    if (EndsSentence(text_[p])) return "";
  }
  return Field(nearest->norm, "name");
}

// A place spelled with its level right at the start of a word the region
// finder did not cut (上海市委, 浙江省人民政府 as single jieba words).
std::string Walker::WrittenRegion(const Candidate& c) const {
  for (std::uint32_t len = 3; len <= 4 && c.start + len < c.end; ++len) {
    const char32_t last = text_[c.start + len - 1];
    if (last != U'省' && last != U'市') continue;
    const std::u32string_view place = text_.substr(c.start, len);
    if (std::all_of(place.begin(), place.end(), IsHan)) return EncodeUtf8(place);
  }
  return "";
}

std::string Walker::DominantRegion(std::string_view level) const {
  // The same for every name of the document: counted once per level.
  const std::size_t slot = level == "province" ? 0 : level == "city" ? 1 : 2;
  if (!dominant_done_[slot]) {
    dominant_[slot] = CountDominantRegion(level);
    dominant_done_[slot] = true;
  }
  return dominant_[slot];
}

std::string Walker::CountDominantRegion(std::string_view level) const {
  std::vector<std::pair<std::string, int>> counts;
  auto count = [&](const std::string& name) {
    if (name.empty()) return;
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& p) { return p.first == name; });
    if (it == counts.end()) counts.emplace_back(name, 1);
    else ++it->second;
  };
  for (const Entity& r : regions_) {
    if (Field(r.norm, "level") == level) count(Field(r.norm, "name"));
  }
  // No province named: the province the article's places belong to.
  if (counts.empty() && level == "province") {
    for (const Entity& r : regions_) count(Field(r.norm, "parent"));
  }
  if (counts.empty()) return "";
  return std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second < b.second; })
      ->first;
}

// A place the sentence locates the organisation in right after its name
// (青禾集团有限公司扎根宁波, 某公司位于嘉兴).
std::string Walker::RegionAfter(const Candidate& c) const {
  const std::uint32_t p = c.end;
  for (std::uint32_t len = 4; len >= 2; --len) {
    if (p + len > text_.size() || !InClass(WordClass::kSeatVerb, text_.substr(p, len))) continue;
    for (const Entity& r : regions_) {
      if (r.start == p + len) return Field(r.norm, "name");
    }
    return "";
  }
  return "";
}

std::string Walker::RegionOf(const Candidate& c, char32_t level, int inner) const {
  if (std::string inside = RegionInside(c); !inside.empty()) return inside;
  if (level == U'省') return DominantRegion("province");
  if (level == U'市') return DominantRegion("city");
  if (level == U'区' || level == U'县') return DominantRegion("county");
  if (inner >= 0 && !(*cands_)[inner].region.empty()) return (*cands_)[inner].region;
  if (text_.substr(c.start, 2) == U"中国" || text_.substr(c.start, 2) == U"中华") return "中国";
  if (std::string written = WrittenRegion(c); !written.empty()) return written;
  if (std::string after = RegionAfter(c); !after.empty()) return after;
  if (c.kind == "zone" || c.kind == "government") return RegionBefore(c);
  return "";
}

}  // namespace zhcorpus::org
