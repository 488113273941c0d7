// Input files the ingest tests build: text in a legacy encoding, and
// archives. Shared so every test writes them the same way.
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <unicode/ucnv.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

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

}  // namespace zhcorpus::testing
