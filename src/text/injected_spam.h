// Spam spliced into a news page: strings of gambling and adult sites
// (某城中心_某杯足球网-【投注官网平台】) that a hacked or careless page carries inside
// its sentences. ENTITIES.md: brand names in injected spam are not
// organisations (regions and dates inside it still count), so a recogniser
// asks whether a mention sits in such a clause.
#pragma once

#include <cstddef>
#include <string_view>

namespace zhcorpus {

class InjectedSpam {
 public:
  // `text` must outlive this object. Nothing is read until a clause is asked
  // about: most texts have no spam and few clauses hold a name.
  explicit InjectedSpam(std::u32string_view text) : text_(text) {}

  // Whether [start, end) lies in a clause of injected spam: the run between
  // clause punctuation (。，、；：！？ and their ASCII forms, line breaks)
  // around it holds two different spam cues, or one and a site mark (网址,
  // 注册, 【, _); data/web_page_words.tsv, lists spam_cue and spam_site. A
  // bracket of spam set off by a space (【…】 某市科委…) ends the clause there.
  bool Covers(std::size_t start, std::size_t end) const;

 private:
  std::u32string_view text_;
};

}  // namespace zhcorpus
