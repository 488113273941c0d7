#include "cli/output.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>

namespace zhcorpus::cli {
namespace {

// True when `path` is a device, a FIFO or a socket: renaming a file over it
// would be wrong (`-o /dev/null`), and it cannot be left half-written.
bool IsSpecialFile(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
}

// `dir/.name.<pid>.tmp`: beside the target, so the rename stays on one
// filesystem, and hidden from a folder listing while it is written.
std::string TemporaryFor(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  return dir + "." + base + "." + std::to_string(::getpid()) + ".tmp";
}

}  // namespace

Output::Output(std::string name, std::unique_ptr<std::ostream> file, std::string temp)
    : name_(std::move(name)), temp_(std::move(temp)), file_(std::move(file)), stream_(file_ ? file_.get() : &std::cout) {}

Output::Output(Output&& o) noexcept
    : name_(std::move(o.name_)), temp_(std::move(o.temp_)), file_(std::move(o.file_)), stream_(o.stream_) {
  o.temp_.clear();
}

Output& Output::operator=(Output&& o) noexcept {
  if (this != &o) {
    Discard();
    name_ = std::move(o.name_);
    temp_ = std::move(o.temp_);
    file_ = std::move(o.file_);
    stream_ = o.stream_;
    o.temp_.clear();
  }
  return *this;
}

Output::~Output() { Discard(); }

void Output::Discard() {
  if (temp_.empty()) return;
  file_.reset();
  std::remove(temp_.c_str());
  temp_.clear();
}

Result<Output> Output::Open(const std::string& path) {
  if (path.empty() || path == "-") return Output("<stdout>", nullptr);
  const std::string temp = IsSpecialFile(path) ? "" : TemporaryFor(path);
  auto file = std::make_unique<std::ofstream>(temp.empty() ? path : temp, std::ios::binary | std::ios::trunc);
  if (!*file) return Status::IoError(path + ": cannot open for writing");
  return Output(path, std::move(file), temp);
}

Status Output::Close() {
  stream_->flush();
  if (!*stream_) return Status::IoError(name_ + ": write failed");
  if (temp_.empty()) return Status::Ok();
  auto* file = static_cast<std::ofstream*>(file_.get());
  file->close();
  if (!*file) return Status::IoError(name_ + ": write failed");
  if (std::rename(temp_.c_str(), name_.c_str()) != 0) return Status::IoError(name_ + ": cannot replace it with the output");
  temp_.clear();
  return Status::Ok();
}

Status FlushStdout() {
  std::cout.flush();
  return std::cout ? Status::Ok() : Status::IoError("<stdout>: write failed");
}

}  // namespace zhcorpus::cli
