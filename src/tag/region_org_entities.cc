// Regions and organisations in the Tagger: one EntityRecognizer that finds
// regions first and hands them to the organisation finder, which uses them
// for place prefixes (杭州市科技局) and for norm.region.
#include "tag/recognizers.h"
#include "zhcorpus/org_recognizer.h"
#include "zhcorpus/region_recognizer.h"

namespace zhcorpus {

namespace {

class RegionOrgEntities : public EntityRecognizer {
 public:
  RegionOrgEntities(RegionRecognizer regions, OrgRecognizer orgs)
      : regions_(std::move(regions)), orgs_(std::move(orgs)) {}

  // Every type: an organisation's name shadows the numbers and dates inside it.
  bool Affects(std::string_view) const override { return true; }

  void Recognize(const Document& doc, std::vector<Entity>* out) const override {
    std::vector<Entity> regions;
    regions_.Find(doc, &regions);
    orgs_.Find(doc, regions, out);
    out->insert(out->end(), std::make_move_iterator(regions.begin()), std::make_move_iterator(regions.end()));
  }

 private:
  RegionRecognizer regions_;
  OrgRecognizer orgs_;
};

}  // namespace

Status AddRegionAndOrgRecognizers(const std::filesystem::path& data_dir, Segmenter* segmenter,
                                  std::vector<std::unique_ptr<EntityRecognizer>>* out) {
  Result<RegionRecognizer> regions = RegionRecognizer::Load(data_dir, segmenter);
  if (!regions.ok()) return regions.status();
  Result<OrgRecognizer> orgs = OrgRecognizer::Load(data_dir);
  if (!orgs.ok()) return orgs.status();
  // Teach the segmenter the organisation names it would cut apart.
  std::vector<Token> tokens;
  for (const std::u32string& name : orgs->Names()) {
    tokens.clear();
    segmenter->Cut(name, &tokens);
    if (tokens.size() > 1) segmenter->AddWord(name, 0, "nt");
  }
  out->push_back(std::make_unique<RegionOrgEntities>(std::move(regions).value(), std::move(orgs).value()));
  return Status::Ok();
}

}  // namespace zhcorpus
