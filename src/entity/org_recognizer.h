// Internal: Organisation recognition (ENTITIES.md `org`): known names and aliases from
// data/organizations.tsv, and names built from an optional place prefix, a
// body and a head over the document's tokens (杭州市 + 科技局, 青禾大学 + 长三角 +
// 研究院 + 生态环境所, 市 + 人社局).
//
//   auto orgs = OrgRecognizer::Load(data_dir);
//   options.extra_words.push_back({name, "nt", 0, ExtraWord::When::kIfSplit});  // per Names()
//   orgs->Find(doc, region_entities, &candidates);
//   // 浙大 -> {"name": "浙江大学", "kind": "university", "region": "浙江省"}
//
// `regions` are the region entities already found in the document (may be
// empty): they anchor a name's place prefix, give norm.region, and resolve a
// bare 省/市/区 prefix to the article's dominant place of that level.
// After Load an OrgRecognizer is const and safe to share across threads.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "zhcorpus/document.h"
#include "zhcorpus/entity.h"
#include "zhcorpus/status.h"

namespace zhcorpus {

class OrgRecognizer {
 public:
  // Reads `data_dir/organizations.tsv` (hand-written names and aliases) and
  // the imported lists beside it, org_universities.tsv, org_central_soes.tsv and org_companies.tsv
  // (tools/make_org_lexicons.sh); errors name file:line.
  static Result<OrgRecognizer> Load(const std::filesystem::path& data_dir);
  // The same from text (`name` is used in error messages), for tests.
  static Result<OrgRecognizer> Parse(const std::string& tsv, const std::string& name);

  OrgRecognizer(OrgRecognizer&&) noexcept;
  OrgRecognizer& operator=(OrgRecognizer&&) noexcept;
  ~OrgRecognizer();

  // Known names, aliases and government short forms (人社局, 经信厅) that the
  // segmenter should keep whole.
  std::vector<std::u32string> Names() const;

  // Appends org candidates (type "org", norm {name, kind, region}) found in
  // `doc`; overlaps with other types are left to the Tagger.
  void Find(const Document& doc, const std::vector<Entity>& regions, std::vector<Entity>* out) const;

 private:
  struct Impl;
  explicit OrgRecognizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace zhcorpus
