// Internal to the metric linker: one document's tokens and entities, read as
// clauses, and the noun phrases next to a figure (indicator_phrase.cc).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "numbers/indicator.h"

namespace zhcorpus::indicator {

// A noun phrase: its span and its text (simplified, asides in brackets left out).
struct Phrase {
  std::uint32_t start = 0, end = 0;
  std::string text;
  bool empty() const { return text.empty(); }
};

class DocumentView {
 public:
  // `tokens`: the document's tokens, or a subset of them (without layout spaces, indicator.cc).
  DocumentView(const Document& doc, const std::vector<Token>& tokens, const std::vector<Entity>& entities,
               const IndicatorWords& words);

  const Document& doc() const { return doc_; }
  const std::vector<Entity>& entities() const { return entities_; }
  const IndicatorWords& words() const { return words_; }
  std::size_t token_count() const { return tokens_.size(); }
  const Token& token(std::size_t k) const { return tokens_[k]; }
  std::u32string_view Word(std::size_t k) const;
  bool HasRole(std::size_t k, std::uint16_t roles) const { return words_.Has(Word(k), roles); }
  // The entity covering code point `pos`, or -1.
  int EntityAt(std::uint32_t pos) const;
  // The entity touching token k (its first or last character), or -1.
  int EntityOfToken(std::size_t k) const;
  // Index of the first token ending after `pos` (the token at or after it).
  std::size_t TokenFrom(std::uint32_t pos) const;
  // The first token after entity e, walking from token k that touches it:
  // always past k, as an entity can end inside a token (mangled text cut
  // across its edge), where TokenFrom(end) would give k again and a walk
  // over entities would never end.
  std::size_t TokenPastEntity(std::size_t k, int e) const;
  // Where the sentence / clause holding `pos` starts and ends. Clauses end at
  // ，；：、 as well as at sentence ends; `major` clauses do not end at 、.
  std::uint32_t SentenceStart(std::uint32_t pos) const;
  std::uint32_t SentenceEnd(std::uint32_t pos) const;
  std::uint32_t ClauseStart(std::uint32_t pos, bool major) const;
  std::uint32_t ClauseEnd(std::uint32_t pos, bool major) const;

  // The noun phrase ending at token `last` (inclusive), walking left no
  // further than `floor`; `*before` is set to the token before the phrase.
  Phrase LeftPhrase(std::ptrdiff_t last, std::uint32_t floor, std::ptrdiff_t* before) const;
  // The noun phrase starting at token `first`, before `ceiling`; leading
  // regions and organisations that only qualify it are skipped. `object`: the
  // phrase is the object of a verb before it (确定12个城镇改造试点), so verbs
  // inside it modify its nouns.
  Phrase RightPhrase(std::size_t first, std::uint32_t ceiling, bool object = false) const;
  // Token k ends a noun phrase walking left: punctuation, a listed verb or
  // scope word, a function word, a number.
  bool Breaks(std::size_t k) const;
  bool IsPunct(std::size_t k) const;
  // A token tagged as a verb that is not listed as naming a quantity (收入 is).
  bool IsPlainVerb(std::size_t k) const;
  // 入场费, 中标额: a word ending like a fee, amount or rate (a noun whatever its tag).
  bool EndsLikeAmount(std::size_t k) const;
  // 年度计划的: a word listed only as a predicate, tagged a noun, before 的 (a noun here).
  bool IsNounBeforeDe(std::size_t k) const;
  // 成长型企业, 增长型经济: a listed verb before 型 names a kind of the noun after it (an adjective).
  bool NamesAKind(std::size_t k) const;
  // 接到举报, 开展抽查: a plain verb of two or more characters right after a
  // verb: the thing the verb acts on.
  bool IsObjectOfVerb(std::size_t k) const;
  // 一度超过, 实际增长: token k is a listed adverb before a listed verb.
  bool IsAdverbBeforeVerb(std::size_t k) const;
  // [start, end) is a clause such as 分季度看, 从结构看, 按地区分: it only says
  // how the figures after it break down.
  bool IsBreakdownClause(std::uint32_t start, std::uint32_t end) const;
  // Tokens k and k+1 make one listed word (占比, 亩均) the segmenter cut in two.
  bool IsSplitListedWord(std::size_t k) const;
  // Not a break, not a verb, not inside an entity.
  bool IsNounLike(std::size_t k) const;
  bool StartsWithListedVerb(std::size_t k) const;
  // Token k names a person (not a noun the segmenter took for a name).
  bool IsPerson(std::size_t k) const;
  // A word the segmenter did not know (tag x) or took for a name, of two or
  // more Han characters and not listed.
  bool IsUnknownWord(std::size_t k) const;
  // 数居, 额达: the length of a listed verb ending unknown word k after at
  // least one other character, or 0.
  std::size_t ListedVerbSuffix(std::size_t k) const;

 private:
  bool IsThreshold(int entity) const;
  bool HasHead(std::uint32_t start, std::uint32_t end) const;
  bool IsHeadToken(std::size_t k) const;
  std::string Text(std::uint32_t s, std::uint32_t e) const;

  const Document& doc_;
  const std::vector<Token>& tokens_;
  const std::vector<Entity>& entities_;
  const IndicatorWords& words_;
  // Positions of the characters that end sentences, major clauses (not 、)
  // and clauses, in text order: one scan per document, then binary searches.
  std::vector<std::uint32_t> sentence_ends_, major_ends_, clause_ends_;
};

// The first noun phrase of a clause, when a predicate follows it (its subject).
Phrase ClauseSubject(const DocumentView& v, std::uint32_t clause_start, std::uint32_t clause_end);

}  // namespace zhcorpus::indicator
