// score: compares zhcorpus output with gold data and prints accuracy figures.
// Each subcommand is registered by its own tools/score_*.cc file.
#include <exception>
#include <iostream>

#include "cli/process.h"
#include "cli/exit_codes.h"
#include "cli/log.h"
#include "cli/output.h"
#include "score_registry.h"

int main(int argc, char** argv) {
  zhcorpus::cli::PrepareProcess();
  CLI::App app{
      "score: measure zhcorpus output against gold data.\n"
      "Each subcommand prints its figures on stdout; see `score SUBCOMMAND --help`."};
  app.require_subcommand(1);
  namespace cli = zhcorpus::cli;
  cli::LogFlags log_flags;
  cli::AddLogFlags(app, &log_flags);
  cli::SetUpLogging("score", log_flags);
  // The subcommands run as callbacks, after the flags above are parsed.
  app.parse_complete_callback([&] { cli::SetUpLogging("score", log_flags); });
  int exit_code = cli::kExitOk;
  for (const auto& add : zhcorpus::tools::ScoreCommands()) add(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? cli::kExitOk : cli::kExitUsage;
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return cli::kExitUsage;
  }
  if (zhcorpus::Status flushed = cli::FlushStdout(); !flushed.ok()) {
    spdlog::error("{}", flushed.message());
    return cli::kExitUsage;
  }
  return exit_code;
}
