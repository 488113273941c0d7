#include "cli/filter_flags.h"

#include <CLI/CLI.hpp>

#include "zhcorpus/data_dir.h"

namespace zhcorpus::cli {

void AddFilterFlags(CLI::App& app, RecordCriteria* c, FilterFlags which) {
  const std::string group = "Record filter (different flags must all hold; a repeated flag is any of its values)";
  app.add_option("--since", c->since, "keep records dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD)")
      ->group(group);
  app.add_option("--until", c->until, "keep records dated on or before this (2024-06 means up to 2024-06-30)")
      ->group(group);
  app.add_option("--outlet", c->outlets, "keep records whose outlet is exactly this (温州日报)")->group(group);
  app.add_option("--source", c->sources, "keep records whose source path contains this")->group(group);
  app.add_option("--grep", c->patterns, "keep records whose text matches this ICU regular expression")
      ->group(group);
  if (which == FilterFlags::kAll) {
    app.add_option("--region", c->entities.regions,
                   "keep records naming a place in this division or below it: a name (浙江省, 杭州) or a "
                   "GB/T 2260 code (330100)")
        ->group(group);
    app.add_option("--org", c->entities.orgs, "keep records naming this organisation (norm name or text)")
        ->group(group);
    app.add_option("--indicator", c->entities.indicators,
                   "keep records with a metric whose indicator contains this (技术交易额)")
        ->group(group);
    app.add_option("--type", c->entities.types, "keep records with an entity of this type (region org metric date)")
        ->group(group);
  }
  app.add_flag("--invert", c->invert, "keep the records the other filter flags would drop")->group(group);
}

Status LoadGazetteerIfNeeded(const EntityCriteria& entities, const std::string& data_dir,
                             std::optional<RegionGazetteer>* gazetteer) {
  if (!NeedsGazetteer(entities) || gazetteer->has_value()) return Status::Ok();
  auto dir = ResolveDataDir(data_dir);
  if (!dir.ok()) return dir.status();
  auto loaded = RegionGazetteer::Load(*dir);
  if (!loaded.ok()) return loaded.status();
  gazetteer->emplace(std::move(*loaded));
  return Status::Ok();
}

Result<RecordFilter> MakeFilter(const RecordCriteria& criteria, const std::string& data_dir,
                                std::optional<RegionGazetteer>* gazetteer) {
  if (Status st = LoadGazetteerIfNeeded(criteria.entities, data_dir, gazetteer); !st.ok()) return st;
  return RecordFilter::Create(criteria, *gazetteer ? &**gazetteer : nullptr);
}

}  // namespace zhcorpus::cli
