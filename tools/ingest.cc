// ingest: files or folders of Chinese news -> article records (JSON Lines).
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <iostream>
#include <iterator>

#include <CLI/CLI.hpp>

#include "cli/process.h"
#include "cli/error_log.h"
#include "cli/log.h"
#include "cli/output.h"
#include "zhcorpus/data_dir.h"
#include "zhcorpus/document.h"
#include "zhcorpus/encoding.h"
#include "zhcorpus/ingest.h"
#include "zhcorpus/records.h"

namespace zh = zhcorpus;
namespace cli = zhcorpus::cli;

namespace {

struct Flags {
  std::vector<std::string> inputs;
  std::string output, encoding, date, data_dir, format = "auto", stdin_name;
  std::vector<std::string> text_field, title_field, date_field, outlet_field, author_field, url_field, id_field;
  bool one_article = false, to_simplified = false, strict = false;
  cli::LogFlags log;
};

// Inputs are files, archive members and stdin; each one is counted once, as
// read, skipped or failed (some row or the whole input named as an error).
struct Totals {
  std::size_t files = 0, read = 0, skipped = 0, failed = 0, articles = 0, bytes = 0;

  void Start() {
    Close();
    open_ = true;
  }
  void Error() { Open(); error_ = true; }
  void Skipped() { Open(); skipped_ = true; }
  void Close() {
    if (!open_) return;
    (error_ ? failed : skipped_ ? skipped : read) += 1;
    open_ = error_ = skipped_ = false;
  }

 private:
  void Open() { if (!open_) Start(); }
  bool open_ = false, error_ = false, skipped_ = false;
};

void Progress(const Totals& t, std::size_t done, std::size_t total) {
  const int width = 30;
  const int filled = total ? static_cast<int>(width * done / total) : width;
  char line[160];
  std::snprintf(line, sizeof line, "[%-*s] %zu/%zu files, %.1f MB, %zu articles", width,
                std::string(static_cast<std::size_t>(filled), '#').c_str(), done, total, t.bytes / 1e6, t.articles);
  cli::ShowProgress(line);
}

int Run(const Flags& flags) {
  zh::IngestOptions options;
  options.encoding = flags.encoding;
  options.page.one_article = flags.one_article;
  if (!flags.date.empty()) {
    if (!zh::ParseIsoDate(flags.date)) { spdlog::error("--date {}: expected YYYY-MM-DD", flags.date); return cli::kExitUsage; }
    options.page.date = flags.date;
  }
  auto format = zh::ParseInputFormat(flags.format);
  if (!format.ok()) { spdlog::error("--format: {}", format.status().message()); return cli::kExitUsage; }
  options.format = *format;
  // A field flag replaces the default names for its field.
  const auto use = [](const std::vector<std::string>& given, std::vector<std::string>* names) {
    if (!given.empty()) *names = given;
  };
  use(flags.text_field, &options.fields.text);
  use(flags.title_field, &options.fields.title);
  use(flags.date_field, &options.fields.date);
  use(flags.outlet_field, &options.fields.outlet);
  use(flags.author_field, &options.fields.authors);
  use(flags.url_field, &options.fields.url);
  use(flags.id_field, &options.fields.id);
  if (!flags.encoding.empty()) {
    if (zh::Status s = zh::CheckEncodingName(flags.encoding); !s.ok()) {
      spdlog::error("--encoding: {}", s.message());
      return cli::kExitUsage;
    }
  }
  std::optional<zh::SimplifiedView> view;
  if (flags.to_simplified) {
    auto dir = zh::ResolveDataDir(flags.data_dir);
    if (!dir.ok()) { spdlog::error("{}", dir.status().message()); return cli::kExitUsage; }
    auto loaded = zh::SimplifiedView::Load(*dir);
    if (!loaded.ok()) { spdlog::error("{}", loaded.status().message()); return cli::kExitUsage; }
    view = std::move(loaded).value();
    options.to_simplified = &*view;
  }
  std::vector<std::string> warnings;
  auto files = zh::ListInputFiles(flags.inputs.empty() ? std::vector<std::string>{"-"} : flags.inputs, &warnings);
  if (!files.ok()) { spdlog::error("{}", files.status().message()); return cli::kExitUsage; }
  for (const std::string& w : warnings) spdlog::warn("{}", w);
  if (!flags.stdin_name.empty()) zh::NameStdin(flags.stdin_name, &*files);
  auto output = cli::Output::Open(flags.output);
  if (!output.ok()) { spdlog::error("{}", output.status().message()); return cli::kExitUsage; }

  zh::JsonlWriter out(output->stream());
  cli::ErrorLog errors(flags.strict);
  Totals totals;
  const auto started = std::chrono::steady_clock::now();
  zh::IngestSink sink;
  sink.article = [&](zh::Article&& a) {
    if (errors.ShouldStop()) return;  // --strict: nothing after the first bad row, even in the same file
    ++totals.articles;
    out.Write(std::move(a).ToJson());
  };
  sink.error = [&](zh::RecordError&& e) {
    totals.Error();
    if (!errors.ShouldStop()) errors.Report(e);
  };
  sink.warning = [&](const std::string& w) {
    if (!errors.ShouldStop()) spdlog::warn("{}", w);
  };
  sink.skipped = [&](const std::string& why) {
    totals.Skipped();
    spdlog::warn("{}; skipped", why);
  };
  sink.input_started = [&](const std::string&) { totals.Start(); };
  sink.bytes_read = [&](std::size_t n) { totals.bytes += n; };
  for (const zh::InputFile& input : *files) {
    if (errors.ShouldStop()) break;
    zh::IngestInput(input, options, sink);
    totals.Close();
    ++totals.files;
    Progress(totals, totals.files, files->size());
  }
  out.Flush();
  cli::EndProgress();
  if (zh::Status closed = output->Close(); !closed.ok()) { spdlog::error("{}", closed.message()); return cli::kExitUsage; }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  spdlog::info("{} files read ({:.1f} MB), {} with errors, {} skipped, {} articles written, {} errors, {:.2f} s",
               totals.read + totals.failed, totals.bytes / 1e6, totals.failed, totals.skipped, totals.articles,
               errors.count(), secs);
  return errors.ExitCode();
}

}  // namespace

