#include "article/structured_input.h"

#include <algorithm>

#include "article/date_forms.h"
#include "io/json_scan.h"
#include "article/html_extractor.h"
#include "zhcorpus/normalizer.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::article {
namespace {

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Extension(const std::string& name) {
  const std::size_t slash = name.find_last_of("/:");
  const std::size_t dot = name.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  return Lower(name.substr(dot));
}

bool LooksLikeHtml(std::string_view head) {
  const std::string h = Lower(std::string(head.substr(0, 512)));
  return h.find("<!doctype html") != std::string::npos || h.find("<html") != std::string::npos;
}

// The value of a field as text: strings as they are, numbers written out.
std::optional<std::string> AsText(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number()) return v.dump();
  return std::nullopt;
}

// Takes the first of `names` present in `record` out of it.
std::optional<Json> TakeField(Json& record, const std::vector<std::string>& names) {
  for (const std::string& n : names) {
    auto it = record.find(n);
    if (it == record.end() || it->is_null()) continue;
    Json v = std::move(*it);
    record.erase(n);
    return v;
  }
  return std::nullopt;
}

bool LooksLikeMarkup(std::string_view text) {
  for (std::string_view tag : {"<p>", "<p ", "<br", "</p>", "<div", "</div>"}) {
    if (text.find(tag) != std::string_view::npos) return true;
  }
  return false;
}

// A record's body: paragraphs normalised, one per line; markup (scraped
// HTML fragments) read through the HTML parser first.
std::string BodyText(std::string_view raw) {
  std::string from_html;
  if (LooksLikeMarkup(raw)) {
    from_html = HtmlToPageText(raw);
    raw = from_html;
  }
  std::string out;
  while (!raw.empty()) {
    const std::size_t nl = std::min(raw.find('\n'), raw.size());
    std::string_view line = raw.substr(0, nl);
    raw.remove_prefix(std::min(nl + 1, raw.size()));
    if (!from_html.empty()) while (!line.empty() && line.front() == '#') line.remove_prefix(1);
    std::string n = NormalizeText(line);
    if (n.empty()) continue;
    if (!out.empty()) out += '\n';
    out += n;
  }
  return out;
}

std::string Joined(const std::vector<std::string>& names) {
  std::string s;
  for (const std::string& n : names) s += (s.empty() ? "" : ", ") + n;
  return s;
}

}  // namespace

void ReadJsonLines(std::string_view text, const RecordFn& record, const RowErrorFn& error) {
  std::size_t line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = std::min(text.find('\n'), text.size());
    std::string_view line = TrimSpace(text.substr(0, nl));
    text.remove_prefix(std::min(nl + 1, text.size()));
    ++line_no;
    if (line.empty()) continue;
    if (const std::size_t deep = FindTooDeepNesting(line); deep != std::string_view::npos) {
      error(line_no, NestingError(deep));
      continue;
    }
    std::string quoted;
    if (QuoteOutOfRangeNumbers(line, &quoted)) line = quoted;
    Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) { error(line_no, "not JSON"); continue; }
    if (!j.is_object()) { error(line_no, "not a JSON object"); continue; }
    record(std::move(j), line_no);
  }
}

void ReadJsonArray(std::string_view text, const RecordFn& record, const RowErrorFn& error) {
  JsonArrayStream stream(record, error);
  stream.Feed(text);
  stream.Finish();
}

namespace {
bool IsJsonSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
}  // namespace

void JsonArrayStream::Feed(std::string_view text) {
  start_ = 0;
  for (std::size_t i = 0; i < text.size() && phase_ != Phase::kFailed; ++i) Scan(text, i);
  if (phase_ == Phase::kInElement) pending_.append(text.substr(start_));
}

void JsonArrayStream::Finish() {
  if (phase_ == Phase::kInElement && scalar_) {  // `[1`: the element as it stands, then the error
    start_ = 0;
    EndElement(std::string_view(), 0);
  }
  if (phase_ == Phase::kStart) return;  // nothing but spaces: no records (the caller names the input)
  if (phase_ == Phase::kInElement) Fail(index_, "the element is not closed before the end of the input");
  else if (phase_ == Phase::kBeforeElement || phase_ == Phase::kAfterElement)
    Fail(index_, "the array is not closed (no ]) before the end of the input");
}

void JsonArrayStream::Fail(std::size_t index, const std::string& reason) {
  error_(index, reason);
  phase_ = Phase::kFailed;
  pending_.clear();
}

