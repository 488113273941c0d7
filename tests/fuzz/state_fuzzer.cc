// Merging report states: arbitrary JSON, and a real state with bytes of it
// changed, must be merged whole or refused, never crash.
#include "fuzz_input.h"
#include "zhcorpus/report.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = zhcorpus::fuzz::AsText(data, size);
  zhcorpus::Json state = zhcorpus::Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (state.is_discarded()) return 0;
  zhcorpus::ReportBuilder builder(nullptr);
  (void)builder.Merge(state);
  (void)builder.Merge(state);  // the same state twice is refused
  zhcorpus::ReportOptions options;
  auto tables = builder.Tables(options);
  if (tables.ok()) (void)zhcorpus::RenderReport(*tables, "json", 0);
  return 0;
}
