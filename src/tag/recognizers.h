// Internal: builds the list of entity recognisers for the Tagger. The
// gazetteer and organisation lists load first, so that the segmenter can be
// made with the names it must keep whole (SegmenterWords) and never changes.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "zhcorpus/entity.h"
#include "entity/org_recognizer.h"
#include "zhcorpus/region_gazetteer.h"
#include "zhcorpus/segmenter.h"
#include "zhcorpus/status.h"

namespace zhcorpus {

// The data of the recognisers whose names the segmenter learns.
struct NameLists {
  RegionGazetteer gazetteer;
  OrgRecognizer orgs;
};
Result<NameLists> LoadNameLists(const std::filesystem::path& data_dir);

// Region names the dictionary does not know, then organisation names it
// would cut apart (region_org_entities.cc): SegmenterOptions::extra_words.
std::vector<ExtraWord> SegmenterWords(const NameLists& lists);

// `segmenter` is the one made with SegmenterWords(lists).
Status AddRecognizers(const std::filesystem::path& data_dir, NameLists lists, const Segmenter& segmenter,
                      std::vector<std::unique_ptr<EntityRecognizer>>* out);

// Regions, then organisations given the regions (region_org_entities.cc).
void AddRegionAndOrgRecognizers(NameLists lists, const Segmenter& segmenter,
                                std::vector<std::unique_ptr<EntityRecognizer>>* out);

}  // namespace zhcorpus
