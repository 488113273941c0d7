// Encoding detection and decoding on arbitrary bytes: never a crash, and
// what comes out as UTF-8 is valid UTF-8.
#include <cstdlib>

#include "fuzz_input.h"
#include "zhcorpus/encoding.h"
#include "zhcorpus/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = zhcorpus::fuzz::AsText(data, size);
  for (const char* forced : {"", "UTF-8", "GB18030", "Big5", "UTF-16LE"}) {
    auto decoded = zhcorpus::DecodeBytes(bytes, forced);
    if (decoded.ok() && !zhcorpus::IsValidUtf8(decoded->utf8)) std::abort();
  }
  return 0;
}
