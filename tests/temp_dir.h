// A scratch folder for one test: named after the test and this process, so
// the suite run twice at once (two checkouts, a sanitized run beside a normal
// one) never shares files, and emptied first, so leftovers of a killed run
// never change a result.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

namespace zhcorpus::testing {

inline std::filesystem::path FreshTempDir(const std::string& stem) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / (stem + "_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace zhcorpus::testing
