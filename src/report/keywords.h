// Private: the keywords section. Counts, per distinct word, its mentions and the
// articles holding it, and ranks the words by TF-IDF against a reference table.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "zhcorpus/idf_table.h"
#include "zhcorpus/report.h"

namespace zhcorpus {

// Whether a token can be a keyword: at least two code points, some letter that
// is not a numeral, and a part of speech (when known) that carries content.
bool IsKeywordCandidate(std::string_view word, std::string_view pos);

struct TermCount {
  std::string pos;  // of the word's first counted occurrence ("" when tokens carry none)
  std::size_t mentions = 0, docs = 0;
  std::size_t last_doc = 0;  // the article that last counted this word (1-based), for docs
};

class KeywordCounter {
 public:
  // Starts the next article; every Add until the next call belongs to it.
  void BeginArticle() { ++articles_; }
  void Add(std::string_view word, std::string_view pos);
  // Adds a merged row (from a state file): counts of another shard.
  void AddCounts(const std::string& word, const std::string& pos, std::size_t mentions, std::size_t docs);

  std::size_t articles() const { return articles_; }
  const std::unordered_map<std::string, TermCount>& terms() const { return terms_; }
  void AddArticles(std::size_t n) { articles_ += n; }

 private:
  std::unordered_map<std::string, TermCount> terms_;
  std::size_t articles_ = 0;  // articles that carried tokens
};

// The keywords table; `articles` = all articles read (to say how many lacked tokens).
ReportTable KeywordTable(const KeywordCounter& counter, std::size_t articles, const IdfTable* reference);

}  // namespace zhcorpus
