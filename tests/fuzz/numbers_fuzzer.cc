// The number, metric and date parsers on arbitrary text.
#include "fuzz_input.h"
#include "numbers/number_parser.h"
#include "zhcorpus/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::u32string text = zhcorpus::DecodeUtf8(zhcorpus::fuzz::AsText(data, size));
  (void)zhcorpus::ParseNumber(text);
  for (std::size_t i = 0; i < text.size(); ++i) (void)zhcorpus::ParseNumberAt(text, i);
  // Metrics and dates run inside the tagger: restrict it to them.
  static const std::unique_ptr<zhcorpus::Tagger> tagger = [] {
    zhcorpus::TaggerOptions options;
    options.data_dir = *zhcorpus::ResolveDataDir();
    options.types = {"metric", "date"};
    auto loaded = zhcorpus::Tagger::Load(options);
    if (!loaded.ok()) std::abort();
    return std::move(loaded).value();
  }();
  (void)tagger->Tag(zhcorpus::EncodeUtf8(text), zhcorpus::CivilDate{2023, 12, 31});
  return 0;
}
