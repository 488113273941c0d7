// From files to article records: listing inputs (folders recursively, in a
// stable sorted order, hidden files and symlink loops skipped), reading,
// decoding, HTML extraction and page splitting. The `ingest` tool drives
// this one file at a time, so memory is bounded by the largest file.
//
//   IngestOptions opts;
//   auto files = ListInputFiles({"data/samples"}, &warnings);
//   for (const auto& f : *files) { auto r = IngestFile(f, opts); ... }
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "zhcorpus/article.h"
#include "zhcorpus/simplified.h"
#include "zhcorpus/status.h"

namespace zhcorpus {

struct IngestOptions {
  std::string encoding;                         // --encoding; empty = detect
  PageOptions page;                             // --date, --one-article
  const SimplifiedView* to_simplified = nullptr;  // --to-simplified
};

struct IngestedFile {
  std::vector<Article> articles;  // ids, source and encoding filled
  std::string encoding;
  std::vector<std::string> warnings;  // "a.txt: 1 invalid UTF-8 byte replaced ..."
  bool skipped = false;           // binary: nothing to read
  std::string skip_reason;
};

// One file to read: its path, and the stem its article ids start with. A
// file found inside a folder is named by its path below that folder, without
// the extension (`2024/06/a.txt` -> `2024/06/a`), so ids stay unique in a run.
struct InputFile {
  std::string path;
  std::string id_stem;
};

// Expands folders; a path that does not exist is NotFound (usage error).
// Unreadable entries inside folders are described in `warnings`. Two inputs
// with the same stem (`a/x.txt b/x.txt`) get their paths as stems instead.
Result<std::vector<InputFile>> ListInputFiles(const std::vector<std::string>& paths,
                                              std::vector<std::string>* warnings);

// Reads and splits one file. `source` is the path as given; errors name it
// ("a.txt: undecodable GB18030 byte 0xFF at byte 1234"). `id_stem` empty
// means the file's stem.
Result<IngestedFile> IngestFile(const std::string& source, const IngestOptions& options,
                                const std::string& id_stem = "");

// The same, on bytes already read (stdin, tests). `name` gives the
// extension (.html, .md) and, without `id_stem`, the id stem.
Result<IngestedFile> IngestBytes(std::string_view bytes, const std::string& name, const IngestOptions& options,
                                 const std::string& id_stem = "");

}  // namespace zhcorpus
