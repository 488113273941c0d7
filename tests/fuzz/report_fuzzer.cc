// Report record parsing and aggregation on arbitrary lines, then every table.
#include <cstdlib>

#include "fuzz_input.h"
#include "report/record.h"
#include "zhcorpus/report.h"
#include "zhcorpus/utf8.h"

namespace {

// The fast scan and the general reader must agree wherever the scan takes a
// line: same fields, and the general reader accepts it too.
void CheckScanAgrees(std::string_view line) {
  if (!zhcorpus::IsValidUtf8(line)) return;
  zhcorpus::ReportArticle scanned, general;
  if (!zhcorpus::ScanTaggedLine(line, &scanned)) return;
  if (zhcorpus::ParseTaggedLineGeneral(line, &general) || !(scanned == general)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = zhcorpus::fuzz::AsText(data, size);
  zhcorpus::ReportBuilder builder(nullptr);
  while (!text.empty()) {
    const std::size_t nl = std::min(text.find('\n'), text.size());
    CheckScanAgrees(text.substr(0, nl));
    (void)builder.AddLine(text.substr(0, nl));
    text.remove_prefix(std::min(nl + 1, text.size()));
  }
  zhcorpus::ReportOptions options;
  auto tables = builder.Tables(options);
  if (tables.ok()) (void)zhcorpus::RenderReport(*tables, "html", 20);
  return 0;
}
