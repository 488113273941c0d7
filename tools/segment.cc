// segment: plain text in, words out, line for line (SIGHAN style).
#include <exception>
#include <iostream>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/process.h"
#include "cli/error_log.h"
#include "cli/inputs.h"
#include "cli/log.h"
#include "cli/output.h"
#include "zhcorpus/data_dir.h"
#include "zhcorpus/line_segmenter.h"
#include "zhcorpus/records.h"
#include "zhcorpus/segmenter.h"
#include "zhcorpus/simplified.h"
#include "zhcorpus/utf8.h"

namespace zh = zhcorpus;
namespace cli = zhcorpus::cli;

namespace {

struct Flags {
  std::vector<std::string> inputs;
  std::string output;
  std::string delimiter = " ";
  std::string data_dir;
  std::vector<std::string> user_dicts;
  bool pos = false;
  bool no_hmm = false;
  bool keep_spaces = false;
  bool strict = false;
  cli::LogFlags log;
};

int Run(const Flags& flags) {
  auto data_dir = zh::ResolveDataDir(flags.data_dir);
  if (!data_dir.ok()) { spdlog::error("{}", data_dir.status().message()); return cli::kExitUsage; }
  spdlog::debug("data from {}", data_dir->string());
  std::vector<std::string> warnings;
  auto seg = zh::Segmenter::Load({*data_dir, {flags.user_dicts.begin(), flags.user_dicts.end()}, !flags.no_hmm}, &warnings);
  for (const std::string& w : warnings) spdlog::warn("{}", w);
  if (!seg.ok()) { spdlog::error("{}", seg.status().message()); return cli::kExitUsage; }
  auto output = cli::Output::Open(flags.output);
  if (!output.ok()) { spdlog::error("{}", output.status().message()); return cli::kExitUsage; }
  std::ostream& out = output->stream();
  std::ios::sync_with_stdio(false);
  cli::ErrorLog errors(flags.strict);
  zh::LineSegmenter lines(*seg, seg->Simplified(), {flags.delimiter, flags.pos, flags.keep_spaces});
  std::string buffer;
  zh::Status read = cli::ForEachInput(flags.inputs, [&](std::istream& in, const std::string& name) {
    zh::ForEachLine(in, [&](std::string_view line, std::size_t no) {
      if (errors.ShouldStop()) return;  // --strict: nothing after the first bad line
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      const auto spill = [&out](std::string* words) { out << *words; words->clear(); };
      if (std::optional<std::size_t> bad = lines.Append(line, &buffer, spill)) {  // the output keeps an empty line
        errors.Report({name == "-" ? "<stdin>" : name, no,
                       "invalid UTF-8 at byte " + std::to_string(*bad + 1) + (flags.strict ? "" : "; line left empty")});
        if (errors.ShouldStop()) buffer.pop_back();  // not even its empty line
      }
      if (buffer.size() > (1 << 16)) { out << buffer; buffer.clear(); }
    });
  });
  out << buffer;
  if (!read.ok()) { spdlog::error("{}", read.message()); return cli::kExitUsage; }
  if (zh::Status closed = output->Close(); !closed.ok()) { spdlog::error("{}", closed.message()); return cli::kExitUsage; }
  return errors.ExitCode();
}

}  // namespace

int main(int argc, char** argv) {
  zhcorpus::cli::PrepareProcess();
  Flags flags;
  CLI::App app{
      "segment: split Chinese text into words, line for line.\n\n"
      "Reads UTF-8 text (files or stdin) and writes each line's words separated by a space,\n"
      "so SIGHAN scorers and Unix tools work on the output. Traditional characters are\n"
      "segmented through a simplified view; the output keeps the text as written.\n\n"
      "  echo 杭州市科技局发布1588亿元技术交易额 | segment\n"
      "  segment --pos --user-dict mywords.txt news.txt -o words.txt\n"};
  app.add_option("inputs", flags.inputs, "text files (default: stdin; - is stdin)");
  app.add_option("-o,--output", flags.output, "write here instead of stdout");
  app.add_option("-d,--delimiter", flags.delimiter, "between words (default: one space)");
  app.add_flag("--pos", flags.pos, "write word/tag (jieba/ICTCLAS tags; m number, eng Latin, x punctuation)");
  app.add_option("--user-dict", flags.user_dicts, "extra words, `word [freq] [tag]` per line, # comments (repeatable)");
  app.add_flag("--no-hmm", flags.no_hmm, "do not guess unknown words with the HMM");
  app.add_flag("--keep-spaces", flags.keep_spaces, "also write the input's spaces as tokens");
  app.add_flag("--strict", flags.strict, "stop at the first line that is not UTF-8 (nothing after it is written)");
  app.add_option("--data-dir", flags.data_dir, "compiled data (default: $ZHCORPUS_DATA, then next to the tool)");
  cli::AddLogFlags(app, &flags.log);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? cli::kExitOk : cli::kExitUsage;
  }
  cli::SetUpLogging("segment", flags.log);
  try {
    return Run(flags);
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return cli::kExitUsage;
  }
}
