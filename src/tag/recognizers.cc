// The entity recognisers the Tagger runs, in one place so that adding one is
// a one-line change here. See tagger.h.
#include "tag/recognizers.h"

#include "numbers/metrics.h"

namespace zhcorpus {

Status AddRecognizers(const std::filesystem::path& data_dir, NameLists lists, const Segmenter& segmenter,
                      std::vector<std::unique_ptr<EntityRecognizer>>* out) {
  AddRegionAndOrgRecognizers(std::move(lists), segmenter, out);
  if (Status s = AddMetricAndDateRecognizers(data_dir, out); !s.ok()) return s;
  return Status::Ok();
}

}  // namespace zhcorpus
