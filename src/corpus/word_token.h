// Internal: Which tokens count as words in frequency statistics: a token with a letter
// or a Han character (not punctuation, spaces, bare numbers or symbols).
#pragma once

#include <string_view>

namespace zhcorpus {

bool IsWordToken(std::string_view token);

}  // namespace zhcorpus
