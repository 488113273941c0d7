// The JSON Lines reader, the validating scan `tag` uses, and the tagged
// record parser of concord/filter/stats on arbitrary lines.
#include <sstream>

#include "fuzz_input.h"
#include "io/json_scan.h"
#include "zhcorpus/records.h"
#include "zhcorpus/tagged_record.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(zhcorpus::fuzz::AsText(data, size));
  std::istringstream in(text);
  zhcorpus::JsonlReader reader(in, "fuzz");
  zhcorpus::JsonlLine line;
  while (reader.Next(&line)) {
  }
  zhcorpus::ScannedObject object;
  (void)zhcorpus::ScanJsonObject(text, &object);
  zhcorpus::TaggedRecord record;
  (void)zhcorpus::ParseTaggedRecord(text, &record);
  (void)zhcorpus::CheckRecordLine(text);
  return 0;
}
