// data/indicator_words.tsv: the closed word lists of the metric linker.
#include <sstream>
#include <utility>

#include "numbers/indicator.h"
#include "zhcorpus/data_dir.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

constexpr std::pair<std::string_view, WordRole> kRoleNames[] = {
    {"scope", kScope},         {"predicate", kPredicate}, {"up", kUp},
    {"down", kDown},           {"share", kShare},         {"share_verb", kShareVerb},
    {"rank_verb", kRankVerb},  {"change_head", kChangeHead}, {"generic", kGeneric},
    {"qualifier", kQualifier}, {"together", kTogether}, {"noun", kNoun},     {"compare", kCompare}, {"pivot", kPivot},
    {"adverb", kAdverb},       {"title", kTitle},
};

}  // namespace

Result<IndicatorWords> IndicatorWords::Parse(const std::string& tsv, const std::string& name) {
  IndicatorWords words;
  std::istringstream in(tsv);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0) {
      return Status::DataError(name + ":" + std::to_string(n) + ": expected word<TAB>role");
    }
    const std::string_view role(std::string_view(line).substr(tab + 1));
    std::uint16_t bit = 0;
    for (const auto& [role_name, role_bit] : kRoleNames) {
      if (role == role_name) bit = role_bit;
    }
    if (bit == 0) return Status::DataError(name + ":" + std::to_string(n) + ": unknown role \"" + std::string(role) + "\"");
    words.roles_[DecodeUtf8(std::string_view(line).substr(0, tab))] |= bit;
  }
  if (words.roles_.empty()) return Status::DataError(name + ": no words");
  return words;
}

std::uint16_t IndicatorWords::Roles(std::u32string_view word) const {
  auto it = roles_.find(word);
  return it == roles_.end() ? 0 : it->second;
}

Result<MetricLinker> MetricLinker::Load(const std::filesystem::path& data_dir) {
  const std::filesystem::path path = data_dir / "indicator_words.tsv";
  Result<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return bytes.status();
  Result<IndicatorWords> words = IndicatorWords::Parse(*bytes, path.string());
  if (!words.ok()) return words.status();
  return MetricLinker(std::move(words).value());
}

}  // namespace zhcorpus
