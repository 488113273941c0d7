// The line pipeline under tag: whatever the number of workers and the block
// size, every line comes out once, in input order, with its line number;
// a consumer can stop early, and an unreadable input is an error.
#include "io/line_pipeline.h"

#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace zhcorpus {
namespace {

std::string Lines(int n) {
  std::string s;
  for (int i = 1; i <= n; ++i) s += "第" + std::to_string(i) + "行\n";
  return s;
}

// Each line becomes "number:line\n".
std::string Numbered(const std::string& input, LinePipelineOptions options) {
  std::istringstream in(input);
  std::string out;
  Status s = RunLinePipeline(
      in, options,
      [](LineBlock& b) {
        b.ForEachLine([&](std::string_view line, std::size_t number) {
          b.output += std::to_string(number) + ":" + std::string(line) + "\n";
        });
      },
      [&](LineBlock& b) {
        out += b.output;
        return true;
      });
  EXPECT_TRUE(s.ok()) << s.message();
  return out;
}

// Input is read 64 KiB at a time: 30000 lines make several blocks.
TEST(LinePipeline, EveryLineOnceInOrderWhateverJobsAndBlockSize) {
  const std::string input = Lines(30000);
  const std::string one = Numbered(input, {.jobs = 1, .block_bytes = 1 << 20});
  EXPECT_EQ(one.substr(0, 12), "1:第1行\n2:");
  EXPECT_NE(one.find("\n30000:第30000行\n"), std::string::npos);
  for (int jobs : {1, 2, 3}) {
    for (std::size_t block : {1u, 7u, 100u}) {
      EXPECT_EQ(Numbered(input, {.jobs = jobs, .block_bytes = block}), one) << jobs << " jobs, block " << block;
    }
  }
}

TEST(LinePipeline, BlankLinesAreSkippedButCountedAndCrIsDropped) {
  const std::string out = Numbered("甲\r\n\n  \t\n乙\n丙", {.jobs = 2, .block_bytes = 2});
  EXPECT_EQ(out, "1:甲\n4:乙\n5:丙\n");  // the last line needs no line end
}

TEST(LinePipeline, ALineLongerThanTheBlockStaysWhole) {
  const std::string long_line(200000, 'x');
  const std::string out = Numbered("短\n" + long_line + "\n尾\n", {.jobs = 2, .block_bytes = 16});
  EXPECT_EQ(out, "1:短\n2:" + long_line + "\n3:尾\n");
}

TEST(LinePipeline, EmptyInputEmitsNothing) {
  EXPECT_EQ(Numbered("", {.jobs = 2}), "");
}

TEST(LinePipeline, StopsWhenTheConsumerSaysSo) {
  std::istringstream in(Lines(60000));
  std::size_t emitted = 0;
  std::string first;
  Status s = RunLinePipeline(
      in, {.jobs = 2, .block_bytes = 64}, [](LineBlock& b) { b.output = b.input; },
      [&](LineBlock& b) {
        if (first.empty()) first = b.output;
        return ++emitted < 3;
      });
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(emitted, 3u);
  EXPECT_EQ(first.rfind("第1行\n", 0), 0u);
}

// A stream whose source fails after its first bytes, like a disk read error.
class FailingBuf : public std::streambuf {
 protected:
  int_type underflow() override {
    if (served_) throw std::runtime_error("read error");
    served_ = true;
    setg(data_, data_, data_ + 4);
    return traits_type::to_int_type(data_[0]);
  }

 private:
  char data_[5] = "ab\nc";
  bool served_ = false;
};

TEST(LinePipeline, AnUnreadableInputIsAnError) {
  FailingBuf buf;
  std::istream in(&buf);
  Status s = RunLinePipeline(in, {.jobs = 1}, [](LineBlock&) {}, [](LineBlock&) { return true; });
  EXPECT_FALSE(s.ok());
}

}  // namespace
}  // namespace zhcorpus
