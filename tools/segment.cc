// segment: plain text in, words out, line for line (SIGHAN style).
#include <exception>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "zhcorpus/data_dir.h"
#include "zhcorpus/jsonl.h"
#include "zhcorpus/segmenter.h"
#include "zhcorpus/simplified.h"
#include "zhcorpus/utf8.h"

namespace zh = zhcorpus;

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
};

// Writes the words of one line; spaces in the input are dropped unless asked.
void WriteLine(const zh::Segmenter& seg, const zh::SimplifiedView& view, const Flags& flags, const std::string& line,
               std::vector<zh::Token>* tokens, std::string* out) {
  const std::u32string text = zh::DecodeUtf8(line);
  tokens->clear();
  seg.Cut(view.Convert(text), tokens);
  bool first = true;
  for (const zh::Token& t : *tokens) {
    const std::u32string_view word = std::u32string_view(text).substr(t.start, t.end - t.start);
    if (!flags.keep_spaces && word.find_first_not_of(U" \t\r\u3000") == std::u32string_view::npos) continue;
    if (!first) *out += flags.delimiter;
    first = false;
    for (char32_t c : word) zh::AppendUtf8(c, out);
    if (flags.pos) {
      *out += '/';
      *out += t.pos;
    }
  }
  *out += '\n';
}

int Run(const Flags& flags) {
  auto data_dir = zh::ResolveDataDir(flags.data_dir);
  if (!data_dir.ok()) { std::cerr << "segment: " << data_dir.status().message() << '\n'; return 2; }
  std::vector<std::string> warnings;
  auto seg = zh::Segmenter::Load({*data_dir, {flags.user_dicts.begin(), flags.user_dicts.end()}, !flags.no_hmm}, &warnings);
  for (const std::string& w : warnings) std::cerr << "segment: warning: " << w << '\n';
  if (!seg.ok()) { std::cerr << "segment: " << seg.status().message() << '\n'; return 2; }
  auto view = zh::SimplifiedView::Load(*data_dir);
  if (!view.ok()) { std::cerr << "segment: " << view.status().message() << '\n'; return 2; }
  auto out_stream = zh::OpenOutput(flags.output);
  if (!out_stream.ok()) { std::cerr << "segment: " << out_stream.status().message() << '\n'; return 2; }
  std::ostream& out = **out_stream;
  std::ios::sync_with_stdio(false);
  std::size_t bad_lines = 0;
  std::vector<zh::Token> tokens;
  std::string buffer;
  zh::Status read = zh::ForEachInput(flags.inputs, [&](std::istream& in, const std::string& name) {
    std::string line;
    for (std::size_t no = 1; std::getline(in, line); ++no) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (std::size_t bad = zh::FindInvalidUtf8(line); bad != std::string::npos) {
        std::cerr << "segment: " << (name == "-" ? "<stdin>" : name) << ":" << no << ": invalid UTF-8 at byte "
                  << bad + 1 << "; line left empty\n";
        ++bad_lines;
        buffer += '\n';  // keep the output line for line
      } else {
        WriteLine(*seg, *view, flags, line, &tokens, &buffer);
      }
      if (buffer.size() > (1 << 16)) { out << buffer; buffer.clear(); }
    }
  });
  out << buffer;
  out.flush();
  if (!read.ok()) { std::cerr << "segment: " << read.message() << '\n'; return 2; }
  return bad_lines ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
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
  app.add_option("--data-dir", flags.data_dir, "compiled data (default: $ZHCORPUS_DATA, then next to the tool)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  try {
    return Run(flags);
  } catch (const std::exception& e) {
    std::cerr << "segment: " << e.what() << '\n';
    return 2;
  }
}
