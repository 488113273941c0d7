// Text normalisation as docs/records.md defines it: NFC, ASCII letters and digits
// half-width, CJK punctuation full-width, layout spaces removed, hard-wrapped
// lines rejoined.
//
//   NormalizeText("本报讯 6月 6日,“ 科 学 ”")  ==  "本报讯6月6日，“科学”"
#pragma once

#include <string>
#include <string_view>

namespace zhcorpus {

struct NormalizeOptions {
  // Headlines keep a single space between phrases (`循足迹 探宇宙 共成长`);
  // body text drops every space not between two ASCII letters or digits.
  bool keep_phrase_spaces = false;
};

// Normalises one paragraph (no line breaks inside; any found are treated as
// layout and removed).
std::string NormalizeText(std::string_view utf8, const NormalizeOptions& options = {});

// ASCII punctuation next to CJK made full-width in place (`高原(北京)` ->
// `高原（北京）`), one code point for one so that offsets hold: NormalizeText's
// last step, and `tag`'s reading of records that did not come through `ingest`.
void WidenCjkPunctuation(std::u32string* text);

// Appends hard-wrapped `line` to `paragraph`: nothing between CJK
// characters, one space between two ASCII letters or digits.
void AppendWrappedLine(std::string_view line, std::string* paragraph);

}  // namespace zhcorpus
