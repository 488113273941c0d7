// The CLI helper every tool shares (tools/cli/): inputs, output, logging,
// record errors and exit codes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cli/error_log.h"
#include "cli/inputs.h"
#include "cli/log.h"
#include "cli/output.h"
#include "temp_dir.h"

namespace zhcorpus::cli {
namespace {

TEST(ErrorLog, LogsToolFileLineReasonAndTurnsErrorsIntoExitCode) {
  std::ostringstream err;
  SetUpLogging("tag", LogFlags{}, &err);
  ErrorLog log(/*strict=*/true);
  EXPECT_EQ(log.ExitCode(), kExitOk);
  EXPECT_FALSE(log.ShouldStop());
  log.Report({"a.jsonl", 17, "no \"text\" field"});
  EXPECT_EQ(err.str(), "tag: a.jsonl:17: no \"text\" field\n");
  EXPECT_EQ(log.ExitCode(), kExitRecordsFailed);
  EXPECT_TRUE(log.ShouldStop());
}

TEST(Logging, WarningsSayWarningAndQuietKeepsOnlyErrors) {
  std::ostringstream err;
  SetUpLogging("ingest", LogFlags{}, &err);
  spdlog::warn("{}: empty file; skipped", "x.txt");
  spdlog::debug("not shown without -v");
  EXPECT_EQ(err.str(), "ingest: warning: x.txt: empty file; skipped\n");

  std::ostringstream quiet_err;
  SetUpLogging("ingest", LogFlags{.quiet = true}, &quiet_err);
  spdlog::info("3 files read");
  spdlog::warn("x.txt: empty file; skipped");
  spdlog::error("y.txt: cannot decode");
  EXPECT_EQ(quiet_err.str(), "ingest: y.txt: cannot decode\n");
}

TEST(Logging, JsonFormatWritesOneEscapedObjectPerLine) {
  std::ostringstream err;
  SetUpLogging("tag", LogFlags{.format = "json"}, &err);
  spdlog::error("a.jsonl:2: not JSON: \"杭州\"");
  const nlohmann::json line = nlohmann::json::parse(err.str());
  EXPECT_EQ(line["tool"], "tag");
  EXPECT_EQ(line["level"], "error");
  EXPECT_EQ(line["message"], "a.jsonl:2: not JSON: \"杭州\"");
  EXPECT_EQ(line["time"].get<std::string>().size(), std::string("2024-06-10T08:00:00.000Z").size());
}

TEST(Logging, ProgressStaysOffWhenNotATerminal) {
  std::ostringstream err;
  SetUpLogging("tag", LogFlags{}, &err);
  ShowProgress("4096 records");
  EndProgress();
  EXPECT_EQ(err.str(), "");
}

TEST(ForEachInput, MissingFileIsNotFoundBeforeAnythingIsRead) {
  int calls = 0;
  Status s = ForEachInput({"/nonexistent/x.jsonl"}, [&](std::istream&, const std::string&) { ++calls; });
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_EQ(calls, 0);
  EXPECT_NE(s.message().find("/nonexistent/x.jsonl"), std::string::npos);
}

TEST(Output, TwoOpenFilesAreIndependent) {
  const auto dir = testing::FreshTempDir("zhcorpus_cli_test");
  {
    auto a = Output::Open((dir / "a.txt").string());
    auto b = Output::Open((dir / "b.txt").string());
    ASSERT_TRUE(a.ok() && b.ok());
    a->stream() << "杭州\n";
    b->stream() << "嘉兴\n";
    EXPECT_TRUE(a->Close().ok());
    EXPECT_TRUE(b->Close().ok());
  }
  auto read = [](const std::filesystem::path& p) {
    std::ifstream in(p);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  EXPECT_EQ(read(dir / "a.txt"), "杭州\n");
  EXPECT_EQ(read(dir / "b.txt"), "嘉兴\n");
  std::filesystem::remove_all(dir);
}

TEST(Output, AnUnfinishedRunLeavesTheOldFileAndNoHalfWrittenOne) {
  const auto dir = testing::FreshTempDir("zhcorpus_out_test");
  const auto target = dir / "tagged.jsonl";
  auto read = [](const std::filesystem::path& p) {
    std::ifstream in(p);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  { std::ofstream(target) << "old\n"; }
  {
    auto out = Output::Open(target.string());
    ASSERT_TRUE(out.ok());
    out->stream() << "{\"id\":\"half";  // the run dies here: no Close
    EXPECT_EQ(read(target), "old\n");  // the target is untouched while it is written
  }
  EXPECT_EQ(read(target), "old\n");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1);  // no temporary left
  {
    auto out = Output::Open(target.string());
    out->stream() << "new\n";
    ASSERT_TRUE(out->Close().ok());
  }
  EXPECT_EQ(read(target), "new\n");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1);
  std::filesystem::remove_all(dir);
}

TEST(Output, AFullDeviceIsAnErrorNotASuccess) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  auto out = Output::Open("/dev/full");
  ASSERT_TRUE(out.ok());
  for (int i = 0; i < 10000; ++i) out->stream() << "某某市新增科技企业四十家。\n";
  const Status s = out->Close();
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/dev/full: write failed"), std::string::npos);
}

TEST(Output, UnwritablePathIsAnErrorNamingIt) {
  auto out = Output::Open("/nonexistent/dir/out.jsonl");
  ASSERT_FALSE(out.ok());
  EXPECT_NE(out.status().message().find("/nonexistent/dir/out.jsonl"), std::string::npos);
  EXPECT_EQ(Output::Open("-")->name(), "<stdout>");
}

}  // namespace
}  // namespace zhcorpus::cli
