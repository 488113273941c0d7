// Private: helpers shared by the text renderers (render.cc) and the HTML page (html.cc).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "zhcorpus/report.h"

namespace zhcorpus {

// Indices of the rows a table/md/html rendering shows: the first `top` (0 =
// all), or the first `top` of each group for a table with top_per_group; the
// overview is never cut.
std::vector<std::size_t> ShownRows(const ReportTable& t, std::size_t top);

// Rows in the section, including any not materialised (ReportTable::total).
inline std::size_t TotalRows(const ReportTable& t) { return t.total ? t.total : t.rows.size(); }

// Calls fn for every row: `rows`, then those `stream` produces.
template <typename Fn>
void ForEachRow(const ReportTable& t, Fn fn) {
  for (const auto& r : t.rows) fn(r);
  if (t.stream) t.stream(fn);
}

// Escapes text for HTML element content and attribute values.
std::string HtmlEscape(const std::string& s);

// The self-contained HTML page.
std::string HtmlPage(const std::vector<ReportTable>& tables, std::size_t top);

}  // namespace zhcorpus
