#include "zhcorpus/ingest.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <limits>
#include <iterator>
#include <map>
#include <set>

#include "article/archive_input.h"
#include "article/chunking.h"
#include "article/structured_input.h"
#include "article/utf16_stream.h"
#include "article/web_page.h"
#include "article/web_text.h"
#include "zhcorpus/data_dir.h"
#include "zhcorpus/encoding.h"
#include "article/html_extractor.h"
#include "zhcorpus/normalizer.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace fs = std::filesystem;
namespace {

bool IsHidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// "UTF-16", "utf16le", "UTF_16BE": a name ICU reads as UTF-16.
bool IsUtf16Name(const std::string& name) {
  std::string n;
  for (char c : name) if (c != '-' && c != '_') n.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  return n.starts_with("UTF16");
}


// The id stem of a file below `root`: its relative path without extension,
// with '/' separators on every platform.
std::string StemBelow(const fs::path& file, const fs::path& root) {
  fs::path rel = file.lexically_relative(root);
  if (rel.empty() || *rel.begin() == "..") rel = file.filename();
  return rel.replace_extension().generic_string();
}

void Walk(const fs::path& dir, const fs::path& root, std::set<fs::path>* seen, std::vector<InputFile>* out,
          std::vector<std::string>* warnings) {
  std::error_code ec;
  const fs::path canonical = fs::canonical(dir, ec);
  if (ec || !seen->insert(canonical).second) {
    if (!ec) warnings->push_back(dir.string() + ": symlink loop; skipped");
    return;
  }
  std::vector<fs::path> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(it->path());
  if (ec) { warnings->push_back(dir.string() + ": " + ec.message()); return; }
  std::sort(entries.begin(), entries.end());
  for (const fs::path& p : entries) {
    if (IsHidden(p)) continue;
    if (fs::is_directory(p, ec)) Walk(p, root, seen, out, warnings);
    // A dangling link is listed: opening it fails and names it as an error.
    else if (fs::is_regular_file(p, ec) || fs::is_symlink(p, ec)) out->push_back({p.string(), StemBelow(p, root)});
    else warnings->push_back(p.string() + ": not a regular file (a pipe, socket or device); skipped");
  }
}

// A web page's article, normalised as every record is; the page's own date
// wins over --date, which is the fallback.
Article ToArticle(article::WebArticle&& web, const PageOptions& options) {
  Article a;
  const NormalizeOptions keep{true};
  if (web.title) a.title = NormalizeText(*web.title, keep);
  if (web.outlet) a.outlet = NormalizeText(*web.outlet, keep);
  a.authors = std::move(web.authors);
  a.date = web.date ? web.date : options.date;
  for (const std::string& p : web.paragraphs) {
    std::string n = NormalizeText(p);
    if (n.empty()) continue;
    if (!a.text.empty()) a.text += '\n';
    a.text += n;
  }
  return a;
}

// An input as the pipeline sees it: the source its records name, the name
// its format is guessed from (an archive member's inner name), its id stem,
// and the encoding its records name when its bytes were converted to UTF-8
// on the way in (UTF-16 read as a stream).
struct InputName {
  std::string source, format_name, id_stem;
  std::string encoding_as;
};

std::string DefaultStem(const std::string& name) {
  return name == "-" ? "stdin" : fs::path(name).stem().string();
}

// Gives each article of one input its id, source and encoding, and converts
// it to simplified characters when asked.
struct ArticleNamer {
  const InputName& input;
  const std::string& encoding;
  const IngestOptions& options;
  std::size_t count = 0;

