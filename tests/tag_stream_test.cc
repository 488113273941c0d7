// TagLine splices tag's fields into the record's own bytes; TagStream runs it
// on worker threads and writes in input order.
#include "zhcorpus/tag_stream.h"

#include <gtest/gtest.h>

#include <sstream>
#include <streambuf>

#include "test_config.h"

namespace zhcorpus {
namespace {

const Tagger& SharedTagger() {
  static auto tagger = Tagger::Load({.data_dir = testing::kBuildDataDir});
  EXPECT_TRUE(tagger.ok()) << tagger.status().message();
  return **tagger;
}

std::string TagOne(const std::string& line, TagOutputOptions output = {}) {
  std::string out;
  Status s = SharedTagger().TagLine(line, output, &out);
  return s.ok() ? out : "error: " + s.message();
}

struct StreamRun {
  std::string out;
  std::vector<std::string> errors;
  TagStreamTotals totals;
};

StreamRun Stream(const std::string& input, int jobs, std::size_t block_bytes, bool strict = false) {
  std::istringstream in(input);
  std::ostringstream out;
  StreamRun run;
  TagStreamOptions options;
  options.output.tokens = true;
  options.jobs = jobs;
  options.block_bytes = block_bytes;
  options.on_error = [&](const RecordError& e) {
    run.errors.push_back(e.ToString());
    return !strict;
  };
  auto done = TagStream(SharedTagger(), in, "in.jsonl", out, options);
  EXPECT_TRUE(done.ok()) << done.status().message();
  if (done.ok()) run.totals = *done;
  run.out = out.str();
  return run;
}

// Issue 14 item 8: fields tag does not own keep their bytes.
TEST(TagLine, UnknownFieldsPassThroughByteForByte) {
  const std::string fields = R"("big":123456789012345678901234567890,"price":2.50,"n":1e5,"esc":"\u6587\/", "sp" : [ 1 ])";
  const std::string got = TagOne("{" + fields + R"(,"text":"嘉兴市发布通知。"})");
  EXPECT_EQ(got.rfind("{" + fields + R"(,"text":"嘉兴市发布通知。","entities":[{"type":"region")", 0), 0u) << got;
  EXPECT_EQ(got.back(), '}');
}

// Issue 14 item 2: a number no double holds is still a JSON number.
TEST(TagLine, NumberOutsideDoubleRangeIsKeptAndTheRecordTagged) {
  const std::string got = TagOne(R"({"n":1e400,"text":"温州市。"})");
  EXPECT_EQ(got.rfind(R"({"n":1e400,"text":"温州市。","entities":[)", 0), 0u) << got;
}

// Issue 14 item 3: deep nesting is a record error, whatever the depth.
TEST(TagLine, DeeplyNestedFieldIsARecordErrorNotACrash) {
  const std::string deep = std::string(150000, '[') + std::string(150000, ']');
  EXPECT_EQ(TagOne(R"({"text":"好。","x":)" + deep + "}"), "error: not JSON: nested deeper than 512 levels at byte 533");
}

TEST(TagLine, ExistingEntitiesAreReplacedInPlaceAndDuplicatesDropped) {
  const std::string got = TagOne(R"({"entities":[1],"text":"杭州。","entities":[2],"id":"x"})");
  EXPECT_EQ(got.rfind(R"({"entities":[{"type":"region","text":"杭州","start":0,"end":2,"norm":{)", 0), 0u) << got;
  const std::string tail = R"(}],"text":"杭州。","id":"x"})";
  EXPECT_EQ(got.substr(got.size() - tail.size()), tail) << got;
}

TEST(TagLine, TokensRebuildTheTextEscapesIncluded) {
  EXPECT_EQ(TagOne(R"({"text":"说\"好\"\n"})", {.tokens = true}),
            R"({"text":"说\"好\"\n","entities":[],"tokens":["说","\"","好","\"","\n"]})");
}

TEST(TagLine, RecordErrorsSayWhy) {
  EXPECT_EQ(TagOne(R"({"id":1})"), "error: no \"text\" field");
  EXPECT_EQ(TagOne(R"({"text":["a"]})"), "error: \"text\" is array, not a string");
  EXPECT_EQ(TagOne(R"({"text":"a","date":"2024-02-30"})"), "error: \"date\" is not a calendar day as YYYY-MM-DD: 2024-02-30");
  EXPECT_EQ(TagOne("{\"text\":\"\xff\"}"), "error: invalid UTF-8 at byte 10");
  EXPECT_EQ(TagOne(R"({"text":"a",})"), "error: not JSON: expected a string key at byte 13");
}

