// The analysed form of one record's text that every entity recogniser reads:
// the text as code points, its simplified view (same offsets), the tokens,
// the reference date, and the spans that are opaque quoted names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "zhcorpus/civil_date.h"
#include "zhcorpus/segmenter.h"

namespace zhcorpus {

struct Document {
  std::u32string text;              // the record's text, code points
  std::u32string simplified;        // text with traditional characters simplified and CJK punctuation full-width, same length
  std::vector<Token> tokens;        // segmentation of `simplified`
  std::optional<CivilDate> date;    // the record's reference date
  // Spans [start, end) of quoted brand, programme, slogan or event names
  // (`“科创中国”`): no region, date or metric is found inside them.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> opaque;

  bool IsOpaque(std::uint32_t start, std::uint32_t end) const {
    for (const auto& [s, e] : opaque) {
      if (start >= s && end <= e) return true;
    }
    return false;
  }
};

}  // namespace zhcorpus
