#include "zhcorpus/article_scorer.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <set>

#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

std::string StringOr(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::set<std::string> StringSet(const Json& j, const char* key) {
  std::set<std::string> out;
  auto it = j.find(key);
  if (it != j.end() && it->is_array()) {
    for (const Json& v : *it) if (v.is_string()) out.insert(FoldForComparison(v.get<std::string>()));
  }
  return out;
}

bool ContainsInOrder(const std::string& text, const std::string& start, const std::string& end) {
  const std::size_t a = text.find(start);
  if (a == std::string::npos) return false;
  const std::size_t b = text.rfind(end);
  return b != std::string::npos && b + end.size() >= a + start.size();
}

std::string Percent(std::size_t n, std::size_t d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%% (%zu/%zu)", d ? 100.0 * n / d : 0.0, n, d);
  return buf;
}

}  // namespace

std::string FoldForComparison(const std::string& text) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  std::string folded;
  if (U_SUCCESS(err)) {
    icu::StringByteSink<std::string> sink(&folded);
    nfkc->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink, nullptr, err);
  }
  if (U_FAILURE(err)) folded = text;
  std::u32string cps = DecodeUtf8(folded);
  std::erase_if(cps, [](char32_t c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0x3000; });
  return EncodeUtf8(cps);
}

ArticleScore ScoreArticles(const std::vector<Json>& gold, const std::vector<Json>& predicted) {
  ArticleScore score;
  struct Pred { std::string text; const Json* record; };
  std::map<std::string, std::vector<Pred>> by_file;
  for (const Json& p : predicted) {
    const std::string file = std::filesystem::path(StringOr(p, "source")).filename().string();
    by_file[file].push_back({FoldForComparison(StringOr(p, "text")), &p});
    ++score.files[file].predicted;
    ++score.predicted;
  }
  // Each gold article takes the first predicted article holding both its
  // ends; a predicted article taken by two gold articles merged them.
  std::vector<const Pred*> match(gold.size(), nullptr);
  std::map<const Pred*, int> uses;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    const Json& g = gold[i];
    const std::string file = StringOr(g, "file");
    ++score.files[file].gold;
    ++score.gold;
    const std::string start = FoldForComparison(StringOr(g, "body_start"));
    const std::string end = FoldForComparison(StringOr(g, "body_end"));
    for (const Pred& p : by_file[file]) {
      if (ContainsInOrder(p.text, start, end)) { match[i] = &p; ++uses[&p]; break; }
    }
  }
  for (std::size_t i = 0; i < gold.size(); ++i) {
    const Json& g = gold[i];
    const std::string file = StringOr(g, "file");
    const std::string label = file + " #" + std::to_string(g.value("index", 0));
    if (!match[i]) {
      score.misses.push_back(label + ": split or lost (no predicted article holds both body ends)");
      continue;
    }
    if (uses[match[i]] > 1) {
      ++score.merged;
      score.misses.push_back(label + ": merged with another gold article");
      continue;
    }
    ++score.found;
    ++score.files[file].found;
    const Json& rec = *match[i]->record;
    const std::string gold_title = FoldForComparison(StringOr(g, "title"));
    if (!gold_title.empty()) {
      ++score.titled;
      const std::string title = FoldForComparison(StringOr(rec, "title"));
      if (title == gold_title) ++score.title_exact;
      else if (!title.empty() && (title.find(gold_title) != std::string::npos || gold_title.find(title) != std::string::npos)) ++score.title_partial;
      else score.misses.push_back(label + ": title \"" + StringOr(rec, "title") + "\", gold \"" + StringOr(g, "title") + "\"");
    }
    if (StringSet(g, "authors") == StringSet(rec, "authors")) ++score.authors_right;
    if (FoldForComparison(StringOr(g, "outlet")) == FoldForComparison(StringOr(rec, "outlet"))) ++score.outlet_right;
  }
  return score;
}

bool IsPageGold(const std::vector<Json>& gold) {
  return !gold.empty() && std::all_of(gold.begin(), gold.end(), [](const Json& g) { return g.contains("usable"); });
}

