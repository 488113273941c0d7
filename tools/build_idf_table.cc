// build_idf_table: compiles data/jieba_idf.tsv (word<TAB>idf) into idf.bin, the
// reference `report` ranks keywords against (layout: src/report/idf_table.cc).
// Run by the build (data/idf.cmake); not a user tool.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "zhcorpus/idf_table.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: build_idf_table jieba_idf.tsv idf.bin\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "build_idf_table: cannot read " << argv[1] << '\n';
    return 1;
  }
  std::vector<std::pair<std::string, float>> entries;
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    char* end = nullptr;
    const float idf = tab == std::string::npos ? 0 : std::strtof(line.c_str() + tab + 1, &end);
    if (tab == 0 || tab == std::string::npos || end == line.c_str() + tab + 1 || *end != '\0') {
      std::cerr << argv[1] << ":" << n << ": expected word<TAB>idf\n";
      return 1;
    }
    entries.emplace_back(line.substr(0, tab), idf);
  }
  const std::string bytes = zhcorpus::IdfTable::Compile(std::move(entries));
  std::ofstream out(argv[2], std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.flush()) {
    std::cerr << "build_idf_table: cannot write " << argv[2] << '\n';
    return 1;
  }
  return 0;
}
