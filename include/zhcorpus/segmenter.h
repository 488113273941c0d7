// Word segmentation: the best path through the dictionary word lattice, with
// an HMM pass for runs of unknown characters; numbers with units, Latin words
// and URLs kept whole; punctuation its own token.
//
//   auto seg = Segmenter::Load({.data_dir = dir});
//   std::vector<Token> tokens;
//   seg->Cut(DecodeUtf8("杭州市科技局发布"), &tokens);   // 杭州市/科技局/发布
//
// A Segmenter never changes after Load (words it must keep whole come in
// through SegmenterOptions): it is safe to share across threads, and Cut
// allocates nothing per character.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhcorpus/status.h"

namespace zhcorpus {

class SimplifiedView;

// A word: code-point span [start, end) of the text given to Cut, and its
// part-of-speech tag (jieba/ICTCLAS tag set: "n", "ns", "nt", "m", "x", ...).
// `pos` points into storage owned by the Segmenter.
struct Token {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string_view pos;
};

// A word added to the dictionary at load, after the user dictionaries, e.g. a
// gazetteer name that must not be cut apart. Added in order, so a condition
// sees the words before it.
struct ExtraWord {
  enum class When {
    kAlways,
    kIfUnknown,  // only when the dictionary does not hold it yet
    kIfSplit,    // only when the dictionary so far would cut it into pieces
  };
  std::u32string word;
  std::string pos = "n";
  double freq = 0;  // 0: just enough to win over its parts
  When when = When::kAlways;
};

struct SegmenterOptions {
  std::filesystem::path data_dir;                   // where dict.bin etc. live
  std::vector<std::filesystem::path> user_dicts;    // `word [freq] [tag]` per line
  bool hmm = true;                                  // HMM for unknown runs (default on)
  // Added to the log-probability of every word of two or more characters
  // (word_bonus) and of every single character (single_bonus) on the best
  // path. Both 0 = jieba's granularity (its compounds whole: 检察机关,
  // 三峡工程); the defaults cut them as the People's Daily and MSR standards do
  // (检察/机关) while 为了 or 正在 stay whole. Chosen on the PD1998 sample
  // (../shared/eval/pd1998), not on the SIGHAN test sets.
  double word_bonus = 6.0;
  double single_bonus = 2.5;
  std::vector<ExtraWord> extra_words;               // after user_dicts, in order
};

class Segmenter {
 public:
  // Bad user-dictionary lines are skipped and described in `warnings`
  // ("file:line: reason"); a missing or corrupt compiled dictionary is an error.
  static Result<Segmenter> Load(const SegmenterOptions& options,
                                std::vector<std::string>* warnings = nullptr);
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;
  ~Segmenter();

  // The tag of `word` when the dictionary holds it as one word (`和平` -> "nr"):
  // lets a gazetteer tell place names from everyday words.
  std::optional<std::string_view> WordTag(std::u32string_view word) const;

  // Segments `text` (pass a simplified view for traditional text: offsets are
  // the same). Appends tokens covering all of `text` to `out`.
  void Cut(std::u32string_view text, std::vector<Token>* out) const;

  // The traditional-to-simplified view Cut reads text through, loaded with
  // the dictionary: callers that need the view too share it instead of
  // loading the table a second time at startup.
  const SimplifiedView& Simplified() const;

  // Convenience for tools and tests: UTF-8 in, UTF-8 words out.
  std::vector<std::string> CutUtf8(std::string_view text) const;

 private:
  struct Impl;
  explicit Segmenter(std::unique_ptr<Impl> impl);
  void AddExtraWord(const ExtraWord& extra);
  std::unique_ptr<Impl> impl_;
};

}  // namespace zhcorpus
