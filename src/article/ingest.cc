#include "zhcorpus/ingest.h"

#include <algorithm>
#include <iostream>
#include <iterator>
#include <map>
#include <set>

#include "article/archive_input.h"
#include "article/structured_input.h"
#include "article/web_page.h"
#include "zhcorpus/data_dir.h"
#include "zhcorpus/encoding.h"
#include "zhcorpus/html_extractor.h"
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
    else if (fs::is_regular_file(p, ec)) out->push_back({p.string(), StemBelow(p, root)});
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
// its format is guessed from (an archive member's inner name), its id stem.
struct InputName {
  std::string source, format_name, id_stem;
};

std::string DefaultStem(const std::string& name) {
  return name == "-" ? "stdin" : fs::path(name).stem().string();
}

std::string WithoutPrefix(const std::string& message, const std::string& prefix) {
  return message.starts_with(prefix) ? message.substr(prefix.size()) : message;
}

Result<std::string> ReadStdinBytes() {
  std::string bytes(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  if (std::cin.bad()) return Status::IoError("-: read error");
  return bytes;
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
    a.encoding = encoding;
    if (options.to_simplified) {
      a.text = EncodeUtf8(options.to_simplified->Convert(DecodeUtf8(a.text)));
      if (a.title) a.title = EncodeUtf8(options.to_simplified->Convert(DecodeUtf8(*a.title)));
      a.converted_t2s = true;
    }
    return std::move(a);
  }
};

// One article per record; a bad row is named with its line and skipped.
void IngestRecords(std::string_view text, InputFormat format, ArticleNamer& namer, const IngestOptions& options,
                   const IngestSink& sink) {
  const std::string& source = namer.input.source;
  auto on_record = [&](Json&& record, std::size_t line) {
    Result<article::MappedRecord> mapped = article::RecordToArticle(std::move(record), options.fields);
    if (!mapped.ok()) { sink.error({source, line, mapped.status().message()}); return; }
    if (!mapped->warning.empty()) sink.warning(source + ":" + std::to_string(line) + ": " + mapped->warning);
    if (!mapped->article.date) mapped->article.date = options.page.date;
    sink.article(namer.Name(std::move(mapped->article), mapped->id));
  };
  auto on_error = [&](std::size_t line, const std::string& reason) { sink.error({source, line, reason}); };
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

void IngestDecoded(std::string_view bytes, const InputName& input, const IngestOptions& options, const IngestSink& sink) {
  if (bytes.empty()) { sink.skipped(input.source + ": empty file"); return; }
  if (options.encoding.empty() && LooksBinary(bytes)) { sink.skipped(input.source + ": binary file"); return; }
  // Plain UTF-8 is used where it lies: a copy of a large file costs time.
  std::string owned;
  std::string_view text;
  std::string encoding;
  if (auto utf8 = options.encoding.empty() ? AsUtf8(bytes) : std::nullopt) {
    encoding = "UTF-8";
    text = *utf8;
  } else {
    Result<DecodedText> decoded = DecodeBytes(bytes, options.encoding);
    if (!decoded.ok()) { sink.error({input.source, 0, decoded.status().message()}); return; }
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
      return;
    case InputFormat::kHtml:
      if (std::optional<article::WebArticle> web = article::ExtractWebArticle(text)) {
        sink.article(namer.Name(ToArticle(std::move(*web), options.page)));
        return;
      }
      owned = HtmlToPageText(text);  // a page with no article body: split what it shows
      text = owned;
      break;
    default:
      break;
  }
  for (Article& a : SplitPage(text, options.page)) sink.article(namer.Name(std::move(a)));
}

}  // namespace

void IngestBytesTo(std::string_view bytes, const std::string& name, const std::string& id_stem,
                   const IngestOptions& options, const IngestSink& sink) {
  IngestDecoded(bytes, {name, name, id_stem.empty() ? DefaultStem(name) : id_stem}, options, sink);
}

void IngestInput(const InputFile& input, const IngestOptions& options, const IngestSink& sink) {
  if (input.path != "-" && article::IsCompressedOrArchive(input.path)) {
    article::ReadArchive(input.path, input.id_stem, [&](std::string_view bytes, const article::MemberName& m) {
      sink.bytes_read(bytes.size());
      IngestDecoded(bytes, {m.source, m.format_name, m.id_stem}, options, sink);
    }, [&](RecordError&& e) { sink.error(std::move(e)); });
    return;
  }
  Result<std::string> bytes = input.path == "-" ? ReadStdinBytes() : ReadFileBytes(input.path);
  if (!bytes.ok()) { sink.error({input.path, 0, WithoutPrefix(bytes.status().message(), input.path + ": ")}); return; }
  sink.bytes_read(bytes->size());
  IngestDecoded(*bytes, {input.path, input.path, input.id_stem}, options, sink);
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
