// Internal: a UTF-16 input converted to UTF-8 as it is read, so a large
// UTF-16 file goes through the same piece-by-piece reading as UTF-8 and
// memory stays bounded. The converter carries a character (or a surrogate
// pair) cut between two reads over to the next.
#pragma once

#include <string>
#include <string_view>

#include "article/chunking.h"

namespace zhcorpus::article {

// A reader of UTF-8 bytes converted from `encoding` (a UTF-16 name ICU
// knows: "UTF-16LE", "UTF-16BE", "UTF-16" with a BOM). `head` holds the
// bytes already read from `source`; a BOM at its start is dropped. A byte
// sequence that is not UTF-16 (a lone surrogate, a last byte left over) is an
// error naming its offset in the input ("undecodable UTF-16LE byte 0x00 at
// byte 1234"); what came before it has been read.
ByteReader Utf8FromUtf16(ByteReader source, std::string head, const std::string& encoding);

}  // namespace zhcorpus::article
