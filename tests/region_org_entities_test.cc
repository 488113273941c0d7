// Regions and organisations as the Tagger loads and runs them
// (src/tag/region_org_entities.cc): the name lists load from the data
// folder, the segmenter learns the names it must keep whole, and one
// recogniser finds the regions and then the organisations that use them.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "tag/recognizers.h"
#include "test_config.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

class RegionOrgEntitiesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto lists = LoadNameLists(testing::kBuildDataDir);
    ASSERT_TRUE(lists.ok()) << lists.status().message();
    words_ = new std::vector<ExtraWord>(SegmenterWords(*lists));
    auto seg = Segmenter::Load({.data_dir = testing::kBuildDataDir, .extra_words = *words_});
    ASSERT_TRUE(seg.ok()) << seg.status().message();
    segmenter_ = new Segmenter(std::move(seg).value());
    recognizers_ = new std::vector<std::unique_ptr<EntityRecognizer>>();
    AddRegionAndOrgRecognizers(std::move(lists).value(), *segmenter_, recognizers_);
  }
  static void TearDownTestSuite() {
    delete recognizers_;
    delete segmenter_;
    delete words_;
  }

  // "type text" of every candidate, in the order found.
  static std::vector<std::string> Find(const std::string& utf8) {
    Document doc;
    doc.text = doc.simplified = DecodeUtf8(utf8);
    segmenter_->Cut(doc.simplified, &doc.tokens);
    std::vector<Entity> out;
    for (const auto& r : *recognizers_) r->Recognize(doc, &out);
    std::vector<std::string> found;
    for (const Entity& e : out)
      found.push_back(e.type + " " + EncodeUtf8(std::u32string_view(doc.text).substr(e.start, e.end - e.start)));
    return found;
  }

  static std::vector<ExtraWord>* words_;
  static Segmenter* segmenter_;
  static std::vector<std::unique_ptr<EntityRecognizer>>* recognizers_;
};
std::vector<ExtraWord>* RegionOrgEntitiesTest::words_ = nullptr;
Segmenter* RegionOrgEntitiesTest::segmenter_ = nullptr;
std::vector<std::unique_ptr<EntityRecognizer>>* RegionOrgEntitiesTest::recognizers_ = nullptr;

bool Has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

TEST_F(RegionOrgEntitiesTest, OneRecogniserForRegionsAndOrganisations) {
  ASSERT_EQ(recognizers_->size(), 1u);
  for (const char* type : {"region", "org", "metric", "date"}) EXPECT_TRUE((*recognizers_)[0]->Affects(type)) << type;
  const auto found = Find("杭州市科技局发布通知。");
  EXPECT_TRUE(Has(found, "org 杭州市科技局")) << ::testing::PrintToString(found);
  EXPECT_TRUE(Has(found, "region 杭州市")) << ::testing::PrintToString(found);  // the Tagger keeps the longer org
}

TEST_F(RegionOrgEntitiesTest, TheSegmenterLearnsOrganisationNamesToKeepWhole) {
  const bool has_org_word = std::any_of(words_->begin(), words_->end(), [](const ExtraWord& w) {
    return w.pos == "nt" && w.when == ExtraWord::When::kIfSplit;
  });
  EXPECT_TRUE(has_org_word);
}

TEST_F(RegionOrgEntitiesTest, PlainTextHasNoEntities) {
  EXPECT_TRUE(Find("今天天气很好，我们去散步。").empty());
}

TEST(RegionOrgEntities, AMissingDataFolderIsAnError) {
  auto lists = LoadNameLists(std::filesystem::path(testing::kBuildDataDir) / "no_such_folder");
  ASSERT_FALSE(lists.ok());
  EXPECT_NE(lists.status().message().find("no_such_folder"), std::string::npos) << lists.status().message();
}

}  // namespace
}  // namespace zhcorpus
