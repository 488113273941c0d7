// `score articles`: ingest output against article-splitting gold.
#include <fstream>
#include <iostream>

#include "score_registry.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "zhcorpus/article_scorer.h"
#include "zhcorpus/records.h"

namespace zhcorpus::tools {
namespace {

// Reads every record of a JSON Lines file ("-" = stdin); bad lines are errors.
bool ReadAll(const std::string& path, std::vector<Json>* out) {
  bool ok = true;
  Status s = cli::ForEachInput({path}, [&](std::istream& in, const std::string& name) {
    JsonlReader reader(in, name);
    JsonlLine line;
    while (reader.Next(&line)) {
      if (line.error) { spdlog::error("{}", line.error->ToString()); ok = false; continue; }
      out->push_back(std::move(line.record));
    }
  });
  if (!s.ok()) { spdlog::error("{}", s.message()); return false; }
  return ok;
}

const ScoreCommandRegistrar kArticles([](CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("articles",
                                 "Compare `ingest` output with article gold: per-file counts, articles found with\n"
                                 "both body ends, title, author and outlet accuracy. Web-page gold (records with\n"
                                 "`usable`) is scored per page: body found and clean, title, date, outlet, authors.\n"
                                 "  ingest ../shared/eval/html/pages | score articles --gold ../shared/eval/html/gold.jsonl\n"
                                 "  ingest --date 2024-06-10 pages/ | score articles --gold pages_articles.jsonl\n"
                                 "Data sets and figures: docs/evaluation.md");
  auto gold = std::make_shared<std::string>();
  auto pred = std::make_shared<std::string>("-");
  cmd->add_option("--gold", *gold, "gold JSON Lines (file, index, title, body_start, body_end, authors, outlet)")->required();
  cmd->add_option("--pred", *pred, "ingest output (default: stdin)");
  cmd->callback([=] {
    std::vector<Json> g, p;
    if (!ReadAll(*gold, &g) || !ReadAll(*pred, &p)) { *exit_code = cli::kExitUsage; return; }
    if (IsPageGold(g)) ScorePages(g, p).Print(std::cout);
    else ScoreArticles(g, p).Print(std::cout);
  });
});

}  // namespace
}  // namespace zhcorpus::tools
