// export-corpus: tagged records as CWB/CQPweb vertical text or CoNLL-U.
#include <exception>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/process.h"
#include "cli/error_log.h"
#include "cli/log.h"
#include "cli/output.h"
#include "cli/record_lines.h"
#include "zhcorpus/exports.h"
#include "zhcorpus/tagged_record.h"

namespace zh = zhcorpus;
namespace cli = zhcorpus::cli;

int main(int argc, char** argv) {
  zhcorpus::cli::PrepareProcess();
  try {
    std::vector<std::string> inputs;
    std::string format = "cwb", output;
    bool strict = false;
    cli::LogFlags log_flags;
    CLI::App app{
        "Write tagged records (JSON Lines from `tag --tokens --pos`) in the formats corpus tools read:\n"
        "  cwb     CWB/CQPweb vertical text: token lines `word pos ent norm`, <text> with the record's\n"
        "          id, date, outlet, source and title, <p> paragraphs, <s> sentences (XML-escaped: cwb-encode -x)\n"
        "  conllu  CoNLL-U: ten columns, # newdoc/# newpar/# sent_id/# text, entities in MISC (NE=, Norm=)\n"
        "Details in docs/concord.md. Example:\n"
        "  ingest data/samples | tag --tokens --pos | export-corpus -f conllu > samples.conllu"};
    app.add_option("inputs", inputs, "tagged JSON Lines files (default: stdin)");
    app.add_option("-f,--format", format, "cwb | conllu")->capture_default_str()->check(CLI::IsMember({"cwb", "conllu"}));
    app.add_option("-o,--output", output, "write here instead of stdout");
    app.add_flag("--strict", strict, "stop at the first bad record");
    cli::AddLogFlags(app, &log_flags);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      return app.exit(e) == 0 ? cli::kExitOk : cli::kExitUsage;
    }
    cli::SetUpLogging("export-corpus", log_flags);
    const zh::ExportFormat fmt = *zh::ParseExportFormat(format);
    auto out = cli::Output::Open(output);
    if (!out.ok()) { spdlog::error("{}", out.status().message()); return cli::kExitUsage; }
    cli::ErrorLog errors(strict);
    zh::TaggedRecord record;
    std::size_t written = 0;
    const zh::Status st = cli::ForEachRecordLine(inputs, errors, [&](const cli::RecordLine& line) {
      auto why = zh::ParseTaggedRecord(line.text, &record);
      if (!why) why = zh::WriteExport(record, fmt, out->stream());
      if (why) errors.Report(line.Error(*why));
      else ++written;
    });
    if (!st.ok()) { spdlog::error("{}", st.message()); return cli::kExitUsage; }
    if (zh::Status closed = out->Close(); !closed.ok()) { spdlog::error("{}", closed.message()); return cli::kExitUsage; }
    spdlog::info("{} records written as {}", written, format);
    return errors.ExitCode();
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return cli::kExitUsage;
  }
}
