// report: corpus statistics over tagged records, as a table, Markdown, CSV or JSON.
#include <algorithm>
#include <exception>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/count_option.h"
#include "cli/process.h"
#include "cli/error_log.h"
#include "cli/inputs.h"
#include "cli/log.h"
#include "cli/output.h"
#include "cli/record_lines.h"
#include "zhcorpus/data_dir.h"
#include "zhcorpus/idf_table.h"
#include "zhcorpus/records.h"
#include "zhcorpus/region_gazetteer.h"
#include "zhcorpus/report.h"

namespace zh = zhcorpus;
namespace cli = zhcorpus::cli;

namespace {

// The keywords section's reference, loaded only when that section is shown.
zh::Result<zh::IdfTable> LoadReference(const std::string& data_dir) {
  auto dir = zh::ResolveDataDir(data_dir);
  if (!dir.ok()) return dir.status();
  return zh::IdfTable::Load(*dir / "idf.bin");
}

// Names the cities and provinces counties roll up to (a few milliseconds to load).
zh::Result<zh::RegionGazetteer> LoadGazetteer(const std::string& data_dir) {
  auto dir = zh::ResolveDataDir(data_dir);
  if (!dir.ok()) return dir.status();
  return zh::RegionGazetteer::Load(*dir);
}

bool Wants(const zh::ReportOptions& options, const std::string& section) {
  return options.sections.empty() ||
         std::find(options.sections.begin(), options.sections.end(), section) != options.sections.end();
}

// Tagged records into the builder.
zh::Status AddRecords(const std::vector<std::string>& inputs, zh::ReportBuilder* builder, cli::ErrorLog* errors) {
  return cli::ForEachRecordLine(inputs, *errors, [&](const cli::RecordLine& r) {
    if (auto why = builder->AddLine(r.text)) errors->Report(r.Error(*why));
  });
}

// States written by `report -f state` into the builder (a split run's shards).
zh::Status MergeStates(const std::vector<std::string>& inputs, zh::ReportBuilder* builder, cli::ErrorLog* errors) {
  return cli::ForEachInput(inputs, [&](std::istream& in, const std::string& name) {
    // Streamed: one state's head and one metric row at a time (docs/report.md).
    const std::size_t states = builder->MergeStates(
        in, [&](std::size_t line, const std::string& why) { errors->Report({name, line, why}); });
    if (states == 0) errors->Report({name, 0, "empty: not a report state (write one with `report -f state`)"});
  });
}

}  // namespace

int main(int argc, char** argv) {
  zhcorpus::cli::PrepareProcess();
  try {
    std::vector<std::string> inputs;
    std::string format = "table", output, data_dir;
    zh::ReportOptions options;
    bool strict = false, merge = false;
    cli::LogFlags log_flags;
    CLI::App app{
        "Corpus statistics over tagged article records (JSON Lines from `tag`, see docs/records.md).\n"
        "Sections: overview; keywords (TF-IDF of the records' tokens against jieba's idf table,\n"
        "needs `tag --tokens`, best with --pos); regions (Chinese divisions rolled up town ->\n"
        "county -> city -> province through the gazetteer, with GB/T 2260 codes; per_million =\n"
        "mentions per million characters); places (macro-regions, countries, foreign places, apart);\n"
        "orgs (by kind, --top per kind); metrics (one row per metric with an indicator, with the\n"
        "nearest region and date before it in the article); indicators (count, min, max, latest\n"
        "dated value); series (value per date of each indicator); timeline (per month);\n"
        "cooccurrence (region-org and org-org pairs per article, logDice and PMI).\n"
        "Example: ingest data/samples | tag | report --section regions --top 10\n"
        "Split runs: report a.jsonl -f state -o a.state; report --merge a.state b.state"};
    app.add_option("inputs", inputs, "tagged JSON Lines files (default: stdin)");
    app.add_option("-f,--format", format, "table | md | csv (one section) | json | html | state (partial aggregate for --merge)")
        ->capture_default_str()
        ->check(CLI::IsMember({"table", "md", "csv", "json", "html", "state"}));
    app.add_option("-s,--section", options.sections, "section to show, repeatable (default: all)")
        ->allow_extra_args(false);
    app.add_option("-n,--top", options.top, "rows per section in table/md (0 = all)")->capture_default_str()->check(cli::kCount);
    app.add_option("-o,--output", output, "write here instead of stdout");
    app.add_option("--data-dir", data_dir, "compiled data (idf.bin, regions.tsv); default $ZHCORPUS_DATA, then <exe>/../data");
    app.add_flag("--merge", merge, "inputs are .state files from --format state; combine and render them");
    app.add_flag("--strict", strict, "stop at the first bad record");
    cli::AddLogFlags(app, &log_flags);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      return app.exit(e) == 0 ? cli::kExitOk : cli::kExitUsage;
    }
    cli::SetUpLogging("report", log_flags);

    for (const std::string& s : options.sections)  // a typo is a usage error before any reading
      if (std::find(zh::ReportSectionNames().begin(), zh::ReportSectionNames().end(), s) ==
          zh::ReportSectionNames().end()) {
        spdlog::error("unknown section '{}'; sections: {}", s, fmt::join(zh::ReportSectionNames(), " "));
        return cli::kExitUsage;
      }
    if (format == "csv" && options.sections.size() != 1) {
      spdlog::error("csv takes exactly one --section (e.g. --section metrics)");
      return cli::kExitUsage;
    }
    std::optional<zh::IdfTable> reference;
    if (format != "state" && Wants(options, "keywords")) {
      auto idf = LoadReference(data_dir);
      if (!idf.ok()) { spdlog::error("keywords: {}", idf.status().message()); return cli::kExitUsage; }
      reference.emplace(std::move(*idf));
      options.reference = &*reference;
    }
    std::optional<zh::RegionGazetteer> gazetteer;
    if (!merge) {
      auto gaz = LoadGazetteer(data_dir);
      if (!gaz.ok()) { spdlog::error("regions: {}", gaz.status().message()); return cli::kExitUsage; }
      gazetteer.emplace(std::move(*gaz));
    }
    if (format == "table" || format == "md" || format == "html") options.long_table_rows = options.top;
    options.stream_long_tables = format == "json" || format == "csv";
    cli::ErrorLog errors(strict);
    zh::ReportBuilder builder(gazetteer ? &*gazetteer : nullptr);
    const zh::Status st = merge ? MergeStates(inputs, &builder, &errors) : AddRecords(inputs, &builder, &errors);
    if (!st.ok()) { spdlog::error("{}", st.message()); return cli::kExitUsage; }
    // A state needs no tables: building them would hold every metric row in
    // memory, and a shard's state must stay flat in memory whatever its size.
    std::optional<std::vector<zh::ReportTable>> tables;
    if (format != "state") {
      auto built = builder.Tables(options);
      if (!built.ok()) { spdlog::error("{}", built.status().message()); return cli::kExitUsage; }
      tables.emplace(std::move(built).value());
    }
    auto out = cli::Output::Open(output);
    if (!out.ok()) { spdlog::error("{}", out.status().message()); return cli::kExitUsage; }
    // Written as it goes: json, csv and state stream the metric rows from disk.
    if (format == "state") {
      builder.WriteState(out->stream());
    } else if (zh::Status r = zh::RenderReportTo(*tables, format, options.top, out->stream()); !r.ok()) {
      spdlog::error("{}", r.message());
      return cli::kExitUsage;
    }
    if (zh::Status closed = out->Close(); !closed.ok()) { spdlog::error("{}", closed.message()); return cli::kExitUsage; }
    return errors.ExitCode();
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return cli::kExitUsage;
  }
}