// One byte of the input. Bytes of multi-byte UTF-8 characters are never
// ASCII, so they pass as string content.
void JsonArrayStream::Scan(std::string_view text, std::size_t& i) {
  const char c = text[i];
  switch (phase_) {
    case Phase::kStart:
      if (IsJsonSpace(c)) return;
      if (c == '[') { phase_ = Phase::kBeforeElement; return; }
      if (c == '{') { single_object_ = true; StartElement(text, i); return; }
      Fail(0, "not JSON: expected an array [ … ] or an object { … }");
      return;
    case Phase::kBeforeElement:
      if (IsJsonSpace(c)) return;
      if (c == ']' && index_ == 0) { phase_ = Phase::kDone; return; }  // []
      StartElement(text, i);
      return;
    case Phase::kInElement:
      if (in_string_) {
        if (escaped_) escaped_ = false;
        else if (c == '\\') escaped_ = true;
        else if (c == '"') {
          in_string_ = false;
          if (depth_ == 0) EndElement(text, i + 1);  // a string element
        }
        return;
      }
      if (scalar_) {  // a number, true, false or null ends at , ] or a space
        if (c == ',' || c == ']' || IsJsonSpace(c)) {
          EndElement(text, i);
          --i;  // the terminator is read again after the element
        }
        return;
      }
      if (c == '"') in_string_ = true;
      else if (c == '{' || c == '[') ++depth_;
      else if ((c == '}' || c == ']') && --depth_ == 0) EndElement(text, i + 1);
      return;
    case Phase::kAfterElement:
      if (IsJsonSpace(c)) return;
      if (c == ',') { phase_ = Phase::kBeforeElement; return; }
      if (c == ']') { phase_ = Phase::kDone; return; }
      Fail(index_, "expected , or ] after the element");
      return;
    case Phase::kDone:
      if (!IsJsonSpace(c)) Fail(index_, single_object_ ? "text after the object" : "text after the end of the array");
      return;
    case Phase::kFailed:
      return;
  }
}

void JsonArrayStream::StartElement(std::string_view text, std::size_t i) {
  ++index_;
  phase_ = Phase::kInElement;
  start_ = i;
  pending_.clear();
  const char c = text[i];
  in_string_ = c == '"';
  escaped_ = false;
  scalar_ = c != '"' && c != '{' && c != '[';
  depth_ = c == '{' || c == '[' ? 1 : 0;
}

// The element ends before `end` in `text`; it is parsed alone.
void JsonArrayStream::EndElement(std::string_view text, std::size_t end) {
  phase_ = single_object_ ? Phase::kDone : Phase::kAfterElement;
  std::string_view element = text.substr(start_, end - start_);
  if (!pending_.empty()) {
    pending_.append(element);
    element = pending_;
  }
  if (const std::size_t deep = FindTooDeepNesting(element); deep != std::string_view::npos) {
    error_(index_, NestingError(deep));
  } else {
    std::string quoted;
    if (QuoteOutOfRangeNumbers(element, &quoted)) element = quoted;
    Json j = Json::parse(element, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) error_(index_, "array element is not JSON");
    else if (!j.is_object()) error_(index_, "array element is not a JSON object");
    else record_(std::move(j), index_);
  }
  pending_.clear();
  if (single_object_) phase_ = Phase::kDone;
}

void ReadDelimited(std::string_view text, char delimiter, const RecordFn& record, const RowErrorFn& error) {
  std::vector<std::string> header, row;
  std::string field;
  std::size_t line_no = 1, row_line = 1;
  bool quoted = false, field_started = false;
  auto end_row = [&] {
    row.push_back(std::move(field));
    field.clear();
    field_started = false;
    const bool blank = row.size() == 1 && row[0].empty();
    if (!blank) {
      if (header.empty()) {
        header = std::move(row);
        for (std::string& h : header) h = std::string(TrimSpace(h));
      } else if (row.size() != header.size()) {
        error(row_line, std::to_string(row.size()) + " fields where the header has " + std::to_string(header.size()));
      } else {
        Json j = Json::object();
        for (std::size_t i = 0; i < row.size(); ++i) j[header[i]] = std::move(row[i]);
        record(std::move(j), row_line);
      }
    }
    row.clear();
    row_line = line_no;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') { field.push_back('"'); ++i; }
      else if (c == '"') quoted = false;
      else { if (c == '\n') ++line_no; field.push_back(c); }
      continue;
    }
    if (c == '"' && !field_started) { quoted = true; field_started = true; continue; }
    if (c == delimiter) { row.push_back(std::move(field)); field.clear(); field_started = false; continue; }
    if (c == '\r') continue;
    if (c == '\n') { ++line_no; end_row(); continue; }
    field.push_back(c);
    field_started = true;
  }
  if (quoted) error(row_line, "a quoted field is not closed before the end of the input");
  else if (!field.empty() || !row.empty()) end_row();
}

