// Internal: the layout of build/data/dict.bin, written by
// tools/build_dictionary.cc and mapped by the Segmenter. All fields are
// little-endian and 4-byte aligned; sections follow the header in this order:
//   tags        tag_count x char[8]   part-of-speech names, NUL padded
//   chars       char_count x uint32   code point of character code i+1
//   nodes       da_size x TrieNode  double-array trie over character codes,
//                                   each node carrying the word that ends there
//   emit        emit_count x EmitEntry  HMM emission log-probs, sorted by cp
// The HMM start and transition log-probs are in the header.
#pragma once

#include <cstdint>

namespace zhcorpus::segment {

inline constexpr char kDictMagic[8] = {'Z', 'H', 'D', 'I', 'C', 'T', '\0', '\0'};
inline constexpr std::uint32_t kDictVersion = 2;

// HMM states, in this order everywhere.
enum HmmState { kB = 0, kM = 1, kE = 2, kS = 3 };

struct DictHeader {
  char magic[8];
  std::uint32_t version;
  std::uint32_t tag_count;
  std::uint32_t char_count;
  std::uint32_t word_count;
  std::uint32_t da_size;
  std::uint32_t emit_count;
  double log_total;       // log of the summed word frequencies
  double start[4];        // HMM log P(first state)
  double trans[4][4];     // HMM log P(to | from)
};

// One trie node. A lookup step reads one node for the transition check and
// the word ending there, so each step of the segmenter's lattice costs one
// cache line instead of separate base, check and word arrays.
inline constexpr std::uint16_t kNoWord = 0xFFFF;
struct TrieNode {
  std::int32_t base;       // children at base + code (0: none)
  std::int32_t check;      // the parent node, -1 for a free slot
  float log_prob;          // log(freq / total) of the word ending here
  std::uint16_t word_tag;  // its tag (index into tags), kNoWord when no word ends here
  std::uint16_t unused;
};
static_assert(sizeof(TrieNode) == 16);

struct EmitEntry {
  std::uint32_t cp;
  float log_prob[4];
};

}  // namespace zhcorpus::segment
