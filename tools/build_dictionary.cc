// build_dictionary: compiles data/jieba_dict.tsv and data/jieba_hmm.tsv into
// the binary dict.bin the Segmenter maps (src/segment/dictionary_writer.h).
// Run by the build (data/segment.cmake); not a user tool.
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "segment/dictionary_writer.h"

namespace seg = zhcorpus::segment;

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: build_dictionary jieba_dict.tsv jieba_hmm.tsv dict.bin\n";
    return 2;
  }
  std::ifstream dict_in(argv[1]), hmm_in(argv[2]);
  if (!dict_in || !hmm_in) {
    std::cerr << "build_dictionary: cannot read " << (dict_in ? argv[2] : argv[1]) << '\n';
    return 1;
  }
  std::vector<seg::DictionaryWord> words;
  seg::HmmModel hmm;
  zhcorpus::Status s = seg::ReadDictionaryWords(dict_in, argv[1], &words);
  if (s.ok()) s = seg::ReadHmm(hmm_in, argv[2], &hmm);
  if (!s.ok()) {
    std::cerr << "build_dictionary: " << s.message() << '\n';
    return 1;
  }
  const std::string bytes = seg::CompileDictionary(words, hmm);
  std::ofstream out(argv[3], std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.flush()) {
    std::cerr << "build_dictionary: cannot write " << argv[3] << '\n';
    return 1;
  }
  std::cerr << "build_dictionary: " << words.size() << " words, " << hmm.emit.size() << " HMM characters, "
            << bytes.size() << " bytes\n";
  return 0;
}
