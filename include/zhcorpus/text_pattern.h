// A regular expression over a record's text (ICU syntax, so \p{Han} and
// character classes work on Chinese), reporting matches in code points.
//
//   auto p = TextPattern::Compile("技术交易额[^。]*亿元");
//   p->ForEachMatch(record.text, [](std::size_t start, std::size_t end) { ... });
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "zhcorpus/status.h"

namespace zhcorpus {

class TextPattern {
 public:
  // InvalidArgument naming the position of a syntax error.
  static Result<TextPattern> Compile(const std::string& pattern);

  TextPattern(TextPattern&&) noexcept;
  TextPattern& operator=(TextPattern&&) noexcept;
  ~TextPattern();

  // Calls on_match(start, end) for each non-overlapping, non-empty match in
  // `utf8`, in order, with code-point offsets (end exclusive).
  void ForEachMatch(std::string_view utf8, const std::function<void(std::size_t, std::size_t)>& on_match) const;
  bool Found(std::string_view utf8) const;
  const std::string& pattern() const { return pattern_; }

 private:
  struct Compiled;  // ICU stays out of this header
  TextPattern(std::string pattern, std::unique_ptr<Compiled> compiled);
  std::string pattern_;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace zhcorpus
