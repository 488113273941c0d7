// Renders report tables as an aligned terminal table, Markdown, CSV or JSON.
#include <unicode/uchar.h>

#include "zhcorpus/report.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {

std::size_t DisplayWidth(const std::string& utf8) {
  std::size_t w = 0;
  for (char32_t c : DecodeUtf8(utf8)) {
    const int eaw = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
    w += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return w;
}

namespace {

std::size_t Limit(const ReportTable& t, std::size_t top) {
  if (t.name == "overview") return t.rows.size();  // a summary is never cut
  return top == 0 ? t.rows.size() : std::min(top, t.rows.size());
}

void Pad(std::string* out, const std::string& cell, std::size_t width, bool right) {
  const std::string pad(width - std::min(width, DisplayWidth(cell)), ' ');
  *out += right ? pad + cell : cell + pad;
}

std::string Table(const ReportTable& t, std::size_t top) {
  const std::size_t n = Limit(t, top);
  std::vector<std::size_t> w(t.columns.size());
  for (std::size_t c = 0; c < w.size(); ++c) {
    w[c] = DisplayWidth(t.columns[c]);
    for (std::size_t r = 0; r < n; ++r) w[c] = std::max(w[c], DisplayWidth(t.rows[r][c]));
  }
  std::string out = "== " + t.title + " (" + std::to_string(t.rows.size()) + " rows";
  out += n < t.rows.size() ? ", top " + std::to_string(n) + ")\n" : ")\n";
  if (!t.method.empty()) out += "method: " + t.method + "\n";
  if (!t.note.empty()) out += "note: " + t.note + "\n";
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < w.size(); ++c) {
      if (c) out += "  ";
      Pad(&out, cells[c], c + 1 == w.size() && t.kinds[c] == 's' ? 0 : w[c], t.kinds[c] == 'n');
    }
    out += '\n';
  };
  line(t.columns);
  for (std::size_t r = 0; r < n; ++r) line(t.rows[r]);
  return out + '\n';
}

std::string MdCell(const std::string& s) {
  std::string out;
  for (char ch : s) out += ch == '|' ? std::string("\\|") : std::string(1, ch);
  return out;
}

std::string Markdown(const ReportTable& t, std::size_t top) {
  std::string out = "## " + t.title + "\n\n";
  if (!t.method.empty()) out += "Method: " + MdCell(t.method) + "\n\n";
  if (!t.note.empty()) out += "Note: " + MdCell(t.note) + "\n\n";
  out += "|";
  for (const auto& c : t.columns) out += " " + c + " |";
  out += "\n|";
  for (char k : t.kinds) out += k == 'n' ? " ---: |" : " --- |";
  out += '\n';
  for (std::size_t r = 0; r < Limit(t, top); ++r) {
    out += '|';
    for (const auto& c : t.rows[r]) out += " " + MdCell(c) + " |";
    out += '\n';
  }
  return out + '\n';
}

// RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes.
std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char ch : s) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + '"';
}

std::string Csv(const ReportTable& t) {
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) out += (c ? "," : "") + CsvField(cells[c]);
    out += "\r\n";
  };
  line(t.columns);
  for (const auto& r : t.rows) line(r);
  return out;
}

std::string Html(const std::string& s) {
  std::string out;
  for (char ch : s) {
    switch (ch) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += ch;
    }
  }
  return out;
}

// Horizontal bars of the first numeric column (keywords: the score), one per shown row, as inline SVG.
std::string BarChart(const ReportTable& t, std::size_t n) {
  const std::size_t col = t.name == "keywords" ? t.kinds.rfind('n') : t.kinds.find('n');
  const std::size_t label = t.name == "orgs" ? 1 : 0;
  if (col == std::string::npos || n == 0) return "";
  double max = 0;
  for (std::size_t r = 0; r < n; ++r) max = std::max(max, std::stod(t.rows[r][col]));
  std::string out = "<svg class=\"chart\" width=\"640\" height=\"" + std::to_string(n * 22 + 4) +
                    "\" role=\"img\" aria-label=\"" + Html(t.title) + ": " + t.columns[col] + "\">";
  for (std::size_t r = 0; r < n; ++r) {
    const double v = std::stod(t.rows[r][col]);
    const int w = max > 0 ? static_cast<int>(400 * v / max) + 1 : 1, y = static_cast<int>(r * 22);
    out += "<text x=\"0\" y=\"" + std::to_string(y + 15) + "\">" + Html(t.rows[r][label]) + "</text>";
    out += "<rect x=\"180\" y=\"" + std::to_string(y + 3) + "\" width=\"" + std::to_string(w) +
           "\" height=\"16\" fill=\"#3b6ea8\"/>";
    out += "<text x=\"" + std::to_string(186 + w) + "\" y=\"" + std::to_string(y + 15) + "\">" +
           Html(t.rows[r][col]) + "</text>";
  }
  return out + "</svg>\n";
}

