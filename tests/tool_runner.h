// Runs a built tool (from kToolDir) with stdin from a string and captures
// stdout, stderr and the exit code, for end-to-end tests.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "test_config.h"

namespace zhcorpus::testing {

struct ToolRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ReadWholeFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// `args` is appended to the tool path verbatim (the caller quotes).
inline ToolRun RunTool(const std::string& tool, const std::string& args, const std::string& stdin_text = "") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("zhcorpus_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path in = dir / "stdin", out = dir / "stdout", err = dir / "stderr";
  std::ofstream(in, std::ios::binary) << stdin_text;
  const std::string cmd = std::string(kToolDir) + "/" + tool + " " + args + " <" + in.string() + " >" +
                          out.string() + " 2>" + err.string();
  const int status = std::system(cmd.c_str());
  ToolRun run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = ReadWholeFile(out);
  run.err = ReadWholeFile(err);
  fs::remove_all(dir);
  return run;
}

}  // namespace zhcorpus::testing
