#include "zhcorpus/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <cctype>
#include <cstdio>
#include <cstring>
#include <memory>

#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string HexByte(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", b);
  return buf;
}

// Converts with ICU, stopping at the first byte that is not valid in `name`.
Result<std::string> Convert(std::string_view bytes, const std::string& name, std::size_t base_offset) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(name.c_str(), &err), &ucnv_close);
  if (U_FAILURE(err)) return Status::InvalidArgument("unknown encoding \"" + name + "\"");
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  std::u16string out(bytes.size() + 16, u'\0');
  const char* src = bytes.data();
  const char* const src_end = bytes.data() + bytes.size();
  UChar* dst = reinterpret_cast<UChar*>(out.data());
  UChar* const dst_end = dst + out.size();
  ucnv_toUnicode(conv.get(), &dst, dst_end, &src, src_end, nullptr, /*flush=*/true, &err);
  if (U_FAILURE(err)) {
    // ICU leaves `src` after the bad sequence; step back to its first byte.
    char bad[8];
    int8_t len = sizeof bad;
    UErrorCode e2 = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), bad, &len, &e2);
    const std::size_t at = static_cast<std::size_t>(src - bytes.data()) - (U_SUCCESS(e2) ? len : 0);
    return Status::ParseError("undecodable " + name + " byte " +
                              HexByte(static_cast<unsigned char>(bytes[std::min(at, bytes.size() - 1)])) +
                              " at byte " + std::to_string(base_offset + at));
  }
  out.resize(static_cast<std::size_t>(dst - reinterpret_cast<UChar*>(out.data())));
  std::string utf8;
  utf8.reserve(out.size() * 3);
  for (std::size_t i = 0; i < out.size(); ++i) {
    char32_t c = out[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < out.size()) c = 0x10000 + ((c - 0xD800) << 10) + (out[++i] - 0xDC00);
    AppendUtf8(c, &utf8);
  }
  return utf8;
}

bool IsUtf8Name(const std::string& name) {
  std::string n;
  for (char c : name) if (c != '-' && c != '_') n.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return n == "utf8";
}

// What is wrong with bytes that are almost UTF-8: how many bytes are bad, in
// how many places, where the first is, and how many good multi-byte
// characters surround them (the evidence that the file is UTF-8 at all).
struct Utf8Damage {
  std::size_t bad_bytes = 0, places = 0, good_multibyte = 0, first_at = 0;
  unsigned char first_byte = 0;
};

// Decodes valid sequences and replaces each bad byte run by one U+FFFD.
std::string RepairUtf8(std::string_view bytes, Utf8Damage* damage) {
  const char* const base = bytes.data();
  std::string out;
  out.reserve(bytes.size() + 16);
  bool in_bad_run = false;
  while (!bytes.empty()) {
    const std::size_t bad = FindInvalidUtf8(bytes);
    const std::string_view good = bytes.substr(0, bad);
    if (!good.empty()) in_bad_run = false;
    for (unsigned char c : good) damage->good_multibyte += (c & 0xC0) == 0xC0;
    out.append(good);
    if (bad == std::string_view::npos) break;
    if (damage->bad_bytes == 0) {
      damage->first_at = static_cast<std::size_t>(bytes.data() + bad - base);
      damage->first_byte = static_cast<unsigned char>(bytes[bad]);
    }
    ++damage->bad_bytes;
    if (!in_bad_run) { ++damage->places; out.append("\xEF\xBF\xBD"); }
    in_bad_run = true;
    bytes.remove_prefix(bad + 1);
  }
  return out;
}

std::string DamageWarning(const Utf8Damage& d) {
  return std::to_string(d.bad_bytes) + " invalid UTF-8 byte" + (d.bad_bytes == 1 ? "" : "s") +
         " replaced with U+FFFD (first: " + HexByte(d.first_byte) + " at byte " + std::to_string(d.first_at) + ")";
}

// UTF-8 with a few bad bytes, or nullopt when the bytes are not UTF-8 at all.
// `forced`: the user said UTF-8, so only text that is mostly damage is refused.
std::optional<DecodedText> DamagedUtf8(std::string_view bytes, bool forced) {
  Utf8Damage damage;
  std::string text = RepairUtf8(bytes, &damage);
  // GB18030 or Big5 read as UTF-8 is nearly all bad bytes, with a valid
  // multi-byte character only by chance (about one in fifty); damaged UTF-8
  // has far more good characters than bad bytes, however short it is.
  const bool plausible = forced ? damage.bad_bytes * 20 <= bytes.size() || damage.bad_bytes <= 3
                                : damage.bad_bytes <= damage.good_multibyte;
  if (!plausible) return std::nullopt;
  return DecodedText{std::move(text), "UTF-8", DamageWarning(damage)};
}

// ICU's detector, limited to the encodings Chinese news comes in. Its
// UTF-16 guesses are not taken: UTF-16 comes with a BOM or with the NUL
// pattern of its ASCII (Utf16WithoutBom), and the detector calls short GB
// text UTF-16BE.
std::string Detect(std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&err), &ucsdet_close);
  if (U_FAILURE(err)) return "";
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1 << 16)), &err);
  int32_t n = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &n, &err);
  for (int32_t i = 0; U_SUCCESS(err) && i < n; ++i) {
    const std::string name = ucsdet_getName(matches[i], &err);
    if (name == "Big5") return name;
    if (name == "GB18030") return "GB18030";
  }
  return "";
}

