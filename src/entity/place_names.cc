#include "entity/place_names.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "util/word_lists.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {

extern const char kEthnicGroupsTsv[];  // data/ethnic_groups.tsv, compiled in

namespace {

// The 55 ethnic minorities as they appear before 族 in autonomous-area names
// (data/ethnic_groups.tsv), longest first so that 蒙古 is tried before a
// one-character name.
const std::vector<std::u32string>& EthnicGroups() {
  static const std::vector<std::u32string> groups = [] {
    std::vector<std::u32string> out;
    std::string_view tsv = kEthnicGroupsTsv;
    while (!tsv.empty()) {
      const std::size_t nl = std::min(tsv.find('\n'), tsv.size());
      const std::string_view line = tsv.substr(0, nl);
      tsv.remove_prefix(std::min(nl + 1, tsv.size()));
      if (line.empty() || line[0] == '#') continue;
      out.push_back(DecodeUtf8(line.substr(0, line.find('\t'))));
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.size() > y.size(); });
    return out;
  }();
  return groups;
}

bool StripSuffix(std::u32string* s, std::u32string_view suffix) {
  if (s->size() <= suffix.size() || !std::u32string_view(*s).ends_with(suffix)) return false;
  s->resize(s->size() - suffix.size());
  return true;
}

// 湘西土家族苗族 -> 湘西: removes trailing "X族" groups.
void StripEthnicGroups(std::u32string* s) {
  while (s->size() > 1 && s->back() == U'族') {
    bool stripped = false;
    for (std::u32string_view group : EthnicGroups()) {
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

// The division endings of data/place_words.tsv, in the order tried.
const std::vector<std::u32string>& AutonomousEnds() {
  static const std::vector<std::u32string> kEnds = WordLists::Compiled("place_words").GetU32("autonomous_end");
  return kEnds;
}
const std::vector<std::u32string>& DivisionEnds() {
  static const std::vector<std::u32string> kEnds = WordLists::Compiled("place_words").GetU32("division_end");
  return kEnds;
}

}  // namespace

std::u32string ShortPlaceName(std::u32string_view full, PlaceLevel level) {
  std::u32string s(full);
  if (level == PlaceLevel::kCountry || level == PlaceLevel::kMacro || level == PlaceLevel::kForeign) return s;
  for (std::u32string_view suffix : AutonomousEnds()) {
    if (StripSuffix(&s, suffix)) {
      StripEthnicGroups(&s);
      // 新疆维吾尔自治区: the group is written without 族.
      for (std::u32string_view group : EthnicGroups()) {
        if (s.size() >= group.size() + 2 && StripSuffix(&s, group)) break;
      }
      return s.size() >= 2 ? s : std::u32string(full);
    }
  }
  for (std::u32string_view suffix : DivisionEnds()) {
    if (s.size() >= suffix.size() + 2 && std::u32string_view(s).ends_with(suffix)) return s.substr(0, s.size() - suffix.size());
  }
  return s;
}

}  // namespace zhcorpus
