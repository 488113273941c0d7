// Decoding the bytes of a file into UTF-8: BOM, then valid UTF-8, then UTF-8
// with a few damaged bytes (a stray 0xFF, a character cut at the end: the bad
// bytes become U+FFFD and `warning` names them), then ICU's charset detector,
// then GB18030 for Chinese bytes that are not UTF-8.
//
//   Result<DecodedText> text = DecodeBytes(bytes);          // detect
//   Result<DecodedText> big5 = DecodeBytes(bytes, "Big5");   // --encoding
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "zhcorpus/status.h"

namespace zhcorpus {

struct DecodedText {
  std::string utf8;      // without a BOM
  std::string encoding;  // what it was decoded from: "UTF-8", "GB18030", "Big5", "UTF-16LE", ...
  std::string warning;   // non-empty when bytes were replaced ("2 invalid UTF-8 bytes replaced ...")
};

// `forced` names an encoding ICU knows ("GBK", "big5", "utf-16le"); empty
// means detect. An undecodable byte is a ParseError naming its offset
// ("undecodable GB18030 byte 0xFF at byte 1234"), never mojibake. Forced
// UTF-8 replaces a few bad bytes (with a warning) and rejects text that is
// mostly not UTF-8.
Result<DecodedText> DecodeBytes(std::string_view bytes, const std::string& forced = "");

// InvalidArgument naming `name` when ICU has no converter by that name, so a
// tool can reject `--encoding nonsense` once, before reading any file.
Status CheckEncodingName(const std::string& name);

// The text itself (BOM stripped) when DecodeBytes would detect it as UTF-8
// and return it unchanged: lets a caller holding the bytes skip the copy.
std::optional<std::string_view> AsUtf8(std::string_view bytes);

// "UTF-16LE" or "UTF-16BE" when `bytes` (a file's first bytes, an even
// number of them) start with a UTF-16 byte-order mark or show UTF-16's
// pattern of NUL bytes; empty otherwise. DecodeBytes reads such bytes as
// UTF-16.
std::string DetectUtf16(std::string_view bytes);

// True for content that is not text in any encoding we read (NUL bytes
// outside UTF-16, many control characters): such files are skipped.
bool LooksBinary(std::string_view bytes);

}  // namespace zhcorpus
