// A Tagger that finds organisations only, shared by the organisation test
// suites, and the ways they print what it found.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_config.h"
#include "zhcorpus/tagger.h"

namespace zhcorpus::testing {

class OrgTaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto tagger = Tagger::Load({.data_dir = kBuildDataDir, .types = {"org"}});
    ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
    tagger_ = std::move(tagger).value().release();
  }
  static void TearDownTestSuite() {
    delete tagger_;
    tagger_ = nullptr;
  }

  static std::vector<Entity> Tag(const std::string& text) { return tagger_->Tag(text, std::nullopt).entities; }

  // "text|kind" per org, in order.
  static std::vector<std::string> Orgs(const std::string& text) {
    std::vector<std::string> out;
    for (const Entity& e : Tag(text)) out.push_back(e.text + "|" + e.norm.Get("kind").string());
    return out;
  }

  // "text|norm.name" per org, in order: the mention and the name it stands for.
  static std::vector<std::string> Named(const std::string& text) {
    std::vector<std::string> out;
    for (const Entity& e : Tag(text)) out.push_back(e.text + "|" + e.norm.Get("name").string());
    return out;
  }

  inline static Tagger* tagger_ = nullptr;
};

}  // namespace zhcorpus::testing
