// Internal: the BMES hidden Markov model that splits runs of characters the
// dictionary does not cover into words (jieba's finalseg model).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/compiled_dictionary.h"

namespace zhcorpus::segment {

// Appends the lengths of the words of `run` to `lengths`. `scratch` is reused
// between calls so the hot loop does not allocate.
void HmmSplit(const CompiledDictionary& dict, std::u32string_view run, std::vector<double>* scratch,
              std::vector<std::uint8_t>* path, std::vector<std::uint32_t>* lengths);

}  // namespace zhcorpus::segment
