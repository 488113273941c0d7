// `score timex`: the number parser and the metric/date extractors on the
// Duckling and JioNLP normalisation cases (docs/evaluation.md).
#include <iostream>

#include "score_registry.h"
#include "cli/exit_codes.h"
#include "zhcorpus/data_dir.h"
#include "zhcorpus/timex_scorer.h"

namespace zhcorpus::tools {
namespace {

const ScoreCommandRegistrar kTimex([](CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand(
      "timex",
      "Run the number parser and the metric and date extractors on the Duckling and JioNLP test cases\n"
      "(JSON Lines, one case per line; see docs/evaluation.md) and print, per file, how many cases\n"
      "are within docs/entities.md's scope and the pass rate on those. Out of scope: holidays, weekdays and\n"
      "weeks, clock times, Cantonese forms, sub-units of money (角 分), informal k/w, vague counts (几十),\n"
      "offsets counted from now (三天前), numeric-only date formats (2019/04/19), blurred JioNLP answers.\n"
      "Dates use each case's reference time. Example:\n"
      "  score timex --dir timex/ --failures");
  auto dir = std::make_shared<std::string>();
  auto data_dir = std::make_shared<std::string>();
  auto failures = std::make_shared<bool>(false);
  cmd->add_option("--dir", *dir, "folder with duckling_zh_*.jsonl and jionlp_*.jsonl")->required();
  cmd->add_option("--data-dir", *data_dir, "compiled data (default: $ZHCORPUS_DATA, then next to the tool)");
  cmd->add_flag("--failures", *failures, "also list every failed in-scope case with what we produced");
  cmd->callback([=] {
    auto data = ResolveDataDir(*data_dir);
    if (!data.ok()) { spdlog::error("{}", data.status().message()); *exit_code = cli::kExitUsage; return; }
    auto report = ScoreTimex(*dir, *data);
    if (!report.ok()) { spdlog::error("{}", report.status().message()); *exit_code = cli::kExitUsage; return; }
    report->Print(std::cout, *failures);
  });
});

}  // namespace
}  // namespace zhcorpus::tools
