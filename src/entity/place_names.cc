#include "entity/place_names.h"

#include <array>

namespace zhcorpus {

namespace {

// The 55 ethnic minorities as they appear before 族 in autonomous-area names;
// longer names first so that 蒙古 is tried before a one-character name.
constexpr std::array<std::u32string_view, 55> kEthnicGroups{
    U"柯尔克孜", U"乌孜别克", U"维吾尔", U"哈萨克", U"达斡尔", U"塔吉克", U"俄罗斯", U"鄂温克", U"鄂伦春", U"塔塔尔",
    U"蒙古", U"布依", U"朝鲜", U"土家", U"哈尼", U"傈僳", U"高山", U"拉祜", U"东乡", U"纳西",
    U"景颇", U"仫佬", U"布朗", U"撒拉", U"毛南", U"仡佬", U"锡伯", U"阿昌", U"普米", U"德昂",
    U"保安", U"裕固", U"独龙", U"赫哲", U"门巴", U"珞巴", U"基诺", U"回", U"藏", U"苗",
    U"彝", U"壮", U"满", U"侗", U"瑶", U"白", U"傣", U"黎", U"佤", U"畲",
    U"水", U"土", U"羌", U"怒", U"京"};

bool StripSuffix(std::u32string* s, std::u32string_view suffix) {
  if (s->size() <= suffix.size() || !std::u32string_view(*s).ends_with(suffix)) return false;
  s->resize(s->size() - suffix.size());
  return true;
}

// 湘西土家族苗族 -> 湘西: removes trailing "X族" groups.
void StripEthnicGroups(std::u32string* s) {
  while (s->size() > 1 && s->back() == U'族') {
    bool stripped = false;
    for (std::u32string_view group : kEthnicGroups) {
      const std::size_t n = group.size() + 1;
      if (s->size() > n + 1 && std::u32string_view(*s).substr(s->size() - n, group.size()) == group) {
        s->resize(s->size() - n);
        stripped = true;
        break;
      }
    }
    if (!stripped) return;
  }
}

constexpr std::array<std::u32string_view, 5> kAutonomousSuffixes{U"特别行政区", U"自治区", U"自治州", U"自治县",
                                                                 U"自治旗"};
// Tried in order; the first that leaves two or more characters wins.
constexpr std::array<std::u32string_view, 12> kDivisionSuffixes{U"新区", U"林区", U"特区", U"地区", U"街道",
                                                                U"省", U"市", U"区", U"县", U"盟", U"镇", U"乡"};

}  // namespace

std::u32string ShortPlaceName(std::u32string_view full, PlaceLevel level) {
  std::u32string s(full);
  if (level == PlaceLevel::kCountry || level == PlaceLevel::kMacro || level == PlaceLevel::kForeign) return s;
  for (std::u32string_view suffix : kAutonomousSuffixes) {
    if (StripSuffix(&s, suffix)) {
      StripEthnicGroups(&s);
      // 新疆维吾尔自治区: the group is written without 族.
      for (std::u32string_view group : kEthnicGroups) {
        if (s.size() >= group.size() + 2 && StripSuffix(&s, group)) break;
      }
      return s.size() >= 2 ? s : std::u32string(full);
    }
  }
  for (std::u32string_view suffix : kDivisionSuffixes) {
    std::u32string candidate = s;
    if (StripSuffix(&candidate, suffix) && candidate.size() >= 2) return candidate;
  }
  return s;
}

}  // namespace zhcorpus