std::string HtmlPage(const std::vector<ReportTable>& tables, std::size_t top) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>Corpus report</title>"
      "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
      "td,th{border:1px solid #ccc;padding:2px 6px}td.n{text-align:right}svg text{font-size:12px}</style>"
      "</head><body><h1>Corpus report</h1>\n";
  for (const ReportTable& t : tables) {
    const std::size_t n = Limit(t, top);
    out += "<section id=\"" + t.name + "\"><h2>" + Html(t.title) + "</h2>\n";
    if (!t.method.empty()) out += "<p class=\"method\">Method: " + Html(t.method) + "</p>\n";
    if (!t.note.empty()) out += "<p class=\"note\">Note: " + Html(t.note) + "</p>\n";
    if (t.name == "regions" || t.name == "orgs" || t.name == "timeline" || t.name == "indicators" ||
        t.name == "keywords")
      out += BarChart(t, n);
    out += "<table><tr>";
    for (const auto& c : t.columns) out += "<th>" + Html(c) + "</th>";
    out += "</tr>\n";
    for (std::size_t r = 0; r < n; ++r) {
      out += "<tr>";
      for (std::size_t c = 0; c < t.columns.size(); ++c)
        out += std::string(t.kinds[c] == 'n' ? "<td class=\"n\">" : "<td>") + Html(t.rows[r][c]) + "</td>";
      out += "</tr>\n";
    }
    out += "</table></section>\n";
  }
  // Marks the page once the charts are in the DOM, for the headless-browser test.
  out += "<script>document.body.setAttribute('data-charts',"
         "String(document.querySelectorAll('svg.chart rect').length));</script>\n";
  return out + "</body></html>\n";
}

Json JsonOf(const std::vector<ReportTable>& tables) {
  Json root = Json::object();
  root["schema"] = kReportSchema;
  Json sections = Json::object(), methods = Json::object(), notes = Json::object();
  for (const ReportTable& t : tables) {
    if (!t.method.empty()) methods[t.name] = t.method;
    if (!t.note.empty()) notes[t.name] = t.note;
    Json rows = Json::array();
    for (const auto& r : t.rows) {
      Json row = Json::object();
      for (std::size_t c = 0; c < r.size(); ++c) {
        if (t.kinds[c] == 'n' && !r[c].empty()) row[t.columns[c]] = std::stod(r[c]);
        else row[t.columns[c]] = r[c].empty() ? Json() : Json(r[c]);
      }
      rows.push_back(std::move(row));
    }
    sections[t.name] = std::move(rows);
  }
  root["sections"] = std::move(sections);
  root["method"] = std::move(methods);  // per section, how its score was computed
  root["notes"] = std::move(notes);     // per section, why rows may be missing
  return root;
}

}  // namespace

Result<std::string> RenderReport(const std::vector<ReportTable>& tables, const std::string& format,
                                 std::size_t top) {
  std::string out;
  if (format == "json") return JsonOf(tables).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  if (format == "csv") {
    if (tables.size() != 1) return Status::InvalidArgument("csv takes exactly one --section (e.g. --section metrics)");
    return Csv(tables[0]);
  }
  if (format == "html") return HtmlPage(tables, top);
  if (format != "table" && format != "md")
    return Status::InvalidArgument("unknown format '" + format + "' (table, json, csv, md, html, state)");
  if (format == "md") out += "# Corpus report\n\n";
  for (const ReportTable& t : tables) out += format == "md" ? Markdown(t, top) : Table(t, top);
  return out;
}

}  // namespace zhcorpus
