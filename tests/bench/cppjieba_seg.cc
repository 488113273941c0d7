// Benchmark driver for cppjieba (compiled by segment_bench.sh against the
// headers and dictionaries of npm's `nodejieba` package, fetched at benchmark
// time; none of cppjieba is in this repository). Same contract as the drivers
// in ../shared/bench: INPUT OUTPUT, line for line, words joined by one space,
// whitespace tokens dropped. Mix mode (dictionary + HMM), as jieba's default.
//   cppjieba_seg DICT_DIR INPUT OUTPUT
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "cppjieba/Jieba.hpp"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: cppjieba_seg DICT_DIR INPUT OUTPUT\n";
    return 2;
  }
  const std::string dir = std::string(argv[1]) + "/";
  cppjieba::Jieba jieba(dir + "jieba.dict.utf8", dir + "hmm_model.utf8", dir + "user.dict.utf8", dir + "idf.utf8",
                        dir + "stop_words.utf8");
  std::ifstream in(argv[2]);
  std::ofstream out(argv[3]);
  std::string line, buffer;
  std::vector<std::string> words;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    jieba.Cut(line, words, true);
    bool first = true;
    for (const std::string& w : words) {
      if (w.find_first_not_of(" \t\r\n") == std::string::npos || w == "\xE3\x80\x80") continue;
      if (!first) buffer += ' ';
      first = false;
      buffer += w;
    }
    buffer += '\n';
    if (buffer.size() > (1 << 16)) { out << buffer; buffer.clear(); }
  }
  out << buffer;
  return 0;
}
