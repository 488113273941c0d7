// The reviewed oracle: `ingest data/samples | tag` must find exactly the
// entities a person checked against docs/entities.md
// (tests/data/samples_entities.golden.tsv), except the known wrong lines
// listed with their reasons in samples_entities.known_wrong.txt. The files
// are edited by hand, never regenerated from the code: a wrong line is fixed
// in the code, or listed as known wrong with why.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <sstream>
#include <string>

#include "tool_runner.h"
#include "zhcorpus/records.h"

namespace zhcorpus {
namespace {

// id TAB type TAB text TAB start-end TAB norm, one line per entity.
std::set<std::string> EntityLines(const std::string& tagged) {
  std::set<std::string> lines;
  std::istringstream in(tagged);
  for (std::string line; std::getline(in, line);) {
    const Json record = Json::parse(line);
    for (const Json& e : record["entities"]) {
      lines.insert(record["id"].get<std::string>() + '\t' + e["type"].get<std::string>() + '\t' +
                   e["text"].get<std::string>() + '\t' + std::to_string(e["start"].get<int>()) + '-' +
                   std::to_string(e["end"].get<int>()) + '\t' + e["norm"].dump());
    }
  }
  return lines;
}

// Lines of a hand-written file that start with `prefix` (comments and blank
// lines skipped), without the prefix.
std::set<std::string> FileLines(const std::string& path, const std::string& prefix = "") {
  std::set<std::string> lines;
  std::istringstream in(testing::ReadWholeFile(path));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#' || line.rfind(prefix, 0) != 0) continue;
    lines.insert(line.substr(prefix.size()));
  }
  return lines;
}

std::set<std::string> Minus(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::set<std::string> out;
  for (const std::string& s : a) if (!b.count(s)) out.insert(s);
  return out;
}

TEST(Golden, SamplesGiveTheReviewedEntities) {
  const std::string samples = std::string(testing::kSourceDir) + "/data/samples";
  const std::string oracle = std::string(testing::kTestDataDir) + "/samples_entities.golden.tsv";
  const std::string known = std::string(testing::kTestDataDir) + "/samples_entities.known_wrong.txt";
  testing::ToolRun ingest = testing::RunTool("ingest", "-q --date 2024-06-10 " + samples);
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  testing::ToolRun tag = testing::RunTool("tag", "-q", ingest.out);
  ASSERT_EQ(tag.exit_code, 0) << tag.err;

  const std::set<std::string> want = FileLines(oracle);
  ASSERT_GT(want.size(), 100u) << oracle << " is missing or short";
  const std::set<std::string> got = EntityLines(tag.out);
  const std::set<std::string> known_missing = FileLines(known, "- ");
  const std::set<std::string> known_extra = FileLines(known, "+ ");
  // The list may be empty (nothing known wrong), but must be there: a lost file must not pass silently.
  ASSERT_TRUE(std::filesystem::exists(known)) << known << " is missing";

  for (const std::string& line : Minus(Minus(want, got), known_missing)) ADD_FAILURE() << "missing: " << line;
  for (const std::string& line : Minus(Minus(got, want), known_extra)) ADD_FAILURE() << "not in the oracle: " << line;
  // A known wrong line the code now gets right must leave the list.
  for (const std::string& line : known_missing) {
    EXPECT_FALSE(got.count(line)) << "now found, delete from " << known << ": " << line;
    EXPECT_TRUE(want.count(line)) << "a known missing line must be in the oracle: " << line;
  }
  for (const std::string& line : known_extra) EXPECT_TRUE(got.count(line)) << "no longer given, delete: " << line;
}

}  // namespace
}  // namespace zhcorpus
