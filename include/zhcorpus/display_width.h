// Terminal columns of UTF-8 text, so tables of Chinese line up: every tool
// that aligns columns (report's tables, concord's KWIC lines) measures here.
#pragma once

#include <cstddef>
#include <string_view>

namespace zhcorpus {

// Terminal columns a UTF-8 string occupies (East Asian Wide/Fullwidth = 2,
// everything else 1).
std::size_t DisplayWidth(std::string_view utf8);

}  // namespace zhcorpus
