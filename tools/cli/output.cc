#include "cli/output.h"

#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstring>
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

// Temporaries a signal must not leave behind (Ctrl-C, `kill`, a closed
// terminal): the handler may only call async-signal-safe functions, so the
// paths sit in fixed buffers, and a slot is published by its flag last.
constexpr int kMaxPending = 8;
char pending_path[kMaxPending][4096];
volatile std::sig_atomic_t pending_used[kMaxPending];

extern "C" void RemovePendingAndDie(int sig) {
  for (int i = 0; i < kMaxPending; ++i) {
    if (pending_used[i]) ::unlink(pending_path[i]);
  }
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

// Catches the signals that end a run from outside, unless the shell started
// us with them ignored (`nohup`, a background job's SIGINT).
void InstallCleanupHandlers() {
  static bool installed = false;
  if (installed) return;
  installed = true;
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction old {};
    if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    struct sigaction act {};
    act.sa_handler = RemovePendingAndDie;
    sigemptyset(&act.sa_mask);
    ::sigaction(sig, &act, nullptr);
  }
}

// Records `temp` for the handler; a path too long for a slot (or a ninth
// output) is still removed by the destructor on a normal failure.
void AddPending(const std::string& temp) {
  InstallCleanupHandlers();
  if (temp.size() >= sizeof pending_path[0]) return;
  for (int i = 0; i < kMaxPending; ++i) {
    if (pending_used[i]) continue;
    std::memcpy(pending_path[i], temp.c_str(), temp.size() + 1);
    pending_used[i] = 1;
    return;
  }
}

void DropPending(const std::string& temp) {
  for (int i = 0; i < kMaxPending; ++i) {
    if (pending_used[i] && temp == pending_path[i]) pending_used[i] = 0;
  }
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
  DropPending(temp_);
  temp_.clear();
}

Result<Output> Output::Open(const std::string& path) {
  if (path.empty() || path == "-") return Output("<stdout>", nullptr);
  const std::string temp = IsSpecialFile(path) ? "" : TemporaryFor(path);
  if (!temp.empty()) AddPending(temp);  // before it exists: no window for a signal
  auto file = std::make_unique<std::ofstream>(temp.empty() ? path : temp, std::ios::binary | std::ios::trunc);
  if (!*file) {
    DropPending(temp);
    return Status::IoError(path + ": cannot open for writing");
  }
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
  DropPending(temp_);
  temp_.clear();
  return Status::Ok();
}

Status FlushStdout() {
  std::cout.flush();
  return std::cout ? Status::Ok() : Status::IoError("<stdout>: write failed");
}

}  // namespace zhcorpus::cli