  Article Name(Article&& a, const std::optional<std::string>& own_id = std::nullopt) {
    ++count;
    a.id = input.id_stem + "#" + (own_id ? *own_id : std::to_string(count));
    a.source = input.source;
    a.encoding = input.encoding_as.empty() ? encoding : input.encoding_as;
    if (options.to_simplified) {
      a.text = EncodeUtf8(options.to_simplified->Convert(DecodeUtf8(a.text)));
      if (a.title) a.title = EncodeUtf8(options.to_simplified->Convert(DecodeUtf8(*a.title)));
      a.converted_t2s = true;
    }
    return std::move(a);
  }
};

// What a record reader calls: each record becomes an article, each bad row
// is named with its line (counted on from `line_offset`, the lines of
// earlier pieces) and skipped.
struct RecordHandlers {
  article::RecordFn record;
  article::RowErrorFn error;
};

RecordHandlers HandleRecords(ArticleNamer& namer, const IngestOptions& options, const IngestSink& sink,
                             std::size_t line_offset) {
  const std::string& source = namer.input.source;
  auto on_record = [&namer, &options, &sink, &source, line_offset](Json&& record, std::size_t line) {
    line += line_offset;
    Result<article::MappedRecord> mapped = article::RecordToArticle(std::move(record), options.fields);
    if (!mapped.ok()) { sink.error({source, line, mapped.status().message()}); return; }
    if (!mapped->warning.empty()) sink.warning(source + ":" + std::to_string(line) + ": " + mapped->warning);
    if (!mapped->article.date) mapped->article.date = options.page.date;
    sink.article(namer.Name(std::move(mapped->article), mapped->id));
  };
  auto on_error = [&sink, &source, line_offset](std::size_t line, const std::string& reason) {
    sink.error({source, line ? line + line_offset : 0, reason});
  };
  return {on_record, on_error};
}

void IngestRecords(std::string_view text, InputFormat format, ArticleNamer& namer, const IngestOptions& options,
                   const IngestSink& sink, std::size_t line_offset = 0) {
  const RecordHandlers h = HandleRecords(namer, options, sink, line_offset);
  const article::RecordFn& on_record = h.record;
  const article::RowErrorFn& on_error = h.error;
  switch (format) {
    case InputFormat::kJsonLines: article::ReadJsonLines(text, on_record, on_error); break;
    case InputFormat::kJsonArray: article::ReadJsonArray(text, on_record, on_error); break;
    case InputFormat::kCsv: article::ReadDelimited(text, ',', on_record, on_error); break;
    case InputFormat::kTsv: article::ReadDelimited(text, '\t', on_record, on_error); break;
    default: article::ReadDocRecords(text, on_record, on_error); break;
  }
}

// The sink behind IngestBytes/IngestFile: everything kept in `file`; an
// error about the whole input (line 0) becomes the returned Status.
IngestSink CollectingSink(IngestedFile* file, std::optional<Status>* failed) {
  IngestSink sink;
  sink.article = [file](Article&& a) {
    if (file->encoding.empty()) file->encoding = a.encoding;
    file->articles.push_back(std::move(a));
  };
  sink.error = [file, failed](RecordError&& e) {
    if (e.line == 0 && !failed->has_value()) *failed = Status::ParseError(e.ToString());
    else file->errors.push_back(std::move(e));
  };
  sink.warning = [file](const std::string& w) { file->warnings.push_back(w); };
  sink.skipped = [file](const std::string& why) {
    file->skipped = true;
    file->skip_reason = why.substr(why.rfind(": ") == std::string::npos ? 0 : why.rfind(": ") + 2);
  };
  sink.bytes_read = [](std::size_t) {};
  return sink;
}

}  // namespace

Result<std::vector<InputFile>> ListInputFiles(const std::vector<std::string>& paths,
                                              std::vector<std::string>* warnings) {
  std::vector<InputFile> files;
  std::set<fs::path> seen;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (p == "-") { files.push_back({p, "stdin"}); continue; }
    if (!fs::exists(p, ec)) return Status::NotFound(p + ": no such file or directory");
    if (fs::is_directory(p, ec)) Walk(p, p, &seen, &files, warnings);
    else files.push_back({p, fs::path(p).stem().string()});
  }
  // Stems that still collide (the same name given twice, or from two
  // folders) fall back to the path as given, then to a counter.
  std::map<std::string, int> count;
  for (const InputFile& f : files) ++count[f.id_stem];
  std::set<std::string> used;
  for (InputFile& f : files) {
    if (count[f.id_stem] > 1 && f.path != "-") f.id_stem = fs::path(f.path).replace_extension().generic_string();
    std::string stem = f.id_stem;
    for (int n = 2; !used.insert(stem).second; ++n) stem = f.id_stem + "~" + std::to_string(n);
    f.id_stem = stem;
  }
  return files;
}

Result<InputFormat> ParseInputFormat(const std::string& name) {
  static const std::map<std::string, InputFormat> kNames = {
      {"auto", InputFormat::kAuto}, {"text", InputFormat::kText},       {"html", InputFormat::kHtml},
      {"jsonl", InputFormat::kJsonLines}, {"json", InputFormat::kJsonArray}, {"csv", InputFormat::kCsv},
      {"tsv", InputFormat::kTsv},   {"doc", InputFormat::kDocRecords}};
  auto it = kNames.find(Lower(name));
  if (it == kNames.end()) return Status::InvalidArgument("unknown format \"" + name + "\" (auto, text, html, jsonl, json, csv, tsv, doc)");
  return it->second;
}

