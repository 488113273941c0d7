// ingest: files or folders of Chinese news -> article records (JSON Lines).
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <iostream>
#include <iterator>

#include <CLI/CLI.hpp>

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
  std::string output, encoding, date, data_dir;
  bool one_article = false, to_simplified = false, strict = false;
  cli::LogFlags log;
};

struct Totals {
  std::size_t files = 0, skipped = 0, articles = 0, bytes = 0;
};

void Progress(const Totals& t, std::size_t done, std::size_t total) {
  const int width = 30;
  const int filled = total ? static_cast<int>(width * done / total) : width;
  char line[160];
  std::snprintf(line, sizeof line, "[%-*s] %zu/%zu files, %.1f MB, %zu articles", width,
                std::string(static_cast<std::size_t>(filled), '#').c_str(), done, total, t.bytes / 1e6, t.articles);
  cli::ShowProgress(line);
}

std::string ReadStdin() {
  return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

// Library messages name the file already; the error log names it again.
std::string WithoutPrefix(const std::string& message, const std::string& prefix) {
  return message.starts_with(prefix) ? message.substr(prefix.size()) : message;
}

int Run(const Flags& flags) {
  zh::IngestOptions options;
  options.encoding = flags.encoding;
  options.page.one_article = flags.one_article;
  if (!flags.date.empty()) {
    if (!zh::ParseIsoDate(flags.date)) { spdlog::error("--date {}: expected YYYY-MM-DD", flags.date); return cli::kExitUsage; }
    options.page.date = flags.date;
  }
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
  auto output = cli::Output::Open(flags.output);
  if (!output.ok()) { spdlog::error("{}", output.status().message()); return cli::kExitUsage; }

  zh::JsonlWriter out(output->stream());
  cli::ErrorLog errors(flags.strict);
  Totals totals;
  const auto started = std::chrono::steady_clock::now();
  for (const zh::InputFile& input : *files) {
    if (errors.ShouldStop()) break;
    const std::string& path = input.path;
    zh::Result<zh::IngestedFile> file = path == "-" ? zh::IngestBytes(ReadStdin(), "-", options, input.id_stem)
                                                    : zh::IngestFile(path, options, input.id_stem);
    ++totals.files;
    std::error_code ec;
    totals.bytes += path == "-" ? 0 : std::filesystem::file_size(path, ec);
    if (!file.ok()) {
      errors.Report({path, 0, WithoutPrefix(file.status().message(), path + ": ")});
    } else if (file->skipped) {
      ++totals.skipped;
      spdlog::warn("{}: {}; skipped", path, file->skip_reason);
    } else {
      for (const std::string& w : file->warnings) spdlog::warn("{}", w);
      totals.articles += file->articles.size();
      for (zh::Article& a : file->articles) out.Write(std::move(a).ToJson());
    }
    Progress(totals, totals.files, files->size());
  }
  out.Flush();
  cli::EndProgress();
  if (zh::Status closed = output->Close(); !closed.ok()) { spdlog::error("{}", closed.message()); return cli::kExitUsage; }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  spdlog::info("{} files read ({:.1f} MB), {} skipped, {} articles written, {} errors, {:.2f} s",
               totals.files - totals.skipped - errors.count(), totals.bytes / 1e6, totals.skipped, totals.articles,
               errors.count(), secs);
  return errors.ExitCode();
}

}  // namespace

int main(int argc, char** argv) {
  Flags flags;
  CLI::App app{
      "ingest: turn files or folders of Chinese news into article records (JSON Lines).\n\n"
      "Reads .txt, .md and .html files (folders recursively, sorted; hidden files skipped),\n"
      "detects the encoding (UTF-8, GB18030/GBK, Big5, UTF-16 with BOM), normalises the text\n"
      "(width, punctuation, layout spaces, hard-wrapped lines) and splits each page into\n"
      "articles with title, subtitle, authors, outlet and date.\n\n"
      "  ingest data/samples > articles.jsonl\n"
      "  ingest --date 2024-06-10 page.txt | tag | report\n"};
  app.add_option("inputs", flags.inputs, "files or folders (default: stdin; - is stdin)");
  app.add_option("-o,--output", flags.output, "write here instead of stdout");
  app.add_option("--encoding", flags.encoding, "decode every input with this encoding (default: detect)");
  app.add_option("--date", flags.date, "reference date YYYY-MM-DD for every article (default: from datelines)");
  app.add_flag("--one-article", flags.one_article, "keep each file whole as one article");
  app.add_flag("--to-simplified", flags.to_simplified, "convert traditional characters (record says \"converted\":\"t2s\")");
  app.add_option("--data-dir", flags.data_dir, "compiled data, for --to-simplified (default: next to the tool)");
  app.add_flag("--strict", flags.strict, "stop at the first file that cannot be decoded");
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
