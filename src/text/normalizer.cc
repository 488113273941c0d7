#include "zhcorpus/normalizer.h"

#include <array>
#include <cstdint>

#include <unicode/bytestream.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/normalizer2.h>

#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

bool IsAsciiAlnum(char32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsLayoutSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == '\r' || c == '\n'; }

// Full-width ASCII letters and digits to half-width, `％` to `%`.
char32_t FoldWidth(char32_t c) {
  if ((c >= U'０' && c <= U'９') || (c >= U'Ａ' && c <= U'Ｚ') || (c >= U'ａ' && c <= U'ｚ')) return c - 0xFEE0;
  if (c == U'％') return U'%';
  return c;
}

char32_t FullWidthPunct(char32_t c) {
  switch (c) {
    case ',': return U'，';
    case ':': return U'：';
    case ';': return U'；';
    case '!': return U'！';
    case '?': return U'？';
    case '(': return U'（';
    case ')': return U'）';
    default: return 0;
  }
}

std::string Nfc(std::string_view utf8) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return std::string(utf8);
  const icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  if (nfc->isNormalizedUTF8(piece, err) && U_SUCCESS(err)) return std::string(utf8);
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  err = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, piece, sink, nullptr, err);
  return U_SUCCESS(err) ? out : std::string(utf8);
}

// What NormalizeText must do with a text, found in one pass over its bytes.
enum class Scan {
  kUnchanged,  // valid UTF-8, already NFC, nothing to fold or rewrite: most paragraphs
  kRewrite,    // valid UTF-8 and NFC, but with spaces, full-width digits or ASCII punctuation
  kGeneral,    // anything else: ICU's NFC and the general path
};

// kind[c] per BMP code point: 0 when ICU's NFC might change it or its
// neighbours (quick check not Yes, or a combining class), 1 when it is inert,
// 2 when inert but NormalizeText rewrites it. inert_lead[b & 0xF]: every code
// point of three-byte lead b is inert (U+4000..9FFF, the CJK ideographs), so
// those skip the lookup. Built once from ICU's own properties.
struct CharTables {
  std::array<std::uint8_t, 0x10000> kind{};
  std::array<bool, 16> inert_lead{};
};

const CharTables& Tables() {
  static const CharTables* tables = [] {
    auto* t = new CharTables();
    for (char32_t c = 0; c < 0x10000; ++c) {
      const bool surrogate = c >= 0xD800 && c <= 0xDFFF;
      const bool nfc = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
                       u_getCombiningClass(static_cast<UChar32>(c)) == 0;
      const bool rewritten = IsLayoutSpace(c) || FoldWidth(c) != c || c == U'．' || FullWidthPunct(c) != 0;
      t->kind[c] = surrogate || !nfc ? 0 : rewritten ? 2 : 1;
    }
    for (char32_t lead = 1; lead < 16; ++lead) {  // lead E0 also holds overlong forms of U+0000..07FF
      bool all = true;
      for (char32_t c = lead << 12; c < (lead + 1) << 12 && all; ++c) all = t->kind[c] == 1;
      t->inert_lead[lead] = all;
    }
    return t;
  }();
  return *tables;
}

// Decodes as it goes; anything unusual (four-byte or invalid sequences,
// characters NFC might touch) falls to kGeneral, which is always right.
Scan ScanText(std::string_view s) {
  const CharTables& tables = Tables();
  const auto& table = tables.kind;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  Scan scan = Scan::kUnchanged;
  for (std::size_t i = 0; i < n;) {
    const unsigned char c = p[i];
    if ((c & 0xF0) == 0xE0 && tables.inert_lead[c & 0x0F] && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 &&
        (p[i + 2] & 0xC0) == 0x80) {
      i += 3;  // an ideograph: inert
      continue;
    }
    const char32_t cp = DecodeUtf8At(s, &i);
    if (cp > 0xFFFF) return Scan::kGeneral;  // invalid, or outside the table (the BMP)
    const std::uint8_t kind = table[cp];
    if (kind == 0) return Scan::kGeneral;
    if (kind == 2) scan = Scan::kRewrite;
  }
  return scan;
}

}  // namespace

void WidenCjkPunctuation(std::u32string* text) {
  std::u32string& s = *text;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char32_t full = FullWidthPunct(s[i]);
    if (!full) continue;
    const char32_t before = i > 0 ? s[i - 1] : 0;
    const char32_t after = i + 1 < s.size() ? s[i + 1] : 0;
    const bool ascii_before = before && before < 0x80, ascii_after = after && after < 0x80;
    const bool paren = s[i] == '(' || s[i] == ')';
    if (paren ? (!ascii_before || !ascii_after) && (before >= 0x80 || after >= 0x80) : !(ascii_before && ascii_after)) {
      s[i] = full;
    }
  }
}

std::string NormalizeText(std::string_view utf8, const NormalizeOptions& options) {
  Scan scan = ScanText(utf8);
  std::string nfc(utf8);
  if (scan == Scan::kGeneral) {
    nfc = Nfc(utf8);
    scan = ScanText(nfc);
  }
  if (scan == Scan::kUnchanged) return nfc;
  std::u32string text = DecodeUtf8(nfc);
  for (char32_t& c : text) c = FoldWidth(c);
  // A full-width point between digits is a decimal point: `１２．５` -> `12.5`.
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] == U'．' && text[i - 1] >= '0' && text[i - 1] <= '9' && text[i + 1] >= '0' && text[i + 1] <= '9') text[i] = '.';
  }
  // Spaces: keep one only between two ASCII letters or digits (or, in
  // headlines, between two phrases); drop the rest.
  std::u32string spaced;
  spaced.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!IsLayoutSpace(text[i])) { spaced.push_back(text[i]); continue; }
    std::size_t j = i;
    while (j < text.size() && IsLayoutSpace(text[j])) ++j;
    const char32_t before = spaced.empty() ? 0 : spaced.back();
    const char32_t after = j < text.size() ? text[j] : 0;
    const bool between_words = IsAsciiAlnum(before) && IsAsciiAlnum(after);
    // Phrases, not letter-spacing: at least two characters on each side.
    const bool between_phrases = options.keep_phrase_spaces && before && after && spaced.size() >= 2 &&
                                 spaced[spaced.size() - 2] != U' ' && j + 1 < text.size() && !IsLayoutSpace(text[j + 1]);
    if (between_words || between_phrases) spaced.push_back(U' ');
    i = j - 1;
  }
  WidenCjkPunctuation(&spaced);
  return EncodeUtf8(spaced);
}

void AppendWrappedLine(std::string_view line, std::string* paragraph) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  if (line.empty()) return;
  if (!paragraph->empty() && IsAsciiAlnum(static_cast<unsigned char>(paragraph->back())) &&
      IsAsciiAlnum(static_cast<unsigned char>(line.front()))) {
    paragraph->push_back(' ');
  }
  paragraph->append(line);
}

}  // namespace zhcorpus
