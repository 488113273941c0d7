// Report record parsing and aggregation on arbitrary lines, then every table.
#include "fuzz_input.h"
#include "zhcorpus/report.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = zhcorpus::fuzz::AsText(data, size);
  zhcorpus::ReportBuilder builder(nullptr);
  while (!text.empty()) {
    const std::size_t nl = std::min(text.find('\n'), text.size());
    (void)builder.AddLine(text.substr(0, nl));
    text.remove_prefix(std::min(nl + 1, text.size()));
  }
  zhcorpus::ReportOptions options;
  auto tables = builder.Tables(options);
  if (tables.ok()) (void)zhcorpus::RenderReport(*tables, "html", 20);
  return 0;
}
