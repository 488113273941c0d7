#include "zhcorpus/records.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

#include "io/json_bytes.h"
#include "io/json_scan.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {

std::string RecordError::ToString() const {
  std::string s = source;
  if (line > 0) {
    s += ':';
    s += std::to_string(line);
  }
  s += ": ";
  s += reason;
  return s;
}

bool RecordLineReader::Next(std::string_view* line) {
  while (std::getline(in_, buffer_)) {
    ++line_number_;
    if (!buffer_.empty() && buffer_.back() == '\r') buffer_.pop_back();
    if (buffer_.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines are not records
    *line = buffer_;
    return true;
  }
  return false;
}

JsonlReader::JsonlReader(std::istream& in, std::string source)
    : lines_(in), source_(source == "-" ? "<stdin>" : std::move(source)) {}

bool JsonlReader::Next(JsonlLine* out) {
  std::string_view line;
  if (!lines_.Next(&line)) return false;
  out->line = lines_.line_number();
  out->error.reset();
  Result<Json> parsed = ParseJsonObject(line);
  if (parsed.ok()) {
    out->record = std::move(parsed).value();
  } else {
    out->record = Json();
    out->error = RecordError{source_, out->line, parsed.status().message()};
  }
  return true;
}

Result<Json> ParseJsonObject(std::string_view line) {
  if (std::size_t bad = FindInvalidUtf8(line); bad != std::string_view::npos) {
    return Status::ParseError("invalid UTF-8 at byte " + std::to_string(bad + 1));
  }
  if (const std::size_t deep = FindTooDeepNesting(line); deep != std::string_view::npos)
    return Status::ParseError(NestingError(deep));
  std::string quoted;
  if (QuoteOutOfRangeNumbers(line, &quoted)) line = quoted;
  Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    // Parse again with exceptions only on the slow path, for the message.
    try {
      [[maybe_unused]] Json unused = Json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      std::string what = e.what();
      // nlohmann: "[json.exception.parse_error.101] parse error at line 1, column 41: syntax error ..."
      const std::size_t colon = what.find("syntax error");
      std::string reason = colon == std::string::npos ? what : what.substr(colon);
      return Status::ParseError("not JSON: " + reason + " (byte " + std::to_string(e.byte) + ")");
    }
    return Status::ParseError("not JSON");
  }
  if (!j.is_object()) return Status::ParseError(std::string("not a JSON object but ") + j.type_name());
  return j;
}

std::optional<std::string> CheckTextField(const Json& record) {
  auto it = record.find("text");
  if (it == record.end()) return "no \"text\" field";
  if (!it->is_string()) return std::string("\"text\" is ") + it->type_name() + ", not a string";
  return std::nullopt;
}

namespace {

constexpr auto kReplace = nlohmann::json::error_handler_t::replace;

}  // namespace

// A JSON string, byte for byte as nlohmann's dump(-1, ' ', false, replace)
// writes valid UTF-8. nlohmann checks UTF-8 one byte at a time; copying the
// runs that need no escape made writing ingest's records about five times
// faster. Invalid UTF-8 is left to nlohmann's replacement rules.
void AppendJsonString(std::string_view s, std::string* out) {
  if (!IsValidUtf8(s)) {
    *out += Json(s).dump(-1, ' ', false, kReplace);
    return;
  }
  out->push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Eight bytes at a time while none is a control character, '"' or '\\'.
    i = json_bytes::SkipPlainWords(s, i);
    if (i >= s.size()) break;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\b': *out += "\\b"; break;
      case '\f': *out += "\\f"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        *out += buf;
      }
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

// Compact JSON as dump(-1) writes it, with strings through AppendString.
void AppendJson(const Json& j, std::string* out) {
  if (j.is_string()) {
    AppendJsonString(j.get_ref<const std::string&>(), out);
  } else if (j.is_object()) {
    out->push_back('{');
    bool first = true;
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (!first) out->push_back(',');
      first = false;
      AppendJsonString(it.key(), out);
      out->push_back(':');
      AppendJson(it.value(), out);
    }
    out->push_back('}');
  } else if (j.is_array()) {
    out->push_back('[');
    for (std::size_t i = 0; i < j.size(); ++i) {
      if (i) out->push_back(',');
      AppendJson(j[i], out);
    }
    out->push_back(']');
  } else {
    *out += j.dump(-1, ' ', false, kReplace);  // numbers, booleans, null
  }
}

std::string ToJsonLine(const Json& record) {
  std::string line;
  AppendJson(record, &line);
  return line;
}

void JsonlWriter::Write(const Json& record) {
  AppendJson(record, &buffer_);
  buffer_ += '\n';
  if (buffer_.size() >= (1 << 16)) Flush();
}

void JsonlWriter::Flush() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  out_.flush();
  buffer_.clear();
}

}  // namespace zhcorpus
