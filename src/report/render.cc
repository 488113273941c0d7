// Renders report tables as an aligned terminal table, Markdown, CSV or JSON.
#include <algorithm>
#include <map>
#include <set>
#include <ostream>
#include <sstream>

#include "report/render.h"
#include "report/json_text.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {

std::vector<std::size_t> ShownRows(const ReportTable& t, std::size_t top) {
  std::vector<std::size_t> out;
  std::map<std::string, std::size_t> per_group;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const bool all = top == 0 || t.name == "overview";  // a summary is never cut
    if (all || (t.top_per_group ? per_group[t.rows[r][0]]++ < top : r < top)) out.push_back(r);
  }
  return out;
}

std::string HtmlEscape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
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

namespace {

// "(12 rows)" or "(42021 rows, 20 shown)".
std::string Count(const ReportTable& t, std::size_t shown) {
  const std::size_t total = TotalRows(t);
  return "(" + std::to_string(total) + " rows" + (shown < total ? ", " + std::to_string(shown) + " shown)" : ")");
}

void Pad(std::string* out, const std::string& cell, std::size_t width, bool right) {
  const std::string pad(width - std::min(width, DisplayWidth(cell)), ' ');
  *out += right ? pad + cell : cell + pad;
}

std::string Table(const ReportTable& t, std::size_t top) {
  const std::vector<std::size_t> shown = ShownRows(t, top);
  std::vector<std::size_t> w(t.columns.size());
  for (std::size_t c = 0; c < w.size(); ++c) {
    w[c] = DisplayWidth(t.columns[c]);
    for (std::size_t r : shown) w[c] = std::max(w[c], DisplayWidth(t.rows[r][c]));
  }
  std::string out = "== " + t.title + " " + Count(t, shown.size()) + "\n";
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
  for (std::size_t r : shown) line(t.rows[r]);
  return out + '\n';
}

// One Markdown table cell: a `|` would end it, a line break would end the
// table, and `<` could open raw HTML in a renderer.
std::string MdCell(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    if (ch == '|') out += "\\|";
    else if (ch == '<') out += "&lt;";
    else if (ch == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;  // CRLF: one break
    else if (ch == '\n' || ch == '\r') out += "<br>";
    else out += ch;
  }
  return out;
}

std::string Markdown(const ReportTable& t, std::size_t top) {
  const std::vector<std::size_t> shown = ShownRows(t, top);
  std::string out = "## " + t.title + " " + Count(t, shown.size()) + "\n\n";
  if (!t.method.empty()) out += "Method: " + MdCell(t.method) + "\n\n";
  if (!t.note.empty()) out += "Note: " + MdCell(t.note) + "\n\n";
  out += "|";
  for (const auto& c : t.columns) out += " " + c + " |";
  out += "\n|";
  for (char k : t.kinds) out += k == 'n' ? " ---: |" : " --- |";
  out += '\n';
  for (std::size_t r : shown) {
    out += '|';
    for (const auto& c : t.rows[r]) out += " " + MdCell(c) + " |";
    out += '\n';
  }
  return out + '\n';
}

// A whole cell that is a plain decimal number (`-5`, `+2.5`, `1e6`): a
// spreadsheet reads it as a number, never as a formula.
bool IsPlainNumber(const std::string& s) {
  std::size_t i = s[0] == '-' || s[0] == '+' ? 1 : 0, digits = 0;
  bool dot = false, exp = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') ++digits;
    else if (c == '.' && !dot && !exp) dot = true;
    else if ((c == 'e' || c == 'E') && digits && !exp && i + 1 < s.size()) {
      exp = true;
      if (s[i + 1] == '-' || s[i + 1] == '+') ++i;
    } else return false;
  }
  return digits > 0;
}

// RFC 4180: quote a field holding a comma, quote, CR or LF; double the
// quotes. A text starting with = + - @ TAB or CR would run as a formula in a
// spreadsheet (a file name or title from the corpus could be `=HYPERLINK(…)`):
// it gets a leading ' as OWASP's CSV-injection advice says; numbers stay numbers.
std::string CsvField(const std::string& raw) {
  std::string s = raw;
  if (!s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos && !IsPlainNumber(s)) s = "'" + s;
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char ch : s) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + '"';
}

void WriteCsv(const ReportTable& t, std::ostream& out) {
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) out << (c ? "," : "") << CsvField(cells[c]);
    out << "\r\n";
  };
  line(t.columns);
  ForEachRow(t, line);
}

