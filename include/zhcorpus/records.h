// Article records as JSON Lines: the reader and writer every stage uses
// (the record contract is docs/records.md).
//
//   JsonlReader reader(std::cin, "<stdin>");
//   JsonlLine line;
//   while (reader.Next(&line)) {
//     if (line.error) { errors.Report(*line.error); continue; }
//     Use(line.record);
//   }
//
// Records are nlohmann::ordered_json so unknown fields pass through in order.
// A bad line never ends the stream: it comes back as an error with its line
// number and the reason, and the caller decides what to do with it.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "zhcorpus/status.h"

namespace zhcorpus {

using Json = nlohmann::ordered_json;

// One record that could not be processed: "source:line: reason".
struct RecordError {
  std::string source;
  std::size_t line = 0;  // 1-based; 0 when the error concerns the whole input
  std::string reason;
  std::string ToString() const;
};

struct JsonlLine {
  std::size_t line = 0;
  Json record;                       // a JSON object when !error
  std::optional<RecordError> error;  // not JSON, not an object, invalid UTF-8
};

// The lines of a JSON Lines input that hold records: blank lines (spaces and
// tabs only) are skipped and a CR before the LF is dropped. Numbers count
// every line, so an error can name the line a user sees in an editor.
class RecordLineReader {
 public:
  explicit RecordLineReader(std::istream& in) : in_(in) {}
  // The next non-blank line, without its end; valid until the next call.
  // False at the end of the input.
  bool Next(std::string_view* line);
  std::size_t line_number() const { return line_number_; }  // 1-based, of the last line returned

 private:
  std::istream& in_;
  std::string buffer_;
  std::size_t line_number_ = 0;
};

class JsonlReader {
 public:
  // `source` names the input in error messages ("-" reads as "<stdin>").
  JsonlReader(std::istream& in, std::string source);
  // Reads the next non-blank line; false at end of input.
  bool Next(JsonlLine* out);
  const std::string& source() const { return source_; }

 private:
  RecordLineReader lines_;
  std::string source_;
};

// Parses one line (without '\n') as a JSON object; the error names the byte.
Result<Json> ParseJsonObject(std::string_view line);

// Checks that `record` has a string "text"; returns the reason otherwise.
std::optional<std::string> CheckTextField(const Json& record);

// `record` as one compact line, exactly as record.dump() writes it (strings
// that are not valid UTF-8 get U+FFFD), only faster: what JsonlWriter writes.
std::string ToJsonLine(const Json& record);

// Appends what ToJsonLine returns (for writers that build a line in place),
// and one JSON string with the same escaping.
void AppendJson(const Json& value, std::string* out);
void AppendJsonString(std::string_view s, std::string* out);

// Writes one compact JSON object per line. Strings are valid UTF-8 by the
// time they reach here; anything else is replaced rather than thrown.
class JsonlWriter {
 public:
  explicit JsonlWriter(std::ostream& out) : out_(out) {}
  void Write(const Json& record);
  void Flush();

 private:
  std::ostream& out_;
  std::string buffer_;
};

}  // namespace zhcorpus
