// Shared by the libFuzzer targets: the input as text, and the tagger loaded
// once per process from the build's data (build-fuzz/data).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "zhcorpus/data_dir.h"
#include "zhcorpus/tagger.h"

namespace zhcorpus::fuzz {

inline std::string_view AsText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Aborts when the data is missing: a fuzzer that silently tests nothing
// would pass.
inline const Tagger& SharedTagger() {
  static const std::unique_ptr<Tagger> tagger = [] {
    auto dir = ResolveDataDir();
    if (!dir.ok()) std::abort();
    TaggerOptions options;
    options.data_dir = *dir;
    auto loaded = Tagger::Load(options);
    if (!loaded.ok()) std::abort();
    return std::move(loaded).value();
  }();
  return *tagger;
}

}  // namespace zhcorpus::fuzz
