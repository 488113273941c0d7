// Internal to the timex scorer: how each case file is judged. A case is in
// scope when docs/entities.md covers it; the reasons a case is out of scope are
// listed in kOutOfScope (timex_cases.cc) and in the README.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "zhcorpus/records.h"
#include "numbers/metrics.h"
#include "zhcorpus/simplified.h"

namespace zhcorpus::timex {

struct Outcome {
  bool in_scope = false;
  bool passed = false;
  std::string detail;  // what we produced, for --failures
};

class Judge {
 public:
  Judge(const SimplifiedView& view, MetricExtractor metrics) : view_(view), metrics_(std::move(metrics)) {}
  Outcome DucklingNumeral(const Json& c) const;
  Outcome DucklingOrdinal(const Json& c) const;
  Outcome DucklingMoney(const Json& c) const;
  Outcome JioMoney(const Json& c) const;
  Outcome JioExtractMoney(const Json& c) const;
  Outcome DucklingDuration(const Json& c) const;
  Outcome DucklingQuantity(const Json& c) const;
  Outcome DucklingTime(const Json& c) const;
  Outcome JioTime(const Json& c) const;
  Outcome JioExtractTime(const Json& c) const;

 private:
  Document Doc(const std::string& input, std::optional<CivilDate> date = std::nullopt) const;
  std::vector<Entity> Metrics(const Document& doc) const;
  Outcome DateCase(const std::string& input, std::optional<CivilDate> ref, CivilDate from, CivilDate to) const;

  const SimplifiedView& view_;
  MetricExtractor metrics_;
  DateExtractor dates_;
};

}  // namespace zhcorpus::timex
