#include "zhcorpus/segmentation_scorer.h"

#include <algorithm>
#include <fstream>
#include <iomanip>
#include <iostream>

#include "zhcorpus/records.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

// The characters Python's str.split() splits on, so that our counts agree with
// the reference scorer (../shared/bench/seg_score.py) on every file.
bool IsWordSeparator(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

struct Word {
  std::size_t start, end;  // code points in the file's whitespace-free stream
  std::string text;
};

// Splits every line into words and appends their characters to `stream`.
void Spans(const std::vector<std::string>& lines, std::vector<Word>* words, std::u32string* stream) {
  for (const std::string& line : lines) {
    const std::u32string text = DecodeUtf8(line);
    std::size_t i = 0;
    while (i < text.size()) {
      if (IsWordSeparator(text[i])) { ++i; continue; }
      std::size_t j = i;
      while (j < text.size() && !IsWordSeparator(text[j])) ++j;
      const std::u32string_view w = std::u32string_view(text).substr(i, j - i);
      words->push_back({stream->size(), stream->size() + w.size(), EncodeUtf8(w)});
      stream->append(w);
      i = j;
    }
  }
}

std::string Excerpt(const std::u32string& s, std::size_t at) {
  const std::size_t from = at > 10 ? at - 10 : 0;
  return EncodeUtf8(std::u32string_view(s).substr(from, at - from + 10));
}

std::string Trim(const std::string& s) {
  const std::u32string t = DecodeUtf8(s);
  std::size_t a = 0, b = t.size();
  while (a < b && IsWordSeparator(t[a])) ++a;
  while (b > a && IsWordSeparator(t[b - 1])) --b;
  return EncodeUtf8(std::u32string_view(t).substr(a, b - a));
}

Status ReadLines(const std::filesystem::path& path, std::vector<std::string>* lines) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return Status::NotFound(path.string() + ": cannot open");
    in = &file;
  }
  std::string line;
  while (std::getline(*in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!IsValidUtf8(line)) {
      return Status::DataError(path.string() + ":" + std::to_string(lines->size() + 1) + ": invalid UTF-8");
    }
    lines->push_back(std::move(line));
  }
  return Status::Ok();
}

}  // namespace

double SegmentationScore::F1() const {
  const double p = Precision(), r = Recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

Result<SegmentationScore> ScoreSegmentation(const std::vector<std::string>& gold, const std::vector<std::string>& test,
                                            const WordList* words) {
  if (gold.size() != test.size()) {
    return Status::InvalidArgument("line count differs: gold " + std::to_string(gold.size()) + " vs test " +
                                   std::to_string(test.size()));
  }
  std::vector<Word> g, t;
  std::u32string gs, ts;
  Spans(gold, &g, &gs);
  Spans(test, &t, &ts);
  if (gs != ts) {
    const auto diff = std::mismatch(gs.begin(), gs.end(), ts.begin(), ts.end());
    const std::size_t at = static_cast<std::size_t>(diff.first - gs.begin());
    return Status::InvalidArgument("character streams differ at char " + std::to_string(at) + ": gold ..." +
                                   Excerpt(gs, at) + " vs test ..." + Excerpt(ts, at) + " (length " +
                                   std::to_string(gs.size()) + " vs " + std::to_string(ts.size()) + ")");
  }
  SegmentationScore score;
  score.gold_words = g.size();
  score.test_words = t.size();
  score.has_word_list = words != nullptr;
  // Both are partitions of the same stream, sorted by start: walk them together.
  std::size_t k = 0;
  for (const Word& w : g) {
    while (k < t.size() && t[k].start < w.start) ++k;
    const bool ok = k < t.size() && t[k].start == w.start && t[k].end == w.end;
    score.correct += ok;
    if (!words) continue;
    if (words->contains(w.text)) {
      ++score.iv_words;
      score.iv_correct += ok;
    } else {
      ++score.oov_words;
      score.oov_correct += ok;
    }
  }
  return score;
}

Result<SegmentationScore> ScoreSegmentationFiles(const std::filesystem::path& gold_path,
                                                 const std::filesystem::path& test_path,
                                                 const std::filesystem::path& words_path) {
  std::vector<std::string> gold, test, list;
  if (Status s = ReadLines(gold_path, &gold); !s.ok()) return s;
  if (Status s = ReadLines(test_path, &test); !s.ok()) return s;
  if (words_path.empty()) return ScoreSegmentation(gold, test, nullptr);
  if (Status s = ReadLines(words_path, &list); !s.ok()) return s;
  WordList words;
  for (const std::string& line : list) {
    if (std::string w = Trim(line); !w.empty()) words.insert(std::move(w));
  }
  return ScoreSegmentation(gold, test, &words);
}

void SegmentationScore::Print(std::ostream& out) const {
  out << "gold words " << gold_words << "  test words " << test_words << "  correct " << correct << '\n'
      << std::fixed << std::setprecision(4) << "P " << Precision() << "  R " << Recall() << "  F1 " << F1() << '\n';
  if (has_word_list) {
    out << "OOV rate " << OovRate() << "  OOV recall " << OovRecall() << "  IV recall " << IvRecall() << '\n';
  }
}

void SegmentationScore::PrintJson(std::ostream& out) const {
  // Same keys as seg_score.py --json, so scripts can read either.
  Json j = {{"gold_words", gold_words}, {"sys_words", test_words}, {"correct", correct},
            {"P", Precision()},         {"R", Recall()},           {"F1", F1()}};
  if (has_word_list) {
    j["oov_rate"] = OovRate();
    j["oov_recall"] = OovRecall();
    j["iv_recall"] = IvRecall();
  }
  out << j.dump() << '\n';
}

}  // namespace zhcorpus
