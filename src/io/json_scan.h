// A validating scan of one JSON object that keeps the bytes: it finds where
// each top-level member sits in the line and decodes only the strings asked
// for. `tag` uses it to splice its fields into a record without building a
// tree, so every other field passes through byte for byte (big integers,
// `2.50`, `1e400`, escapes) and no nesting depth can overflow a stack.
//
//   ScannedObject obj;
//   if (Status s = ScanJsonObject(line, &obj); !s.ok()) return s;  // "not JSON: expected ':' at byte 41"
//   for (const JsonMember& m : obj.members) if (m.KeyIs("text")) ...
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "zhcorpus/status.h"

namespace zhcorpus {

// Deeper nesting is a record error, not a crash (no recursion here, but the
// records go on to tools that build trees).
inline constexpr int kMaxJsonDepth = 512;

// One top-level member: `"key": value`, as byte offsets into the line.
struct JsonMember {
  std::size_t key_begin = 0;    // the key's opening quote
  std::size_t key_end = 0;      // one past its closing quote
  std::size_t value_begin = 0;  // first byte of the value
  std::size_t value_end = 0;    // one past its last byte
  bool key_has_escape = false;  // the key must be decoded before comparing
};

struct ScannedObject {
  std::string_view line;
  std::vector<JsonMember> members;  // in order, duplicates included
  std::size_t close = 0;            // offset of the closing '}'

  std::string_view Value(const JsonMember& m) const { return line.substr(m.value_begin, m.value_end - m.value_begin); }
  bool KeyIs(const JsonMember& m, std::string_view key) const;
  // The last member named `key` (JSON parsers keep the last of duplicates), or null.
  const JsonMember* Find(std::string_view key) const;
};

// Checks that `line` is exactly one JSON object (whitespace around it
// allowed) nested at most `max_depth` deep and fills *out. `line` must be
// valid UTF-8 (check first): strings are checked for JSON's rules only. The
// error says what was expected and at which byte (1-based).
Status ScanJsonObject(std::string_view line, ScannedObject* out, int max_depth = kMaxJsonDepth);

// Where JSON text (one value, or a line of one) first nests deeper than
// `max_depth` arrays and objects, as a byte offset; npos when it does not.
// A byte scan, no parse: the tools that build trees call it first, so a
// hostile `[[[[…` is one record error everywhere, with the same message
// (NestingError), whatever parser reads the record afterwards.
std::size_t FindTooDeepNesting(std::string_view text, int max_depth = kMaxJsonDepth);
std::string NestingError(std::size_t at, int max_depth = kMaxJsonDepth);

// Numbers beyond a double's range (`1e400`, a 400-digit integer) are valid
// JSON and `tag` passes them through byte for byte, but nlohmann refuses them
// ("number overflow"): every tool that builds a tree would reject a record
// tag kept. Those tools parse, instead of `text`, a copy in *out where each
// such number is quoted as a string (`"1e400"`): the record is read, and a
// tool that needs that value as a number sees a string, not a silent 0.
// Returns false, *out untouched, when `text` has none (nearly always).
// Byte offsets in a parse error of the copy are then 2 per number late.
bool QuoteOutOfRangeNumbers(std::string_view text, std::string* out);

// The offset of the quote closing the JSON string whose opening quote is at
// text[open] (an escaped quote does not close it), text.size() when the text
// ends first. Fast on long strings: it jumps from quote to quote.
std::size_t StringClose(std::string_view text, std::size_t open);

// JSON's name for the type of a scanned value ("string", "number", ...).
const char* JsonTypeName(std::string_view value);

// Decodes a scanned string token (quotes included) into UTF-8 in *out.
void DecodeJsonString(std::string_view token, std::string* out);

}  // namespace zhcorpus
