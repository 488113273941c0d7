// Input files the ingest tests build (text in a legacy encoding, archives)
// and the sink that collects what ingest makes of them. Shared so every test
// writes and reads them the same way.
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <unicode/ucnv.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "zhcorpus/ingest.h"

namespace zhcorpus::testing {

// `utf8` converted to `encoding` ("GB18030", "Big5", "UTF-16LE", ...) by ICU.
inline std::string Encode(const std::string& utf8, const char* encoding) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                 static_cast<int32_t>(utf8.size()), &err);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// Writes an archive with libarchive: `format` e.g. "pax", "zip" or "raw",
// `filter` "gzip" or "none"; members as (path, bytes).
inline void WriteArchive(const std::filesystem::path& path, const char* format, const char* filter,
                         const std::vector<std::pair<std::string, std::string>>& members) {
  struct archive* a = archive_write_new();
  archive_write_set_format_by_name(a, format);
  if (std::string(filter) != "none") archive_write_add_filter_by_name(a, filter);
  archive_write_open_filename(a, path.c_str());
  for (const auto& [name, bytes] : members) {
    struct archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, name.c_str());
    archive_entry_set_size(e, static_cast<la_int64_t>(bytes.size()));
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_write_header(a, e);
    archive_write_data(a, bytes.data(), bytes.size());
    archive_entry_free(e);
  }
  archive_write_close(a);
  archive_write_free(a);
}

// Everything ingest reports for one input, each kind of report kept apart.
struct Ingested {
  std::vector<Article> articles;
  std::vector<RecordError> errors;
  std::vector<std::string> warnings;  // read, with a note ("rows.csv:2: empty text")
  std::vector<std::string> skipped;   // nothing read, with the reason ("blank.txt: no text in it")
};

// A sink that appends every report to `out`.
inline IngestSink CollectingSink(Ingested* out) {
  IngestSink sink;
  sink.article = [out](Article&& a) { out->articles.push_back(std::move(a)); };
  sink.error = [out](RecordError&& e) { out->errors.push_back(std::move(e)); };
  sink.warning = [out](const std::string& w) { out->warnings.push_back(w); };
  sink.skipped = [out](const std::string& w) { out->skipped.push_back(w); };
  sink.bytes_read = [](std::size_t) {};
  return sink;
}

// Ingests `bytes` as the file `name` (its extension picks the format).
inline Ingested IngestCollected(const std::string& bytes, const std::string& name, const IngestOptions& options = {}) {
  Ingested out;
  IngestBytesTo(bytes, name, "", options, CollectingSink(&out));
  return out;
}

}  // namespace zhcorpus::testing
