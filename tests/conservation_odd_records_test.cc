// Conservation with odd records (issue #14; conservation_test.cc has the
// plain case): N good records, a fifth of them odd but valid (1e400, a big
// integer, nesting, an escaped NUL, CRLF), and M bad ones of ten kinds,
// shuffled with blank lines, through every tool and both tag -j: exactly the
// N good ones come out, exactly the M bad ones are named by file and line,
// exit 1; --strict stops at the first bad record with nothing after it.
// segment (invalid UTF-8 lines) and ingest (a folder with binary, empty and
// dangling files and a JSON Lines file with bad rows) too.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <sstream>

#include "tool_runner.h"
#include "temp_dir.h"

namespace zhcorpus::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kGood = 300;
constexpr int kBad = 60;

// Records a JSON tool must take, odd ones included: a number beyond a
// double's range, a big integer, shallow nesting, an escaped NUL, a CRLF end.
std::string GoodRecord(int i) {
  static const char* const kExtras[] = {"", R"(,"n":1e400)", R"(,"big":123456789012345678901234567890)",
                                        R"(,"x":[[[1,{"y":[]}]]])", R"(,"t":"a\u0000b")"};
  return R"({"id":"good-)" + std::to_string(i) + R"(","date":"2024-03-0)" + std::to_string(1 + i % 9) +
         R"(","text":"某某市新增科技企业)" + std::to_string(i) + R"(家，同比增长12%。")" + kExtras[i % 5] + "}" +
         (i % 7 == 0 ? "\r" : "");
}

// Lines no JSON tool can take, one of each kind in turn.
std::string BadRecord(int j) {
  static const std::vector<std::string> kinds = {
      "not json at all",
      R"({"id":"bad","text":"截断)",
      "[1,2,3]",
      R"("just a string")",
      R"({"id":"bad"})",
      R"({"id":"bad","text":42})",
      R"({"id":"bad","text":"a"} trailing)",
      std::string(R"({"id":"bad","text":")") + "\xff\xfe" + "\"}",
      std::string(R"({"id":"bad","text":"a)") + std::string(1, '\0') + "b\"}",
      R"({"id":"bad","text":"a","d":)" + std::string(20000, '[') + std::string(20000, ']') + "}",
  };
  return kinds[static_cast<std::size_t>(j) % kinds.size()];
}

// The good and bad lines shuffled (fixed seed), with the 1-based numbers of the bad ones.
struct Mixed {
  std::string text;
  std::vector<std::string> good_ids;  // in input order
  std::set<std::size_t> bad_lines;
  std::size_t first_bad = 0;
};

Mixed Shuffle(const std::vector<std::string>& good, const std::vector<std::string>& good_ids,
              const std::vector<std::string>& bad) {
  std::vector<std::pair<bool, std::size_t>> order;  // (is bad, index)
  for (std::size_t i = 0; i < good.size(); ++i) order.push_back({false, i});
  for (std::size_t j = 0; j < bad.size(); ++j) order.push_back({true, j});
  std::mt19937 rng(14);
  std::shuffle(order.begin(), order.end(), rng);
  // Good ones first among the first ten, so --strict has something to write before it stops.
  std::stable_partition(order.begin(), order.begin() + 10, [](const auto& o) { return !o.first; });
  Mixed m;
  for (std::size_t n = 0; n < order.size(); ++n) {
    const auto [is_bad, i] = order[n];
    m.text += (is_bad ? bad[i] : good[i]) + "\n";
    if (is_bad) m.bad_lines.insert(n + 1);
    else if (!good_ids.empty()) m.good_ids.push_back(good_ids[i]);
    if (n % 50 == 49) m.text += "\n";  // blank lines are not records: numbering goes on
  }
  // Recount with the blank lines in.
  m.bad_lines.clear();
  std::istringstream lines(m.text);
  std::string line;
  std::set<std::string> bad_set(bad.begin(), bad.end());
  for (std::size_t n = 1; std::getline(lines, line); ++n)
    if (bad_set.count(line)) m.bad_lines.insert(n);
  m.first_bad = *m.bad_lines.begin();
  return m;
}

