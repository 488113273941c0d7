// `score seg`: a word segmentation against gold, SIGHAN bakeoff style.
#include <iostream>

#include "score_registry.h"
#include "cli/exit_codes.h"
#include "zhcorpus/segmentation_scorer.h"

namespace zhcorpus::tools {
namespace {

const ScoreCommandRegistrar kSeg([](CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand(
      "seg",
      "Compare a segmentation (one sentence per line, words separated by whitespace) with gold:\n"
      "precision, recall and F1 over words as character spans; with --words (the training word\n"
      "list, one per line) also the OOV rate, OOV recall and IV recall. Both files must hold the\n"
      "same lines and, whitespace removed, the same characters. Example:\n"
      "  segment pku_test.utf8 > pku.out\n"
      "  score seg --gold pku_test_gold.utf8 --test pku.out --words pku_training_words.utf8\n"
      "SIGHAN 2005 data and figures: docs/evaluation.md");
  auto gold = std::make_shared<std::string>();
  auto test = std::make_shared<std::string>("-");
  auto words = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  cmd->add_option("--gold", *gold, "gold segmentation")->required();
  cmd->add_option("--test", *test, "segmentation to score (default: stdin)");
  cmd->add_option("--words", *words, "training word list: gold words not in it are out of vocabulary (OOV)");
  cmd->add_flag("--json", *json, "one JSON object (keys as seg_score.py --json) instead of text");
  cmd->callback([=] {
    auto score = ScoreSegmentationFiles(*gold, *test, *words);
    if (!score.ok()) { spdlog::error("{}", score.status().message()); *exit_code = cli::kExitUsage; return; }
    if (*json) score->PrintJson(std::cout);
    else score->Print(std::cout);
  });
});

}  // namespace
}  // namespace zhcorpus::tools
