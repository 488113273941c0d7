#include "zhcorpus/region_scope.h"

#include <algorithm>
#include <set>

#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

bool IsDivisionCode(std::string_view s) {
  return (s.size() == 6 || s.size() == 9) && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The code prefix every place below `code` shares: 330000 -> 33, 330100 -> 3301.
std::string PrefixOf(std::string_view code) {
  std::string p(code);
  if (p.size() == 6)
    while (p.size() > 2 && p.ends_with("00")) p.resize(p.size() - 2);
  return p;
}

bool HasDivisionCode(const Place& p) { return IsDivisionCode(p.code); }

}  // namespace

RegionScope::RegionScope(std::string code, std::string label, const RegionGazetteer* gazetteer)
    : code_(std::move(code)), prefix_(PrefixOf(code_)), label_(std::move(label)), gazetteer_(gazetteer) {}

Result<RegionScope> RegionScope::Resolve(std::string_view spec, const RegionGazetteer* gazetteer) {
  if (IsDivisionCode(spec)) {
    std::string label(spec);
    if (gazetteer)
      for (std::size_t i = 0; i < gazetteer->size(); ++i)
        if (gazetteer->place(static_cast<std::int32_t>(i)).code == spec) {
          label = gazetteer->place(static_cast<std::int32_t>(i)).name + " (" + std::string(spec) + ")";
          break;
        }
    return RegionScope(std::string(spec), label, gazetteer);
  }
  if (!gazetteer)
    return Status::InvalidArgument("region '" + std::string(spec) +
                                   "': a name needs the region gazetteer (--data-dir); or give a code such as 330100");
  std::set<std::int32_t> divisions;
  bool named = false;
  for (const PlaceName& n : gazetteer->Lookup(DecodeUtf8(spec))) {
    named = true;
    if (HasDivisionCode(gazetteer->place(n.place))) divisions.insert(n.place);
  }
  if (divisions.empty())
    return Status::InvalidArgument("region '" + std::string(spec) + "': " +
                                   (named ? "not a Chinese division with a code (macro-regions and foreign places "
                                            "cannot be filtered by area)"
                                          : "not in the region gazetteer; give a GB/T 2260 code such as 330100"));
  if (divisions.size() > 1) {
    std::string list;
    for (std::int32_t id : divisions) {
      const Place& p = gazetteer->place(id);
      const std::int32_t province = gazetteer->ProvinceOf(id);
      list += (list.empty() ? "" : ", ") + p.code + " " + p.name;
      if (province >= 0 && province != id) list += " (" + gazetteer->place(province).name + ")";
    }
    return Status::InvalidArgument("region '" + std::string(spec) + "' names several divisions: " + list +
                                   "; give one code");
  }
  const Place& p = gazetteer->place(*divisions.begin());
  return RegionScope(p.code, p.name + " (" + p.code + ")", gazetteer);
}

bool RegionScope::ContainsCode(std::string_view code) const {
  return IsDivisionCode(code) && code.starts_with(prefix_);
}

bool RegionScope::ContainsName(std::string_view name, std::string_view province) const {
  if (!gazetteer_ || name.empty()) return false;
  for (const PlaceName& n : gazetteer_->Lookup(DecodeUtf8(name))) {
    const Place& p = gazetteer_->place(n.place);
    if (!ContainsCode(p.code)) continue;
    const std::int32_t prov = gazetteer_->ProvinceOf(n.place);
    if (province.empty() || (prov >= 0 && gazetteer_->place(prov).name == province)) return true;
  }
  return false;
}

bool RegionScope::ContainsMention(const Json& norm) const {
  if (!norm.is_object()) return false;
  if (auto code = norm.find("code"); code != norm.end() && code->is_string())
    return ContainsCode(code->get_ref<const std::string&>());
  if (auto members = norm.find("members"); members != norm.end() && members->is_array()) {
    for (const auto& m : *members)
      if (m.is_string() && ContainsName(m.get_ref<const std::string&>(), "")) return true;
    return false;
  }
  if (auto candidates = norm.find("candidates"); candidates != norm.end() && candidates->is_array()) {
    bool all = !candidates->empty();
    for (const auto& c : *candidates) {
      auto code = c.is_object() ? c.find("code") : c.end();
      all = all && code != c.end() && code->is_string() && ContainsCode(code->get_ref<const std::string&>());
    }
    return all;
  }
  auto level = norm.find("level");
  if (level == norm.end() || *level != "town") return false;
  auto name = norm.find("name");
  auto parent = norm.find("parent");
  return name != norm.end() && name->is_string() &&
         ContainsName(name->get_ref<const std::string&>(),
                      parent != norm.end() && parent->is_string() ? parent->get_ref<const std::string&>() : "");
}

}  // namespace zhcorpus