// The line numbers named in "tool: <input>:<line>: reason" lines of stderr.
std::multiset<std::size_t> NamedLines(const std::string& err, const std::string& input) {
  std::multiset<std::size_t> out;
  const std::regex re(": " + input + ":([0-9]+): ");
  for (std::sregex_iterator it(err.begin(), err.end(), re), end; it != end; ++it) out.insert(std::stoul((*it)[1]));
  return out;
}

// Every value of "id" in JSON Lines (or any text with "id":"...").
std::vector<std::string> Ids(const std::string& out, const std::string& key = R"("id":")") {
  std::vector<std::string> ids;
  for (std::size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + 1)) {
    const std::size_t from = at + key.size();
    ids.push_back(out.substr(from, out.find('"', from) - from));
  }
  return ids;
}

// The ids of the good records ("good-N") among them.
std::vector<std::string> GoodIds(const std::string& out) {
  std::vector<std::string> ids = Ids(out);
  ids.erase(std::remove_if(ids.begin(), ids.end(), [](const std::string& id) { return id.rfind("good-", 0) != 0; }),
            ids.end());
  return ids;
}

std::vector<std::string> Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

class OddRecordConservation : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(testing::FreshTempDir("zhcorpus_conservation"));
    std::vector<std::string> good, ids, bad, tagged;
    for (int i = 0; i < kGood; ++i) good.push_back(GoodRecord(i)), ids.push_back("good-" + std::to_string(i));
    for (int j = 0; j < kBad; ++j) bad.push_back(BadRecord(j));
    raw_ = new Mixed(Shuffle(good, ids, bad));
    Write("raw.jsonl", raw_->text);
    // The tagged tools read tag's own output (tokens, entities), bad lines mixed in.
    std::string all_good;
    for (const std::string& g : good) all_good += g + "\n";
    Write("good.jsonl", all_good);
    ToolRun run = RunTool("tag", "-q --tokens --pos " + Path("good.jsonl"));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    std::istringstream lines(run.out);
    for (std::string line; std::getline(lines, line);) tagged.push_back(line);
    ASSERT_EQ(tagged.size(), good.size());
    tagged_ = new Mixed(Shuffle(tagged, ids, bad));
    Write("tagged.jsonl", tagged_->text);
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_, delete raw_, delete tagged_;
  }
  static std::string Path(const std::string& name) { return (*dir_ / name).string(); }
  static void Write(const std::string& name, const std::string& text) {
    std::ofstream(*dir_ / name, std::ios::binary) << text;
  }
  // Runs `tool args input`, checks exit 1 and that exactly the bad lines are named once each.
  static ToolRun Run(const std::string& tool, const std::string& args, const std::string& input, const Mixed& m) {
    ToolRun run = RunTool(tool, "-q " + args + " " + Path(input));
    EXPECT_EQ(run.exit_code, 1) << tool << " " << args << ": " << run.err.substr(0, 2000);
    const std::multiset<std::size_t> named = NamedLines(run.err, Path(input));
    EXPECT_EQ(named, std::multiset<std::size_t>(m.bad_lines.begin(), m.bad_lines.end())) << tool << " " << args;
    return run;
  }
  // With --strict: exit 1, only the first bad line named.
  static ToolRun RunStrict(const std::string& tool, const std::string& args, const std::string& input,
                           const Mixed& m) {
    ToolRun run = RunTool(tool, "-q " + args + " --strict " + Path(input));
    EXPECT_EQ(run.exit_code, 1) << tool << " " << args << ": " << run.err;
    EXPECT_EQ(NamedLines(run.err, Path(input)), std::multiset<std::size_t>{m.first_bad}) << tool << " " << args;
    return run;
  }
  // The good ids before the first bad line.
  static std::vector<std::string> IdsBeforeFirstBad(const Mixed& m) {
    std::vector<std::string> ids;
    std::istringstream lines(m.text);
    std::string line;
    for (std::size_t n = 1; n < m.first_bad && std::getline(lines, line); ++n)
      for (const std::string& id : GoodIds(line)) ids.push_back(id);
    return ids;
  }

  static fs::path* dir_;
  static Mixed* raw_;
  static Mixed* tagged_;
};

fs::path* OddRecordConservation::dir_ = nullptr;
Mixed* OddRecordConservation::raw_ = nullptr;
Mixed* OddRecordConservation::tagged_ = nullptr;

