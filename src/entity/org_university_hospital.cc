// A university's hospital written right after it (某大学 + 湘雅医院, 某大学 + 某某二医院): one
// name, the longest, kind other as hospitals are. The dictionary knows many teaching
// hospitals by their own names (湘雅医院/nt) and the numbered-unit rule finds others
// (某地 + 二医院), so the university and the hospital come out as two bodies; written
// together they are the university's hospital.
#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {

void Walker::JoinUniversityHospitals() {
  for (Candidate& hospital : *cands_) {
    if (!hospital.valid || hospital.start == 0 || hospital.end - hospital.start < 3 || text_[hospital.end - 1] != U'院' ||
        text_[hospital.end - 2] != U'医') {
      continue;
    }
    int u = cand_end_[hospital.start];
    // (附属, "affiliated", may stand between them: 某大学医学院 + 附属 + 协和医院/nt.)
    if (u < 0 && hospital.start >= 2 && text_.substr(hospital.start - 2, 2) == U"附属") u = cand_end_[hospital.start - 2];
    if (u < 0) continue;
    Candidate& university = (*cands_)[u];
    if (!university.valid || university.kind != "university" || &university == &hospital) continue;
    hospital.start = university.start;
    hospital.known = nullptr;
    hospital.name.clear();
    hospital.region = university.region;
    university.valid = false;
  }
}

// A university hospital's short form (某大一附院: the university's short form 某大, the number
// of its affiliated hospital and 附院), which the HMM writes as 某大一 + 附院. The short form
// names the hospital alone; 某大 + 附一院 and 某大 + 二院 are found as numbered units.
void Walker::FindAffiliatedHospitalShortForms() {
  const auto& toks = doc_.tokens;
  for (const std::uint32_t at : Cues()) {
    if (text_[at] != U'附') continue;
    const std::size_t t = TokenAt(at);
    const Token& tok = toks[t];
    if (t == 0 || tok.start != at || tok.end - tok.start != 2 || text_[tok.start + 1] != U'院') continue;
    const Token& lead = toks[t - 1];
    const std::uint32_t len = lead.end - lead.start;
    if (lead.end != tok.start || len < 3 || len > 4 || !InClass(WordClass::kNumeralChar, text_[lead.end - 1]) ||
        text_[lead.end - 2] != U'大' || !IsHan(text_[lead.start]) || cand_end_[tok.end] >= 0) {
      continue;
    }
    // (A word that picks out bodies opens no short form: 各大 + 一附院 are every university's.)
    if (std::u32string_view(U"各每该本此这那两几多诸").find(text_[lead.start]) != std::u32string_view::npos) continue;
    Add(NameSpan(lead.start, tok.end, lead.end - 1, "other"));
  }
}

}  // namespace zhcorpus::org