PageScore ScorePages(const std::vector<Json>& gold, const std::vector<Json>& predicted) {
  std::map<std::string, std::vector<const Json*>> by_file;
  for (const Json& p : predicted) {
    by_file[std::filesystem::path(StringOr(p, "source")).filename().string()].push_back(&p);
  }
  PageScore score;
  for (const Json& g : gold) {
    if (!g.value("usable", true)) continue;
    ++score.pages;
    const std::string file = StringOr(g, "file");
    const std::string start = FoldForComparison(StringOr(g, "body_start"));
    const std::string end = FoldForComparison(StringOr(g, "body_end"));
    const std::vector<const Json*>& articles = by_file[file];
    const Json* match = nullptr;
    std::size_t match_chars = 0;
    for (const Json* p : articles) {
      const std::string text = FoldForComparison(StringOr(*p, "text"));
      if (ContainsInOrder(text, start, end)) { match = p; match_chars = CodePointCount(text); break; }
    }
    const auto miss = [&](const std::string& what, const std::string& got, const std::string& want) {
      score.misses.push_back(file + ": " + what + " \"" + got + "\", gold \"" + want + "\"");
    };
    if (match) {
      ++score.found;
      const double limit = 1.2 * g.value("body_chars", 0) + 50;
      if (match_chars <= limit) ++score.clean;
      else miss("body not clean: chars", std::to_string(match_chars), std::to_string(g.value("body_chars", 0)));
    } else {
      miss("body not found: start/end", start + "…" + end, articles.empty() ? "no article" : "");
    }
    const Json empty = Json::object();
    const Json& rec = match ? *match : articles.empty() ? empty : *articles.front();
    const auto same = [&](const char* key, std::size_t* counter) {
      const std::string got = StringOr(rec, key), want = StringOr(g, key);
      if (FoldForComparison(got) == FoldForComparison(want)) ++*counter;
      else miss(key, got, want);
    };
    same("title", &score.title);
    same("date", &score.date);
    same("outlet", &score.outlet);
    if (StringSet(g, "authors") == StringSet(rec, "authors")) ++score.authors;
    else miss("authors", rec.value("authors", Json::array()).dump(), g.value("authors", Json::array()).dump());
  }
  return score;
}

void PageScore::Print(std::ostream& out) const {
  out << "web pages (usable):                      " << pages << '\n'
      << "body found (both ends in one article):   " << Percent(found, pages) << '\n'
      << "body clean (found, <= 1.2 x gold + 50):  " << Percent(clean, pages) << '\n'
      << "title exact:                             " << Percent(title, pages) << '\n'
      << "date exact:                              " << Percent(date, pages) << '\n'
      << "outlet exact:                            " << Percent(outlet, pages) << '\n'
      << "authors right (as sets):                 " << Percent(authors, pages) << '\n';
  if (!misses.empty()) {
    out << "\nmisses:\n";
    for (const std::string& m : misses) out << "  " << m << '\n';
  }
}

void ArticleScore::Print(std::ostream& out) const {
  out << "file\tgold\tpredicted\tfound\n";
  for (const auto& [file, f] : files) out << file << '\t' << f.gold << '\t' << f.predicted << '\t' << f.found << '\n';
  out << "\narticles found (both body ends in one predicted article): " << Percent(found, gold) << '\n'
      << "merged (two gold articles in one predicted):               " << Percent(merged, gold) << '\n'
      << "titles exact (of found articles with a gold title):        " << Percent(title_exact, titled) << '\n'
      << "titles exact or partial (one contains the other):          " << Percent(title_exact + title_partial, titled) << '\n'
      << "authors right (as sets, of found articles):                " << Percent(authors_right, found) << '\n'
      << "outlet right (of found articles):                          " << Percent(outlet_right, found) << '\n';
  if (!misses.empty()) {
    out << "\nmisses:\n";
    for (const std::string& m : misses) out << "  " << m << '\n';
  }
}

}  // namespace zhcorpus