TEST(TagLine, TagRecordGivesWhatTagLineWrites) {
  const std::string line = R"({"id":"a","text":"2024年杭州市发布1588亿元数据。","date":"2024-06-10"})";
  Json record = Json::parse(line);
  ASSERT_TRUE(SharedTagger().TagRecord(&record, {.pos = true}).ok());
  EXPECT_EQ(ToJsonLine(record), TagOne(line, {.pos = true}));
}

std::string MixedInput() {
  std::string input;
  for (int i = 0; i < 300; ++i) {
    input += "{\"n\":" + std::to_string(i) + ",\"text\":\"温州今年新增企业" + std::to_string(i) + "家。\"}\n";
    if (i % 37 == 0) input += "not json\n";
    if (i % 53 == 0) input += "  \r\n";
    if (i % 41 == 0) input += "{\"text\":\"宁波。\"}\r\n";
  }
  return input + "{\"text\":\"最后一条，没有换行。\"}";
}

TEST(TagStream, OutputIsTheSameForAnyNumberOfThreadsAndBlocks) {
  const std::string input = MixedInput();
  const StreamRun one = Stream(input, 1, 1 << 20);
  EXPECT_EQ(one.totals.records, 300u + 8u + 1u);
  EXPECT_EQ(one.errors.size(), 9u);
  EXPECT_EQ(one.errors[0], "in.jsonl:2: not JSON: expected a value at byte 1");
  for (int jobs : {1, 2, 4}) {
    for (std::size_t block : {1, 100, 4096}) {
      const StreamRun run = Stream(input, jobs, block);
      EXPECT_EQ(run.out, one.out) << jobs << " threads, blocks of " << block;
      EXPECT_EQ(run.errors, one.errors);
    }
  }
}

// Records with every entity type, Chinese numerals, characters outside the
// BMP and escapes: tokens with parts of speech and entities come out the same
// on any number of threads as one record at a time through TagLine.
TEST(TagStream, EveryEntityTypeIsTheSameOnAnyNumberOfThreads) {
  const std::string texts[] = {
      "去年浙江省温州市新增企业三千五百家，比上年增长12.5%。",
      "二〇二三年五月，青禾大学海洋学院与宁波市科技局签约，投资1.2亿元。",
      "本报杭州6月3日电 𠀀字不在常用字表里，\\n“科创中国”不是机构。",
      "国家统计局数据显示，一季度全国规模以上工业增加值同比增长5.1%。"};
  std::string input, expected;
  for (int i = 0; i < 40; ++i) {
    const std::string line = "{\"id\":" + std::to_string(i) + ",\"date\":\"2024-0" + std::to_string(1 + i % 9) +
                             "-15\",\"text\":\"" + texts[i % 4] + "\",\"extra\":[1.50,{\"a\":null}]}";
    input += line + "\n";
    expected += TagOne(line, {.tokens = true, .pos = true}) + "\n";
  }
  ASSERT_EQ(expected.find("error:"), std::string::npos) << expected.substr(0, 300);
  for (const char* type : {"\"region\"", "\"org\"", "\"metric\"", "\"date\""}) {
    EXPECT_NE(expected.find(std::string("\"type\":") + type), std::string::npos) << type;
  }
  for (int jobs : {1, 2, 3}) {
    std::istringstream in(input);
    std::ostringstream out;
    TagStreamOptions options;
    options.output = {.tokens = true, .pos = true};
    options.jobs = jobs;
    options.block_bytes = 700;
    auto done = TagStream(SharedTagger(), in, "in.jsonl", out, options);
    ASSERT_TRUE(done.ok()) << done.status().message();
    EXPECT_EQ(done->records, 40u);
    EXPECT_EQ(out.str(), expected) << jobs << " threads";
  }
}

TEST(TagStream, StoppingAtAnErrorWritesNothingAfterIt) {
  const std::string input = "{\"text\":\"一。\"}\n{\"text\":\"二。\"}\nbad\n{\"text\":\"三。\"}\n";
  const StreamRun run = Stream(input, 2, 1, /*strict=*/true);
  EXPECT_EQ(run.errors, (std::vector<std::string>{"in.jsonl:3: not JSON: expected a value at byte 1"}));
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 2);
  EXPECT_EQ(run.totals.records, 2u);
}

class FullDisk : public std::streambuf {
  int overflow(int) override { return traits_type::eof(); }
  std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};

TEST(TagStream, OutputThatCannotBeWrittenIsAnError) {
  std::istringstream in("{\"text\":\"一。\"}\n");
  FullDisk disk;
  std::ostream out(&disk);
  auto done = TagStream(SharedTagger(), in, "-", out, {});
  ASSERT_FALSE(done.ok());
  EXPECT_EQ(done.status().message(), "cannot write the output");
}

}  // namespace
}  // namespace zhcorpus
