#include "zhcorpus/kwic_writer.h"

#include <algorithm>

#include "report/render.h"  // HtmlEscape
#include "zhcorpus/display_width.h"
#include "zhcorpus/records.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

bool IsUnsafe(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

void Pad(std::ostream& out, const std::string& cell, std::size_t width, bool right_align) {
  const std::string pad(width - std::min(width, DisplayWidth(cell)), ' ');
  if (right_align) out << pad << cell;
  else out << cell << pad;
}

constexpr const char* kPageHead =
    "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
    "<title>";
constexpr const char* kPageStyle =
    "<style>\nbody{font-family:sans-serif;margin:1em}\ntable{border-collapse:collapse}\n"
    "td{padding:2px 6px;white-space:nowrap;border-bottom:1px solid #eee}\n"
    "td.left{text-align:right}\ntd.id,td.date{color:#666;font-size:smaller}\nmark{background:#ffe08a}\n</style>\n";

}  // namespace

Result<KwicFormat> ParseKwicFormat(std::string_view name) {
  if (name == "table") return KwicFormat::kTable;
  if (name == "jsonl") return KwicFormat::kJsonl;
  if (name == "html") return KwicFormat::kHtml;
  return Status::InvalidArgument("unknown format '" + std::string(name) + "'; formats: table jsonl html");
}

std::string OneLine(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : DecodeUtf8(s)) {
    if (c == U'\n') out += "¶";
    else if (c == U'\t' || c == U'\r') out += ' ';
    else if (IsUnsafe(c)) out += "\uFFFD";
    else AppendUtf8(c, &out);
  }
  return out;
}

KwicColumns ColumnsFor(const std::vector<KwicHit>& hits) {
  KwicColumns c{0, 0, 0};
  for (const KwicHit& h : hits) {
    c.left = std::max(c.left, DisplayWidth(OneLine(h.left)));
    c.hit = std::max(c.hit, DisplayWidth(OneLine(h.hit)));
    c.right = std::max(c.right, DisplayWidth(OneLine(h.right)));
  }
  return c;
}

KwicWriter::KwicWriter(std::ostream& out, KwicFormat format, std::string title, KwicColumns columns)
    : out_(out), format_(format), title_(std::move(title)), columns_(columns) {}

void KwicWriter::Begin() {
  begun_ = true;
  if (format_ != KwicFormat::kHtml) return;
  out_ << kPageHead << HtmlEscape("concord: " + title_) << "</title>\n" << kPageStyle << "</head>\n<body>\n<h1>"
       << HtmlEscape(title_) << "</h1>\n<table>\n"
       << "<tr><th>record</th><th>date</th><th>left</th><th>hit</th><th>right</th></tr>\n";
}

void KwicWriter::Write(const KwicHit& hit) {
  if (!begun_) Begin();
  ++written_;
  switch (format_) {
    case KwicFormat::kTable:
      Pad(out_, OneLine(hit.left), columns_.left, true);
      out_ << "  ";
      Pad(out_, OneLine(hit.hit), columns_.hit, false);
      out_ << "  ";
      Pad(out_, OneLine(hit.right), columns_.right, false);
      out_ << "  " << OneLine(hit.id) << '\n';
      break;
    case KwicFormat::kJsonl: {
      Json j;
      j["id"] = hit.id;
      j["date"] = hit.date.empty() ? Json() : Json(hit.date);
      j["start"] = hit.start;
      j["end"] = hit.end;
      j["left"] = hit.left;
      j["hit"] = hit.hit;
      j["right"] = hit.right;
      j["type"] = hit.type;
      if (!hit.norm.is_null()) j["norm"] = hit.norm;
      out_ << ToJsonLine(j) << '\n';
      break;
    }
    case KwicFormat::kHtml:
      out_ << "<tr><td class=\"id\">" << HtmlEscape(hit.id) << "</td><td class=\"date\">" << HtmlEscape(hit.date)
           << "</td><td class=\"left\">" << HtmlEscape(OneLine(hit.left)) << "</td><td><mark>"
           << HtmlEscape(OneLine(hit.hit)) << "</mark></td><td>" << HtmlEscape(OneLine(hit.right)) << "</td></tr>\n";
      break;
  }
}

void KwicWriter::Finish() {
  if (!begun_) Begin();
  if (format_ == KwicFormat::kHtml)
    out_ << "</table>\n<p>" << written_ << (written_ == 1 ? " hit" : " hits") << "</p>\n</body>\n</html>\n";
  out_.flush();
}

}  // namespace zhcorpus
