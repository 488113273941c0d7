// The entity recognisers the Tagger runs, in one place so that adding one is
// a one-line change here. See tagger.h.
#include "tag/recognizers.h"

#include "zhcorpus/metrics.h"
#include "zhcorpus/org_recognizer.h"

namespace zhcorpus {
namespace {

// Organisations. Until region entities are available here, names are found
// without them (a place prefix is then a jieba `ns` word).
class OrgEntities : public EntityRecognizer {
 public:
  explicit OrgEntities(OrgRecognizer orgs) : orgs_(std::move(orgs)) {}
  void Recognize(const Document& doc, std::vector<Entity>* out) const override { orgs_.Find(doc, {}, out); }

 private:
  OrgRecognizer orgs_;
};

// Loads the organisations and teaches the segmenter the names it would cut apart.
Status AddOrgRecognizer(const std::filesystem::path& data_dir, Segmenter* segmenter,
                        std::vector<std::unique_ptr<EntityRecognizer>>* out) {
  Result<OrgRecognizer> orgs = OrgRecognizer::Load(data_dir);
  if (!orgs.ok()) return orgs.status();
  std::vector<Token> tokens;
  for (const std::u32string& name : orgs->Names()) {
    tokens.clear();
    segmenter->Cut(name, &tokens);
    if (tokens.size() > 1) segmenter->AddWord(name, 0, "nt");
  }
  out->push_back(std::make_unique<OrgEntities>(std::move(orgs).value()));
  return Status::Ok();
}

}  // namespace

Status AddRecognizers(const std::filesystem::path& data_dir, Segmenter* segmenter,
                      std::vector<std::unique_ptr<EntityRecognizer>>* out) {
  if (Status s = AddOrgRecognizer(data_dir, segmenter, out); !s.ok()) return s;
  if (Status s = AddMetricAndDateRecognizers(data_dir, out); !s.ok()) return s;
  return Status::Ok();
}

}  // namespace zhcorpus
