// tag: adds tokens and entities (regions, organisations, metrics, dates) to
// JSON Lines records. Thin: flags, then TagStream (tag_stream.h) per input.
#include <chrono>
#include <exception>

#include <CLI/CLI.hpp>

#include "cli/process.h"
#include "cli/error_log.h"
#include "cli/inputs.h"
#include "cli/log.h"
#include "cli/output.h"
#include "zhcorpus/data_dir.h"
#include "zhcorpus/records.h"
#include "zhcorpus/tag_stream.h"
#include "zhcorpus/tagger.h"

namespace zh = zhcorpus;
namespace cli = zhcorpus::cli;

namespace {

struct Flags {
  std::vector<std::string> inputs;
  std::string output;
  std::string data_dir;
  std::vector<std::string> user_dicts;
  std::vector<std::string> types;
  int jobs = 1;
  bool tokens = false;
  bool pos = false;
  bool no_hmm = false;
  bool strict = false;
  cli::LogFlags log;
};

// Record errors go to the log (stopping at the first with --strict); a
// progress line every 4096 records on a terminal.
zh::TagStreamOptions StreamOptions(const Flags& flags, cli::ErrorLog* errors, const zh::TagStreamTotals* before) {
  zh::TagStreamOptions stream;
  stream.output = {flags.tokens, flags.pos};
  stream.jobs = flags.jobs;
  stream.on_error = [errors](const zh::RecordError& e) {
    errors->Report(e);
    return !errors->ShouldStop();
  };
  stream.on_progress = [before, shown = std::size_t{0}](const zh::TagStreamTotals& now) mutable {
    const std::size_t records = before->records + now.records;
    if (records >= shown + 4096) cli::ShowProgress(std::to_string(shown = records) + " records");
  };
  return stream;
}

int Run(const Flags& flags) {
  const auto loading = std::chrono::steady_clock::now();
  auto data_dir = zh::ResolveDataDir(flags.data_dir);
  if (!data_dir.ok()) { spdlog::error("{}", data_dir.status().message()); return cli::kExitUsage; }
  spdlog::debug("data from {}", data_dir->string());
  zh::TaggerOptions options{*data_dir, {flags.user_dicts.begin(), flags.user_dicts.end()}, flags.types, !flags.no_hmm};
  std::vector<std::string> warnings;
  auto tagger = zh::Tagger::Load(options, &warnings);
  for (const std::string& w : warnings) spdlog::warn("{}", w);
  if (!tagger.ok()) { spdlog::error("{}", tagger.status().message()); return cli::kExitUsage; }
  auto output = cli::Output::Open(flags.output);
  if (!output.ok()) { spdlog::error("{}", output.status().message()); return cli::kExitUsage; }

  cli::ErrorLog errors(flags.strict);
  zh::TagStreamTotals totals;  // of the inputs done so far
  const zh::TagStreamOptions stream = StreamOptions(flags, &errors, &totals);
  const auto started = std::chrono::steady_clock::now();
  spdlog::debug("loaded in {:.2f} s", std::chrono::duration<double>(started - loading).count());
  zh::Status failed_io;
  zh::Status read = cli::ForEachInput(flags.inputs, [&](std::istream& in, const std::string& name) {
    if (errors.ShouldStop() || !failed_io.ok()) return;
    auto done = zh::TagStream(**tagger, in, name, output->stream(), stream);
    if (!done.ok()) {
      failed_io = done.status();
      return;
    }
    totals.records += done->records;
    totals.bytes += done->bytes;
  });
  cli::EndProgress();
  if (read.ok()) read = failed_io;
  if (!read.ok()) { spdlog::error("{}", read.message()); return cli::kExitUsage; }
  if (zh::Status closed = output->Close(); !closed.ok()) { spdlog::error("{}", closed.message()); return cli::kExitUsage; }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  spdlog::info("{} records tagged, {} failed, {:.1f} MB in {:.2f} s", totals.records, errors.count(),
               totals.bytes / 1e6, secs);
  return errors.ExitCode();
}

}  // namespace

int main(int argc, char** argv) {
  zhcorpus::cli::PrepareProcess();
  Flags flags;
  CLI::App app{
      "tag: add tokens and entities to JSON Lines records.\n\n"
      "Reads records with a string \"text\" (the output of `ingest`, or any JSON object) and writes\n"
      "them back with \"entities\": regions, organisations, metrics and dates, each with code-point\n"
      "offsets and a normalised \"norm\" (see docs/entities.md). A record's \"date\" (YYYY-MM-DD) resolves\n"
      "relative dates such as 去年. Every other field passes through byte for byte, in order.\n\n"
      "  ingest data/samples | tag | report\n"
      "  tag --tokens --pos -j 2 articles.jsonl -o tagged.jsonl\n"};
  app.add_option("inputs", flags.inputs, "JSON Lines files (default: stdin; - is stdin)");
  app.add_option("-o,--output", flags.output, "write here instead of stdout");
  app.add_option("-j,--jobs", flags.jobs, "worker threads; output stays in input order (default 1)")
      ->check(CLI::Range(1, 256));
  app.add_flag("--tokens", flags.tokens, "also write \"tokens\": the segmentation of text");
  app.add_flag("--pos", flags.pos, "write tokens as [word, part-of-speech] pairs (implies --tokens)");
  app.add_option("--types", flags.types, "entity types to keep, comma separated (default: region,org,metric,date)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--user-dict", flags.user_dicts, "extra words, `word [freq] [tag]` per line (repeatable)");
  app.add_flag("--no-hmm", flags.no_hmm, "do not guess unknown words with the HMM");
  app.add_option("--data-dir", flags.data_dir, "compiled data (default: $ZHCORPUS_DATA, then next to the tool)");
  app.add_flag("--strict", flags.strict, "stop at the first bad record");
  cli::AddLogFlags(app, &flags.log);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? cli::kExitOk : cli::kExitUsage;
  }
  cli::SetUpLogging("tag", flags.log);
  try {
    return Run(flags);
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return cli::kExitUsage;
  }
}
