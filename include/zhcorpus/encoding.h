// Decoding the bytes of a file into UTF-8: BOM, then valid UTF-8, then ICU's
// charset detector, then GB18030 for Chinese bytes that are not UTF-8.
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
};

// `forced` names an encoding ICU knows ("GBK", "big5", "utf-16le"); empty
// means detect. An undecodable byte is a ParseError naming its offset
// ("undecodable GB18030 byte 0xFF at byte 1234"), never mojibake.
Result<DecodedText> DecodeBytes(std::string_view bytes, const std::string& forced = "");

// The text itself (BOM stripped) when DecodeBytes would detect it as UTF-8
// and return it unchanged: lets a caller holding the bytes skip the copy.
std::optional<std::string_view> AsUtf8(std::string_view bytes);

// True for content that is not text in any encoding we read (NUL bytes
// outside UTF-16, many control characters): such files are skipped.
bool LooksBinary(std::string_view bytes);

}  // namespace zhcorpus
