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
void ReadJsonArray(std::string_view text, const RecordFn& record, const RowErrorFn& error);
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
