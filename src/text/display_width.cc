#include "zhcorpus/display_width.h"

#include <unicode/uchar.h>

#include "zhcorpus/utf8.h"

namespace zhcorpus {

std::size_t DisplayWidth(std::string_view utf8) {
  std::size_t w = 0;
  for (char32_t c : DecodeUtf8(utf8)) {
    const int eaw = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
    w += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return w;
}

}  // namespace zhcorpus
