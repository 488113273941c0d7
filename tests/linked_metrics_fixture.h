// The metrics `tag` finds in a text, keyed by their text, with what the linker
// gave each (indicator, measure, region, date): for the suites that test what a
// figure measures, through the whole Tagger.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "entity/entity_norm_json.h"
#include "tagger_test_fixture.h"

namespace zhcorpus::testing {

struct Linked {
  Json indicator, measure, region, date;
};

class LinkedMetricsTest : public FullTaggerTest {
 protected:
  // The metrics of `text` by their text (the first of equal texts wins).
  static std::map<std::string, Linked> LinkedMetrics(const std::string& text, std::optional<CivilDate> date) {
    std::map<std::string, Linked> out;
    for (const Entity& e : tagger_->Tag(text, date).entities) {
      if (e.type != "metric" || out.count(e.text)) continue;
      out[e.text] = {ToJson(e.norm.Get("indicator")), ToJson(e.norm.Get("measure")), ToJson(e.norm.Get("region")),
                     ToJson(e.norm.Get("date"))};
    }
    return out;
  }
};

}  // namespace zhcorpus::testing
