#include "cli/inputs.h"

#include <filesystem>
#include <fstream>
#include <iostream>

namespace zhcorpus::cli {

namespace {

bool CanRead(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec) || std::filesystem::is_fifo(path, ec) ||
         std::filesystem::is_character_file(path, ec);
}

}  // namespace

Status ForEachInput(const std::vector<std::string>& paths,
                    const std::function<void(std::istream&, const std::string&)>& fn) {
  if (paths.empty()) {
    fn(std::cin, "-");
    return Status::Ok();
  }
  for (const std::string& p : paths) {
    if (p == "-" || CanRead(p)) continue;
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      std::string dir = p;
      while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
      return Status::InvalidArgument(p + ": is a directory (give the files in it: " + dir + "/*.jsonl)");
    }
    if (std::filesystem::exists(p, ec)) return Status::InvalidArgument(p + ": not a file this tool can read");
    return Status::NotFound(p + ": no such file");
  }
  for (const std::string& p : paths) {
    if (p == "-") {
      fn(std::cin, "-");
      continue;
    }
    std::ifstream in(p, std::ios::binary);
    if (!in) return Status::IoError(p + ": cannot open for reading");
    fn(in, p);
  }
  return Status::Ok();
}

}  // namespace zhcorpus::cli
