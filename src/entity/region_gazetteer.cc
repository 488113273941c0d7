#include "zhcorpus/region_gazetteer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <sstream>

#include "entity/place_names.h"
#include "util/char_trie.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {

std::string_view PlaceLevelName(PlaceLevel level) {
  switch (level) {
    case PlaceLevel::kCountry: return "country";
    case PlaceLevel::kProvince: return "province";
    case PlaceLevel::kCity: return "city";
    case PlaceLevel::kCounty: return "county";
    case PlaceLevel::kTown: return "town";
    case PlaceLevel::kMacro: return "macro";
    case PlaceLevel::kForeign: return "foreign";
  }
  return "county";
}

// Every written name in a trie, and per trie node the places named there.
struct RegionGazetteer::NameIndex {
  CharTrie trie;
  std::vector<std::vector<PlaceName>> at_node;
  // One bit per node: does a name end there? Most nodes a walk passes are
  // only prefixes, and this small array answers without loading at_node.
  std::vector<std::uint64_t> named;
  std::vector<std::u32string> names;  // every written name, once

  std::span<const PlaceName> At(std::int32_t node) const {
    const auto n = static_cast<std::size_t>(node);
    if (n >= at_node.size() || !((named[n >> 6] >> (n & 63)) & 1)) return {};
    return at_node[n];
  }
};

namespace {

std::optional<PlaceLevel> ParseLevel(std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, PlaceLevel>, 7> kLevels{{
      {"country", PlaceLevel::kCountry}, {"province", PlaceLevel::kProvince}, {"city", PlaceLevel::kCity},
      {"county", PlaceLevel::kCounty},   {"town", PlaceLevel::kTown},         {"macro", PlaceLevel::kMacro},
      {"foreign", PlaceLevel::kForeign}}};
  for (const auto& [name, level] : kLevels) {
    if (name == s) return level;
  }
  return std::nullopt;
}

// Splits a TSV line; comment and blank lines give no fields.
std::vector<std::string> Fields(std::string line) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  std::vector<std::string> out;
  if (line.empty() || line[0] == '#') return out;
  std::istringstream in(line);
  for (std::string f; std::getline(in, f, '\t');) out.push_back(f);
  return out;
}

// Calls on_row(fields, line_number) for each data row; a row with the wrong
// number of fields is a data error naming the file and line.
template <typename F>
Status ForEachRow(const std::filesystem::path& path, std::size_t columns, F&& on_row) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path.string() + ": cannot open (rebuild the data: cmake --build build)");
  std::string line;
  for (std::size_t no = 1; std::getline(in, line); ++no) {
    std::vector<std::string> f = Fields(line);
    if (f.empty()) continue;
    const std::string where = path.string() + ":" + std::to_string(no);
    if (f.size() != columns) {
      return Status::DataError(where + ": expected " + std::to_string(columns) + " tab-separated fields, got " +
                               std::to_string(f.size()));
    }
    if (Status s = on_row(f); !s.ok()) return s.WithContext(where);
  }
  return Status::Ok();
}

}  // namespace

// Loading: fills a gazetteer from the two data files and derives the names
// the rules add (short forms, directional macro regions). Kept out of the
// installed header: a user of the gazetteer only reads it.
class RegionGazetteer::Builder {
 public:
  explicit Builder(RegionGazetteer* g) : g_(*g) {}
  Status LoadDivisions(const std::filesystem::path& path);
  Status LoadExtras(const std::filesystem::path& path);
  void DeriveShortNames();
  void DeriveDirectionalMacros();

 private:
  std::int32_t AddPlace(Place place);
  void AddName(std::u32string name, std::int32_t place, NameForm form);
  std::int32_t FindByFullName(std::u32string_view name) const;

  RegionGazetteer& g_;
};

std::int32_t RegionGazetteer::Builder::AddPlace(Place place) {
  g_.places_.push_back(std::move(place));
  return static_cast<std::int32_t>(g_.places_.size() - 1);
}

void RegionGazetteer::Builder::AddName(std::u32string name, std::int32_t place, NameForm form) {
  if (name.empty()) return;
  NameIndex& index = *g_.index_;
  const auto node = static_cast<std::size_t>(index.trie.Insert(name));
  index.at_node.resize(index.trie.size());
  index.named.resize((index.trie.size() + 63) / 64);
  index.named[node >> 6] |= std::uint64_t{1} << (node & 63);
  auto& entries = index.at_node[node];
  if (entries.empty()) index.names.push_back(name);
  for (const PlaceName& e : entries) {
    if (e.place == place) return;  // the same place under the same name once
  }
  entries.push_back(PlaceName{place, form});
}

