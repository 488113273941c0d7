// `score` subcommands register themselves here, one file each
// (tools/score_articles.cc, score_seg.cc, score_entities.cc, ...), so adding a
// scorer never touches another scorer's file. Scoring logic lives in the
// library (src/eval/); these files only wire flags and print.
#pragma once

#include <functional>
#include <vector>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

namespace zhcorpus::tools {

// Adds a subcommand to `app`; its callback stores the exit code in *exit_code.
using ScoreCommand = std::function<void(CLI::App& app, int* exit_code)>;

inline std::vector<ScoreCommand>& ScoreCommands() {
  static std::vector<ScoreCommand> commands;
  return commands;
}

struct ScoreCommandRegistrar {
  explicit ScoreCommandRegistrar(ScoreCommand add) { ScoreCommands().push_back(std::move(add)); }
};

}  // namespace zhcorpus::tools
