// Regions in the Tagger: the RegionRecognizer as an EntityRecognizer.
#include "tag/recognizers.h"
#include "zhcorpus/region_recognizer.h"

namespace zhcorpus {

namespace {

class RegionEntities : public EntityRecognizer {
 public:
  explicit RegionEntities(RegionRecognizer regions) : regions_(std::move(regions)) {}
  void Recognize(const Document& doc, std::vector<Entity>* out) const override { regions_.Find(doc, out); }

 private:
  RegionRecognizer regions_;
};

}  // namespace

Status AddRegionRecognizer(const std::filesystem::path& data_dir, Segmenter* segmenter,
                           std::vector<std::unique_ptr<EntityRecognizer>>* out) {
  Result<RegionRecognizer> regions = RegionRecognizer::Load(data_dir, segmenter);
  if (!regions.ok()) return regions.status();
  out->push_back(std::make_unique<RegionEntities>(std::move(regions).value()));
  return Status::Ok();
}

}  // namespace zhcorpus
