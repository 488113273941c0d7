// Keywords by TF-IDF: a word scores (share of articles holding it) x (its idf in
// a reference corpus), so a word every article uses scores low when it is
// common everywhere, and a topical word that is rare in general text rises.
#include "report/keywords.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

// jieba POS tags that carry no topic: punctuation and non-words (x w), numerals
// and classifiers (m q), particles (u*), prepositions, conjunctions, pronouns,
// adverbs (p c r d), interjections, modal and onomatopoeic words (e y o), time
// and direction words (t f). "eng" (a Latin-script word) is content.
bool StopPos(std::string_view pos) {
  if (pos.empty() || pos == "eng") return false;
  return std::string_view("xwmqupcrdeyotf").find(pos[0]) != std::string_view::npos;
}

bool IsNumeral(char32_t c) {
  return std::u32string_view(U"〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟").find(c) !=
         std::u32string_view::npos;
}

// Letters in ASCII or the Basic Multilingual Plane's scripts (Han, kana, Hangul,
// Latin, Cyrillic, Greek); digits, punctuation and symbols are not.
bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return (c >= 0x00C0 && c <= 0x052F && c != 0x00D7 && c != 0x00F7) || (c >= 0x3040 && c <= 0x30FF) ||
         (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

bool IsDigit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

std::string Fixed(double v, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

}  // namespace

// A token that opens with a digit is a figure or a date (3000吨, 2024年); without a
// POS to tell 一体化 from 二十, one that opens with a Chinese numeral is taken as one too.
bool IsKeywordCandidate(std::string_view word, std::string_view pos) {
  if (StopPos(pos)) return false;
  const std::u32string cps = DecodeUtf8(word);
  if (cps.size() < 2 || IsDigit(cps[0]) || (pos.empty() && IsNumeral(cps[0]))) return false;
  for (char32_t c : cps)
    if (IsLetter(c) && !IsNumeral(c)) return true;
  return false;
}

void KeywordCounter::Add(std::string_view word, std::string_view pos) {
  if (!IsKeywordCandidate(word, pos)) return;
  TermCount& t = terms_[std::string(word)];
  if (t.mentions++ == 0) t.pos = pos;
  if (t.last_doc != articles_) t.last_doc = articles_, ++t.docs;
}

void KeywordCounter::AddCounts(const std::string& word, const std::string& pos, std::size_t mentions,
                               std::size_t docs) {
  TermCount& t = terms_[word];
  if (t.mentions == 0) t.pos = pos;
  t.mentions += mentions, t.docs += docs;
}

ReportTable KeywordTable(const KeywordCounter& counter, std::size_t articles, const IdfTable* reference) {
  ReportTable t{"keywords", "Keywords against a reference corpus (TF-IDF)",
                {"keyword", "pos", "docs", "mentions", "idf", "score"}, "ssnnnn", {}, "", ""};
  const std::size_t n = counter.articles();
  if (!reference) {
    t.note = "no reference idf table was loaded (build/data/idf.bin; see --data-dir)";
    return t;
  }
  t.method = "tfidf: score = docs / N * idf, N = " + std::to_string(n) +
             " articles with tokens; idf from jieba 0.42.1 idf.txt, its median " + Fixed(reference->median(), 3) +
             " for words it lacks; left out: single characters, numbers, punctuation, and POS x w m q u p c r d "
             "e y o t f (particles, pronouns, adverbs, time and direction words ...)";
  if (n == 0) {
    t.note = "no record carries tokens: run `tag --tokens --pos` before report to get keywords";
    return t;
  }
  if (n < articles)
    t.note = "keywords from " + std::to_string(n) + " of " + std::to_string(articles) +
             " articles; the others carry no tokens";
  struct Scored {
    const std::string* word;
    const TermCount* count;
    double idf, score;
  };
  std::vector<Scored> rows;
  rows.reserve(counter.terms().size());
  for (const auto& [w, c] : counter.terms()) {
    const double idf = reference->Idf(w);
    rows.push_back({&w, &c, idf, static_cast<double>(c.docs) / n * idf});
  }
  const std::size_t keep = std::min(rows.size(), kMaxKeywords);
  std::partial_sort(rows.begin(), rows.begin() + keep, rows.end(), [](const Scored& a, const Scored& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.count->mentions != b.count->mentions) return a.count->mentions > b.count->mentions;
    return *a.word < *b.word;
  });
  rows.resize(keep);
  for (const Scored& r : rows)
    t.rows.push_back({*r.word, r.count->pos, std::to_string(r.count->docs), std::to_string(r.count->mentions),
                      Fixed(r.idf, 3), Fixed(r.score, 4)});
  return t;
}

}  // namespace zhcorpus
