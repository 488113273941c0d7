// A new area named like a district of another province: 某市 + 滨海新区 is that
// city's own new area (a zone), not Tianjin's district of the same name. The
// gazetteer knows only the district, so the two places side by side, a city
// and a 新区 whose province is not the city's, make one zone of that city.
#include "entity/org_walk.h"

namespace zhcorpus::org {

void Walker::FindZonesNamedLikeDistricts() {
  for (std::size_t i = 0; i + 1 < regions_.size(); ++i) {  // each step moves on by one
    const Entity& city = regions_[i];
    const Entity& area = regions_[i + 1];
    if (area.start != city.end || city.norm.GetString("level") != "city" ||
        area.norm.GetString("level") != "county") {
      continue;
    }
    const std::u32string_view written = text_.substr(area.start, area.end - area.start);
    if (written.size() < 4 || written.substr(written.size() - 2) != U"新区") continue;
    const std::string_view province = area.norm.GetString("parent");
    if (province.empty() || province == city.norm.GetString("parent")) continue;
    Candidate c;
    c.start = city.start;
    c.end = area.end;
    c.kind = "zone";
    c.region = std::string(city.norm.GetString("name"));
    Add(std::move(c));
  }
}

}  // namespace zhcorpus::org
