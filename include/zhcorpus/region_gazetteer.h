// RegionGazetteer: every place zhcorpus can name, with its hierarchy and
// every name it is written with.
//
//   auto gaz = RegionGazetteer::Load(data_dir);      // regions.tsv + places_extra.tsv
//   for (const PlaceName& n : gaz->Lookup(U"鼓楼区")) { ... }   // four districts
//
// Divisions come from regions.tsv (generated, see tools/make_region_gazetteer.sh),
// the rest (macro-regions, foreign places, abbreviations) from places_extra.tsv.
// Short names are derived by rule when loading (浙江省 -> 浙江, 乐清市 -> 乐清,
// 湘西土家族苗族自治州 -> 湘西, 濮院镇 -> 濮院), and so are directional macro
// regions (皖北, 浙南) from province abbreviations.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "zhcorpus/status.h"
#include "zhcorpus/u32_string_set.h"

namespace zhcorpus {

enum class PlaceLevel : std::uint8_t { kCountry, kProvince, kCity, kCounty, kTown, kMacro, kForeign };

// "province", "city", ... as docs/entities.md spells the norm's `level`.
std::string_view PlaceLevelName(PlaceLevel level);

struct Place {
  std::string code;         // GB/T 2260 (330100), 9-digit town code, ISO country code, or ""
  std::string name;         // official full name (乐清市)
  PlaceLevel level = PlaceLevel::kCounty;
  std::int32_t parent = -1;  // enclosing place, -1 at the top
};

// How a name is written relative to the official name.
enum class NameForm : std::uint8_t {
  kFull,       // 乐清市
  kShort,      // 乐清 (derived by rule)
  kTownShort,  // 濮院: only right after its county or city (桐乡濮院)
  kNeedsArea,  // 中部: only when 地区 follows
};

struct PlaceName {
  std::int32_t place = -1;
  NameForm form = NameForm::kFull;
};

class RegionGazetteer {
 public:
  static Result<RegionGazetteer> Load(const std::filesystem::path& data_dir);

  // Every place a written name may denote (empty when none).
  std::span<const PlaceName> Lookup(std::u32string_view name) const;

  // Calls on_name(length, places) for every name that starts `text`, shortest
  // first: one trie walk, the scan a recogniser runs at each word start.
  template <typename F>
  void ForEachNameAt(std::u32string_view text, F&& on_name) const {
    using Fn = std::remove_reference_t<F>;
    WalkNames(
        text, [](void* f, std::size_t len, std::span<const PlaceName> places) { (*static_cast<Fn*>(f))(len, places); },
        const_cast<void*>(static_cast<const void*>(&on_name)));
  }

  // Places a one-character abbreviation may denote (沪 -> 上海市), most likely first.
  std::span<const std::int32_t> Abbreviation(char32_t c) const;

  const Place& place(std::int32_t id) const { return places_[static_cast<std::size_t>(id)]; }
  std::size_t size() const { return places_.size(); }
  // The province `id` lies in (itself for a province), or -1.
  std::int32_t ProvinceOf(std::int32_t id) const;
  // True when `ancestor` encloses `id` (strictly).
  bool Encloses(std::int32_t ancestor, std::int32_t id) const;

  // True when `name` is a full or short name of a Chinese administrative
  // division (province, city, county or town): what evaluations count as one.
  bool IsDivisionName(std::u32string_view name) const;

  // Names that are everyday words first (资源, 和平, 会同): listed in
  // places_extra.tsv; a recogniser should want support from context.
  bool IsEverydayWord(std::u32string_view name) const { return everyday_.contains(name); }

  // Every written name, so a segmenter can keep them whole.
  std::vector<std::u32string> Names() const;

 private:
  // The name index (a trie) stays out of this header.
  struct NameIndex;
  using NameVisitor = void (*)(void* context, std::size_t length, std::span<const PlaceName> places);
  void WalkNames(std::u32string_view text, NameVisitor visit, void* context) const;

  // Loading (the data files, the derived names) lives in the .cc file.
  class Builder;

  std::vector<Place> places_;
  std::shared_ptr<NameIndex> index_;  // shared by copies; immutable once loaded
  U32StringSet everyday_;
  std::unordered_map<char32_t, std::vector<std::int32_t>> abbreviations_;
  std::vector<bool> abbreviation_chars_;  // BMP characters that are abbreviations
};

}  // namespace zhcorpus
