// The record filter's flags, shared by filter, concord and stats so that a
// date range or an outlet is spelled the same everywhere.
//
//   RecordCriteria criteria;
//   cli::AddFilterFlags(app, &criteria, cli::FilterFlags::kAll);
//   ...parse...
//   auto filter = cli::MakeFilter(criteria, data_dir, &gazetteer);
#pragma once

#include <optional>
#include <string>

#include "zhcorpus/record_filter.h"
#include "zhcorpus/region_gazetteer.h"
#include "zhcorpus/status.h"

namespace CLI {
class App;
}

namespace zhcorpus::cli {

enum class FilterFlags {
  kAll,           // dates, outlet, source, text pattern, entities, --invert
  kWithoutEntities,  // the tool uses --org/--region/... for something else (concord's hits)
};

void AddFilterFlags(CLI::App& app, RecordCriteria* criteria, FilterFlags which);

// Loads the region gazetteer into *gazetteer when `entities` needs it (a region
// given by name). NotFound/DataError from loading.
Status LoadGazetteerIfNeeded(const EntityCriteria& entities, const std::string& data_dir,
                             std::optional<RegionGazetteer>* gazetteer);

// The filter, with the gazetteer loaded when it is needed.
Result<RecordFilter> MakeFilter(const RecordCriteria& criteria, const std::string& data_dir,
                                std::optional<RegionGazetteer>* gazetteer);

}  // namespace zhcorpus::cli
