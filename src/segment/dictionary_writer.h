// Internal: compiles a word list and an HMM into the bytes of dict.bin (the
// layout of dictionary_format.h), what CompiledDictionary::Load maps. Used by
// tools/build_dictionary.cc at build time.
//
//   std::vector<DictionaryWord> words;
//   HmmModel hmm;
//   Status s = ReadDictionaryWords(dict_tsv, "jieba_dict.tsv", &words);   // word<TAB>freq<TAB>tag
//   s = ReadHmm(hmm_tsv, "jieba_hmm.tsv", &hmm);                           // start/trans/emit rows
//   std::string bytes = CompileDictionary(words, hmm);
#pragma once

#include <array>
#include <istream>
#include <map>
#include <string>
#include <vector>

#include "zhcorpus/status.h"

namespace zhcorpus::segment {

struct DictionaryWord {
  std::u32string text;
  double freq = 0;
  std::string tag;
};

// Log-probabilities of the four states B M E S (in that order).
struct HmmModel {
  std::array<double, 4> start{};
  std::array<std::array<double, 4>, 4> trans{};  // [from][to]
  std::map<char32_t, std::array<float, 4>> emit;
};

// `name` is used in errors ("name:line: reason"). Blank and `#` lines skipped.
Status ReadDictionaryWords(std::istream& in, const std::string& name, std::vector<DictionaryWord>* words);
// Rows `start<TAB>S<TAB>logp`, `trans<TAB>S<TAB>S<TAB>logp`, `emit<TAB>S<TAB>char<TAB>logp`.
Status ReadHmm(std::istream& in, const std::string& name, HmmModel* hmm);

// The whole file. Of duplicate words the first is kept (as jieba does);
// characters are coded by descending frequency, which keeps the trie compact.
std::string CompileDictionary(const std::vector<DictionaryWord>& words, const HmmModel& hmm);

}  // namespace zhcorpus::segment
