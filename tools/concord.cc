// concord: keyword in context over tagged records, by word, pattern or entity.
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
#include "zhcorpus/concordance.h"
#include "zhcorpus/kwic_writer.h"
#include "zhcorpus/record_filter.h"
#include "zhcorpus/tagged_record.h"

namespace zh = zhcorpus;
namespace cli = zhcorpus::cli;

namespace {

struct Flags {
  std::vector<std::string> inputs;
  std::string word, pattern, format = "table", sort = "input", output, data_dir;
  zh::EntityCriteria entities;
  zh::RecordCriteria filter;
  std::size_t context = 20, limit = 0;
  bool words = false, strict = false;
};

// Exactly one kind of query: a word, a pattern, or entity flags.
zh::Result<zh::Concordancer> MakeConcordancer(const Flags& f, const zh::RegionGazetteer* gazetteer) {
  const int kinds = !f.word.empty() + !f.pattern.empty() + !f.entities.empty();
  if (kinds != 1)
    return zh::Status::InvalidArgument(
        "give one query: -w WORD, -e PATTERN, or entity flags (--org, --region, --indicator, --type)");
  const zh::ConcordanceOptions options{f.context, f.words ? zh::ContextUnit::kWords : zh::ContextUnit::kChars};
  if (!f.word.empty()) return zh::Concordancer::ForWord(f.word, options);
  if (!f.pattern.empty()) return zh::Concordancer::ForPattern(f.pattern, options);
  auto query = zh::EntityQuery::Create(f.entities, gazetteer);
  if (!query.ok()) return query.status();
  return zh::Concordancer::ForEntities(std::move(*query), options);
}

zh::KwicSort SortKey(const std::string& s) {
  return s == "left" ? zh::KwicSort::kLeft : s == "right" ? zh::KwicSort::kRight
                                           : s == "date"  ? zh::KwicSort::kDate
                                                          : zh::KwicSort::kInput;
}

}  // namespace

