// Golden end-to-end test: `ingest data/samples | tag` against checked-in JSON
// Lines. Any change in article splitting, segmentation or entities shows up
// here as a diff a reviewer can read. After an intended change, regenerate:
//   ZHCORPUS_UPDATE_GOLDEN=1 build/bin/zhcorpus_tests --gtest_filter='Golden*'
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include "tool_runner.h"

namespace zhcorpus {
namespace {

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(Golden, IngestAndTagTheSamples) {
  const std::string samples = std::string(testing::kSourceDir) + "/data/samples";
  const std::string golden = std::string(testing::kTestDataDir) + "/samples_tagged.golden.jsonl";
  testing::ToolRun ingest = testing::RunTool("ingest", "-q --date 2024-06-10 " + samples);
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  testing::ToolRun tag = testing::RunTool("tag", "-q --tokens", ingest.out);
  ASSERT_EQ(tag.exit_code, 0) << tag.err;
  // "source" names the file as given: make it relative to the checkout.
  const std::string prefix = std::string(testing::kSourceDir) + "/";
  for (std::size_t at; (at = tag.out.find(prefix)) != std::string::npos;) tag.out.erase(at, prefix.size());
  if (std::getenv("ZHCORPUS_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(golden, std::ios::binary) << tag.out;
    GTEST_SKIP() << "rewrote " << golden;
  }
  const std::vector<std::string> want = Lines(testing::ReadWholeFile(golden));
  const std::vector<std::string> got = Lines(tag.out);
  ASSERT_FALSE(want.empty()) << golden << " is missing or empty";
  for (std::size_t i = 0; i < std::min(want.size(), got.size()); ++i) {
    ASSERT_EQ(got[i], want[i]) << "line " << i + 1 << " differs from " << golden;
  }
  EXPECT_EQ(got.size(), want.size()) << "record count differs from " << golden;
}

}  // namespace
}  // namespace zhcorpus