TEST_F(OddRecordConservation, TagWritesEveryGoodRecordInOrderAndNamesEveryBadOne) {
  for (const std::string jobs : {"-j 1", "-j 2"}) {
    ToolRun run = Run("tag", jobs, "raw.jsonl", *raw_);
    EXPECT_EQ(Ids(run.out), raw_->good_ids) << jobs;
    ToolRun strict = RunStrict("tag", jobs, "raw.jsonl", *raw_);
    EXPECT_EQ(Ids(strict.out), IdsBeforeFirstBad(*raw_)) << jobs;
  }
}

TEST_F(OddRecordConservation, FilterKeepsEveryGoodRecordAsWrittenAndNamesEveryBadOne) {
  ToolRun run = Run("filter", "", "tagged.jsonl", *tagged_);
  EXPECT_EQ(Ids(run.out), tagged_->good_ids);
  ToolRun strict = RunStrict("filter", "", "tagged.jsonl", *tagged_);
  EXPECT_EQ(Ids(strict.out), IdsBeforeFirstBad(*tagged_));
}

TEST_F(OddRecordConservation, ConcordFindsTheWordInEveryGoodRecordAndNamesEveryBadOne) {
  ToolRun run = Run("concord", "-w 企业 -f jsonl", "tagged.jsonl", *tagged_);
  EXPECT_EQ(Sorted(Ids(run.out)), Sorted(tagged_->good_ids));
  ToolRun strict = RunStrict("concord", "-w 企业 -f jsonl", "tagged.jsonl", *tagged_);
  EXPECT_EQ(Sorted(Ids(strict.out)), Sorted(IdsBeforeFirstBad(*tagged_)));
}

