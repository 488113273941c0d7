// Scores a word segmentation against gold, SIGHAN bakeoff style: both files
// have one sentence per line, words separated by whitespace, and the same
// text once whitespace is removed. Words are compared as character spans over
// the whole file (not per line: the icwb2 MSR gold moves a few quotes to the
// neighbouring line), so a test word is right iff a gold word has exactly its
// [start, end). With a training word list, gold words not in it are OOV.
//
//   auto score = ScoreSegmentationFiles("gold.utf8", "test.utf8", "training_words.utf8");
//   score->Print(std::cout);   // P, R, F1, OOV rate, OOV recall, IV recall
#pragma once

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <unordered_set>
#include <vector>

#include "zhcorpus/status.h"

namespace zhcorpus {

struct SegmentationScore {
  std::size_t gold_words = 0, test_words = 0, correct = 0;
  bool has_word_list = false;  // the OOV/IV counts below mean something
  std::size_t oov_words = 0, oov_correct = 0, iv_words = 0, iv_correct = 0;

  double Precision() const { return test_words ? static_cast<double>(correct) / test_words : 0.0; }
  double Recall() const { return gold_words ? static_cast<double>(correct) / gold_words : 0.0; }
  double F1() const;
  double OovRate() const { return gold_words ? static_cast<double>(oov_words) / gold_words : 0.0; }
  double OovRecall() const { return oov_words ? static_cast<double>(oov_correct) / oov_words : 0.0; }
  double IvRecall() const { return iv_words ? static_cast<double>(iv_correct) / iv_words : 0.0; }

  // Three lines of text (as ../shared/bench/seg_score.py prints), or one JSON object.
  void Print(std::ostream& out) const;
  void PrintJson(std::ostream& out) const;
};

// The training word list: one word per line, surrounding whitespace ignored.
using WordList = std::unordered_set<std::string>;

// `gold` and `test` are whole files' lines (without line ends). Errors: the
// line counts differ, or the character streams differ (the message shows where).
// `words` may be null: then no OOV/IV figures.
Result<SegmentationScore> ScoreSegmentation(const std::vector<std::string>& gold, const std::vector<std::string>& test,
                                            const WordList* words);

// Reads the files ("-" = stdin for one of gold/test); `words_path` empty = no list.
Result<SegmentationScore> ScoreSegmentationFiles(const std::filesystem::path& gold_path,
                                                 const std::filesystem::path& test_path,
                                                 const std::filesystem::path& words_path);

}  // namespace zhcorpus
