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
  bool skipped = false;           // binary: nothing to read
  std::string skip_reason;
};

// Expands folders; a path that does not exist is NotFound (usage error).
// Unreadable entries inside folders are described in `warnings`.
Result<std::vector<std::string>> ListInputFiles(const std::vector<std::string>& paths,
                                                std::vector<std::string>* warnings);

// Reads and splits one file. `source` is the path as given; errors name it
// ("a.txt: undecodable GB18030 byte 0xFF at byte 1234").
Result<IngestedFile> IngestFile(const std::string& source, const IngestOptions& options);

// The same, on bytes already read (stdin, tests). `name` gives the
// extension (.html, .md) and the id stem.
Result<IngestedFile> IngestBytes(std::string_view bytes, const std::string& name, const IngestOptions& options);

}  // namespace zhcorpus
