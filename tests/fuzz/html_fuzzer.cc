// Web article extraction (body, title, date, outlet, authors) on arbitrary
// markup, and text copied from web pages.
#include "article/web_page.h"
#include "article/web_text.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = zhcorpus::fuzz::AsText(data, size);
  (void)zhcorpus::article::ExtractWebArticle(text);
  (void)zhcorpus::article::ExtractWebText(text);
  return 0;
}