Json JsonRow(const ReportTable& t, const std::vector<std::string>& r) {
  Json row = Json::object();
  for (std::size_t c = 0; c < r.size(); ++c) {
    if (t.kinds[c] == 'n' && !r[c].empty()) row[t.columns[c]] = std::stod(r[c]);
    else row[t.columns[c]] = r[c].empty() ? Json() : Json(r[c]);
  }
  return row;
}

std::string Dump(const Json& j, int indent = -1) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

// JsonRow(t, r) dumped, written without building the object (the JSON report
// writes one per row, metric rows included): plain strings and short whole
// numbers directly, anything else (escapes, fractions) through nlohmann, so
// the bytes are the same. Columns are distinct names (checked by the caller).
class JsonRowWriter {
 public:
  explicit JsonRowWriter(const ReportTable& t) : t_(t) {
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      std::string key(1, c ? ',' : '{');
      key.append(Dump(t.columns[c])).append(1, ':');
      keys_.push_back(std::move(key));
    }
  }
  void Write(const std::vector<std::string>& r, std::ostream& out) {
    buf_.clear();
    for (std::size_t c = 0; c < r.size(); ++c) {
      buf_ += keys_[c];
      const std::string& v = r[c];
      if (v.empty()) buf_ += "null";
      else if (t_.kinds[c] != 'n') AppendJsonString(v, &buf_);
      else if (!AppendJsonNumber(v, &buf_)) AppendJsonDouble(std::stod(v), &buf_);
    }
    buf_ += r.empty() ? "{}" : "}";
    out << buf_;
  }

 private:
  const ReportTable& t_;
  std::vector<std::string> keys_;
  std::string buf_;
};

bool DistinctColumns(const ReportTable& t) {
  std::set<std::string> seen(t.columns.begin(), t.columns.end());
  return seen.size() == t.columns.size();
}

// One object, one row per line, written as it goes: the metric rows of a large
// corpus stream from their temporary file to the output.
void WriteJson(const std::vector<ReportTable>& tables, std::ostream& out) {
  Json methods = Json::object(), notes = Json::object();
  out << "{\n  \"schema\": " << Dump(kReportSchema) << ",\n  \"sections\": {";
  for (std::size_t i = 0; i < tables.size(); ++i) {
    const ReportTable& t = tables[i];
    if (!t.method.empty()) methods[t.name] = t.method;
    if (!t.note.empty()) notes[t.name] = t.note;
    out << (i ? ",\n    " : "\n    ") << Dump(t.name) << ": [";
    bool first = true;
    const bool direct = DistinctColumns(t);
    JsonRowWriter writer(t);
    ForEachRow(t, [&](const std::vector<std::string>& r) {
      out << (first ? "\n      " : ",\n      ");
      if (direct && r.size() == t.columns.size()) writer.Write(r, out);
      else out << Dump(JsonRow(t, r));
      first = false;
    });
    out << (first ? "]" : "\n    ]");
  }
  // method: per section, how its score was computed; notes: why rows may be missing.
  out << "\n  },\n  \"method\": " << Dump(methods) << ",\n  \"notes\": " << Dump(notes) << "\n}\n";
}

}  // namespace

Status RenderReportTo(const std::vector<ReportTable>& tables, const std::string& format, std::size_t top,
                      std::ostream& out) {
  if (format == "json") {
    WriteJson(tables, out);
  } else if (format == "csv") {
    if (tables.size() != 1) return Status::InvalidArgument("csv takes exactly one --section (e.g. --section metrics)");
    WriteCsv(tables[0], out);
  } else if (format == "html") {
    out << HtmlPage(tables, top);  // html.cc
  } else if (format == "table" || format == "md") {
    if (format == "md") out << "# Corpus report\n\n";
    for (const ReportTable& t : tables) out << (format == "md" ? Markdown(t, top) : Table(t, top));
  } else {
    return Status::InvalidArgument("unknown format '" + format + "' (table, json, csv, md, html, state)");
  }
  return Status::Ok();
}

Result<std::string> RenderReport(const std::vector<ReportTable>& tables, const std::string& format,
                                 std::size_t top) {
  std::ostringstream out;
  if (Status st = RenderReportTo(tables, format, top, out); !st.ok()) return st;
  return out.str();
}

}  // namespace zhcorpus
