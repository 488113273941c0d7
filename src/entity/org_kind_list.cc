// An incubator or a maker space named before the count of its kind:
// 甲乙孵化器等8家孵化器, 某某之谷众创空间等17家众创空间. The count after 等 says the
// item is one of that kind, and its coined words before the kind's noun name it.
// The kind's nouns are data (word class counted_kind: 孵化器 众创空间 加速器);
// without the count of the same kind, or with no proper word before the noun
// (省级科技企业孵化器等), the words name a category, not a body.
#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxNameTokens = 3;
constexpr std::size_t kMaxKindTokens = 2;

bool IsFunctionPos(std::string_view pos) {
  return pos.starts_with("u") || pos.starts_with("p") || pos.starts_with("c") || pos.starts_with("d") ||
         pos.starts_with("r") || pos.starts_with("m") || pos.starts_with("q");
}

bool IsCoinedPos(std::string_view pos) {
  return pos == "x" || pos == "nz" || pos == "nr" || pos == "nrt" || pos == "nt" || pos == "j" || pos == "eng";
}

}  // namespace

void Walker::FindNamedOfTheirKind() {
  const auto& toks = doc_.tokens;
  for (const std::uint32_t at : Cues()) {
    if (text_[at] != U'等') continue;
    const std::size_t k = TokenAt(at);
    if (k < 2 || toks[k].start != at || toks[k].end != at + 1) continue;
    const std::size_t batch = BatchTokens(k + 1);
    if (batch == 0) continue;
    // The kind counted after the batch, one or two tokens (孵化器; 众创 + 空间).
    std::u32string_view kind;
    for (std::size_t n = 1; n <= kMaxKindTokens && k + batch + n < toks.size(); ++n) {
      const std::size_t first = k + 1 + batch;
      const std::u32string_view w = text_.substr(toks[first].start, toks[first + n - 1].end - toks[first].start);
      if (InClass(WordClass::kCountedKind, w)) kind = w;
    }
    if (kind.empty() || at < kind.size() || text_.substr(at - kind.size(), kind.size()) != kind) continue;
    const std::uint32_t kind_start = at - static_cast<std::uint32_t>(kind.size());
    const std::size_t head = TokenAt(kind_start);
    if (toks[head].start != kind_start || head == 0 || cand_end_[at] >= 0) continue;
    // Its name: the coined words and places right before the noun, up to a verb, a
    // plain noun or punctuation; one character alone may be a piece of a coined word
    // the segmenter cut around a place (上 + 源汇 + 创). Not places alone.
    std::size_t first = head;
    bool coined = false;
    while (first > 0 && head - first < kMaxNameTokens) {
      const Token& tok = toks[first - 1];
      const bool single = tok.end - tok.start == 1 && IsHan(text_[tok.start]) && !IsFunctionPos(tok.pos);
      if (!IsCoinedPos(tok.pos) && !IsPlace(first - 1) && !single) break;
      if (tok.pos == "x" && !IsHan(text_[tok.start])) break;  // (punctuation is tagged x too)
      --first;
      coined = coined || !IsPlace(first);
    }
    if (!coined || kind_start - toks[first].start < 2) continue;
    Candidate c = NameSpan(toks[first].start, at, kind_start, "zone");
    c.region = RegionOf(c, 0, -1);
    Add(std::move(c));
  }
}

}  // namespace zhcorpus::org
