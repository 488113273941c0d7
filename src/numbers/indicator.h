// Internal: the noun phrase naming what a metric measures.
#pragma once

#include <cstdint>

#include "zhcorpus/document.h"
#include "zhcorpus/records.h"

namespace zhcorpus {

// The run of noun tokens next to [start, end) in the same clause: after it
// first when `prefer_right` (110多名技术经纪人), else before it, skipping a
// few verbs and adverbs (技术交易额达1588亿元). Null when there is none or
// the document has no tokens.
Json FindIndicator(const Document& doc, std::uint32_t start, std::uint32_t end, bool prefer_right);

}  // namespace zhcorpus