// UTF-16 without a BOM shows itself by its NUL bytes: ASCII characters
// (newlines, digits, Latin words) have a zero high byte, so every NUL sits at
// odd offsets (little-endian) or at even ones (big-endian); CJK characters
// have no zero byte at all. A stray NUL in UTF-8 text has no such pattern.
std::string Utf16WithoutBom(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 1 << 16);
  if (head.size() < 4 || bytes.size() % 2 != 0) return "";
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    if (head[i] == '\0') ++(i % 2 == 0 ? even : odd);
  }
  // At least two ASCII characters, one in 64, and no NUL of the other parity.
  if (odd > 1 && even == 0 && odd * 64 >= head.size() / 2) return "UTF-16LE";
  if (even > 1 && odd == 0 && even * 64 >= head.size() / 2) return "UTF-16BE";
  return "";
}

// Valid UTF-8 with stray NUL bytes: each NUL becomes U+FFFD, named in the warning.
DecodedText ReplaceNuls(std::string_view bytes) {
  DecodedText out{std::string(), "UTF-8", ""};
  out.utf8.reserve(bytes.size() + 16);
  std::size_t count = 0, first = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] != '\0') { out.utf8.push_back(bytes[i]); continue; }
    if (count++ == 0) first = i;
    out.utf8.append("\xEF\xBF\xBD");
  }
  out.warning = std::to_string(count) + " NUL byte" + (count == 1 ? "" : "s") +
                " replaced with U+FFFD (first at byte " + std::to_string(first) + ")";
  return out;
}

// A NUL left in decoded text (UTF-8 the user forced, a damaged file) would
// end C strings downstream: each becomes U+FFFD, added to the warning.
DecodedText WithoutNuls(DecodedText text) {
  if (text.utf8.find('\0') == std::string::npos) return text;
  DecodedText replaced = ReplaceNuls(text.utf8);
  replaced.encoding = text.encoding;
  if (!text.warning.empty()) replaced.warning = text.warning + "; " + replaced.warning;
  return replaced;
}

}  // namespace

Status CheckEncodingName(const std::string& name) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(name.c_str(), &err);
  if (conv) ucnv_close(conv);
  if (U_FAILURE(err) || name.empty()) {
    return Status::InvalidArgument("unknown encoding \"" + name + "\" (try UTF-8, GB18030, GBK, Big5, UTF-16LE)");
  }
  return Status::Ok();
}

Result<DecodedText> DecodeBytes(std::string_view bytes, const std::string& forced) {
  if (!forced.empty()) {
    const bool is_utf8 = IsUtf8Name(forced);
    if (is_utf8 && StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (is_utf8 && IsValidUtf8(bytes)) return WithoutNuls(DecodedText{std::string(bytes), "UTF-8", ""});
    if (is_utf8) {
      if (auto damaged = DamagedUtf8(bytes, /*forced=*/true)) return WithoutNuls(std::move(*damaged));
    }
    Result<std::string> text = Convert(bytes, forced, 0);
    if (!text.ok()) return text.status();
    return DecodedText{std::move(text).value(), forced, ""};
  }
  if (auto utf8 = AsUtf8(bytes)) return DecodedText{std::string(*utf8), "UTF-8", ""};
  const bool bom8 = StartsWith(bytes, "\xEF\xBB\xBF");
  if (bom8) bytes.remove_prefix(3);
  else if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF")) {
    const std::string name = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    Result<std::string> text = Convert(bytes.substr(2), name, 2);
    if (!text.ok()) return text.status();
    return DecodedText{std::move(text).value(), name, ""};
  }
  if (!bom8) {
    const std::string utf16 = Utf16WithoutBom(bytes);
    if (!utf16.empty()) {
      Result<std::string> text = Convert(bytes, utf16, 0);
      if (!text.ok()) return text.status();
      return DecodedText{std::move(text).value(), utf16, ""};
    }
  }
  if (IsValidUtf8(bytes)) return ReplaceNuls(bytes);  // AsUtf8 refused it: it holds NULs
  // Before the detector: it reads a damaged UTF-8 file as UTF-16 or Big5.
  if (auto damaged = DamagedUtf8(bytes, /*forced=*/bom8)) return WithoutNuls(std::move(*damaged));
  std::string name = Detect(bytes);
  if (name.empty()) name = "GB18030";  // Chinese bytes that are not UTF-8 are most often GB
  Result<std::string> text = Convert(bytes, name, 0);
  if (!text.ok() && name != "GB18030") {
    Result<std::string> gb = Convert(bytes, "GB18030", 0);
    if (gb.ok()) return DecodedText{std::move(gb).value(), "GB18030", ""};
  }
  if (!text.ok()) return text.status();
  return DecodedText{std::move(text).value(), name, ""};
}

std::string DetectUtf16(std::string_view bytes) {
  if (StartsWith(bytes, "\xFF\xFE")) return "UTF-16LE";
  if (StartsWith(bytes, "\xFE\xFF")) return "UTF-16BE";
  if (StartsWith(bytes, "\xEF\xBB\xBF")) return "";
  return Utf16WithoutBom(bytes);
}

std::optional<std::string_view> AsUtf8(std::string_view bytes) {
  if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  else if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF")) return std::nullopt;  // UTF-16
  // NULs: UTF-16 without a BOM, or stray bytes DecodeBytes replaces.
  if (!bytes.empty() && std::memchr(bytes.data(), 0, bytes.size()) != nullptr) return std::nullopt;
  if (!IsValidUtf8(bytes)) return std::nullopt;
  return bytes;
}

bool LooksBinary(std::string_view bytes) {
  if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF")) return false;
  if (!Utf16WithoutBom(bytes).empty()) return false;
  const std::string_view head = bytes.substr(0, 8192);
  std::size_t control = 0, nul = 0;
  for (unsigned char c : head) {
    if (c == 0) ++nul;
    else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  // One stray NUL in text is damage DecodeBytes reports; binary formats have many.
  if (nul > 1 && nul * 100 > head.size()) return true;
  return (control + nul) * 20 > head.size();
}

}  // namespace zhcorpus
