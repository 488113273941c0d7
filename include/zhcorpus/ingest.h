// From files to article records: listing inputs (folders recursively, in a
// stable sorted order, hidden files and symlink loops skipped), opening
// compressed files and archives, reading, decoding, and then by format:
// structured records (JSON Lines, JSON arrays, CSV/TSV, <doc> files) one
// record per article, web pages one article each, text pages split into
// articles. Articles go to a sink as they are made.
//
//   IngestOptions opts;
//   auto files = ListInputFiles({"data/samples"}, &warnings);
//   for (const auto& f : *files) { auto r = IngestFile(f, opts); ... }
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "zhcorpus/article.h"
#include "zhcorpus/simplified.h"
#include "zhcorpus/status.h"

namespace zhcorpus {

enum class InputFormat { kAuto, kText, kHtml, kJsonLines, kJsonArray, kCsv, kTsv, kDocRecords };

// "text", "html", "jsonl", "json", "csv", "tsv", "doc"; InvalidArgument otherwise.
Result<InputFormat> ParseInputFormat(const std::string& name);

// Which fields of a structured record fill which article field: the first
// name present wins. The rest of the record goes under `meta`.
struct FieldNames {
  std::vector<std::string> text{"text", "content", "body", "正文", "article"};
  std::vector<std::string> title{"title", "标题", "contenttitle", "headline"};
  std::vector<std::string> date{"date", "time", "pub_time", "publish_time", "发布时间", "pubdate"};
  std::vector<std::string> outlet{"source", "media", "outlet", "来源"};
  std::vector<std::string> authors{"author", "authors", "作者"};
  std::vector<std::string> url{"url", "link"};
  std::vector<std::string> id{"id", "docno"};
};

struct IngestOptions {
  std::string encoding;                         // --encoding; empty = detect
  PageOptions page;                             // --date, --one-article
  const SimplifiedView* to_simplified = nullptr;  // --to-simplified
  InputFormat format = InputFormat::kAuto;      // --format; auto = by extension and content
  FieldNames fields;                            // --text-field, --title-field, ...
  // Inputs larger than this are read in pieces of about this size (text
  // pages, JSON Lines, CSV/TSV, <doc> files): memory stays bounded.
  std::size_t piece_bytes = std::size_t{4} << 20;
};

// Where one input's results go, as they are made. Every input (a file, an
// archive member, stdin) gives at least one article, error or `skipped`: an
// input with nothing in it (blank lines only, an empty JSON array, a CSV with
// just its header) is skipped with a reason, never passed over silently.
struct IngestSink {
  std::function<void(Article&&)> article;
  std::function<void(RecordError&&)> error;          // a bad row, member or file: named, skipped
  std::function<void(const std::string&)> warning;   // "a.txt: 1 invalid UTF-8 byte replaced ..."
  std::function<void(const std::string&)> skipped;   // "a.bin: binary file"
  std::function<void(std::size_t)> bytes_read;       // progress, per input
  std::function<void(const std::string&)> input_started;  // optional: a file or member begins (its source)
};

struct IngestedFile {
  std::vector<Article> articles;  // ids, source and encoding filled
  std::string encoding;
  std::vector<std::string> warnings;  // "a.txt: 1 invalid UTF-8 byte replaced ..."
  std::vector<RecordError> errors;    // bad rows, skipped (structured inputs)
  bool skipped = false;           // binary: nothing to read
  std::string skip_reason;
};

// One file to read: its path, and the stem its article ids start with. A
// file found inside a folder is named by its path below that folder, without
// the extension (`2024/06/a.txt` -> `2024/06/a`), so ids stay unique in a run.
struct InputFile {
  std::string path;
  std::string id_stem;
  // What the records call their source and what the format is guessed from;
  // empty means `path`. Set for stdin when it carries one piece of a named
  // file (a shard cut by GNU parallel --pipepart), so its records read as
  // that file's.
  std::string name;
};

// Names stdin's entries ("-") in `files` as the file `name`: source, format
// guess and id stem (its stem), so a shard of `name` fed on stdin gives the
// records that reading `name` whole gives.
void NameStdin(const std::string& name, std::vector<InputFile>* files);

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

// Streams one input (a file, an archive's members, stdin "-") to `sink`.
void IngestInput(const InputFile& input, const IngestOptions& options, const IngestSink& sink);

// One input's bytes already read: `name` gives the source, the extension
// (.html, .jsonl, ...) and, without `id_stem`, the id stem.
void IngestBytesTo(std::string_view bytes, const std::string& name, const std::string& id_stem,
                   const IngestOptions& options, const IngestSink& sink);

// The same, on bytes already read (stdin, tests). `name` gives the
// extension (.html, .md) and, without `id_stem`, the id stem.
Result<IngestedFile> IngestBytes(std::string_view bytes, const std::string& name, const IngestOptions& options,
                                 const std::string& id_stem = "");

}  // namespace zhcorpus
