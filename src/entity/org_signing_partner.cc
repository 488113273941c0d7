// The partners an organisation signs with (某汽集团 + 与 + 甲、乙 + 签订供需合同): in signing
// news a found body, 与/和/同, then names up to a verb of agreement (签订 签署 签约 达成) are
// the other parties. Each item that reads like a brand (a proper or coined word; not a place,
// not a plain noun such as 投资人) is a company. Nothing is guessed without the found body
// before 与 (某市与某某签约 may be a city and a county), nor where the run holds other words.
#include <algorithm>

#include "article/byline.h"
#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxRunTokens = 12;

bool IsItemWordPos(std::string_view pos) {
  return pos == "x" || pos == "nz" || pos == "nt" || pos == "j" || pos == "eng" || pos == "nrt" || pos == "n" ||
         pos == "ng" || pos == "ns" || pos == "nr" || pos == "v" || pos == "vn" || pos == "a" || pos == "an" ||
         pos == "b";
}

// A party named by its side (中方, 德方, 甲方, 校方) or a person's name (与张三签订合同)
// is no firm, though the segmenter leaves both unknown words.
bool NamesNoFirm(std::u32string_view item, bool one_word) {
  if (item.size() == 2 && item.back() == U'方') return true;
  return one_word && item.size() <= 3 && article::LooksLikePersonName(EncodeUtf8(item));
}

bool IsAgreementVerb(std::u32string_view w) {
  return w == U"签订" || w == U"签署" || w == U"签约" || w == U"达成";
}

}  // namespace

// A party named by its role in the deal (投资 + 方, 合作方, 承建 + 方新 as the HMM glued it): a
// verb or a nominal verb with 方 right after it opens the item.
bool Walker::OpensWithARole(std::size_t a, std::size_t b) const {
  const auto& toks = doc_.tokens;
  const Token& first = toks[a];
  const bool verb = first.pos == "v" || first.pos == "vn";
  if (first.end - first.start == 3 && text_[first.end - 1] == U'方' && first.pos == "n") return true;  // 合作方
  return verb && a < b && text_[toks[a + 1].start] == U'方';
}

void Walker::FindSigningPartners() {
  const auto& toks = doc_.tokens;
  auto word = [&](std::size_t t) { return text_.substr(toks[t].start, toks[t].end - toks[t].start); };
  const std::size_t found = cands_->size();
  for (std::size_t ci = 0; ci < found; ++ci) {
    const Candidate& body = (*cands_)[ci];
    if (!body.valid || body.end >= text_.size()) continue;
    const char32_t joint = text_[body.end];
    if (joint != U'与' && joint != U'和' && joint != U'同') continue;
    const std::size_t j = TokenAt(body.end);
    if (j + 1 >= toks.size() || toks[j].start != body.end) continue;
    // 同 glued by the HMM to the first name (同 + 某拓 as one unknown word) leaves the rest to it.
    const bool glued = toks[j].end > body.end + 1;
    if (glued && toks[j].pos != "x") continue;
    // The run of items up to the verb of agreement.
    std::vector<std::pair<std::size_t, std::size_t>> items;
    std::size_t first = glued ? j : j + 1, t = first;
    bool agreed = false;
    for (; t < toks.size() && t - j <= kMaxRunTokens; ++t) {
      const std::u32string_view w = word(t);
      if (IsAgreementVerb(w)) {
        agreed = true;
        break;
      }
      if (w == U"、") {
        if (t == first) break;
        items.emplace_back(first, t - 1);
        first = t + 1;
        continue;
      }
      if (!IsItemWordPos(toks[t].pos) || !IsHan(w.front())) break;
    }
    if (!agreed || t == first) continue;
    items.emplace_back(first, t - 1);
    for (const auto& [a, b] : items) {
      const std::uint32_t start = a == j ? body.end + 1 : toks[a].start, end = toks[b].end;
      if (end - start < 2 || NamesNoFirm(text_.substr(start, end - start), a == b) || OpensWithARole(a, b)) continue;
      if (a != j && !ItemIsBrand(a, b)) continue;
      if (CandidateEndsIn(start, end)) continue;
      AddBrandCompany(start, end);
    }
  }
}

}  // namespace zhcorpus::org
