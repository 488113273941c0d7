// Internal: builds the list of entity recognisers for the Tagger. Recognisers
// may add gazetteer names to the segmenter's dictionary (so those names are
// not cut apart) before the segmenter is shared.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "zhcorpus/entity.h"
#include "zhcorpus/segmenter.h"
#include "zhcorpus/status.h"

namespace zhcorpus {

Status AddRecognizers(const std::filesystem::path& data_dir, Segmenter* segmenter,
                      std::vector<std::unique_ptr<EntityRecognizer>>* out);

// Regions, then organisations given the regions (region_org_entities.cc);
// adds gazetteer and organisation names to `segmenter`.
Status AddRegionAndOrgRecognizers(const std::filesystem::path& data_dir, Segmenter* segmenter,
                                  std::vector<std::unique_ptr<EntityRecognizer>>* out);

}  // namespace zhcorpus
