#include "numbers/indicator.h"

#include <algorithm>

#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

constexpr std::size_t kMaxChars = 12;  // longer runs are clauses, not names of figures
constexpr int kMaxSkipped = 4;         // verbs/adverbs between the noun phrase and the number

bool IsNounTag(std::string_view pos) {
  return !pos.empty() && (pos[0] == 'n' || pos == "vn" || pos == "an" || pos == "j" || pos == "nz");
}

// Verbal nouns that report a change rather than name a figure (突破, 增长).
bool IsReportingWord(const Document& doc, const Token& t) {
  static constexpr std::u32string_view kWords[] = {U"突破", U"增长", U"累计", U"达到", U"实现", U"完成",
                                                   U"新增", U"超过", U"提升", U"下降", U"减少", U"增加"};
  std::u32string_view w = std::u32string_view(doc.simplified).substr(t.start, t.end - t.start);
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool IsNoun(const Document& doc, const Token& t) { return IsNounTag(t.pos) && !IsReportingWord(doc, t); }
bool IsPunct(const Document& doc, const Token& t) {
  char32_t c = doc.simplified[t.start];
  return t.end == t.start + 1 && !IsHan(c) && !(c >= U'0' && c <= U'9') && c != U'%';
}

// 全市, 我省: where the figure applies, not what it measures.
bool IsScopeWord(const Document& doc, const Token& t) {
  static constexpr std::u32string_view kScopes[] = {U"全市", U"全省", U"全国", U"全区", U"全县", U"我市", U"我省",
                                                    U"我国", U"本市", U"全球", U"全年", U"同比", U"环比", U"其中"};
  std::u32string_view w = std::u32string_view(doc.simplified).substr(t.start, t.end - t.start);
  return std::find(std::begin(kScopes), std::end(kScopes), w) != std::end(kScopes);
}

std::string Span(const Document& doc, std::uint32_t s, std::uint32_t e) {
  return EncodeUtf8(std::u32string_view(doc.simplified).substr(s, e - s));
}

Json Left(const Document& doc, std::uint32_t start) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), start,
                             [](const Token& t, std::uint32_t s) { return t.end <= s; });
  std::ptrdiff_t k = (it - doc.tokens.begin()) - 1;
  int skipped = 0;
  // 吞吐量同比增长9.9%: skip the verb and the 同比 to reach the noun.
  while (k >= 0 && (!IsNoun(doc, doc.tokens[k]) || IsScopeWord(doc, doc.tokens[k]))) {
    if (IsPunct(doc, doc.tokens[k]) || ++skipped > kMaxSkipped) return nullptr;
    --k;
  }
  if (k < 0) return nullptr;
  std::uint32_t e = doc.tokens[k].end, s = doc.tokens[k].start;
  while (k > 0 && IsNoun(doc, doc.tokens[k - 1]) && e - doc.tokens[k - 1].start <= kMaxChars &&
         !IsScopeWord(doc, doc.tokens[k - 1])) {
    s = doc.tokens[--k].start;
  }
  return Span(doc, s, e);
}

Json Right(const Document& doc, std::uint32_t end) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), end,
                             [](const Token& t, std::uint32_t e) { return t.start < e; });
  if (it == doc.tokens.end() || it->start != end || !IsNoun(doc, *it)) return nullptr;
  std::uint32_t s = it->start, e = it->end;
  for (++it; it != doc.tokens.end() && IsNoun(doc, *it) && it->end - s <= kMaxChars; ++it) e = it->end;
  return Span(doc, s, e);
}

}  // namespace

Json FindIndicator(const Document& doc, std::uint32_t start, std::uint32_t end, bool prefer_right) {
  if (doc.tokens.empty()) return nullptr;
  Json first = prefer_right ? Right(doc, end) : Left(doc, start);
  if (!first.is_null()) return first;
  return prefer_right ? Left(doc, start) : Right(doc, end);
}

}  // namespace zhcorpus
