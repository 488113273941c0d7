// Internal: compressed files and archives, read through libarchive. A
// single compressed file (`a.jsonl.gz`, .bz2, .xz, .zst) is one input named
// as given; each regular member of an archive (.zip, .tar, .tar.gz, .7z, ...)
// is an input named `archive.zip:path/inside.txt`. Hidden members and
// macOS resource forks are skipped.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "article/chunking.h"
#include "zhcorpus/records.h"

namespace zhcorpus::article {

struct MemberName {
  std::string source;       // `corpus.zip:2024/a.txt`, or the compressed file's path
  std::string format_name;  // the name its format is guessed from: `2024/a.txt`, `a.jsonl`
  std::string id_stem;      // `corpus/2024/a`
};

// By extension (.gz .bz2 .xz .zst .zip .tar .tgz .7z ...) or by the first
// bytes of the file (gzip, bzip2, xz, zstd, zip magic).
bool IsCompressedOrArchive(const std::string& path);

// Calls `member` with a reader of each member's bytes, in archive order; a
// member or an archive that cannot be read goes to `error` and the rest is
// read on. Nothing is held whole: members stream out of the archive.
// Returns how many members were handed to `member`.
std::size_t ReadArchive(const std::string& path, const std::string& id_stem,
                 const std::function<void(const ByteReader&, const MemberName&)>& member,
                 const std::function<void(RecordError&&)>& error);

}  // namespace zhcorpus::article