int main(int argc, char** argv) {
  zhcorpus::cli::PrepareProcess();
  try {
    Flags f;
    cli::LogFlags log_flags;
    CLI::App app{
        "Keyword in context over tagged records (JSON Lines from `tag`, docs/records.md).\n"
        "Query: a word (-w; whole tokens with `tag --tokens`, else any occurrence in the text),\n"
        "an ICU regular expression on the text (-e), or entity mentions (--org, --region with the\n"
        "places below it, --indicator, --type; any of them makes a hit). Lines stream in input order;\n"
        "--sort and a --words table hold the hits (not the records) in memory.\n"
        "Examples:\n"
        "  ingest data/samples | tag --tokens | concord -w 企业 -c 12\n"
        "  concord tagged.jsonl --indicator 技术交易额 --sort date -f jsonl\n"
        "  concord tagged.jsonl --region 330100 --since 2024 -f html -o hangzhou.html"};
    app.add_option("inputs", f.inputs, "tagged JSON Lines files (default: stdin)");
    const std::string query = "Query (exactly one kind)";
    app.add_option("-w,--word", f.word, "a word")->group(query);
    app.add_option("-e,--regex", f.pattern, "an ICU regular expression on the text (技术交易额[^。]*亿元)")
        ->group(query);
    app.add_option("--org", f.entities.orgs, "mentions of this organisation (norm name or text)")->group(query);
    app.add_option("--region", f.entities.regions,
                   "mentions of places in this division or below it: name (浙江省) or GB/T 2260 code (330100)")
        ->group(query);
    app.add_option("--indicator", f.entities.indicators, "metrics whose indicator contains this")->group(query);
    app.add_option("--type", f.entities.types, "mentions of this entity type (region org metric date)")->group(query);
    auto* context = app.add_option("-c,--context", f.context, "context on each side (default 20 characters, 8 words)")->check(cli::kCount);
    app.add_flag("--words", f.words, "count context in tokens (needs tag --tokens) instead of characters");
    app.add_option("-s,--sort", f.sort, "input | left (nearest character first) | right | date")
        ->capture_default_str()
        ->check(CLI::IsMember({"input", "left", "right", "date"}));
    app.add_option("-f,--format", f.format, "table (aligned) | jsonl (offsets, ids) | html (one page, no network)")
        ->capture_default_str()
        ->check(CLI::IsMember({"table", "jsonl", "html"}));
    app.add_option("-n,--limit", f.limit, "stop after this many hits (0 = all)")->capture_default_str()->check(cli::kCount);
    app.add_option("-o,--output", f.output, "write here instead of stdout");
    app.add_option("--data-dir", f.data_dir, "compiled data (regions.tsv), for regions given by name");
    app.add_flag("--strict", f.strict, "stop at the first bad record");
    cli::AddFilterFlags(app, &f.filter, cli::FilterFlags::kWithoutEntities);
    cli::AddLogFlags(app, &log_flags);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      return app.exit(e) == 0 ? cli::kExitOk : cli::kExitUsage;
    }
    cli::SetUpLogging("concord", log_flags);
    if (f.words && context->count() == 0) f.context = 8;

    std::optional<zh::RegionGazetteer> gazetteer;
    if (zh::Status st = cli::LoadGazetteerIfNeeded(f.entities, f.data_dir, &gazetteer); !st.ok()) {
      spdlog::error("{}", st.message());
      return cli::kExitUsage;
    }
    auto concordancer = MakeConcordancer(f, gazetteer ? &*gazetteer : nullptr);
    if (!concordancer.ok()) { spdlog::error("{}", concordancer.status().message()); return cli::kExitUsage; }
    auto filter = zh::RecordFilter::Create(f.filter, nullptr);
    if (!filter.ok()) { spdlog::error("{}", filter.status().message()); return cli::kExitUsage; }
    auto out = cli::Output::Open(f.output);
    if (!out.ok()) { spdlog::error("{}", out.status().message()); return cli::kExitUsage; }

    const auto format = *zh::ParseKwicFormat(f.format);
    const zh::KwicSort sort = SortKey(f.sort);
    // A table of character contexts aligns without seeing every hit: n
    // characters are at most 2n columns. Otherwise hits wait for the end.
    const bool buffer = sort != zh::KwicSort::kInput || (format == zh::KwicFormat::kTable && f.words);
    std::string title = concordancer->Describe();
    if (!filter->empty()) title += "; records: " + filter->Describe();
    zh::KwicWriter writer(out->stream(), format, title, {2 * f.context, 0, 2 * f.context});
    std::vector<zh::KwicHit> held;
    std::size_t hits = 0, records = 0;
    cli::ErrorLog errors(f.strict);
    zh::TaggedRecord record;
    const unsigned parts = concordancer->parts() | filter->parts();
    const zh::Status st = cli::ForEachRecordLine(f.inputs, errors, [&](const cli::RecordLine& line) {
      if (f.limit && !buffer && hits >= f.limit) return;
      // Lines that cannot hold the word are only checked, not parsed (the fast
      // path): a broken one is still reported.
      if (!concordancer->MayMatch(line.text)) {
        if (auto why = zh::CheckRecordLine(line.text)) errors.Report(line.Error(*why));
        return;
      }
      if (auto why = zh::ParseTaggedRecord(line.text, &record, parts)) {
        errors.Report(line.Error(*why));
        return;
      }
      if (!filter->Keeps(record)) return;
      bool counted = false;
      concordancer->Find(record, [&](zh::KwicHit&& hit) {
        if (!counted) ++records, counted = true;
        if (f.limit && !buffer && hits >= f.limit) return;
        ++hits;
        if (buffer) held.push_back(std::move(hit));
        else writer.Write(hit);
      });
    });
    if (!st.ok()) { spdlog::error("{}", st.message()); return cli::kExitUsage; }
    if (buffer) {
      zh::SortHits(&held, sort);
      if (f.limit && held.size() > f.limit) held.resize(f.limit);
      zh::KwicWriter sorted(out->stream(), format, title, zh::ColumnsFor(held));
      for (const zh::KwicHit& h : held) sorted.Write(h);
      sorted.Finish();
    } else {
      writer.Finish();
    }
    if (zh::Status closed = out->Close(); !closed.ok()) { spdlog::error("{}", closed.message()); return cli::kExitUsage; }
    spdlog::info("{} hits in {} records ({})", hits, records, title);
    return errors.ExitCode();
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return cli::kExitUsage;
  }
}
