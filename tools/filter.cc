// filter: keeps the records that pass a filter, unchanged, for pipelines (named
// filter, not select: `select` is a shell keyword and cannot start a pipeline stage):
//   ingest data/samples | tag | filter --region 浙江省 --since 2024-01 | report
#include <exception>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/process.h"
#include "cli/error_log.h"
#include "cli/filter_flags.h"
#include "cli/log.h"
#include "cli/output.h"
#include "cli/record_lines.h"
#include "zhcorpus/record_filter.h"
#include "zhcorpus/tagged_record.h"

namespace zh = zhcorpus;
namespace cli = zhcorpus::cli;

int main(int argc, char** argv) {
  zhcorpus::cli::PrepareProcess();
  try {
    std::vector<std::string> inputs;
    std::string output, data_dir;
    zh::RecordCriteria criteria;
    bool strict = false, count = false;
    cli::LogFlags log_flags;
    CLI::App app{
        "Keep the article records (JSON Lines from `ingest` or `tag`, docs/records.md) that pass a filter,\n"
        "and write them unchanged, byte for byte. Different flags must all hold; a flag given twice\n"
        "keeps records matching either value. Region, org, indicator and type look at the entities\n"
        "`tag` found; a region keeps every place below it (浙江省 keeps 杭州市, 乐清市, 濮院镇).\n"
        "An undated record is in no date range.\n"
        "Examples:\n"
        "  ingest data/samples | tag | filter --region 浙江省 --since 2024-01 | report\n"
        "  filter tagged.jsonl --org 浙江大学 --grep '科技成果|转化' -o zju.jsonl\n"
        "  filter tagged.jsonl --outlet 温州日报 --invert --count"};
    app.add_option("inputs", inputs, "JSON Lines files (default: stdin)");
    cli::AddFilterFlags(app, &criteria, cli::FilterFlags::kAll);
    app.add_option("-o,--output", output, "write here instead of stdout");
    app.add_flag("-c,--count", count, "print only the number of records kept");
    app.add_option("--data-dir", data_dir, "compiled data (regions.tsv), for regions given by name");
    app.add_flag("--strict", strict, "stop at the first bad record");
    cli::AddLogFlags(app, &log_flags);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      return app.exit(e) == 0 ? cli::kExitOk : cli::kExitUsage;
    }
    cli::SetUpLogging("filter", log_flags);

    std::optional<zh::RegionGazetteer> gazetteer;
    auto filter = cli::MakeFilter(criteria, data_dir, &gazetteer);
    if (!filter.ok()) { spdlog::error("{}", filter.status().message()); return cli::kExitUsage; }
    auto out = cli::Output::Open(output);
    if (!out.ok()) { spdlog::error("{}", out.status().message()); return cli::kExitUsage; }
    cli::ErrorLog errors(strict);
    std::size_t read = 0, kept = 0;
    zh::TaggedRecord record;
    const zh::Status st = cli::ForEachRecordLine(inputs, errors, [&](const cli::RecordLine& line) {
      ++read;
      if (auto why = zh::ParseTaggedRecord(line.text, &record, filter->parts())) {
        errors.Report(line.Error(*why));
        return;
      }
      if (!filter->Keeps(record)) return;
      ++kept;
      if (!count) out->stream() << line.text << '\n';
    });
    if (!st.ok()) { spdlog::error("{}", st.message()); return cli::kExitUsage; }
    if (count) out->stream() << kept << '\n';
    if (zh::Status closed = out->Close(); !closed.ok()) { spdlog::error("{}", closed.message()); return cli::kExitUsage; }
    spdlog::info("kept {} of {} records{}", kept, read, filter->empty() ? "" : " (" + filter->Describe() + ")");
    return errors.ExitCode();
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return cli::kExitUsage;
  }
}
