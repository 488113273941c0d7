// `score entities`: `tag` output against entity gold, per type.
#include <iostream>
#include <memory>

#include "score_registry.h"
#include "cli/count_option.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "zhcorpus/data_dir.h"
#include "zhcorpus/entity_scorer.h"
#include "zhcorpus/records.h"
#include "zhcorpus/region_gazetteer.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::tools {
namespace {

struct EntityFlags {
  std::string gold, pred = "-", format = "table";
  std::vector<std::string> types;
  std::size_t worst = 10;
  bool recall_only = false;
  bool divisions = false;
  std::string data_dir;
};

// Reads one side; a file that cannot be opened is a usage error (false).
bool ReadSide(const std::string& path, EntityRecords* out) {
  Status s = cli::ForEachInput({path}, [&](std::istream& in, const std::string& name) { *out = ReadEntityRecords(in, name); });
  if (!s.ok()) spdlog::error("{}", s.message());
  return s.ok();
}

// Names up to 20 ids on stderr, then how many more.
void ListIds(const std::vector<std::string>& ids, const std::string& what) {
  if (ids.empty()) return;
  std::string line = std::to_string(ids.size()) + ' ' + what + ':';
  for (std::size_t i = 0; i < ids.size() && i < 20; ++i) line += ' ' + ids[i];
  if (ids.size() > 20) line += " ... (" + std::to_string(ids.size() - 20) + " more)";
  spdlog::error("{}", line);
}

int Run(const EntityFlags& flags) {
  EntityRecords gold, pred;
  if (!ReadSide(flags.gold, &gold) || !ReadSide(flags.pred, &pred)) return cli::kExitUsage;
  for (const auto* side : {&gold, &pred}) {
    for (const RecordError& e : side->errors) spdlog::error("{}", e.ToString());
  }
  EntityScoreOptions options{.types = flags.types, .recall_only = flags.recall_only, .worst = flags.worst};
  std::shared_ptr<RegionGazetteer> gazetteer;
  if (flags.divisions) {
    Result<std::filesystem::path> dir = ResolveDataDir(flags.data_dir);
    Result<RegionGazetteer> loaded = dir.ok() ? RegionGazetteer::Load(*dir) : Result<RegionGazetteer>(dir.status());
    if (!loaded.ok()) {
      spdlog::error("{}", loaded.status().message());
      return cli::kExitUsage;
    }
    gazetteer = std::make_shared<RegionGazetteer>(std::move(loaded).value());
    options.subsets.push_back(GoldSubset{"region:divisions", "region", [gazetteer](const ScoredEntity& e) {
                                           return gazetteer->IsDivisionName(DecodeUtf8(e.text));
                                         }});
  }
  EntityScore score = ScoreEntities(gold, pred, options);
  ListIds(score.missing_in_pred, "gold records have no predicted record (their entities count as missed)");
  ListIds(score.missing_in_gold, "predicted records are not in gold (ignored)");
  ListIds(score.text_differs, "records have a different text in gold and prediction (offsets may not line up)");
  if (flags.format == "json") {
    std::cout << score.ToJson().dump(2) << '\n';
  } else {
    score.PrintTable(std::cout);
  }
  const bool failed = !gold.errors.empty() || !pred.errors.empty() || !score.missing_in_pred.empty();
  return failed ? cli::kExitRecordsFailed : cli::kExitOk;
}

const ScoreCommandRegistrar kEntities([](CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand(
      "entities",
      "Compare predicted entities (`tag` output) with gold entities. Both inputs are JSON Lines records\n"
      "with \"id\" and \"entities\" [{type, start, end, text, norm}] (offsets in code points); records are\n"
      "paired by id. Prints per type: gold and predicted counts, strict matches (same type, start and\n"
      "end), precision, recall, F1, lenient F1 (same type and text, per record) and norm accuracy over\n"
      "strict matches (region code, org kind, metric value+unit, date value), then the detail fields:\n"
      "metric.indicator agrees when both are null or when the character Dice coefficient is >= 0.6 after\n"
      "a trailing 同比增长/增长率/增长/增速/增幅/排名/排位 is removed from each (indicator.exact: same string);\n"
      "metric.measure, .region and .date are checked only where the gold states them. Then the records with the\n"
      "most errors and what was missed or spurious. Gold records with no prediction count as all missed.\n"
      "Exit 1 when a line was bad or a gold record had no prediction. Examples:\n"
      "  tag gold.jsonl | score entities --gold gold.jsonl\n"
      "  score entities --gold pd.jsonl --pred tagged.jsonl --types region,org --recall-only --divisions");
  auto flags = std::make_shared<EntityFlags>();
  cmd->add_option("--gold", flags->gold, "gold JSON Lines with id, text and entities")->required();
  cmd->add_option("--pred", flags->pred, "predicted JSON Lines, e.g. `tag` output (default: stdin)");
  cmd->add_option("--types", flags->types, "types to score, comma separated (default: every type seen)")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd->add_option("--worst", flags->worst, "list the N records with the most errors (default 10; 0 = none)")->check(cli::kCount);
  cmd->add_flag("--recall-only", flags->recall_only,
                "the gold labels only some mentions (e.g. People's Daily ns/nt): print recall only and "
                "never count a prediction as spurious");
  cmd->add_flag("--divisions", flags->divisions,
                "also score, for recall, the gold regions whose text names a Chinese administrative division "
                "(full or short name, per the region gazetteer), as the row region:divisions");
  cmd->add_option("--data-dir", flags->data_dir, "where the compiled data is (default: found next to the tool)");
  cmd->add_option("--format", flags->format, "table (default) or json")->check(CLI::IsMember({"table", "json"}));
  cmd->callback([=] { *exit_code = Run(*flags); });
});

}  // namespace
}  // namespace zhcorpus::tools
