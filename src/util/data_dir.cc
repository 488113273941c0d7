#include "zhcorpus/data_dir.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

namespace zhcorpus {
namespace fs = std::filesystem;

Result<fs::path> ResolveDataDir(const std::string& flag) {
  std::vector<fs::path> tried;
  auto usable = [&](const fs::path& p) {
    tried.push_back(p);
    std::error_code ec;
    return fs::is_directory(p, ec);
  };
  if (!flag.empty()) {
    if (usable(flag)) return fs::path(flag);
    return Status::NotFound("--data-dir " + flag + ": not a directory");
  }
  if (const char* env = std::getenv("ZHCORPUS_DATA"); env && *env) {
    if (usable(env)) return fs::path(env);
    return Status::NotFound("ZHCORPUS_DATA=" + std::string(env) + ": not a directory");
  }
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path prefix = exe.parent_path().parent_path();
    for (const fs::path& p : {prefix / "data", prefix / "share" / "zhcorpus"}) {
      if (usable(p)) return p;
    }
  }
  std::string msg = "compiled data not found; tried";
  for (const fs::path& p : tried) msg += " " + p.string();
  return Status::NotFound(msg + " (build the project, or pass --data-dir / set ZHCORPUS_DATA)");
}

Result<std::string> ReadFileBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path.string() + ": cannot open for reading");
  // One read into a buffer of the file's size (a stringstream copy cost ingest
  // about 6% of its time); then whatever is left, for files that grow or pipes.
  std::error_code ec;
  const auto size = fs::is_regular_file(path, ec) ? fs::file_size(path, ec) : 0;
  std::string bytes(ec ? 0 : static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (in.eof() || in.bad()) {
    if (in.bad()) return Status::IoError(path.string() + ": read error");
    return bytes;
  }
  std::ostringstream rest;
  rest << in.rdbuf();
  if (in.bad()) return Status::IoError(path.string() + ": read error");
  const std::string tail = std::move(rest).str();
  bytes.append(tail.data(), tail.size());
  return bytes;
}

}  // namespace zhcorpus
