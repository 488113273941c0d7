// stats: corpus statistics report lacks: keyness, collocates, n-gram lists
// with dispersion, each table saying how it was computed.
#include <exception>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/count_option.h"
#include "cli/process.h"
#include "cli/error_log.h"
#include "cli/filter_flags.h"
#include "cli/log.h"
#include "cli/output.h"
#include "cli/record_lines.h"
#include "zhcorpus/collocations.h"
#include "zhcorpus/dispersion.h"
#include "zhcorpus/keyness.h"
#include "zhcorpus/record_filter.h"
#include "zhcorpus/report.h"
#include "zhcorpus/tagged_record.h"

namespace zh = zhcorpus;
namespace cli = zhcorpus::cli;

namespace {

struct Common {
  std::vector<std::string> inputs;
  std::string format = "table", output, data_dir;
  std::size_t top = 30;
  bool strict = false;
};

void AddCommon(CLI::App* sub, Common* c) {
  sub->add_option("inputs", c->inputs, "tagged JSON Lines with tokens (tag --tokens; default: stdin)");
  sub->add_option("-f,--format", c->format, "table | md | csv | json")
      ->capture_default_str()
      ->check(CLI::IsMember({"table", "md", "csv", "json"}));
  sub->add_option("-n,--top", c->top, "rows shown in table/md (0 = all)")->capture_default_str()->check(cli::kCount);
  sub->add_option("-o,--output", c->output, "write here instead of stdout");
  sub->add_option("--data-dir", c->data_dir, "compiled data (regions.tsv), for regions given by name");
  sub->add_flag("--strict", c->strict, "stop at the first bad record");
}

// Feeds every record of `inputs` (with tokens) to fn; a record without tokens is an error.
zh::Status ReadRecords(const std::vector<std::string>& inputs, cli::ErrorLog* errors,
                       const std::function<void(const zh::TaggedRecord&)>& fn) {
  zh::TaggedRecord record;
  return cli::ForEachRecordLine(inputs, *errors, [&](const cli::RecordLine& line) {
    if (auto why = zh::ParseTaggedRecord(line.text, &record, zh::kWithTokens | zh::kWithEntities))
      return errors->Report(line.Error(*why));
    if (!record.has_tokens) return errors->Report(line.Error("no tokens: run tag --tokens before stats"));
    fn(record);
  });
}

int Render(const Common& c, const zh::ReportTable& table, const cli::ErrorLog& errors) {
  auto out = cli::Output::Open(c.output);
  if (!out.ok()) { spdlog::error("{}", out.status().message()); return cli::kExitUsage; }
  if (zh::Status r = zh::RenderReportTo({table}, c.format, c.top, out->stream()); !r.ok()) {
    spdlog::error("{}", r.message());
    return cli::kExitUsage;
  }
  if (zh::Status closed = out->Close(); !closed.ok()) { spdlog::error("{}", closed.message()); return cli::kExitUsage; }
  return errors.ExitCode();
}

}  // namespace

