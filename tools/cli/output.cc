#include "cli/output.h"

#include <fstream>
#include <iostream>

namespace zhcorpus::cli {

Output::Output(std::string name, std::unique_ptr<std::ostream> file)
    : name_(std::move(name)), file_(std::move(file)), stream_(file_ ? file_.get() : &std::cout) {}

Output::Output(Output&&) noexcept = default;
Output& Output::operator=(Output&&) noexcept = default;
Output::~Output() = default;

Result<Output> Output::Open(const std::string& path) {
  if (path.empty() || path == "-") return Output("<stdout>", nullptr);
  auto file = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
  if (!*file) return Status::IoError(path + ": cannot open for writing");
  return Output(path, std::move(file));
}

Status Output::Close() {
  stream_->flush();
  if (!*stream_) return Status::IoError(name_ + ": write failed");
  return Status::Ok();
}

}  // namespace zhcorpus::cli
