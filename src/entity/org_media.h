// Internal: outlets named in datelines and source lines (ENTITIES.md "Outlets
// and sources"), found on the text alone: `某某社杭州3月2日电`, `某某日报讯（记者…）`,
// `某某在线消息`, `据某某网消息`, `来源：某某网`. Each is an org of kind media.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace zhcorpus::org {

using Span = std::pair<std::uint32_t, std::uint32_t>;

// Outlet spans in `text` (simplified). `regions` are the region entities'
// spans in text order: the place of a dateline sits between outlet and date.
std::vector<Span> FindOutlets(std::u32string_view text, const std::vector<Span>& regions);

}  // namespace zhcorpus::org
