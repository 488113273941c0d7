// The memory-mapped data files: what a user sees when build/data is missing,
// empty, from another build or cut short (a failed copy, an old install).
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstddef>
#include <cstring>
#include <iterator>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "segment/compiled_dictionary.h"
#include "segment/dictionary_format.h"
#include "segment/dictionary_writer.h"
#include "test_config.h"
#include "util/mapped_file.h"
#include "temp_dir.h"

namespace zhcorpus {
namespace {

namespace fs = std::filesystem;

class CompiledDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::FreshTempDir("zhcorpus_compiled_data");
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  // The first `n` bytes of the real dictionary, or all of it.
  static std::string RealDictionary(std::size_t n = std::string::npos) {
    std::ifstream in(fs::path(testing::kBuildDataDir) / "dict.bin", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return bytes.substr(0, n);
  }

  fs::path dir_;
};

TEST_F(CompiledDataTest, MappedFileGivesTheBytesAndMovesOwnership) {
  Result<MappedFile> file = MappedFile::Open(Write("a.bin", "abc"));
  ASSERT_TRUE(file.ok()) << file.status().message();
  EXPECT_EQ(std::string_view(file->data(), file->size()), "abc");
  MappedFile moved = std::move(file).value();
  EXPECT_EQ(std::string_view(moved.data(), moved.size()), "abc");
  MappedFile other;
  EXPECT_EQ(other.size(), 0u);
  other = std::move(moved);
  EXPECT_EQ(std::string_view(other.data(), other.size()), "abc");
}

TEST_F(CompiledDataTest, MappedFileErrorsNameThePath) {
  Result<MappedFile> missing = MappedFile::Open(dir_ / "none.bin");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kIoError);
  EXPECT_NE(missing.status().message().find("none.bin"), std::string::npos);

  Result<MappedFile> empty = MappedFile::Open(Write("empty.bin", ""));
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().code(), Status::Code::kDataError);
  EXPECT_NE(empty.status().message().find("empty.bin: empty"), std::string::npos);

  EXPECT_FALSE(MappedFile::Open(dir_).ok());  // a directory is no data file
}

TEST_F(CompiledDataTest, DictionaryLoadsTheBuiltFile) {
  auto dict = segment::CompiledDictionary::Load(fs::path(testing::kBuildDataDir) / "dict.bin");
  ASSERT_TRUE(dict.ok()) << dict.status().message();
  EXPECT_TRUE(dict->Contains(U"发布"));
  EXPECT_FALSE(dict->Contains(U"发布发布发布"));
}

TEST_F(CompiledDataTest, DictionaryRejectsAnotherFormat) {
  auto text = segment::CompiledDictionary::Load(Write("dict.bin", std::string(200, 'x')));
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.status().message().find("not a zhcorpus dictionary (rebuild the project)"), std::string::npos);
  auto tiny = segment::CompiledDictionary::Load(Write("tiny.bin", "ZHDICT"));
  ASSERT_FALSE(tiny.ok());
  EXPECT_NE(tiny.status().message().find("not a zhcorpus dictionary"), std::string::npos);
}

TEST_F(CompiledDataTest, DictionaryFromAnotherVersionAsksForARebuild) {
  std::string bytes = RealDictionary();
  ASSERT_GT(bytes.size(), sizeof(segment::DictHeader));
  const std::uint32_t other = segment::kDictVersion + 1;
  std::memcpy(bytes.data() + offsetof(segment::DictHeader, version), &other, sizeof other);
  auto dict = segment::CompiledDictionary::Load(Write("dict.bin", bytes));
  ASSERT_FALSE(dict.ok());
  EXPECT_NE(dict.status().message().find("dictionary version " + std::to_string(other) + ", this build reads version"),
            std::string::npos)
      << dict.status().message();
}

TEST_F(CompiledDataTest, TruncatedDictionaryIsAnErrorNotACrash) {
  const std::string whole = RealDictionary();
  for (std::size_t n : {sizeof(segment::DictHeader), whole.size() / 2, whole.size() - 1}) {
    auto dict = segment::CompiledDictionary::Load(Write("dict.bin", whole.substr(0, n)));
    ASSERT_FALSE(dict.ok()) << n;
    EXPECT_NE(dict.status().message().find("truncated (rebuild the project)"), std::string::npos) << n;
  }
}

// The writer's output is what the loader reads: words, tags and the first of
// duplicate words.
TEST_F(CompiledDataTest, WrittenDictionaryLoadsWithItsWords) {
  std::istringstream dict_tsv("# invented words\n青禾\t50\tns\n青禾湾\t30\tns\n湾\t10\tn\n青禾\t9\tnr\n\n");
  std::istringstream hmm_tsv("start\tB\t-0.5\ntrans\tB\tE\t-0.1\nemit\tS\t湾\t-2.5\n");
  std::vector<segment::DictionaryWord> words;
  segment::HmmModel hmm;
  ASSERT_TRUE(segment::ReadDictionaryWords(dict_tsv, "d.tsv", &words).ok());
  ASSERT_TRUE(segment::ReadHmm(hmm_tsv, "h.tsv", &hmm).ok());
  ASSERT_EQ(words.size(), 4u);
  EXPECT_DOUBLE_EQ(hmm.start[0], -0.5);
  EXPECT_DOUBLE_EQ(hmm.trans[0][2], -0.1);
  EXPECT_FLOAT_EQ(hmm.emit.at(U'湾')[3], -2.5f);

  auto dict = segment::CompiledDictionary::Load(Write("dict.bin", segment::CompileDictionary(words, hmm)));
  ASSERT_TRUE(dict.ok()) << dict.status().message();
  EXPECT_TRUE(dict->Contains(U"青禾湾"));
  EXPECT_FALSE(dict->Contains(U"禾湾"));
  EXPECT_EQ(dict->Tag(U"青禾"), "ns");  // the first of the two
  ASSERT_NE(dict->Emit(U'湾'), nullptr);
  EXPECT_FLOAT_EQ(dict->Emit(U'湾')[3], -2.5f);
}

TEST_F(CompiledDataTest, BadSourceLinesAreNamedByFileAndLine) {
  std::vector<segment::DictionaryWord> words;
  std::istringstream no_freq("青禾\t50\tns\n青禾湾\tmany\tns\n");
  Status s = segment::ReadDictionaryWords(no_freq, "d.tsv", &words);
  EXPECT_EQ(s.message(), "d.tsv:2: expected word<TAB>freq<TAB>tag");
  std::istringstream two_fields("青禾\t50\n");
  EXPECT_FALSE(segment::ReadDictionaryWords(two_fields, "d.tsv", &words).ok());

  segment::HmmModel hmm;
  std::istringstream bad_state("start\tB\t-0.5\nstart\tX\t-0.5\n");
  s = segment::ReadHmm(bad_state, "h.tsv", &hmm);
  EXPECT_EQ(s.message().rfind("h.tsv:2: expected start", 0), 0u) << s.message();
  std::istringstream two_chars("emit\tS\t青禾\t-1\n");
  EXPECT_FALSE(segment::ReadHmm(two_chars, "h.tsv", &hmm).ok());
}

}  // namespace
}  // namespace zhcorpus