namespace {

bool IsRecordFormat(InputFormat f) {
  return f == InputFormat::kJsonLines || f == InputFormat::kJsonArray || f == InputFormat::kCsv ||
         f == InputFormat::kTsv || f == InputFormat::kDocRecords;
}

// Runs `read` on one input with a sink that notes whether anything came of
// it; an input that gave no article, error or skip is skipped by name.
// `read` returns the format it read the input as.
template <typename ReadFn>
void NameWhatGaveNothing(const InputName& input, const IngestSink& sink, ReadFn&& read) {
  if (sink.input_started) sink.input_started(input.source);
  bool gave = false;
  IngestSink noted = sink;
  noted.article = [&](Article&& a) { gave = true; sink.article(std::move(a)); };
  noted.error = [&](RecordError&& e) { gave = true; sink.error(std::move(e)); };
  noted.skipped = [&](const std::string& why) { gave = true; sink.skipped(why); };
  const InputFormat format = read(noted);
  if (gave) return;
  sink.skipped(input.source + (IsRecordFormat(format) ? ": no records in it" : ": no text in it (no letter or digit: only spaces, punctuation, markup or unreadable bytes)"));
}

InputFormat IngestDecoded(std::string_view bytes, const InputName& input, const IngestOptions& options, const IngestSink& sink) {
  if (bytes.empty()) { sink.skipped(input.source + ": empty file"); return InputFormat::kText; }
  if (options.encoding.empty() && LooksBinary(bytes)) { sink.skipped(input.source + ": binary file"); return InputFormat::kText; }
  // Plain UTF-8 is used where it lies: a copy of a large file costs time.
  std::string owned;
  std::string_view text;
  std::string encoding;
  if (auto utf8 = options.encoding.empty() ? AsUtf8(bytes) : std::nullopt) {
    encoding = "UTF-8";
    text = *utf8;
  } else {
    Result<DecodedText> decoded = DecodeBytes(bytes, options.encoding);
    if (!decoded.ok()) { sink.error({input.source, 0, decoded.status().message()}); return InputFormat::kText; }
    encoding = decoded->encoding;
    if (!decoded->warning.empty()) sink.warning(input.source + ": " + decoded->warning);
    owned = std::move(decoded->utf8);
    text = owned;
  }
  const InputFormat format = options.format != InputFormat::kAuto ? options.format
                                                                 : article::SniffFormat(input.format_name, text);
  ArticleNamer namer{input, encoding, options};
  switch (format) {
    case InputFormat::kJsonLines: case InputFormat::kJsonArray: case InputFormat::kCsv: case InputFormat::kTsv:
    case InputFormat::kDocRecords:
      IngestRecords(text, format, namer, options, sink);
      return format;
    case InputFormat::kHtml:
      if (std::optional<article::WebArticle> web = article::ExtractWebArticle(text)) {
        sink.article(namer.Name(ToArticle(std::move(*web), options.page)));
        return format;
      }
      owned = HtmlToPageText(text);  // a page with no article body: split what it shows
      text = owned;
      break;
    case InputFormat::kText:
      // Text saved from a web page: one story among menus and share bars.
      if (options.format == InputFormat::kAuto)
        if (std::optional<article::WebArticle> web = article::ExtractWebText(text)) {
          sink.article(namer.Name(ToArticle(std::move(*web), options.page)));
          return format;
        }
      break;
    default:
      break;
  }
  for (Article& a : SplitPage(text, options.page)) sink.article(namer.Name(std::move(a)));
  return format;
}

// Reads from `read` until `raw` holds `want` bytes or the input ends.
Status Fill(const article::ByteReader& read, std::size_t want, std::size_t step_max, std::string* raw, bool* eof) {
  while (!*eof && raw->size() < want) {
    const std::size_t old = raw->size();
    const std::size_t step = std::min(want - old, step_max);  // `want` may be "all of it"
    raw->resize(old + step);
    Result<std::size_t> n = read(raw->data() + old, step);
    raw->resize(old + (n.ok() ? *n : 0));
    if (!n.ok()) return n.status();
    if (*n == 0) *eof = true;
  }
  return Status::Ok();
}

// One piece of a large input, decoded with the encoding found in its first
// piece; `header` is a CSV's first row, which later pieces need.
struct PieceReader {
  const InputName& input;
  const IngestOptions& options;  // encoding and format fixed for every piece
  const IngestSink& sink;
  ArticleNamer namer;
  std::string header;
  std::size_t lines_before = 0, bytes_before = 0;
  std::optional<article::JsonArrayStream> array;  // a JSON array's scanner, carried across pieces

