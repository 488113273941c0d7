// Short forms a text makes of a body it has named in full: after
// 某部产业园区管理局, 园管局 is that bureau; after 某省科学技术协会, 某科协 is
// that association. A short form picks characters of the full name in order
// and keeps its last one (the head's), but skips some: a word that is a
// contiguous part of the name (管理局, 园区) is the kind, not the body. Only
// public bodies, institutes, associations and zones lend: a company's short
// form is its brand (org_brand.cc). The short form takes the body's kind and
// region; its name stays as written, as public bodies' abbreviations do.
#include <algorithm>
#include <string>

#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::uint32_t kMinLenderLength = 5;
constexpr std::uint32_t kMinShortForm = 3;
constexpr std::uint32_t kMaxShortForm = 4;

// Whether `form` is `name` with some characters left out, in order, the last one kept.
bool Abbreviates(std::u32string_view form, std::u32string_view name) {
  if (form.back() != name.back() || name.find(form) != std::u32string_view::npos) return false;
  std::size_t at = 0;
  for (const char32_t c : form) {
    at = name.find(c, at);
    if (at == std::u32string_view::npos) return false;
    ++at;
  }
  return true;
}

// A token a short form may be: a proper, unknown or abbreviated word (园管局/nt, 某科协/j); an
// ordinary noun is a kind (艺术团 after 某市儿童艺术剧团).
bool IsShortFormPos(std::string_view pos) { return pos == "nt" || pos == "j" || pos == "x"; }

}  // namespace

void Walker::FindAbbreviationsOfEarlierNames() {
  std::vector<std::size_t> lenders;
  std::u32string last_chars;  // the lenders' last characters: a short form ends in one
  std::uint32_t first_end = static_cast<std::uint32_t>(text_.size());
  for (std::size_t ci = 0; ci < cands_->size(); ++ci) {
    const Candidate& c = (*cands_)[ci];
    if (!c.valid || c.end - c.start < kMinLenderLength || c.kind == "company" || c.kind == "media") continue;
    lenders.push_back(ci);
    if (last_chars.find(text_[c.end - 1]) == std::u32string::npos) last_chars.push_back(text_[c.end - 1]);
    first_end = std::min(first_end, c.end);
  }
  if (lenders.empty()) return;
  const auto& toks = doc_.tokens;
  // (Only words ending in a head that named nothing: a short form keeps the head's last character.)
  for (const std::size_t t : headless_words_) {
    const Token& tok = toks[t];
    if (tok.start < first_end) continue;
    const std::uint32_t len = tok.end - tok.start;
    if (len < kMinShortForm || len > kMaxShortForm || last_chars.find(text_[tok.end - 1]) == std::u32string::npos ||
        !IsShortFormPos(tok.pos) || !IsHan(text_[tok.start]) || cand_end_[tok.end] >= 0) {
      continue;
    }
    // A quoted word is a term the text talks about (提出“某某院”这一说法), not a mention.
    if (tok.start > 0 && text_[tok.start - 1] == U'“') continue;
    const std::u32string_view form = text_.substr(tok.start, len);
    for (const std::size_t li : lenders) {
      const Candidate& lender = (*cands_)[li];
      if (lender.end > tok.start) continue;
      if (!Abbreviates(form, text_.substr(lender.start, lender.end - lender.start))) continue;
      Candidate c = NameSpan(tok.start, tok.end, tok.end, lender.kind);
      c.region = lender.region;  // (the name stays as written: ANNOTATION_NOTES keeps public bodies' short forms)
      Add(std::move(c));
      break;
    }
  }
}

}  // namespace zhcorpus::org
