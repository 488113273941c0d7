#include "corpus/word_token.h"

#include <unicode/uchar.h>

#include "zhcorpus/utf8.h"

namespace zhcorpus {

bool IsWordToken(std::string_view token) {
  for (char32_t c : DecodeUtf8(token))
    if (IsHan(c) || u_isalpha(static_cast<UChar32>(c))) return true;
  return false;
}

}  // namespace zhcorpus
