#include "zhcorpus/data_dir.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

namespace zhcorpus {
namespace {
namespace fs = std::filesystem;

class DataDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::FreshTempDir("zhcorpus_data_dir_" +
                                 std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    if (const char* env = std::getenv("ZHCORPUS_DATA")) saved_env_ = env;
  }
  void TearDown() override {
    if (saved_env_) setenv("ZHCORPUS_DATA", saved_env_->c_str(), 1);
    else unsetenv("ZHCORPUS_DATA");
    fs::remove_all(dir_);
  }
  fs::path Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return dir_ / name;
  }
  fs::path dir_;
  std::optional<std::string> saved_env_;
};

TEST_F(DataDirTest, FlagWinsOverTheEnvironment) {
  fs::create_directories(dir_ / "flag");
  fs::create_directories(dir_ / "env");
  setenv("ZHCORPUS_DATA", (dir_ / "env").c_str(), 1);
  Result<fs::path> dir = ResolveDataDir((dir_ / "flag").string());
  ASSERT_TRUE(dir.ok()) << dir.status().ToString();
  EXPECT_EQ(*dir, dir_ / "flag");
}

TEST_F(DataDirTest, EnvironmentIsUsedWithoutAFlag) {
  fs::create_directories(dir_ / "env");
  setenv("ZHCORPUS_DATA", (dir_ / "env").c_str(), 1);
  Result<fs::path> dir = ResolveDataDir();
  ASSERT_TRUE(dir.ok()) << dir.status().ToString();
  EXPECT_EQ(*dir, dir_ / "env");
}

TEST_F(DataDirTest, AMissingFlagOrEnvironmentDirectoryIsNamedAndNotSkipped) {
  // A wrong --data-dir is an error, never a silent fall back to other data.
  fs::create_directories(dir_ / "env");
  setenv("ZHCORPUS_DATA", (dir_ / "env").c_str(), 1);
  Result<fs::path> flag = ResolveDataDir((dir_ / "nowhere").string());
  ASSERT_FALSE(flag.ok());
  EXPECT_NE(flag.status().ToString().find("--data-dir " + (dir_ / "nowhere").string()), std::string::npos);

  setenv("ZHCORPUS_DATA", (dir_ / "gone").c_str(), 1);
  Result<fs::path> env = ResolveDataDir();
  ASSERT_FALSE(env.ok());
  EXPECT_NE(env.status().ToString().find("ZHCORPUS_DATA=" + (dir_ / "gone").string()), std::string::npos);

  // A file is not a data directory.
  Result<fs::path> file = ResolveDataDir(Write("dict.bin", "x").string());
  EXPECT_FALSE(file.ok());
}

TEST_F(DataDirTest, WithoutFlagOrEnvironmentTheBuildTreeDataIsFound) {
  unsetenv("ZHCORPUS_DATA");
  // The test binary sits in build/bin, next to build/data.
  Result<fs::path> dir = ResolveDataDir();
  ASSERT_TRUE(dir.ok()) << dir.status().ToString();
  EXPECT_TRUE(fs::is_directory(*dir));
  EXPECT_TRUE(dir->filename() == "data" || dir->filename() == "zhcorpus") << *dir;
}

TEST_F(DataDirTest, ReadFileBytesKeepsEveryByte) {
  // Past the first read buffer, with a NUL and a CR that text mode could lose.
  const std::string bytes = std::string("北京\r\n\0上海", sizeof("北京\r\n\0上海") - 1) + std::string(70000, 'x');
  Result<std::string> read = ReadFileBytes(Write("a.txt", bytes));
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(*read, bytes);

  Result<std::string> empty = ReadFileBytes(Write("empty.txt", ""));
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(*empty, "");
}

TEST_F(DataDirTest, ReadFileBytesNamesAMissingFile) {
  Result<std::string> read = ReadFileBytes(dir_ / "none.txt");
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().ToString().find((dir_ / "none.txt").string()), std::string::npos);
}

}  // namespace
}  // namespace zhcorpus
