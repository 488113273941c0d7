// Scores `ingest` output against article gold (one JSON object per gold
// article: file, index, title, body_start, body_end, authors, outlet), as
// shared/eval/articles/README.md describes: a predicted article matches a gold
// article from the same file when its text, NFKC-folded and stripped of
// whitespace, contains body_start and then body_end.
#pragma once

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "zhcorpus/records.h"
#include "zhcorpus/status.h"

namespace zhcorpus {

struct ArticleScore {
  struct PerFile {
    std::size_t gold = 0, predicted = 0, found = 0;
  };
  std::map<std::string, PerFile> files;  // by file name
  std::size_t gold = 0, predicted = 0, found = 0, merged = 0;
  std::size_t titled = 0, title_exact = 0, title_partial = 0;  // over found articles whose gold has a title
  std::size_t authors_right = 0, outlet_right = 0;             // over found articles
  std::vector<std::string> misses;                             // "file #index: reason"

  void Print(std::ostream& out) const;
};

// `gold` and `predicted` are the parsed JSON Lines; predicted records name
// their file through "source" (its file name is compared).
ArticleScore ScoreArticles(const std::vector<Json>& gold, const std::vector<Json>& predicted);

// Web-page gold (shared/eval/html/README.md): one record per page with
// `usable`, `title`, `date`, `outlet`, `authors`, `body_start`, `body_end`,
// `body_chars`. A page is found when one predicted article of that file holds
// both body ends; clean when that article is also no longer than 1.2 x the
// gold body + 50 characters. Fields come from the matched article, else
// from the page's first article.
struct PageScore {
  std::size_t pages = 0, found = 0, clean = 0;  // over usable pages
  std::size_t title = 0, date = 0, outlet = 0, authors = 0;
  std::vector<std::string> misses;  // "file: field \"got\", gold \"want\""

  void Print(std::ostream& out) const;
};

// True when `gold` is page gold (its records carry `usable`).
bool IsPageGold(const std::vector<Json>& gold);
PageScore ScorePages(const std::vector<Json>& gold, const std::vector<Json>& predicted);

// NFKC, then every whitespace character removed.
std::string FoldForComparison(const std::string& text);

}  // namespace zhcorpus