int main(int argc, char** argv) {
  zhcorpus::cli::PrepareProcess();
  Flags flags;
  CLI::App app{
      "ingest: turn files or folders of Chinese news into article records (JSON Lines).\n\n"
      "Reads text pages (.txt, .md), web pages (.html), and structured dumps: JSON Lines,\n"
      "JSON arrays, CSV/TSV with a header row, <doc><url><contenttitle><content></doc> files;\n"
      "also compressed (.gz .bz2 .xz .zst) and archived (.zip .tar.gz .7z) inputs, members named\n"
      "archive.zip:path/inside.txt. Folders are read recursively, sorted; hidden files skipped.\n"
      "Detects the encoding (UTF-8, GB18030/GBK, Big5, UTF-16 with BOM), normalises the text\n"
      "(width, punctuation, layout spaces, hard-wrapped lines) and splits each text page into\n"
      "articles with title, subtitle, authors, outlet and date; a web page or a record gives one.\n"
      "A bad file, member or row is named on stderr and skipped (exit 1 at the end).\n\n"
      "  ingest data/samples > articles.jsonl\n"
      "  ingest --date 2024-06-10 page.txt | tag | report\n"
      "  ingest news.jsonl.gz --text-field 正文 --title-field 标题\n"
      "  ingest dump.zip -o articles.jsonl\n"};
  app.add_option("inputs", flags.inputs, "files or folders (default: stdin; - is stdin)");
  app.add_option("-o,--output", flags.output, "write here instead of stdout");
  app.add_option("--encoding", flags.encoding, "decode every input with this encoding (default: detect)");
  app.add_option("--date", flags.date, "reference date YYYY-MM-DD for every article (default: from datelines)");
  app.add_option("--format", flags.format, "auto (by extension and content), text, html, jsonl, json, csv, tsv, doc")
      ->capture_default_str();
  app.add_option("--text-field", flags.text_field, "record field(s) holding the body (default: text content body 正文 article)");
  app.add_option("--title-field", flags.title_field, "title field(s) (default: title 标题 contenttitle headline)");
  app.add_option("--date-field", flags.date_field, "date field(s) (default: date time pub_time publish_time 发布时间 pubdate)");
  app.add_option("--outlet-field", flags.outlet_field, "outlet field(s) (default: source media outlet 来源)");
  app.add_option("--author-field", flags.author_field, "author field(s) (default: author authors 作者)");
  app.add_option("--url-field", flags.url_field, "url field(s) (default: url link)");
  app.add_option("--id-field", flags.id_field, "id field(s); ids become stem#<id> (default: id docno)");
  app.add_option("--stdin-name", flags.stdin_name,
                 "name stdin as this file (source, format, id stem): a shard of it gives its records, "
                 "see docs/scale-out.md");
  app.add_flag("--one-article", flags.one_article, "keep each file whole as one article");
  app.add_flag("--to-simplified", flags.to_simplified, "convert traditional characters (record says \"converted\":\"t2s\")");
  app.add_option("--data-dir", flags.data_dir, "compiled data, for --to-simplified (default: next to the tool)");
  app.add_flag("--strict", flags.strict, "stop at the first file or row that cannot be read (nothing after it is written)");
  cli::AddLogFlags(app, &flags.log);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? cli::kExitOk : cli::kExitUsage;
  }
  cli::SetUpLogging("ingest", flags.log);
  try {
    return Run(flags);
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return cli::kExitUsage;
  }
}
