#include <algorithm>
#include <sstream>

#include "zhcorpus/data_dir.h"
#include "numbers/metrics.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {

Result<UnitLexicon> UnitLexicon::Parse(const std::string& tsv, const std::string& name) {
  static const char* kKinds[] = {"money", "count", "duration", "measure", "percent", "ratio"};
  UnitLexicon lex;
  std::istringstream in(tsv);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string surface, unit, kind;
    if (!std::getline(fields, surface, '\t') || !std::getline(fields, unit, '\t') || !std::getline(fields, kind, '\t')) {
      return Status::DataError(name + ":" + std::to_string(n) + ": expected surface<TAB>unit<TAB>kind");
    }
    if (std::find(std::begin(kKinds), std::end(kKinds), kind) == std::end(kKinds)) {
      return Status::DataError(name + ":" + std::to_string(n) + ": unknown kind \"" + kind + "\"");
    }
    std::u32string key = DecodeUtf8(surface);
    lex.max_len_ = std::max(lex.max_len_, key.size());
    lex.units_[key] = UnitInfo{unit, kind};
  }
  if (lex.units_.empty()) return Status::DataError(name + ": no units");
  return lex;
}

Result<UnitLexicon> UnitLexicon::Load(const std::filesystem::path& path) {
  Result<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return bytes.status();
  return Parse(*bytes, path.string());
}

std::size_t UnitLexicon::Match(std::u32string_view text, std::size_t pos, const UnitInfo** info) const {
  std::size_t longest = std::min(max_len_, text.size() - std::min(pos, text.size()));
  for (std::size_t len = longest; len > 0; --len) {
    auto it = units_.find(std::u32string(text.substr(pos, len)));
    if (it != units_.end()) {
      *info = &it->second;
      return len;
    }
  }
  return 0;
}

}  // namespace zhcorpus

namespace zhcorpus {

Status AddMetricAndDateRecognizers(const std::filesystem::path& data_dir,
                                   std::vector<std::unique_ptr<EntityRecognizer>>* out) {
  Result<UnitLexicon> units = UnitLexicon::Load(data_dir / "units.tsv");
  if (!units.ok()) return units.status();
  out->push_back(std::make_unique<MetricExtractor>(std::move(units).value()));
  out->push_back(std::make_unique<DateExtractor>());
  return Status::Ok();
}

}  // namespace zhcorpus
