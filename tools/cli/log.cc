#include "cli/log.h"

#include <unistd.h>

#include <chrono>
#include <ctime>
#include <iostream>
#include <memory>
#include <mutex>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <spdlog/sinks/base_sink.h>

namespace zhcorpus::cli {
namespace {

std::string_view LevelName(spdlog::level::level_enum level) {
  switch (level) {
    case spdlog::level::trace: return "trace";
    case spdlog::level::debug: return "debug";
    case spdlog::level::info: return "info";
    case spdlog::level::warn: return "warning";
    case spdlog::level::err: return "error";
    case spdlog::level::critical: return "critical";
    default: return "off";
  }
}

std::string UtcTime(spdlog::log_clock::time_point when) {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(when.time_since_epoch()).count();
  const std::time_t secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
  return buf;
}

// Writes log lines and owns the progress line, so the two never garble each
// other: a log line first wipes the progress line, which comes back on the
// next ShowProgress.
class ToolSink : public spdlog::sinks::base_sink<std::mutex> {
 public:
  ToolSink(std::string tool, bool json, bool progress, std::ostream& err)
      : tool_(std::move(tool)), json_(json), progress_(progress), err_(err) {}

  void Progress(const std::string& text) {
    if (!progress_) return;
    std::lock_guard<std::mutex> lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    if (shown_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    err_ << "\r\033[K" << tool_ << ": " << text << std::flush;
    shown_ = true;
  }

  void EndProgress() {
    std::lock_guard<std::mutex> lock(mutex_);
    WipeProgress();
  }

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    WipeProgress();
    const std::string_view text(msg.payload.data(), msg.payload.size());
    if (json_) {
      nlohmann::ordered_json line{{"time", UtcTime(msg.time)}, {"level", LevelName(msg.level)}, {"tool", tool_},
                                  {"message", text}};
      err_ << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    } else {
      err_ << tool_ << ": ";
      if (msg.level == spdlog::level::warn) err_ << "warning: ";
      if (msg.level <= spdlog::level::debug) err_ << LevelName(msg.level) << ": ";
      err_ << text << '\n';
    }
  }
  void flush_() override { err_.flush(); }

 private:
  void WipeProgress() {
    if (!shown_) return;
    err_ << "\r\033[K";
    shown_ = false;
  }

  std::string tool_;
  bool json_, progress_;
  std::ostream& err_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_;
};

std::shared_ptr<ToolSink>& CurrentSink() {
  static std::shared_ptr<ToolSink> sink;
  return sink;
}

}  // namespace

void AddLogFlags(CLI::App& app, LogFlags* flags) {
  app.add_flag("-q,--quiet", flags->quiet, "errors only: no warnings, progress or summary on stderr");
  app.add_flag("-v,--verbose", flags->verbose, "also debug lines on stderr (data paths, load times)");
  app.add_option("--log-format", flags->format, "stderr lines as text or json (one object per line; default text)")
      ->check(CLI::IsMember({"text", "json"}));
}

void SetUpLogging(const std::string& tool, const LogFlags& flags, std::ostream* err) {
  const auto level = flags.quiet ? spdlog::level::err : flags.verbose ? spdlog::level::debug : spdlog::level::info;
  const bool json = flags.format == "json";
  const bool terminal = err == nullptr && isatty(STDERR_FILENO);
  auto sink = std::make_shared<ToolSink>(tool, json, terminal && !json && level <= spdlog::level::info,
                                         err ? *err : std::cerr);
  auto logger = std::make_shared<spdlog::logger>(tool, sink);
  logger->set_level(level);
  logger->flush_on(spdlog::level::trace);  // stderr lines appear as they happen
  spdlog::set_default_logger(logger);
  CurrentSink() = sink;
}

void ShowProgress(const std::string& text) {
  if (CurrentSink()) CurrentSink()->Progress(text);
}

void EndProgress() {
  if (CurrentSink()) CurrentSink()->EndProgress();
}

}  // namespace zhcorpus::cli