std::int32_t RegionGazetteer::Builder::FindByFullName(std::u32string_view name) const {
  for (const PlaceName& n : g_.Lookup(name)) {
    if (n.form == NameForm::kFull) return n.place;
  }
  return -1;
}

Status RegionGazetteer::Builder::LoadDivisions(const std::filesystem::path& path) {
  std::unordered_map<std::string, std::int32_t> by_code;
  std::vector<std::pair<std::int32_t, std::string>> parent_codes;
  Status s = ForEachRow(path, 4, [&](const std::vector<std::string>& f) {
    std::optional<PlaceLevel> level = ParseLevel(f[2]);
    if (!level) return Status::DataError("unknown level \"" + f[2] + "\"");
    const std::int32_t id = AddPlace(Place{f[0], f[1], *level, -1});
    by_code.emplace(f[0], id);
    if (f[3] != "-") parent_codes.emplace_back(id, f[3]);
    AddName(DecodeUtf8(f[1]), id, NameForm::kFull);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (const auto& [id, code] : parent_codes) {
    auto it = by_code.find(code);
    if (it == by_code.end()) return Status::DataError(path.string() + ": unknown parent code " + code);
    if (it->second != id) g_.places_[static_cast<std::size_t>(id)].parent = it->second;  // never its own parent
  }
  return Status::Ok();
}

Status RegionGazetteer::Builder::LoadExtras(const std::filesystem::path& path) {
  return ForEachRow(path, 4, [&](const std::vector<std::string>& f) {
    const std::string& kind = f[0];
    if (kind == "abbr") {
      const std::u32string c = DecodeUtf8(f[1]);
      const std::int32_t id = FindByFullName(DecodeUtf8(f[3]));
      if (c.size() != 1 || id < 0) return Status::DataError("abbreviation " + f[1] + " -> unknown place " + f[3]);
      g_.abbreviations_[c[0]].push_back(id);
      if (g_.abbreviation_chars_.empty()) g_.abbreviation_chars_.assign(0x10000, false);
      if (c[0] < 0x10000) g_.abbreviation_chars_[c[0]] = true;
      return Status::Ok();
    }
    if (kind == "everyday") {
      g_.everyday_.insert(DecodeUtf8(f[1]));
      return Status::Ok();
    }
    if (kind == "alias") {
      const std::int32_t id = FindByFullName(DecodeUtf8(f[3]));
      if (id < 0) return Status::DataError("alias " + f[1] + " -> unknown place " + f[3]);
      AddName(DecodeUtf8(f[1]), id, NameForm::kShort);
      return Status::Ok();
    }
    std::optional<PlaceLevel> level = ParseLevel(kind);
    if (!level) return Status::DataError("unknown kind \"" + kind + "\"");
    Place place{"", f[1], *level, -1};
    if (*level == PlaceLevel::kProvince) {
      place.code = f[3];
    } else if (f[3] != "-") {
      place.parent = FindByFullName(DecodeUtf8(f[3]));
      if (place.parent < 0) return Status::DataError(f[1] + ": unknown parent " + f[3]);
    }
    const std::int32_t id = AddPlace(std::move(place));
    const std::u32string name = DecodeUtf8(f[1]);
    // `中部地区` is matched as `中部` (the mention leaves the generic 地区 out).
    if (!name.ends_with(U"地区")) AddName(name, id, NameForm::kFull);
    if (f[2] == "-") return Status::Ok();
    std::istringstream aliases(f[2]);
    for (std::string alias; std::getline(aliases, alias, ',');) {
      const bool needs_area = alias.starts_with('+');
      AddName(DecodeUtf8(needs_area ? alias.substr(1) : alias), id, needs_area ? NameForm::kNeedsArea : NameForm::kShort);
    }
    return Status::Ok();
  });
}

void RegionGazetteer::Builder::DeriveShortNames() {
  for (std::size_t i = 0; i < g_.places_.size(); ++i) {
    const Place& p = g_.places_[i];
    const std::u32string full = DecodeUtf8(p.name);
    const std::u32string short_name = ShortPlaceName(full, p.level);
    if (short_name.size() < 2 || short_name == full) continue;
    AddName(short_name, static_cast<std::int32_t>(i), p.level == PlaceLevel::kTown ? NameForm::kTownShort : NameForm::kShort);
  }
}

// 皖北, 浙南, 苏北: a province's abbreviation and a direction name a macro
// region of that province, unless the pair is already a division (陇南, 云南).
// Municipalities are left out: 京东 is a company before it is a region.
void RegionGazetteer::Builder::DeriveDirectionalMacros() {
  static constexpr std::u32string_view kDirections = U"东南西北";
  std::vector<std::pair<char32_t, std::int32_t>> provinces;
  for (const auto& [c, ids] : g_.abbreviations_) {
    const Place& p = g_.place(ids.front());
    if (p.level == PlaceLevel::kProvince && !p.name.ends_with("市") && !p.code.starts_with("7") &&
        !p.code.starts_with("8")) {
      provinces.emplace_back(c, ids.front());
    }
  }
  std::sort(provinces.begin(), provinces.end());
  for (const auto& [c, province] : provinces) {
    for (char32_t d : kDirections) {
      const std::u32string name{c, d};
      if (g_.index_->trie.Find(name) != CharTrie::kNone) continue;  // a name or the start of one (陇南, 新西兰)
      const std::int32_t id = AddPlace(Place{"", EncodeUtf8(name), PlaceLevel::kMacro, province});
      AddName(name, id, NameForm::kShort);
    }
  }
}

Result<RegionGazetteer> RegionGazetteer::Load(const std::filesystem::path& data_dir) {
  RegionGazetteer g;
  g.index_ = std::make_shared<NameIndex>();
  Builder builder(&g);
  if (Status s = builder.LoadDivisions(data_dir / "regions.tsv"); !s.ok()) return s;
  if (Status s = builder.LoadExtras(data_dir / "places_extra.tsv"); !s.ok()) return s;
  builder.DeriveShortNames();
  builder.DeriveDirectionalMacros();
  return g;
}

std::span<const PlaceName> RegionGazetteer::Lookup(std::u32string_view name) const {
  const std::int32_t node = index_->trie.Find(name);
  return node == CharTrie::kNone ? std::span<const PlaceName>() : index_->At(node);
}

void RegionGazetteer::WalkNames(std::u32string_view text, NameVisitor visit, void* context) const {
  const NameIndex& index = *index_;
  std::int32_t node = CharTrie::kRoot;
  for (std::size_t len = 1; len <= text.size(); ++len) {
    node = index.trie.Child(node, text[len - 1]);
    if (node == CharTrie::kNone) return;
    const std::span<const PlaceName> places = index.At(node);
    if (!places.empty()) visit(context, len, places);
  }
}

std::span<const std::int32_t> RegionGazetteer::Abbreviation(char32_t c) const {
  if (c < abbreviation_chars_.size() && !abbreviation_chars_[c]) return {};  // most characters: no lookup
  auto it = abbreviations_.find(c);
  if (it == abbreviations_.end()) return {};
  return it->second;
}

std::int32_t RegionGazetteer::ProvinceOf(std::int32_t id) const {
  for (std::int32_t p = id; p >= 0; p = place(p).parent) {
    if (place(p).level == PlaceLevel::kProvince) return p;
  }
  return -1;
}

bool RegionGazetteer::Encloses(std::int32_t ancestor, std::int32_t id) const {
  for (std::int32_t p = place(id).parent; p >= 0; p = place(p).parent) {
    if (p == ancestor) return true;
  }
  return false;
}

bool RegionGazetteer::IsDivisionName(std::u32string_view name) const {
  for (const PlaceName& n : Lookup(name)) {
    if (n.form != NameForm::kFull && n.form != NameForm::kShort) continue;
    const PlaceLevel level = place(n.place).level;
    if (level == PlaceLevel::kProvince || level == PlaceLevel::kCity || level == PlaceLevel::kCounty ||
        level == PlaceLevel::kTown) {
      return true;
    }
  }
  return false;
}

std::vector<std::u32string> RegionGazetteer::Names() const {
  std::vector<std::u32string> out = index_->names;
  std::sort(out.begin(), out.end());  // deterministic segmenter additions
  return out;
}

}  // namespace zhcorpus
