// Page splitting and every input format `ingest` sniffs (text, Markdown,
// JSON Lines, JSON arrays, CSV, <doc>, web pages) on arbitrary bytes.
#include "fuzz_input.h"
#include "zhcorpus/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = zhcorpus::fuzz::AsText(data, size);
  zhcorpus::IngestOptions options;
  for (const char* name : {"page.txt", "page.md", "dump.jsonl", "rows.csv", "page.html"})
    (void)zhcorpus::IngestBytes(bytes, name, options);
  return 0;
}
