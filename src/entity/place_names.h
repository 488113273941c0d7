// Internal: the rules that derive the short name a place is written with in
// running text from its official name.
#pragma once

#include <string>
#include <string_view>

#include "zhcorpus/region_gazetteer.h"

namespace zhcorpus {

// 浙江省 -> 浙江, 广西壮族自治区 -> 广西, 湘西土家族苗族自治州 -> 湘西,
// 乐清市 -> 乐清, 浦东新区 -> 浦东, 阿克苏地区 -> 阿克苏, 濮院镇 -> 濮院,
// 钟埭街道 -> 钟埭. Returns `full` unchanged when no rule leaves at least two
// characters (城区, 郊区 keep their full names).
std::u32string ShortPlaceName(std::u32string_view full, PlaceLevel level);

}  // namespace zhcorpus