  void Read(std::string_view piece) {
    std::string owned;
    std::string_view text;
    std::optional<std::string_view> utf8 = options.encoding == "UTF-8" ? AsUtf8(piece) : std::nullopt;
    if (utf8) {
      text = *utf8;
    } else {
      Result<DecodedText> decoded = DecodeBytes(piece, options.encoding);
      if (!decoded.ok()) {
        sink.error({input.source, 0, decoded.status().message() + " (in the piece from byte " + std::to_string(bytes_before) + ")"});
      } else {
        if (!decoded->warning.empty()) {
          sink.warning(input.source + ": " + decoded->warning + " (in the piece from byte " + std::to_string(bytes_before) + ")");
        }
        owned = std::move(decoded->utf8);
        text = owned;
      }
    }
    if (!text.empty()) Dispatch(text);
    lines_before += static_cast<std::size_t>(std::count(piece.begin(), piece.end(), '\n'));
    bytes_before += piece.size();
  }

  void Dispatch(std::string_view text) {
    const InputFormat format = options.format;
    if (format == InputFormat::kText) {
      for (Article& a : SplitPage(text, options.page)) sink.article(namer.Name(std::move(a)));
      return;
    }
    if (format == InputFormat::kJsonArray) {
      if (!array) {
        RecordHandlers h = HandleRecords(namer, options, sink, 0);
        array.emplace(std::move(h.record), std::move(h.error));
      }
      array->Feed(text);
      return;
    }
    if (format != InputFormat::kCsv && format != InputFormat::kTsv) {
      IngestRecords(text, format, namer, options, sink, lines_before);
      return;
    }
    if (header.empty()) {
      header = std::string(article::FirstRow(text));
      IngestRecords(text, format, namer, options, sink, lines_before);
      return;
    }
    IngestRecords(header + std::string(text), format, namer, options, sink, lines_before - 1);
  }
};

// Large inputs are read in pieces of about options.piece_bytes, cut where no
// paragraph or record spans the cut: text pages, JSON Lines, JSON arrays,
// CSV/TSV and <doc> files; large UTF-16 is converted to UTF-8 as it is read.
// Small inputs and web pages are read whole.
InputFormat IngestStreamOnce(const article::ByteReader& read, const InputName& input, const IngestOptions& options,
                             const IngestSink& sink) {
  std::string raw;
  bool eof = false;
  if (Status s = Fill(read, options.piece_bytes, options.piece_bytes, &raw, &eof); !s.ok()) {
    sink.error({input.source, 0, s.message()});
    return InputFormat::kText;
  }
  if (!eof && input.encoding_as.empty()) {
    // Large UTF-16 is converted to UTF-8 on the way in and read as that.
    const std::string utf16 = options.encoding.empty() ? DetectUtf16(raw)
                              : IsUtf16Name(options.encoding) ? options.encoding : "";
    if (!utf16.empty()) {
      InputName as_utf8 = input;
      as_utf8.encoding_as = utf16;
      IngestOptions utf8 = options;
      utf8.encoding = "UTF-8";
      return IngestStreamOnce(article::Utf8FromUtf16(read, std::move(raw), utf16), as_utf8, utf8, sink);
    }
  }
  const InputFormat format =
      options.format != InputFormat::kAuto ? options.format : article::SniffFormat(input.format_name, raw);
  // Other encodings without ASCII bytes (UTF-32) are read whole.
  const bool wide = options.encoding.find("32") != std::string::npos;
  if (eof || !article::ReadsInPieces(format) || wide) {
    const std::size_t step = std::max<std::size_t>(options.piece_bytes, 1 << 16);
    if (Status s = Fill(read, std::numeric_limits<std::size_t>::max(), step, &raw, &eof); !s.ok()) {
      sink.error({input.source, 0, s.message()});
      return format;
    }
    return IngestDecoded(raw, input, options, sink);
  }
  if (options.encoding.empty() && LooksBinary(raw)) { sink.skipped(input.source + ": binary file"); return format; }
  IngestOptions fixed = options;
  fixed.format = format;
  if (fixed.encoding.empty()) {
    std::size_t probe_end = article::LastCut(raw, InputFormat::kJsonLines);
    if (probe_end == 0) probe_end = article::LastCut(raw, InputFormat::kJsonArray);  // one long line: a JSON array
    const std::string_view head(raw.data(), std::max<std::size_t>(probe_end, 1));
    Result<DecodedText> probe = DecodeBytes(head);
    fixed.encoding = probe.ok() ? probe->encoding : "GB18030";
  }
  PieceReader pieces{input, fixed, sink, ArticleNamer{input, fixed.encoding, fixed}, "", 0, 0, std::nullopt};
  // A read that fails midway (bytes that are not UTF-16, a damaged archive
  // member): the whole records read before it are kept, then it is named.
  const auto failed = [&](const Status& s) {
    if (const std::size_t cut = article::LastCut(raw, format); cut > 0) pieces.Read(std::string_view(raw.data(), cut));
    sink.error({input.source, 0, s.message()});
    return format;
  };
  while (!raw.empty()) {
    std::size_t cut = eof ? raw.size() : article::LastCut(raw, format);
    if (cut == 0 && format != InputFormat::kText) {
      // A record longer than a piece: read on to its end rather than cut it.
      if (Status s = Fill(read, raw.size() + options.piece_bytes, options.piece_bytes, &raw, &eof); !s.ok()) {
        return failed(s);
      }
      continue;
    }
    if (cut == 0) cut = raw.size();  // a paragraph longer than a piece: cut it
    pieces.Read(std::string_view(raw.data(), cut));
    raw.erase(0, cut);
    if (Status s = Fill(read, options.piece_bytes, options.piece_bytes, &raw, &eof); !s.ok()) return failed(s);
  }
  if (pieces.array) pieces.array->Finish();
  return format;
}

void IngestStream(const article::ByteReader& read, const InputName& input, const IngestOptions& options,
                  const IngestSink& sink) {
  NameWhatGaveNothing(input, sink, [&](const IngestSink& noted) { return IngestStreamOnce(read, input, options, noted); });
}

}  // namespace

