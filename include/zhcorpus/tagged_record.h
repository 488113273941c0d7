// A tagged record (docs/records.md) as the corpus tools read it: the
// metadata, the text, the entities and the tokens, parsed from one JSON line.
//
//   TaggedRecord record;
//   if (auto why = ParseTaggedRecord(line, &record, kWithEntities)) Report(*why);
//
// Only the parts asked for are kept: a filter on dates never builds the
// token list, which is most of a `tag --tokens --pos` line.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "zhcorpus/records.h"  // Json: norms keep their key order

namespace zhcorpus {

struct TaggedEntity {
  std::string type;  // region, org, metric, date (docs/entities.md)
  std::string text;
  std::size_t start = 0, end = 0;  // code points in the record's text, end exclusive
  Json norm;             // null when the record gives none
};

struct TaggedToken {
  std::string word;
  std::string pos;  // "" when tag ran without --pos
};

struct TaggedRecord {
  std::string id, source, outlet, date, title;  // "" when absent or null
  std::string text;
  std::vector<TaggedEntity> entities;
  bool has_tokens = false;  // the record has a `tokens` array (tag --tokens)
  std::vector<TaggedToken> tokens;
};

// Which parts of a record to parse besides the metadata and the text.
enum TaggedParts : unsigned {
  kWithEntities = 1u,
  kWithTokens = 2u,
  kWithAll = kWithEntities | kWithTokens,
};

// Fills `out` from one JSON line (reset first). Returns the reason when the
// line is not a usable record: not JSON, invalid UTF-8, not an object, no
// string `text`, an entity without integer offsets inside the text, a token
// that is neither a string nor a [word, tag] pair.
std::optional<std::string> ParseTaggedRecord(std::string_view line, TaggedRecord* out,
                                             unsigned parts = kWithAll);

// Checks that `line` would parse as a record without building it: valid
// UTF-8, one JSON object, a string `text`. Tools that skip most lines on a
// cheap test (`concord` looking for one word) call this on the lines they
// skip, so a broken record is still reported, never dropped unseen. Returns
// the same reasons as ParseTaggedRecord for these checks.
std::optional<std::string> CheckRecordLine(std::string_view line);

// Where each token lies in the text, in code points: tokens[i] covers
// [spans[i].first, spans[i].second). Tokens are found in order (what `tag`
// writes concatenates to the text; text they skip is allowed); nullopt when a
// token is not in the text after the one before it.
using TokenSpans = std::vector<std::pair<std::size_t, std::size_t>>;
std::optional<TokenSpans> AlignTokens(std::u32string_view text, const std::vector<TaggedToken>& tokens);

// A norm field as a string: the string itself, a number as JSON writes it,
// "" for null or absent.
std::string NormString(const Json& norm, const char* key);

}  // namespace zhcorpus
