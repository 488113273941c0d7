#include "segment/dictionary_writer.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <sstream>
#include <unordered_map>

#include "segment/dictionary_format.h"
#include "segment/double_array.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::segment {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  for (std::string f; std::getline(ss, f, '\t');) out.push_back(f);
  return out;
}

bool ParseNumber(const std::string& s, double* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  return *end == '\0';
}

// 0-3 for B M E S, -1 otherwise.
int StateIndex(const std::string& s) { return s.size() == 1 ? static_cast<int>(std::string_view("BMES").find(s[0])) : -1; }

Status LineError(const std::string& name, std::size_t line, const std::string& why) {
  return Status::ParseError(name + ":" + std::to_string(line) + ": " + why);
}

template <typename T>
void Append(std::string* out, const T* data, std::size_t count) {
  out->append(reinterpret_cast<const char*>(data), count * sizeof(T));
}

}  // namespace

Status ReadDictionaryWords(std::istream& in, const std::string& name, std::vector<DictionaryWord>* words) {
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = SplitTabs(line);
    double freq = 0;
    if (f.size() != 3 || f[0].empty() || !ParseNumber(f[1], &freq)) {
      return LineError(name, n, "expected word<TAB>freq<TAB>tag");
    }
    if (!IsValidUtf8(f[0])) return LineError(name, n, "word is not valid UTF-8");
    words->push_back({DecodeUtf8(f[0]), freq, f[2]});
  }
  return Status::Ok();
}

Status ReadHmm(std::istream& in, const std::string& name, HmmModel* hmm) {
  for (auto& row : hmm->trans) row.fill(-3.14e100);
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = SplitTabs(line);
    double p = 0;
    const bool ok = (f.size() == 3 && f[0] == "start" && StateIndex(f[1]) >= 0 && ParseNumber(f[2], &p)) ||
                    (f.size() == 4 && f[0] == "trans" && StateIndex(f[1]) >= 0 && StateIndex(f[2]) >= 0 &&
                     ParseNumber(f[3], &p)) ||
                    (f.size() == 4 && f[0] == "emit" && StateIndex(f[1]) >= 0 && IsValidUtf8(f[2]) &&
                     CodePointCount(f[2]) == 1 && ParseNumber(f[3], &p));
    if (!ok) return LineError(name, n, "expected start<TAB>STATE<TAB>logp, trans<TAB>FROM<TAB>TO<TAB>logp or emit<TAB>STATE<TAB>CHAR<TAB>logp");
    if (f[0] == "start") {
      hmm->start[StateIndex(f[1])] = p;
    } else if (f[0] == "trans") {
      hmm->trans[StateIndex(f[1])][StateIndex(f[2])] = p;
    } else {
      auto it = hmm->emit.try_emplace(DecodeUtf8(f[2])[0], std::array<float, 4>{-3.14e38f, -3.14e38f, -3.14e38f, -3.14e38f});
      it.first->second[StateIndex(f[1])] = static_cast<float>(p);
    }
  }
  return Status::Ok();
}

std::string CompileDictionary(const std::vector<DictionaryWord>& words, const HmmModel& hmm) {
  DictHeader header{};
  std::copy(hmm.start.begin(), hmm.start.end(), header.start);
  for (int i = 0; i < 4; ++i) std::copy(hmm.trans[i].begin(), hmm.trans[i].end(), header.trans[i]);

  std::unordered_map<char32_t, double> char_freq;
  for (const DictionaryWord& w : words) for (char32_t c : w.text) char_freq[c] += w.freq;
  std::vector<char32_t> chars;
  for (const auto& [c, f] : char_freq) chars.push_back(c);
  std::sort(chars.begin(), chars.end(), [&](char32_t a, char32_t b) {
    return char_freq[a] != char_freq[b] ? char_freq[a] > char_freq[b] : a < b;
  });
  std::unordered_map<char32_t, std::uint32_t> code;
  for (std::size_t i = 0; i < chars.size(); ++i) code[chars[i]] = static_cast<std::uint32_t>(i + 1);

  std::vector<std::pair<std::vector<std::uint32_t>, std::int32_t>> keyed;
  std::vector<std::string> tags;
  struct WordEntry {
    float log_prob;
    std::uint16_t tag;
  };
  std::vector<WordEntry> entries;
  double total = 0;
  for (const DictionaryWord& w : words) total += w.freq;
  header.log_total = std::log(total);
  for (const DictionaryWord& w : words) {
    std::vector<std::uint32_t> k;
    for (char32_t c : w.text) k.push_back(code[c]);
    auto t = std::find(tags.begin(), tags.end(), w.tag);
    if (t == tags.end()) { tags.push_back(w.tag); t = tags.end() - 1; }
    keyed.emplace_back(std::move(k), static_cast<std::int32_t>(entries.size()));
    entries.push_back({static_cast<float>(std::log(std::max(w.freq, 1.0)) - header.log_total),
                       static_cast<std::uint16_t>(t - tags.begin())});
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  keyed.erase(std::unique(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
              keyed.end());
  std::vector<std::vector<std::uint32_t>> keys;
  std::vector<std::int32_t> ids;
  for (auto& [k, id] : keyed) { keys.push_back(std::move(k)); ids.push_back(id); }
  const DoubleArray da = DoubleArray::Build(keys, ids);
  std::vector<TrieNode> nodes(da.base.size());
  for (std::size_t t = 0; t < nodes.size(); ++t) {
    nodes[t] = {da.base[t], da.check[t], 0.0f, kNoWord, 0};
    if (da.value[t] >= 0) {
      nodes[t].log_prob = entries[static_cast<std::size_t>(da.value[t])].log_prob;
      nodes[t].word_tag = entries[static_cast<std::size_t>(da.value[t])].tag;
    }
  }

  std::memcpy(header.magic, kDictMagic, sizeof header.magic);
  header.version = kDictVersion;
  header.tag_count = static_cast<std::uint32_t>(tags.size());
  header.char_count = static_cast<std::uint32_t>(chars.size());
  header.word_count = static_cast<std::uint32_t>(entries.size());
  header.da_size = static_cast<std::uint32_t>(da.base.size());
  header.emit_count = static_cast<std::uint32_t>(hmm.emit.size());
  std::vector<char> tag_bytes(tags.size() * 8, '\0');
  for (std::size_t i = 0; i < tags.size(); ++i) {
    std::memcpy(&tag_bytes[i * 8], tags[i].data(), std::min<std::size_t>(7, tags[i].size()));
  }
  const std::vector<std::uint32_t> char_cps(chars.begin(), chars.end());
  std::vector<EmitEntry> emit_entries;
  for (const auto& [cp, p] : hmm.emit) emit_entries.push_back({static_cast<std::uint32_t>(cp), {p[0], p[1], p[2], p[3]}});

  std::string out;
  Append(&out, &header, 1);
  Append(&out, tag_bytes.data(), tag_bytes.size());
  Append(&out, char_cps.data(), char_cps.size());
  Append(&out, nodes.data(), nodes.size());
  Append(&out, emit_entries.data(), emit_entries.size());
  return out;
}

}  // namespace zhcorpus::segment
