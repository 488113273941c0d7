// build_dictionary: compiles data/jieba_dict.tsv and data/jieba_hmm.tsv into
// the binary dict.bin the Segmenter maps (layout: src/segment/dictionary_format.h).
// Run by the build (data/segment.cmake); not a user tool.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "segment/dictionary_format.h"
#include "segment/double_array.h"
#include "zhcorpus/utf8.h"

namespace seg = zhcorpus::segment;

namespace {

struct Word {
  std::u32string text;
  double freq;
  std::string tag;
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  for (std::string f; std::getline(ss, f, '\t');) out.push_back(f);
  return out;
}

bool ReadWords(const char* path, std::vector<Word>* words) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    auto f = SplitTabs(line);
    if (f.size() != 3) {
      std::cerr << path << ":" << n << ": expected word<TAB>freq<TAB>tag\n";
      return false;
    }
    words->push_back({zhcorpus::DecodeUtf8(f[0]), std::stod(f[1]), f[2]});
  }
  return true;
}

int StateIndex(const std::string& s) { return std::string("BMES").find(s[0]); }

bool ReadHmm(const char* path, seg::DictHeader* h, std::map<char32_t, std::array<float, 4>>* emit) {
  std::ifstream in(path);
  if (!in) return false;
  for (auto& row : h->trans) std::fill(std::begin(row), std::end(row), -3.14e100);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto f = SplitTabs(line);
    if (f[0] == "start") {
      h->start[StateIndex(f[1])] = std::stod(f[2]);
    } else if (f[0] == "trans") {
      h->trans[StateIndex(f[1])][StateIndex(f[2])] = std::stod(f[3]);
    } else if (f[0] == "emit") {
      const std::u32string c = zhcorpus::DecodeUtf8(f[2]);
      auto it = emit->try_emplace(c[0], std::array<float, 4>{-3.14e38f, -3.14e38f, -3.14e38f, -3.14e38f});
      it.first->second[StateIndex(f[1])] = static_cast<float>(std::stod(f[3]));
    }
  }
  return true;
}

template <typename T>
void WriteVector(std::ofstream& out, const std::vector<T>& v) {
  out.write(reinterpret_cast<const char*>(v.data()), static_cast<std::streamsize>(v.size() * sizeof(T)));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: build_dictionary jieba_dict.tsv jieba_hmm.tsv dict.bin\n";
    return 2;
  }
  std::vector<Word> words;
  seg::DictHeader header{};
  std::map<char32_t, std::array<float, 4>> emit;
  if (!ReadWords(argv[1], &words) || !ReadHmm(argv[2], &header, &emit)) {
    std::cerr << "build_dictionary: cannot read inputs\n";
    return 1;
  }
  // Character codes by descending frequency keep the trie compact.
  std::unordered_map<char32_t, double> char_freq;
  for (const Word& w : words) for (char32_t c : w.text) char_freq[c] += w.freq;
  std::vector<char32_t> chars;
  for (const auto& [c, f] : char_freq) chars.push_back(c);
  std::sort(chars.begin(), chars.end(), [&](char32_t a, char32_t b) {
    return char_freq[a] != char_freq[b] ? char_freq[a] > char_freq[b] : a < b;
  });
  std::unordered_map<char32_t, std::uint32_t> code;
  for (std::size_t i = 0; i < chars.size(); ++i) code[chars[i]] = static_cast<std::uint32_t>(i + 1);

  // Duplicate words: keep the first (jieba does the same).
  std::vector<std::pair<std::vector<std::uint32_t>, std::int32_t>> keyed;
  std::vector<std::string> tags;
  std::vector<seg::WordEntry> entries;
  double total = 0;
  for (const Word& w : words) total += w.freq;
  header.log_total = std::log(total);
  for (const Word& w : words) {
    std::vector<std::uint32_t> k;
    for (char32_t c : w.text) k.push_back(code[c]);
    auto t = std::find(tags.begin(), tags.end(), w.tag);
    if (t == tags.end()) { tags.push_back(w.tag); t = tags.end() - 1; }
    keyed.emplace_back(std::move(k), static_cast<std::int32_t>(entries.size()));
    entries.push_back({static_cast<float>(std::log(std::max(w.freq, 1.0)) - header.log_total),
                       static_cast<std::uint16_t>(t - tags.begin()), static_cast<std::uint16_t>(w.text.size())});
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  keyed.erase(std::unique(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
              keyed.end());
  std::vector<std::vector<std::uint32_t>> keys;
  std::vector<std::int32_t> ids;
  for (auto& [k, id] : keyed) { keys.push_back(std::move(k)); ids.push_back(id); }
  const seg::DoubleArray da = seg::DoubleArray::Build(keys, ids);

  std::memcpy(header.magic, seg::kDictMagic, sizeof header.magic);
  header.version = seg::kDictVersion;
  header.tag_count = static_cast<std::uint32_t>(tags.size());
  header.char_count = static_cast<std::uint32_t>(chars.size());
  header.word_count = static_cast<std::uint32_t>(entries.size());
  header.da_size = static_cast<std::uint32_t>(da.base.size());
  header.emit_count = static_cast<std::uint32_t>(emit.size());
  std::vector<char> tag_bytes(tags.size() * 8, '\0');
  for (std::size_t i = 0; i < tags.size(); ++i) std::memcpy(&tag_bytes[i * 8], tags[i].data(), std::min<std::size_t>(7, tags[i].size()));
  std::vector<std::uint32_t> char_cps(chars.begin(), chars.end());
  std::vector<seg::EmitEntry> emit_entries;
  for (const auto& [cp, p] : emit) emit_entries.push_back({static_cast<std::uint32_t>(cp), {p[0], p[1], p[2], p[3]}});

  std::ofstream out(argv[3], std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(&header), sizeof header);
  WriteVector(out, tag_bytes);
  WriteVector(out, char_cps);
  WriteVector(out, entries);
  WriteVector(out, da.base);
  WriteVector(out, da.check);
  WriteVector(out, emit_entries);
  if (!out) {
    std::cerr << "build_dictionary: cannot write " << argv[3] << '\n';
    return 1;
  }
  std::cerr << "build_dictionary: " << entries.size() << " words, " << chars.size() << " characters, "
            << da.base.size() << " trie slots\n";
  return 0;
}
