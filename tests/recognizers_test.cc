// The list of recognisers the Tagger runs (src/tag/recognizers.cc): every
// entity type has one, and a data folder without the unit list is an error
// that names it.
#include "tag/recognizers.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <set>
#include <unistd.h>

#include "test_config.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

namespace fs = std::filesystem;

TEST(Recognizers, EveryEntityTypeIsFound) {
  auto lists = LoadNameLists(testing::kBuildDataDir);
  ASSERT_TRUE(lists.ok()) << lists.status().message();
  auto seg = Segmenter::Load({.data_dir = testing::kBuildDataDir, .extra_words = SegmenterWords(*lists)});
  ASSERT_TRUE(seg.ok()) << seg.status().message();
  std::vector<std::unique_ptr<EntityRecognizer>> recognizers;
  ASSERT_TRUE(AddRecognizers(testing::kBuildDataDir, std::move(lists).value(), *seg, &recognizers).ok());

  Document doc;
  doc.text = doc.simplified = DecodeUtf8("2023年，杭州市科技局投入资金3000万元。");
  doc.date = CivilDate{2024, 1, 5};
  seg->Cut(doc.simplified, &doc.tokens);
  std::vector<Entity> out;
  for (const auto& r : recognizers) r->Recognize(doc, &out);
  std::set<std::string> types;
  for (const Entity& e : out) types.insert(e.type);
  EXPECT_EQ(types, (std::set<std::string>{"date", "metric", "org", "region"}));
}

TEST(Recognizers, AMissingUnitListIsNamed) {
  auto lists = LoadNameLists(testing::kBuildDataDir);
  ASSERT_TRUE(lists.ok());
  auto seg = Segmenter::Load({.data_dir = testing::kBuildDataDir});
  ASSERT_TRUE(seg.ok());
  const fs::path empty = fs::temp_directory_path() / ("zhcorpus_recognizers_" + std::to_string(getpid()));
  fs::create_directories(empty);
  std::vector<std::unique_ptr<EntityRecognizer>> recognizers;
  Status s = AddRecognizers(empty, std::move(lists).value(), *seg, &recognizers);
  fs::remove_all(empty);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("units.tsv"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace zhcorpus