int main(int argc, char** argv) {
  zhcorpus::cli::PrepareProcess();
  CLI::App app{
      "stats: corpus statistics over tagged records with tokens (`tag --tokens`), as tables that say\n"
      "how they were computed (formats as `report`). Subcommands:\n"
      "  keyness  words the target uses more or less than a reference (G2, BIC, log ratio, %DIFF)\n"
      "  colloc   collocates of a node word in a window (logDice, MI, t-score)\n"
      "  ngrams   word or n-gram frequencies with dispersion (docs, Juilland's D, Gries' DP)\n"
      "Examples:\n"
      "  stats keyness a.jsonl --compare b.jsonl\n"
      "  stats keyness tagged.jsonl --since 2024-07        (target: those records; reference: the rest)\n"
      "  stats colloc tagged.jsonl -w 创新 --window 4\n"
      "  stats ngrams tagged.jsonl --size 2 --min-freq 10"};
  app.require_subcommand(1);
  cli::LogFlags log_flags;
  cli::AddLogFlags(app, &log_flags);
  int exit_code = cli::kExitOk;
  Common common;

  CLI::App* keyness = app.add_subcommand("keyness", "keywords of a target corpus against a reference");
  AddCommon(keyness, &common);
  std::vector<std::string> compare;
  zh::RecordCriteria split;
  std::size_t min_freq = 5;
  keyness->add_option("--compare", compare,
                      "reference corpus files; without it the filter flags split the inputs into target (kept) and "
                      "reference (the rest)");
  keyness->add_option("--min-freq", min_freq, "minimum frequency in both corpora together")->capture_default_str()->check(cli::kCount);
  cli::AddFilterFlags(*keyness, &split, cli::FilterFlags::kAll);
  keyness->callback([&] {
    std::optional<zh::RegionGazetteer> gazetteer;
    auto filter = cli::MakeFilter(split, common.data_dir, &gazetteer);
    if (!filter.ok()) { spdlog::error("{}", filter.status().message()); exit_code = cli::kExitUsage; return; }
    if (compare.empty() && filter->empty()) {
      spdlog::error("give a reference: --compare FILE, or filter flags (--since, --region, ...) that split the input");
      exit_code = cli::kExitUsage;
      return;
    }
    cli::ErrorLog errors(common.strict);
    zh::WordFrequencies target, reference;
    zh::Status st = ReadRecords(common.inputs, &errors, [&](const zh::TaggedRecord& r) {
      (compare.empty() && !filter->Keeps(r) ? reference : target).Add(r);
    });
    if (st.ok() && !compare.empty())
      st = ReadRecords(compare, &errors, [&](const zh::TaggedRecord& r) { reference.Add(r); });
    if (!st.ok()) { spdlog::error("{}", st.message()); exit_code = cli::kExitUsage; return; }
    zh::KeynessOptions options{min_freq, "target", "reference"};
    zh::ReportTable table = zh::KeynessTable(target, reference, options);
    table.method += compare.empty() ? "; target = records where " + filter->Describe() + ", reference = the rest"
                                    : "; target = the inputs, reference = --compare";
    exit_code = Render(common, table, errors);
  });

  CLI::App* colloc = app.add_subcommand("colloc", "collocates of a node word");
  AddCommon(colloc, &common);
  zh::CollocationOptions co;
  std::optional<std::size_t> window;
  colloc->add_option("-w,--word", co.node, "the node word")->required();
  colloc->add_option("--window", window, "words on each side (sets --left and --right)")->check(cli::kCount);
  colloc->add_option("--left", co.left, "words to the left")->capture_default_str()->check(cli::kCount);
  colloc->add_option("--right", co.right, "words to the right")->capture_default_str()->check(cli::kCount);
  colloc->add_option("--min-cooc", co.min_cooccurrence, "minimum co-occurrences O")->capture_default_str()->check(cli::kCount);
  colloc->add_option("--min-freq", co.min_freq, "minimum corpus frequency of a collocate")->capture_default_str()->check(cli::kCount);
  colloc->callback([&] {
    if (window) co.left = co.right = *window;
    cli::ErrorLog errors(common.strict);
    zh::CollocationCounter counter(co);
    const zh::Status st = ReadRecords(common.inputs, &errors, [&](const zh::TaggedRecord& r) { counter.Add(r); });
    if (!st.ok()) { spdlog::error("{}", st.message()); exit_code = cli::kExitUsage; return; }
    exit_code = Render(common, counter.Table(), errors);
  });

  CLI::App* ngrams = app.add_subcommand("ngrams", "word and n-gram frequencies with dispersion");
  AddCommon(ngrams, &common);
  zh::NgramOptions no;
  ngrams->add_option("--size", no.n, "words per n-gram (1 = a word list)")->capture_default_str()->check(CLI::Range(1, 8));
  ngrams->add_option("--min-freq", no.min_freq, "minimum frequency")->capture_default_str()->check(cli::kCount);
  ngrams->callback([&] {
    cli::ErrorLog errors(common.strict);
    zh::NgramCounter counter(no);
    const zh::Status st = ReadRecords(common.inputs, &errors, [&](const zh::TaggedRecord& r) { counter.Add(r); });
    if (!st.ok()) { spdlog::error("{}", st.message()); exit_code = cli::kExitUsage; return; }
    exit_code = Render(common, counter.Table(), errors);
  });

  app.parse_complete_callback([&] { cli::SetUpLogging("stats", log_flags); });
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? cli::kExitOk : cli::kExitUsage;
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return cli::kExitUsage;
  }
  return exit_code;
}
