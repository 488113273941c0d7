// Internal: structured inputs, one record per article. Readers turn decoded
// text into JSON objects (JSON Lines, a JSON array read element by element,
// CSV/TSV with a header row and quoted fields that may hold newlines, and
// `<doc><url>…<contenttitle>…<content>…</doc>` files); RecordToArticle maps a
// record's fields onto an article. A bad row is reported with its line and
// the reader goes on.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "zhcorpus/ingest.h"
#include "zhcorpus/records.h"

namespace zhcorpus::article {

using RecordFn = std::function<void(Json&& record, std::size_t line)>;
using RowErrorFn = std::function<void(std::size_t line, const std::string& reason)>;

void ReadJsonLines(std::string_view text, const RecordFn& record, const RowErrorFn& error);
// A whole JSON array (or one object); the same as one JsonArrayStream.
void ReadJsonArray(std::string_view text, const RecordFn& record, const RowErrorFn& error);

// A JSON array read piece by piece, however it is cut: a small scanner over
// strings, escapes and nesting finds each top-level element, which is parsed
// alone and handed on, so only the element still open is held between
// pieces, never the array. Records and errors are numbered by element (from
// 1); a bad element is named and the next one read. A file holding one
// object instead of an array is one record.
class JsonArrayStream {
 public:
  JsonArrayStream(RecordFn record, RowErrorFn error) : record_(std::move(record)), error_(std::move(error)) {}
  void Feed(std::string_view text);  // the next piece of decoded text
  void Finish();                     // end of input: an array or element left open is an error

 private:
  enum class Phase { kStart, kBeforeElement, kInElement, kAfterElement, kDone, kFailed };
  void Scan(std::string_view text, std::size_t& i);
  void StartElement(std::string_view text, std::size_t i);
  void EndElement(std::string_view text, std::size_t end);
  void Fail(std::size_t index, const std::string& reason);

  RecordFn record_;
  RowErrorFn error_;
  Phase phase_ = Phase::kStart;
  bool single_object_ = false;  // the input is one object, not an array
  bool in_string_ = false, escaped_ = false, scalar_ = false;
  long depth_ = 0;
  std::size_t index_ = 0;   // elements begun
  std::size_t start_ = 0;   // where the open element starts in the current piece
  std::string pending_;     // the open element's text from earlier pieces
};
void ReadDelimited(std::string_view text, char delimiter, const RecordFn& record, const RowErrorFn& error);
void ReadDocRecords(std::string_view text, const RecordFn& record, const RowErrorFn& error);

// The format of an input named `name` whose decoded text starts with `head`.
InputFormat SniffFormat(const std::string& name, std::string_view head);

// Fills title, date, outlet, authors, url, text and meta from `record`;
// `id` is the record's own id, if it has one. A record without a text
// field is an error; an empty text or a date that cannot be read is a
// warning (the article is kept, with "" or a null date).
struct MappedRecord {
  Article article;
  std::optional<std::string> id;
  std::string warning;
};
Result<MappedRecord> RecordToArticle(Json&& record, const FieldNames& fields);

}  // namespace zhcorpus::article
