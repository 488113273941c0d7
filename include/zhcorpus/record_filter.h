// Which records a pipeline keeps: by date range, outlet, source, entities
// (EntityQuery) and a pattern on the text.
//
//   RecordCriteria c;  c.since = "2024-01";  c.entities.regions = {"浙江省"};
//   auto filter = RecordFilter::Create(c, &gazetteer);
//   if (filter->Keeps(record)) Write(line);
//
// Different criteria must all hold; the values of one criterion are
// alternatives (--outlet A --outlet B keeps either).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "zhcorpus/entity_query.h"
#include "zhcorpus/region_gazetteer.h"
#include "zhcorpus/status.h"
#include "zhcorpus/tagged_record.h"
#include "zhcorpus/text_pattern.h"

namespace zhcorpus {

struct RecordCriteria {
  std::string since, until;  // YYYY, YYYY-MM or YYYY-MM-DD, both inclusive; "" = open
  std::vector<std::string> outlets;  // exact outlet names
  std::vector<std::string> sources;  // substrings of the source path
  EntityCriteria entities;
  std::vector<std::string> patterns;  // ICU regular expressions on the text
  bool invert = false;                // keep the records the rest would drop
};

class RecordFilter {
 public:
  // InvalidArgument for a malformed date, an unknown type or region, or a
  // pattern that does not compile.
  static Result<RecordFilter> Create(const RecordCriteria& criteria, const RegionGazetteer* gazetteer);

  bool Keeps(const TaggedRecord& record) const;
  // True when nothing was asked: every record is kept.
  bool empty() const;
  // The record parts Keeps needs (see ParseTaggedRecord).
  unsigned parts() const { return entities_.empty() ? 0u : kWithEntities; }
  // "since 2024-01, region 浙江省 (330000)", for table titles and logs.
  std::string Describe() const;

 private:
  bool KeepsIgnoringInvert(const TaggedRecord& record) const;

  RecordCriteria criteria_;
  std::string lowest_, highest_;  // date bounds as comparable YYYY-MM-DD strings
  EntityQuery entities_;
  std::vector<TextPattern> patterns_;
};

// True when any region in `criteria` is a name rather than a code, so the
// gazetteer must be loaded.
bool NeedsGazetteer(const EntityCriteria& criteria);

}  // namespace zhcorpus
