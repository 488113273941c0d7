// One Tagger with every entity type, loaded once per test suite (loading takes
// longer than most tests), for the suites that test what tag adds to a text.
#pragma once

#include <gtest/gtest.h>

#include "test_config.h"
#include "zhcorpus/tagger.h"

namespace zhcorpus::testing {

class FullTaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto tagger = Tagger::Load({.data_dir = kBuildDataDir});
    ASSERT_TRUE(tagger.ok()) << tagger.status().message();
    tagger_ = std::move(tagger).value().release();
  }
  static void TearDownTestSuite() {
    delete tagger_;
    tagger_ = nullptr;
  }

  inline static const Tagger* tagger_ = nullptr;
};

}  // namespace zhcorpus::testing