TEST_F(OddRecordConservation, ReportCountsEveryGoodRecordAndNamesEveryBadOne) {
  const std::string articles = R"({"measure":"articles","value":")";
  ToolRun run = Run("report", "-f json -s overview", "tagged.jsonl", *tagged_);
  EXPECT_NE(run.out.find(articles + std::to_string(kGood) + "\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find(R"({"measure":"bad records","value":")" + std::to_string(kBad) + "\""), std::string::npos)
      << run.out;
  ToolRun strict = RunStrict("report", "-f json -s overview", "tagged.jsonl", *tagged_);
  EXPECT_NE(strict.out.find(articles + std::to_string(IdsBeforeFirstBad(*tagged_).size()) + "\""), std::string::npos)
      << strict.out;
}

TEST_F(OddRecordConservation, StatsCountsEveryGoodRecordAndNamesEveryBadOne) {
  const std::string word = R"({"word":"企业","freq":)";
  ToolRun run = Run("stats", "ngrams --min-freq 1 -f json", "tagged.jsonl", *tagged_);
  EXPECT_NE(run.out.find(word + std::to_string(kGood) + ".0"), std::string::npos);
  ToolRun strict = RunStrict("stats", "ngrams --min-freq 1 -f json", "tagged.jsonl", *tagged_);
  EXPECT_NE(strict.out.find(word + std::to_string(IdsBeforeFirstBad(*tagged_).size()) + ".0"), std::string::npos);
}

TEST_F(OddRecordConservation, ExportCorpusWritesEveryGoodRecordAndNamesEveryBadOne) {
  for (const std::string format : {"cwb", "conllu"}) {
    const std::string key = format == "cwb" ? "<text id=\"" : "# newdoc id = ";
    ToolRun run = Run("export-corpus", "-f " + format, "tagged.jsonl", *tagged_);
    std::vector<std::string> ids;
    for (std::size_t at = run.out.find(key); at != std::string::npos; at = run.out.find(key, at + 1)) {
      const std::size_t from = at + key.size();
      ids.push_back(run.out.substr(from, run.out.find_first_of("\"\n", from) - from));
    }
    EXPECT_EQ(ids, tagged_->good_ids) << format;
    ToolRun strict = RunStrict("export-corpus", "-f " + format, "tagged.jsonl", *tagged_);
    EXPECT_EQ(std::count(strict.out.begin(), strict.out.end(), '\n') > 0, !IdsBeforeFirstBad(*tagged_).empty());
    EXPECT_EQ(strict.out.find(key + tagged_->good_ids[IdsBeforeFirstBad(*tagged_).size()]), std::string::npos);
  }
}

// segment reads plain text: a bad line is one that is not UTF-8; its output
// line is left empty, so the output stays line for line.
TEST_F(OddRecordConservation, SegmentKeepsLineForLineAndNamesEveryInvalidLine) {
  std::vector<std::string> good, bad;
  for (int i = 0; i < kGood; ++i) good.push_back("某某市新增科技企业" + std::to_string(i) + "家。");
  for (int j = 0; j < kBad; ++j) bad.push_back("坏" + std::string(1, static_cast<char>(0x80 + j % 60)) + std::to_string(j));
  const Mixed m = Shuffle(good, {}, bad);
  Write("lines.txt", m.text);
  ToolRun run = Run("segment", "", "lines.txt", m);
  std::istringstream in(m.text), out(run.out);
  std::string a, b;
  std::size_t n = 0, words = 0;
  while (std::getline(in, a)) {
    ++n;
    ASSERT_TRUE(std::getline(out, b)) << "output ends at line " << n;
    if (m.bad_lines.count(n)) EXPECT_EQ(b, "") << n;
    else if (!a.empty()) words += b.find("企业") != std::string::npos;
  }
  EXPECT_EQ(words, static_cast<std::size_t>(kGood));
  ToolRun strict = RunStrict("segment", "", "lines.txt", m);
  EXPECT_EQ(static_cast<std::size_t>(std::count(strict.out.begin(), strict.out.end(), '\n')), m.first_bad - 1);
}

// ingest, a folder: good text files, and files that are binary, empty, not
// decodable, dangling links; a JSON Lines file whose bad rows are named.
TEST_F(OddRecordConservation, IngestReadsEveryGoodFileAndNamesEveryBadOne) {
  const fs::path folder = *dir_ / "folder";
  fs::create_directories(folder / "sub");
  std::set<std::string> bad_files;
  for (int i = 0; i < 40; ++i) {
    std::ofstream(folder / (i % 2 ? "sub" : ".") / ("good" + std::to_string(i) + ".txt"))
        << "某某日报讯 某某市新增科技企业" << i << "家。\n\n科技局表示，今年将继续推进。\n";
  }
  std::ofstream(folder / "binary.png", std::ios::binary) << std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  std::ofstream(folder / "empty.txt");
  fs::create_symlink(folder / "nowhere.txt", folder / "dangling.txt");
  std::string rows;
  const std::vector<std::string> bad_rows = {BadRecord(0), BadRecord(1), BadRecord(2), BadRecord(5), BadRecord(9)};
  for (int r = 0; r < 20; ++r)
    rows += (r % 4 == 3 ? bad_rows[r / 4] : R"({"title":"第)" + std::to_string(r) + R"(篇","text":"某某市新增企业。"})") + "\n";
  std::ofstream(folder / "rows.jsonl", std::ios::binary) << rows;
  ToolRun run = RunTool("ingest", folder.string());
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(Ids(run.out).size(), 40u + 15u) << run.err;
  EXPECT_EQ(NamedLines(run.err, (folder / "rows.jsonl").string()), (std::multiset<std::size_t>{4, 8, 12, 16, 20}));
  for (const std::string name : {"binary.png", "empty.txt", "dangling.txt"})
    EXPECT_NE(run.err.find((folder / name).string() + ":"), std::string::npos) << name << ": " << run.err;

  EXPECT_NE(run.err.find("dangling.txt: cannot open for reading"), std::string::npos) << run.err;

  // --strict, the link gone: files are read sorted, so the 20 good files at
  // the top and rows 1-3 come before the first bad row; nothing after it.
  fs::remove(folder / "dangling.txt");
  ToolRun strict = RunTool("ingest", "--strict " + folder.string());
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_EQ(NamedLines(strict.err, (folder / "rows.jsonl").string()), std::multiset<std::size_t>{4});
  EXPECT_EQ(Ids(strict.out).size(), 20u + 3u) << strict.out;
  EXPECT_EQ(strict.out.find("rows#4"), std::string::npos);
}

}  // namespace
}  // namespace zhcorpus::testing
