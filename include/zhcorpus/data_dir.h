// Where compiled data (dictionaries, gazetteers) is found. Never the current
// directory: --data-dir, then $ZHCORPUS_DATA, then <exe>/../data (the build
// tree: build/bin/../data), then <exe>/../share/zhcorpus (an install).
#pragma once

#include <filesystem>
#include <string>

#include "zhcorpus/status.h"

namespace zhcorpus {

// `flag` is the --data-dir value ("" when not given). The error lists every
// place that was tried, so the user knows what to set.
Result<std::filesystem::path> ResolveDataDir(const std::string& flag = "");

// Reads a whole file; IoError names the path.
Result<std::string> ReadFileBytes(const std::filesystem::path& path);

}  // namespace zhcorpus
