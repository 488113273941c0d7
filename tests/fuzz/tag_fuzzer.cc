// Tagger on arbitrary text: segmentation and the four entity types, through
// the record path `tag` uses (a JSON line built around the text).
#include <string>

#include "fuzz_input.h"
#include "zhcorpus/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = zhcorpus::fuzz::AsText(data, size);
  const zhcorpus::Tagger& tagger = zhcorpus::fuzz::SharedTagger();
  if (zhcorpus::IsValidUtf8(text)) (void)tagger.Tag(text, zhcorpus::CivilDate{2024, 2, 29});
  zhcorpus::Json record = {{"id", "f"}, {"date", "2024-02-29"}, {"text", zhcorpus::EncodeUtf8(zhcorpus::DecodeUtf8(text))}};
  zhcorpus::TagOutputOptions output;
  output.pos = true;
  (void)tagger.TagRecord(&record, output);
  std::string out;
  (void)tagger.TagLine(text, output, &out);  // the raw bytes as a line
  return 0;
}
