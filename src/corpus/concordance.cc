#include "zhcorpus/concordance.h"

#include <string.h>  // memmem

#include <algorithm>

#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

bool LineContains(std::string_view line, std::string_view needle) {
  return ::memmem(line.data(), line.size(), needle.data(), needle.size()) != nullptr;
}

// Where the context around [start, end) begins and ends, in code points.
struct Window {
  std::size_t begin, end;
};

Window CharWindow(std::size_t length, std::size_t start, std::size_t end, std::size_t n) {
  return {start > n ? start - n : 0, std::min(length, end + n)};
}

// n tokens on each side; a token the hit cuts counts as one of them.
Window WordWindow(const TokenSpans& spans, std::size_t start, std::size_t end, std::size_t n) {
  // Tokens [0, before) end at or before the hit's start, or are cut by it.
  auto first = std::partition_point(spans.begin(), spans.end(), [&](const auto& s) { return s.second <= start; });
  std::size_t before = static_cast<std::size_t>(first - spans.begin());
  if (before < spans.size() && spans[before].first < start) ++before;
  // Tokens [after, size) start at or after the hit's end, or are cut by it.
  auto last = std::partition_point(spans.begin(), spans.end(), [&](const auto& s) { return s.first < end; });
  std::size_t after = static_cast<std::size_t>(last - spans.begin());
  if (after > 0 && spans[after - 1].second > end) --after;
  Window w{start, end};
  if (n > 0 && before > 0) w.begin = std::min(start, spans[before >= n ? before - n : 0].first);
  if (n > 0 && after < spans.size()) w.end = std::max(end, spans[std::min(after + n, spans.size()) - 1].second);
  return w;
}

struct RecordView {
  const TaggedRecord& record;
  std::u32string text;
  std::optional<TokenSpans> spans;  // when the record's tokens align with its text
};

}  // namespace

Concordancer Concordancer::ForWord(std::string word, ConcordanceOptions options) {
  Concordancer c(Mode::kWord, options);
  c.needles_ = {word};
  c.word_ = std::move(word);
  return c;
}

Result<Concordancer> Concordancer::ForPattern(const std::string& pattern, ConcordanceOptions options) {
  auto compiled = TextPattern::Compile(pattern);
  if (!compiled.ok()) return compiled.status();
  Concordancer c(Mode::kPattern, options);
  c.pattern_.emplace(std::move(*compiled));
  return c;
}

Concordancer Concordancer::ForEntities(EntityQuery query, ConcordanceOptions options) {
  Concordancer c(Mode::kEntities, options);
  c.needles_ = query.Needles();
  c.entities_ = std::move(query);
  return c;
}

unsigned Concordancer::parts() const {
  unsigned p = options_.unit == ContextUnit::kWords || mode_ == Mode::kWord ? kWithTokens : 0u;
  return mode_ == Mode::kEntities ? p | kWithEntities : p;
}

bool Concordancer::MayMatch(std::string_view line) const {
  if (needles_.empty()) return true;
  for (const std::string& n : needles_)
    if (LineContains(line, n)) return true;
  // A \u escape may spell the word in other bytes: parse to be sure.
  return LineContains(line, "\\u");
}

void Concordancer::Find(const TaggedRecord& record, const std::function<void(KwicHit&&)>& on_hit) const {
  RecordView view{record, DecodeUtf8(record.text), std::nullopt};
  if (record.has_tokens) view.spans = AlignTokens(view.text, record.tokens);
  const bool by_words = options_.unit == ContextUnit::kWords && view.spans;
  auto emit = [&](std::size_t start, std::size_t end, std::string type, const Json& norm) {
    const std::size_t n = options_.context, length = view.text.size();
    const Window w = by_words ? WordWindow(*view.spans, start, end, n) : CharWindow(length, start, end, n);
    KwicHit hit{record.id, record.date, record.source, record.outlet, start, end,
                EncodeUtf8(std::u32string_view(view.text).substr(w.begin, start - w.begin)),
                EncodeUtf8(std::u32string_view(view.text).substr(start, end - start)),
                EncodeUtf8(std::u32string_view(view.text).substr(end, w.end - end)), std::move(type), norm};
    on_hit(std::move(hit));
  };
  switch (mode_) {
    case Mode::kWord:
      if (view.spans) {
        for (std::size_t i = 0; i < record.tokens.size(); ++i)
          if (record.tokens[i].word == word_) emit((*view.spans)[i].first, (*view.spans)[i].second, "word", nullptr);
      } else {
        const std::u32string w = DecodeUtf8(word_);
        for (std::size_t at = view.text.find(w); !w.empty() && at != std::u32string::npos;
             at = view.text.find(w, at + w.size()))
          emit(at, at + w.size(), "word", nullptr);
      }
      break;
    case Mode::kPattern:
      pattern_->ForEachMatch(record.text, [&](std::size_t s, std::size_t e) { emit(s, e, "pattern", nullptr); });
      break;
    case Mode::kEntities:
      for (const TaggedEntity& e : record.entities)
        if (entities_.Satisfied(e)) emit(e.start, e.end, e.type, e.norm);
      break;
  }
}

std::string Concordancer::Describe() const {
  std::string what = mode_ == Mode::kWord      ? "word " + word_
                     : mode_ == Mode::kPattern ? "pattern /" + pattern_->pattern() + "/"
                                               : entities_.Describe();
  return what + ", " + std::to_string(options_.context) +
         (options_.unit == ContextUnit::kWords ? " words" : " characters") + " of context";
}

void SortHits(std::vector<KwicHit>* hits, KwicSort by) {
  auto backwards_less = [](const std::string& a, const std::string& b) {
    const std::u32string x = DecodeUtf8(a), y = DecodeUtf8(b);
    return std::lexicographical_compare(x.rbegin(), x.rend(), y.rbegin(), y.rend());
  };
  switch (by) {
    case KwicSort::kInput:
      break;
    case KwicSort::kLeft:
      std::stable_sort(hits->begin(), hits->end(),
                       [&](const KwicHit& a, const KwicHit& b) { return backwards_less(a.left, b.left); });
      break;
    case KwicSort::kRight:
      std::stable_sort(hits->begin(), hits->end(), [](const KwicHit& a, const KwicHit& b) { return a.right < b.right; });
      break;
    case KwicSort::kDate:
      // Undated hits last.
      std::stable_sort(hits->begin(), hits->end(), [](const KwicHit& a, const KwicHit& b) {
        return !a.date.empty() && (b.date.empty() || a.date < b.date);
      });
      break;
  }
}

}  // namespace zhcorpus
