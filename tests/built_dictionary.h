// The compiled dictionary of the build (build/data/dict.bin), loaded once per
// test binary, for tests of the segmenter's inner steps (HMM, number scanner)
// that take a dictionary rather than a whole Segmenter.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "segment/compiled_dictionary.h"
#include "test_config.h"

namespace zhcorpus::testing {

inline const segment::CompiledDictionary& BuiltDictionary() {
  static const segment::CompiledDictionary* dict = [] {
    auto loaded = segment::CompiledDictionary::Load(std::filesystem::path(kBuildDataDir) / "dict.bin");
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      std::abort();  // every test of the file needs it: stop with the reason above
    }
    return new segment::CompiledDictionary(std::move(loaded).value());
  }();
  return *dict;
}

}  // namespace zhcorpus::testing