void IngestBytesTo(std::string_view bytes, const std::string& name, const std::string& id_stem,
                   const IngestOptions& options, const IngestSink& sink) {
  const InputName input{name, name, id_stem.empty() ? DefaultStem(name) : id_stem};
  NameWhatGaveNothing(input, sink, [&](const IngestSink& noted) { return IngestDecoded(bytes, input, options, noted); });
}

void IngestInput(const InputFile& input, const IngestOptions& options, const IngestSink& sink) {
  const auto counted = [&](const article::ByteReader& read) {
    return [&sink, &read](char* buffer, std::size_t n) -> Result<std::size_t> {
      Result<std::size_t> got = read(buffer, n);
      if (got.ok()) sink.bytes_read(*got);
      return got;
    };
  };
  if (input.path != "-" && article::IsCompressedOrArchive(input.path)) {
    bool failed = false;
    const std::size_t members =
        article::ReadArchive(input.path, input.id_stem, [&](const article::ByteReader& read, const article::MemberName& m) {
          IngestStream(counted(read), {m.source, m.format_name, m.id_stem}, options, sink);
        }, [&](RecordError&& e) { failed = true; sink.error(std::move(e)); });
    if (members == 0 && !failed) {
      if (sink.input_started) sink.input_started(input.path);
      sink.skipped(input.path + ": no files in the archive (folders and hidden members are not read)");
    }
    return;
  }
  std::ifstream file;
  if (input.path != "-") {
    file.open(input.path, std::ios::binary);
    if (!file) {
      sink.error({input.path, 0, std::string("cannot open for reading: ") + std::strerror(errno)});
      return;
    }
  }
  std::istream& in = input.path == "-" ? std::cin : file;
  const article::ByteReader read = [&](char* buffer, std::size_t n) -> Result<std::size_t> {
    in.read(buffer, static_cast<std::streamsize>(n));
    if (in.bad()) return Status::IoError("read error");
    return static_cast<std::size_t>(in.gcount());
  };
  const std::string& name = input.name.empty() ? input.path : input.name;
  IngestStream(counted(read), {name, name, input.id_stem}, options, sink);
}

void NameStdin(const std::string& name, std::vector<InputFile>* files) {
  for (InputFile& f : *files)
    if (f.path == "-") f.name = name, f.id_stem = DefaultStem(name);
}

Result<IngestedFile> IngestBytes(std::string_view bytes, const std::string& name, const IngestOptions& options,
                                 const std::string& id_stem) {
  IngestedFile file;
  std::optional<Status> failed;
  IngestSink sink = CollectingSink(&file, &failed);
  IngestBytesTo(bytes, name, id_stem, options, sink);
  if (failed) return *failed;
  return file;
}

Result<IngestedFile> IngestFile(const std::string& source, const IngestOptions& options,
                                const std::string& id_stem) {
  IngestedFile file;
  std::optional<Status> failed;
  IngestSink sink = CollectingSink(&file, &failed);
  IngestInput({source, id_stem.empty() ? DefaultStem(source) : id_stem}, options, sink);
  if (failed) return *failed;
  return file;
}

}  // namespace zhcorpus
