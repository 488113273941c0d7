#include "zhcorpus/text_pattern.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

namespace zhcorpus {

struct TextPattern::Compiled {
  std::unique_ptr<icu::RegexPattern> pattern;
  // One matcher reused across records (ForEachMatch is const but not
  // thread-safe: one TextPattern per thread).
  std::unique_ptr<icu::RegexMatcher> matcher;
};

TextPattern::TextPattern(std::string pattern, std::unique_ptr<Compiled> compiled)
    : pattern_(std::move(pattern)), compiled_(std::move(compiled)) {}
TextPattern::TextPattern(TextPattern&&) noexcept = default;
TextPattern& TextPattern::operator=(TextPattern&&) noexcept = default;
TextPattern::~TextPattern() = default;

Result<TextPattern> TextPattern::Compile(const std::string& pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  auto compiled = std::make_unique<Compiled>();
  compiled->pattern.reset(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), 0, where, status));
  if (U_FAILURE(status))
    return Status::InvalidArgument("pattern '" + pattern + "': " + u_errorName(status) + " at character " +
                                   std::to_string(where.offset + 1));
  compiled->matcher.reset(compiled->pattern->matcher(status));
  if (U_FAILURE(status)) return Status::InvalidArgument("pattern '" + pattern + "': " + u_errorName(status));
  return TextPattern(pattern, std::move(compiled));
}

void TextPattern::ForEachMatch(std::string_view utf8,
                               const std::function<void(std::size_t, std::size_t)>& on_match) const {
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::RegexMatcher& m = *compiled_->matcher;
  m.reset(text);
  UErrorCode status = U_ZERO_ERROR;
  // ICU counts UTF-16 units; walk forward once to turn them into code points.
  int32_t unit = 0;
  std::size_t code_points = 0;
  auto to_code_points = [&](int32_t target) {
    while (unit < target) {
      U16_FWD_1(text.getBuffer(), unit, text.length());
      ++code_points;
    }
    return code_points;
  };
  while (m.find(status) && U_SUCCESS(status)) {
    const int32_t s = m.start(status), e = m.end(status);
    if (e == s) continue;  // an empty match marks no text
    const std::size_t start = to_code_points(s);
    on_match(start, to_code_points(e));
  }
}

bool TextPattern::Found(std::string_view utf8) const {
  // The matcher keeps a reference to its input: the text must outlive the search.
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::RegexMatcher& m = *compiled_->matcher;
  m.reset(text);
  UErrorCode status = U_ZERO_ERROR;
  while (m.find(status) && U_SUCCESS(status))
    if (m.end(status) > m.start(status)) return true;
  return false;
}

}  // namespace zhcorpus
