// Where output goes wrong (issue #14): a full disk behind stdout, a reader
// that leaves early. Every tool runs through a shell here, as a user's
// pipeline would run it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tool_runner.h"
#include "temp_dir.h"

namespace zhcorpus::testing {
namespace {

namespace fs = std::filesystem;

class OutputSafety : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::FreshTempDir("zhcorpus_output_safety");
    std::string records;  // ~300 KB: more than a pipe holds
    for (int i = 0; i < 4000; ++i)
      records += R"({"id":"a#)" + std::to_string(i) + R"(","text":"某某市新增科技企业)" + std::to_string(i) + R"(家，同比增长12%。"})" + "\n";
    Write("records.jsonl", records);
    ToolRun tagged = RunTool("tag", "-q --tokens --pos " + Path("records.jsonl"));
    ASSERT_EQ(tagged.exit_code, 0) << tagged.err;
    Write("tagged.jsonl", tagged.out);
    fs::create_directories(dir_ / "articles");
    std::string article;
    for (int i = 0; i < 2000; ++i) article += "某某市新增科技企业四十家。\n";
    std::ofstream(dir_ / "articles" / "a.txt", std::ios::binary) << article;
    Write("seg.txt", "某某 市 新增\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  // Runs `command` with sh in the test folder; its stderr and exit code.
  ToolRun Shell(const std::string& command) {
    const std::string script = "cd " + dir_.string() + " && { " + command + " ; } 2>stderr; echo $? >rc";
    std::system(("sh -c '" + script + "'").c_str());
    ToolRun run;
    run.err = ReadWholeFile(dir_ / "stderr");
    run.exit_code = std::stoi(ReadWholeFile(dir_ / "rc"));
    return run;
  }
  // Every tool that writes, with arguments that make it write a lot.
  std::vector<std::string> Writers() const {
    return {"tag records.jsonl",
            "tag -j 2 records.jsonl",
            "segment records.jsonl",
            "filter records.jsonl",
            "concord -w 企业 records.jsonl",
            "ingest articles",
            "export-corpus tagged.jsonl",
            "export-corpus -f conllu tagged.jsonl",
            "report -f json tagged.jsonl",
            "report -f state tagged.jsonl",
            "stats ngrams --size 1 --min-freq 1 --top 0 tagged.jsonl"};
  }
  fs::path dir_;
};

std::string Tool(const std::string& command) { return std::string(kToolDir) + "/" + command; }

TEST_F(OutputSafety, StdoutOnAFullDeviceIsAnErrorWithExitTwo) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  std::vector<std::string> writers = Writers();
  for (const std::string format : {"table", "md", "html"}) writers.push_back("report -f " + format + " tagged.jsonl");
  writers.push_back("report -f csv --section metrics tagged.jsonl");
  writers.push_back("score seg --gold seg.txt --test seg.txt");  // a few lines: only the final flush fails
  for (const std::string& w : writers) {
    ToolRun run = Shell(Tool(w) + " >/dev/full");
    EXPECT_EQ(run.exit_code, 2) << w << ": " << run.err;
    EXPECT_NE(run.err.find("write"), std::string::npos) << w << ": " << run.err;
  }
}

// The reader (head) leaves after one byte; SIGPIPE arrives ignored, as some
// shells and CI runners hand it down. The tool must stop at once, quietly.
TEST_F(OutputSafety, AClosedPipeEndsTheToolQuietlyEvenWithSigpipeIgnored) {
  for (const std::string& w : Writers()) {
    const std::string quiet = w.substr(0, w.find(' ')) + " -q" + w.substr(w.find(' '));
    ToolRun run = Shell("trap \"\" PIPE; { " + Tool(quiet) + "; echo $? >tool_rc; } | head -c 1 >/dev/null");
    EXPECT_EQ(run.err, "") << w;
    EXPECT_EQ(ReadWholeFile(dir_ / "tool_rc"), "141\n") << w;  // 128 + SIGPIPE, as cat and grep
  }
}

// A run stopped from outside (`kill`, a closed terminal) while its input is
// still arriving leaves neither the output nor its hidden temporary behind,
// and dies of the signal as the shell expects. (SIGINT is handled the same
// way, but a shell script's background job runs with it ignored.)
TEST_F(OutputSafety, AKilledRunLeavesNoTemporaryFile) {
  for (const std::string signal : {"TERM", "HUP"}) {
    for (const std::string tool : {"tag", "filter", "segment"}) {
      fs::remove_all(dir_ / "out");
      fs::create_directories(dir_ / "out");
      // The input is a FIFO the script keeps open, so the tool is mid-run
      // when killed; the loop waits until the temporary exists.
      ToolRun run = Shell("rm -f in; mkfifo in; " + Tool(tool) + " -q -o out/result.jsonl <in & pid=$!; " +
                          "exec 3>in; cat records.jsonl >&3; " +
                          "n=0; while [ $(ls -A out | wc -l) -eq 0 ] && [ $n -lt 200 ]; do sleep 0.05; n=$((n+1)); done; " +
                          "kill -" + signal + " $pid; wait $pid; echo $? >tool_rc; exec 3>&-");
      const int number = signal == "TERM" ? 15 : 1;
      EXPECT_EQ(ReadWholeFile(dir_ / "tool_rc"), std::to_string(128 + number) + "\n") << tool << " " << signal << ": " << run.err;
      EXPECT_TRUE(fs::is_empty(dir_ / "out")) << tool << " " << signal << " left a file behind";
    }
  }
}

}  // namespace
}  // namespace zhcorpus::testing