void ReadDocRecords(std::string_view text, const RecordFn& record, const RowErrorFn& error) {
  std::size_t at = 0, index = 0;
  while ((at = text.find("<doc>", at)) != std::string_view::npos) {
    ++index;
    const std::size_t end = text.find("</doc>", at);
    if (end == std::string_view::npos) { error(index, "<doc> without </doc>"); return; }
    std::string_view doc = text.substr(at + 5, end - at - 5);
    at = end + 6;
    Json j = Json::object();
    // <name>value</name> pairs, in order.
    for (std::size_t p = 0; (p = doc.find('<', p)) != std::string_view::npos;) {
      const std::size_t close = doc.find('>', p);
      if (close == std::string_view::npos) break;
      const std::string name(doc.substr(p + 1, close - p - 1));
      if (name.empty() || name[0] == '/' || name.find(' ') != std::string::npos) { p = close + 1; continue; }
      const std::size_t value_end = doc.find("</" + name + ">", close + 1);
      if (value_end == std::string_view::npos) { p = close + 1; continue; }
      j[name] = std::string(TrimSpace(doc.substr(close + 1, value_end - close - 1)));
      p = value_end + name.size() + 3;
    }
    record(std::move(j), index);
  }
}

InputFormat SniffFormat(const std::string& name, std::string_view head) {
  const std::string ext = Extension(name);
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".jl") return InputFormat::kJsonLines;
  if (ext == ".csv") return InputFormat::kCsv;
  if (ext == ".tsv" || ext == ".tab") return InputFormat::kTsv;
  if (ext == ".html" || ext == ".htm" || ext == ".shtml" || ext == ".xhtml") return InputFormat::kHtml;
  const std::string_view start = TrimSpace(head.substr(0, 4096));
  if (start.starts_with("<doc>")) return InputFormat::kDocRecords;
  if (start.starts_with("[")) return ext == ".json" || ext.empty() || ext == ".txt" ? InputFormat::kJsonArray : InputFormat::kText;
  if (start.starts_with("{")) {
    // One object per line, or one (pretty-printed) object.
    const std::string_view first = start.substr(0, start.find('\n'));
    if (!Json::parse(first, nullptr, false).is_discarded()) return InputFormat::kJsonLines;
    if (ext == ".json") return InputFormat::kJsonArray;
  }
  if (ext == ".json") return InputFormat::kJsonArray;
  if (LooksLikeHtml(start)) return InputFormat::kHtml;
  return InputFormat::kText;
}

Result<MappedRecord> RecordToArticle(Json&& record, const FieldNames& fields) {
  MappedRecord m;
  Article& a = m.article;
  std::optional<Json> text = TakeField(record, fields.text);
  if (!text || !text->is_string()) {
    return Status::ParseError("no text field (tried " + Joined(fields.text) + "); name it with --text-field");
  }
  a.text = BodyText(text->get<std::string>());
  // Kept, so the rows and the articles still pair up, but named.
  if (a.text.empty()) m.warning = "empty text (the record is kept with \"text\":\"\")";
  if (auto v = TakeField(record, fields.title); v && AsText(*v)) a.title = NormalizeText(*AsText(*v), {true});
  if (a.title && a.title->empty()) a.title.reset();
  if (auto v = TakeField(record, fields.outlet); v && AsText(*v) && !AsText(*v)->empty()) a.outlet = NormalizeText(*AsText(*v), {true});
  if (auto v = TakeField(record, fields.url); v && AsText(*v)) a.url = *AsText(*v);
  if (auto v = TakeField(record, fields.id); v && AsText(*v)) m.id = *AsText(*v);
  if (auto v = TakeField(record, fields.authors)) {
    if (v->is_array()) {
      for (const Json& e : *v) if (e.is_string() && !e.get<std::string>().empty()) a.authors.push_back(e.get<std::string>());
    } else if (auto s = AsText(*v); s && !s->empty()) {
      // `张三 李四`, `张三、李四`, `张三,李四`
      std::string name;
      for (char32_t c : DecodeUtf8(*s)) {
        if (c == U' ' || c == U'、' || c == U',' || c == U'，' || c == U';' || c == U'；' || c == 0x3000) {
          if (!name.empty()) a.authors.push_back(name);
          name.clear();
        } else {
          AppendUtf8(c, &name);
        }
      }
      if (!name.empty()) a.authors.push_back(name);
    }
  }
  if (auto v = TakeField(record, fields.date)) {
    const std::optional<std::string> raw = AsText(*v);
    if (raw) a.date = ParseDateField(*raw);
    if (!a.date && raw && !TrimSpace(*raw).empty())
      m.warning += (m.warning.empty() ? "" : "; ") + ("date \"" + *raw + "\" not understood; left null");
  }
  a.meta = std::move(record);
  return m;
}

}  // namespace zhcorpus::article
