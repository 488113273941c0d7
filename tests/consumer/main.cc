// Uses the installed API the way a program outside this tree would: every
// installed header is included (so each must compile on its own, with only
// installed headers), and a record is ingested, tagged and read back.
#include <iostream>
#include <sstream>
#include <string>

#include <zhcorpus/article.h>
#include <zhcorpus/civil_date.h>
#include <zhcorpus/display_width.h>
#include <zhcorpus/document.h>
#include <zhcorpus/entity.h>
#include <zhcorpus/entity_norm.h>
#include <zhcorpus/idf_table.h>
#include <zhcorpus/ingest.h>
#include <zhcorpus/records.h>
#include <zhcorpus/region_gazetteer.h>
#include <zhcorpus/report.h>
#include <zhcorpus/segmenter.h>
#include <zhcorpus/simplified.h>
#include <zhcorpus/status.h>
#include <zhcorpus/tag_stream.h>
#include <zhcorpus/tagger.h>
#include <zhcorpus/u32_string_set.h>
#include <zhcorpus/utf8.h>

namespace zh = zhcorpus;

int Fail(const std::string& why) {
  std::cerr << "consumer: " << why << '\n';
  return 1;
}

int main() {
  auto tagger = zh::Tagger::Load({.data_dir = ZHCORPUS_DATA_DIR});
  if (!tagger.ok()) return Fail(tagger.status().message());

  std::istringstream in("{\"id\":\"a#1\",\"text\":\"杭州市科技局昨日发布新规。\",\"date\":\"2024-06-10\"}\n");
  std::ostringstream out;
  zh::TagStreamOptions options;
  zh::Result<zh::TagStreamTotals> done = zh::TagStream(**tagger, in, "-", out, options);
  if (!done.ok()) return Fail(done.status().message());
  if (done->records != 1) return Fail("expected one tagged record");

  zh::Result<zh::Json> record = zh::ParseJsonObject(out.str().substr(0, out.str().find('\n')));
  if (!record.ok()) return Fail(record.status().message());
  bool found_org = false;
  for (const zh::Json& e : (*record)["entities"]) found_org |= e["type"] == "org" && e["text"] == "杭州市科技局";
  if (!found_org) return Fail("杭州市科技局 not tagged as an org: " + out.str());

  const zh::Tagged tagged = (*tagger)->Tag("浙江省杭州市", zh::ParseIsoDate("2024-06-10"));
  if (tagged.entities.empty()) return Fail("no region in 浙江省杭州市");

  std::cout << "consumer: ok (" << tagged.entities.size() << " entities, " << tagged.tokens.size() << " tokens)\n";
  return 0;
}
