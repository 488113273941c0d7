// Regions and organisations in the Tagger: one EntityRecognizer that finds
// regions first and hands them to the organisation finder, which uses them
// for place prefixes (杭州市科技局) and for norm.region.
#include "tag/recognizers.h"

#include <future>

#include "entity/org_recognizer.h"
#include "entity/region_recognizer.h"

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

Result<NameLists> LoadNameLists(const std::filesystem::path& data_dir) {
  // The two lists share nothing and each is about a third of a tool's start:
  // they load side by side (or one after the other where no thread can start:
  // libstdc++ falls back to the deferred policy).
  auto loading_orgs = std::async(std::launch::async | std::launch::deferred,
                                 [&data_dir] { return OrgRecognizer::Load(data_dir); });
  Result<RegionGazetteer> gazetteer = RegionGazetteer::Load(data_dir);
  Result<OrgRecognizer> orgs = loading_orgs.get();
  if (!gazetteer.ok()) return gazetteer.status();
  if (!orgs.ok()) return orgs.status();
  return NameLists{std::move(gazetteer).value(), std::move(orgs).value()};
}

std::vector<ExtraWord> SegmenterWords(const NameLists& lists) {
  std::vector<ExtraWord> words = RegionRecognizer::SegmenterWords(lists.gazetteer);
  // Organisation names the segmenter would cut apart (given the region names).
  for (const std::u32string& name : lists.orgs.Names()) words.push_back({name, "nt", 0, ExtraWord::When::kIfSplit});
  return words;
}

void AddRegionAndOrgRecognizers(NameLists lists, const Segmenter& segmenter,
                                std::vector<std::unique_ptr<EntityRecognizer>>* out) {
  out->push_back(std::make_unique<RegionOrgEntities>(RegionRecognizer(std::move(lists.gazetteer), &segmenter),
                                                     std::move(lists.orgs)));
}

}  // namespace zhcorpus
