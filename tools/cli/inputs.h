// The input files of a tool: "-" or no path means stdin.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "zhcorpus/status.h"

namespace zhcorpus::cli {

// Opens each input path in turn ("-" or an empty list means stdin) and calls
// `fn(stream, name)`. Returns NotFound naming the first path that cannot be
// opened, before reading anything, so a typo is a usage error (exit 2).
Status ForEachInput(const std::vector<std::string>& paths,
                    const std::function<void(std::istream&, const std::string&)>& fn);

}  // namespace zhcorpus::cli
