// The HTML report: one self-contained page (no network, no external script),
// every chart an inline SVG drawn here from the report's tables.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "report/render.h"

namespace zhcorpus {
namespace {

std::string I(double v) { return std::to_string(static_cast<long long>(std::lround(v))); }

double Number(const std::string& s) {
  try {
    return s.empty() ? 0 : std::stod(s);
  } catch (const std::exception&) {
    return 0;
  }
}

std::string Svg(const std::string& cls, int width, int height, const std::string& label) {
  return "<svg class=\"chart " + cls + "\" width=\"" + std::to_string(width) + "\" height=\"" +
         std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
         "\" role=\"img\" aria-label=\"" + HtmlEscape(label) + "\">";
}

std::string Text(double x, double y, const std::string& s, const std::string& attrs = "") {
  return "<text x=\"" + I(x) + "\" y=\"" + I(y) + "\"" + attrs + ">" + HtmlEscape(s) + "</text>";
}

// Horizontal bars: one per (label, value), longest = largest value.
std::string Bars(const std::string& title, const std::vector<std::pair<std::string, std::string>>& items) {
  if (items.empty()) return "";
  double max = 0;
  for (const auto& [l, v] : items) max = std::max(max, Number(v));
  std::string out = Svg("bars", 640, static_cast<int>(items.size()) * 22 + 4, title);
  for (std::size_t r = 0; r < items.size(); ++r) {
    const double w = max > 0 ? 400 * Number(items[r].second) / max + 1 : 1, y = static_cast<double>(r * 22);
    out += Text(0, y + 15, items[r].first);
    out += "<rect x=\"180\" y=\"" + I(y + 3) + "\" width=\"" + I(w) + "\" height=\"16\" fill=\"#3b6ea8\"><title>" +
           HtmlEscape(items[r].first + ": " + items[r].second) + "</title></rect>";
    out += Text(186 + w, y + 15, items[r].second);
  }
  return out + "</svg>\n";
}

// Bars of column `value` labelled by column `label`, for the shown rows, or
// the `n` largest by value when `largest` (orgs are listed by kind).
std::string TableBars(const ReportTable& t, const std::vector<std::size_t>& shown, std::size_t label,
                      std::size_t value, bool largest = false) {
  std::vector<std::size_t> rows = shown;
  if (largest) {
    rows.resize(t.rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) rows[r] = r;
    std::stable_sort(rows.begin(), rows.end(),
                     [&](std::size_t a, std::size_t b) { return Number(t.rows[a][value]) > Number(t.rows[b][value]); });
    rows.resize(std::min(rows.size(), shown.size()));
  }
  std::vector<std::pair<std::string, std::string>> items;
  for (std::size_t r : rows) items.push_back({t.rows[r][label], t.rows[r][value]});
  return Bars(t.title + ": " + t.columns[value], items);
}

// Index of the column named `name`, or npos.
std::size_t Col(const ReportTable& t, const char* name) {
  const auto it = std::find(t.columns.begin(), t.columns.end(), name);
  return it == t.columns.end() ? std::string::npos : static_cast<std::size_t>(it - t.columns.begin());
}

bool Has(const ReportTable& t, std::initializer_list<const char*> names) {
  for (const char* n : names)
    if (Col(t, n) == std::string::npos) return false;
  return true;
}

// Provinces on a grid that keeps their rough places on the map, by the first
// two digits of their GB/T 2260 code.
struct Tile {
  const char* prefix;
  const char* label;
  int row, col;
};
constexpr Tile kTiles[] = {
    {"23", "黑龙江", 0, 8}, {"65", "新疆", 1, 1}, {"15", "内蒙古", 1, 5}, {"22", "吉林", 1, 8},
    {"62", "甘肃", 2, 3},   {"64", "宁夏", 2, 4}, {"14", "山西", 2, 5},   {"11", "北京", 2, 6},
    {"12", "天津", 2, 7},   {"21", "辽宁", 2, 8}, {"54", "西藏", 3, 1},   {"63", "青海", 3, 2},
    {"61", "陕西", 3, 4},   {"41", "河南", 3, 5}, {"13", "河北", 3, 6},   {"37", "山东", 3, 7},
    {"51", "四川", 4, 3},   {"50", "重庆", 4, 4}, {"42", "湖北", 4, 5},   {"34", "安徽", 4, 6},
    {"32", "江苏", 4, 7},   {"31", "上海", 4, 8}, {"53", "云南", 5, 3},   {"52", "贵州", 5, 4},
    {"43", "湖南", 5, 5},   {"36", "江西", 5, 6}, {"33", "浙江", 5, 7},   {"45", "广西", 6, 4},
    {"44", "广东", 6, 5},   {"35", "福建", 6, 6}, {"71", "台湾", 6, 7},   {"46", "海南", 7, 4},
    {"82", "澳门", 7, 5},   {"81", "香港", 7, 6}};

// The province grid, each tile shaded by the province's mentions (square-root
// scale, so a dominant province does not wash out the rest).
std::string ProvinceGrid(const ReportTable& regions) {
  std::map<std::string, std::pair<std::string, double>> by_prefix;  // name, mentions
  double max = 0;
  const std::size_t name = Col(regions, "region"), code = Col(regions, "code"), level = Col(regions, "level"),
                    mentions = Col(regions, "mentions");
  for (const auto& r : regions.rows)
    if (r[level] == "province" && r[code].size() == 6) {
      by_prefix[r[code].substr(0, 2)] = {r[name], Number(r[mentions])};
      max = std::max(max, Number(r[mentions]));
    }
  std::string out = Svg("grid", 9 * 62 + 4, 8 * 46 + 24, "Provinces shaded by mentions");
  for (const Tile& t : kTiles) {
    const auto it = by_prefix.find(t.prefix);
    const double v = it == by_prefix.end() ? 0 : it->second.second, share = max > 0 ? std::sqrt(v / max) : 0;
    // From near white (no mentions) to the bars' blue.
    const int red = static_cast<int>(240 - share * (240 - 59)), green = static_cast<int>(243 - share * (243 - 110)),
              blue = static_cast<int>(246 - share * (246 - 168));
    char fill[16];
    std::snprintf(fill, sizeof fill, "#%02x%02x%02x", red, green, blue);
    const double x = t.col * 62 + 2, y = t.row * 46 + 2;
    const std::string name = it == by_prefix.end() ? t.label : it->second.first;
    out += "<g class=\"province\" data-code=\"" + std::string(t.prefix) + "0000\"><rect x=\"" + I(x) + "\" y=\"" +
           I(y) + "\" width=\"58\" height=\"42\" rx=\"4\" fill=\"" + fill + "\" stroke=\"#999\"><title>" +
           HtmlEscape(name + ": " + I(v) + " mentions") + "</title></rect>";
    const std::string color = share > 0.55 ? " fill=\"#fff\"" : "";
    out += Text(x + 29, y + 18, t.label, " text-anchor=\"middle\"" + color);
    out += Text(x + 29, y + 34, I(v), " text-anchor=\"middle\" class=\"small\"" + color) + "</g>";
  }
  out += Text(2, 8 * 46 + 18, "Shade: mentions (square-root scale); max " + I(max), " class=\"small\"");
  return out + "</svg>\n";
}

// Months since year 0 of "2024-03"; -1 when it is not a month.
long MonthIndex(const std::string& m) {
  if (m.size() < 7 || m[4] != '-') return -1;
  try {
    return std::stol(m.substr(0, 4)) * 12 + std::stol(m.substr(5, 2)) - 1;
  } catch (const std::exception&) {
    return -1;
  }
}

// Columns of date mentions per month with the articles per month as a line,
// on a true time axis: months without mentions are gaps, not squeezed out.
std::string TimelineChart(const ReportTable& t) {
  std::map<long, const std::vector<std::string>*> by_month;
  for (const auto& r : t.rows)
    if (MonthIndex(r[0]) >= 0) by_month[MonthIndex(r[0])] = &r;
  if (by_month.empty()) return "";
  const long first = by_month.begin()->first, span = by_month.rbegin()->first - first + 1;
  const double step = std::max(1.5, std::min(40.0, 600.0 / static_cast<double>(span))), height = 160;
  double max = 1;
  for (const auto& [m, r] : by_month) max = std::max({max, Number((*r)[1]), Number((*r)[2])});
  std::string out = Svg("timeline", static_cast<int>(static_cast<double>(span) * step) + 90, 210, "Timeline per month");
  std::string line;
  double last_label = -1e9;
  for (long i = 0; i < span; ++i) {
    const double x = 40 + static_cast<double>(i) * step;
    const auto it = by_month.find(first + i);
    const double articles = it == by_month.end() ? 0 : Number((*it->second)[2]);
    line += I(x + step / 2) + "," + I(10 + height - height * articles / max) + " ";
    if (it == by_month.end()) continue;
    const std::vector<std::string>& r = *it->second;
    const double h = height * Number(r[1]) / max;
    out += "<rect x=\"" + I(x) + "\" y=\"" + I(10 + height - h) + "\" width=\"" + I(std::max(2.0, step - 1)) +
           "\" height=\"" + I(h) + "\" fill=\"#3b6ea8\"><title>" +
           HtmlEscape(r[0] + ": " + r[1] + " date mentions, " + r[2] + " articles") + "</title></rect>";
    if (x - last_label >= 70 || i + 1 == span) {
      out += Text(x, 190, r[0], " class=\"small\"");
      last_label = x;
    }
  }
  out += "<polyline points=\"" + line + "\" fill=\"none\" stroke=\"#d9822b\" stroke-width=\"2\"/>";
  out += Text(0, 18, I(max), " class=\"small\"");
  out += Text(40, 206, "bars: date mentions; line: articles (by their date); one step per month", " class=\"small\"");
  return out + "</svg>\n";
}

// A resolved date as years ("2024-03" -> 2024.17, "2024-Q2" -> 2024.25), for a
// time axis over dates of mixed grain; a range counts from its start.
double Years(const std::string& d) {
  try {
    double y = std::stod(d.substr(0, 4));
    if (d.size() >= 7 && d[4] == '-') {
      if (d[5] == 'Q') return y + (d[6] - '1') * 0.25;
      if (d[5] == 'H') return y + (d[6] - '1') * 0.5;
      y += (std::stod(d.substr(5, 2)) - 1) / 12;
      if (d.size() >= 10 && d[7] == '-') y += (std::stod(d.substr(8, 2)) - 1) / 366;
    }
    return y;
  } catch (const std::exception&) {
    return 0;
  }
}

// One small line chart per series (indicator, measure, unit, region) of the
// series table, most mentioned first: one quantity of one place over time.
std::string SeriesCharts(const ReportTable& t, std::size_t top) {
  const std::size_t date = Col(t, "date"), value = Col(t, "value");
  std::vector<std::pair<std::string, std::vector<const std::vector<std::string>*>>> series;
  for (const auto& r : t.rows) {
    const std::string key = r[Col(t, "region")] + " " + r[Col(t, "indicator")] + " (" + r[Col(t, "measure")] + ", " +
                            r[Col(t, "unit")] + ")";
    if (series.empty() || series.back().first != key) series.push_back({key, {}});
    series.back().second.push_back(&r);
  }
  if (top && series.size() > std::min<std::size_t>(top, 12)) series.resize(std::min<std::size_t>(top, 12));
  std::string out;
  for (const auto& [name, points] : series) {
    double lo = Number((*points[0])[value]), hi = lo;
    for (const auto* p : points) lo = std::min(lo, Number((*p)[value])), hi = std::max(hi, Number((*p)[value]));
    const double span = hi > lo ? hi - lo : 1, t0 = Years((*points.front())[date]);
    const double t_span = std::max(1e-9, Years((*points.back())[date]) - t0);
    out += Svg("series", 300, 130, name);
    out += Text(0, 12, name);
    std::string line;
    for (std::size_t i = 0; i < points.size(); ++i) {
      const double x = 30 + 240 * (Years((*points[i])[date]) - t0) / t_span;
      const double y = 100 - 70 * (Number((*points[i])[value]) - lo) / span;
      line += I(x) + "," + I(y) + " ";
      out += "<circle cx=\"" + I(x) + "\" cy=\"" + I(y) + "\" r=\"3\" fill=\"#3b6ea8\"><title>" +
             HtmlEscape((*points[i])[date] + ": " + (*points[i])[value]) + "</title></circle>";
    }
    out += "<polyline points=\"" + line + "\" fill=\"none\" stroke=\"#3b6ea8\"/>";
    out += Text(30, 122, (*points.front())[date], " class=\"small\"");
    out += Text(270, 122, (*points.back())[date], " class=\"small\" text-anchor=\"end\"");
    char range[64];
    std::snprintf(range, sizeof range, "%.6g .. %.6g", lo, hi);
    out += Text(0, 30, range, " class=\"small\"");
    out += "</svg>\n";
  }
  return out;
}

std::string Chart(const ReportTable& t, const std::vector<std::size_t>& shown, std::size_t top) {
  const auto bars = [&](const char* label, const char* value, bool largest = false) {
    return Has(t, {label, value}) ? TableBars(t, shown, Col(t, label), Col(t, value), largest) : std::string();
  };
  if (t.name == "regions")
    return (Has(t, {"region", "code", "level", "mentions"}) ? ProvinceGrid(t) : "") + bars("region", "mentions");
  if (t.name == "places") return bars("place", "mentions");
  if (t.name == "orgs") return bars("organisation", "mentions", /*largest=*/true);
  if (t.name == "indicators") return bars("indicator", "count");
  if (t.name == "keywords") return bars("keyword", "score");
  if (t.name == "timeline" && Has(t, {"month", "date_mentions", "articles"})) return TimelineChart(t);
  if (t.name == "series" && Has(t, {"indicator", "measure", "unit", "region", "date", "value"})) {
    return SeriesCharts(t, top);
  }
  return "";
}

std::string HtmlTable(const ReportTable& t, const std::vector<std::size_t>& shown) {
  std::string out = "<table><tr>";
  for (const auto& c : t.columns) out += "<th>" + HtmlEscape(c) + "</th>";
  out += "</tr>\n";
  for (std::size_t r : shown) {
    out += "<tr>";
    for (std::size_t c = 0; c < t.columns.size(); ++c)
      out += std::string(t.kinds[c] == 'n' ? "<td class=\"n\">" : "<td>") + HtmlEscape(t.rows[r][c]) + "</td>";
    out += "</tr>\n";
  }
  return out + "</table>\n";
}

}  // namespace

// The page's only scripts, for the headless-browser test: one counts script
// errors, one marks the page once the charts are in the DOM.
constexpr std::string_view kErrorCounter =
    "window.reportErrors=0;window.addEventListener('error',function(){window.reportErrors++;});";
constexpr std::string_view kChartMarker =
    "(function(){var b=document.body,q=function(s){return document.querySelectorAll(s).length;};"
    "b.setAttribute('data-charts',String(q('svg.chart')));"
    "b.setAttribute('data-marks',String(q('svg.chart rect,svg.chart circle,svg.chart polyline')));"
    "b.setAttribute('data-provinces',String(q('svg.grid g.province')));"
    "b.setAttribute('data-errors',String(window.reportErrors));})();";
// Nothing but these two scripts may run (their SHA-256, base64: `printf %s
// "<script text>" | openssl dgst -sha256 -binary | base64`), nothing is
// loaded from anywhere: a name in the corpus that slipped past escaping
// still could not run or fetch anything. The headless-browser test fails if
// a hash no longer matches its script (the marker would not run).
constexpr std::string_view kContentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "script-src 'sha256-7Gyd/+Fwk8y+xCaCO8CXdZv+QOBu49THPkT0PURRu/8=' 'sha256-y6Sa7Cq3lCjNB3GuBt0C4R+yS3iy0EK9cfWC/vUXDd4='";

std::string HtmlPage(const std::vector<ReportTable>& tables, std::size_t top) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>Corpus report</title>"
      // Counts script errors from here on, for the headless-browser test.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"" + std::string(kContentSecurityPolicy) + "\">"
      "<script>" + std::string(kErrorCounter) + "</script>"
      "<style>body{font-family:sans-serif;margin:2em;max-width:72em}table{border-collapse:collapse;margin:1em 0}"
      "td,th{border:1px solid #ccc;padding:2px 6px}td.n{text-align:right}svg{display:block;margin:.5em 0}"
      "svg.series{display:inline-block;margin-right:1em}svg text{font-size:12px}svg text.small{font-size:10px}"
      "p.method,p.note{color:#555;font-size:90%}nav a{margin-right:1em}</style>"
      "</head><body><h1>Corpus report</h1>\n<nav>";
  for (const ReportTable& t : tables) out += "<a href=\"#" + t.name + "\">" + HtmlEscape(t.name) + "</a>";
  out += "</nav>\n";
  for (const ReportTable& t : tables) {
    const std::vector<std::size_t> shown = ShownRows(t, top);
    out += "<section id=\"" + t.name + "\"><h2>" + HtmlEscape(t.title) + "</h2>\n<p class=\"note\">" +
           std::to_string(TotalRows(t)) + " rows" +
           (shown.size() < TotalRows(t) ? ", " + std::to_string(shown.size()) + " shown" : "") + "</p>\n";
    if (!t.method.empty()) out += "<p class=\"method\">Method: " + HtmlEscape(t.method) + "</p>\n";
    if (!t.note.empty()) out += "<p class=\"note\">Note: " + HtmlEscape(t.note) + "</p>\n";
    out += Chart(t, shown, top) + HtmlTable(t, shown) + "</section>\n";
  }
  // Marks the page once the charts are in the DOM, for the headless-browser test.
  out += "<script>" + std::string(kChartMarker) + "</script>\n";
  return out + "</body></html>\n";
}

}  // namespace zhcorpus
