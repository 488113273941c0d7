// The Tagger turns a record's text into tokens and entities: it builds the
// Document (simplified view, tokens, opaque quoted names), runs every entity
// recogniser, and resolves overlaps so that entities never overlap.
//
//   auto tagger = Tagger::Load({.data_dir = dir});
//   if (!tagger.ok()) { ... }
//   Json record = Json::parse(R"({"text":"杭州市科技局发布……","date":"2024-06-10"})");
//   Status s = (*tagger)->TagRecord(&record, {.tokens = true});
//
// After Load a Tagger is const and safe to use from many threads at once.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "zhcorpus/document.h"
#include "zhcorpus/entity.h"
#include "zhcorpus/records.h"
#include "zhcorpus/segmenter.h"
#include "zhcorpus/simplified.h"
#include "zhcorpus/status.h"

namespace zhcorpus {

struct TaggerOptions {
  std::filesystem::path data_dir;                 // compiled data (ResolveDataDir)
  std::vector<std::filesystem::path> user_dicts;  // extra segmenter words
  std::vector<std::string> types;                 // entity types to keep; empty = all four
  bool hmm = true;                                // HMM for unknown words (default on)
};

struct TagOutputOptions {
  bool tokens = false;  // add "tokens": ["word", ...]
  bool pos = false;     // tokens as [["word","tag"], ...] (implies tokens)
};

struct Tagged {
  std::vector<Token> tokens;
  std::vector<Entity> entities;  // sorted by start, non-overlapping
};

class Tagger {
 public:
  // `warnings` receives bad user-dictionary lines ("file:line: reason").
  static Result<std::unique_ptr<Tagger>> Load(const TaggerOptions& options,
                                              std::vector<std::string>* warnings = nullptr);
  ~Tagger();

  Tagged Tag(std::string_view utf8_text, std::optional<CivilDate> date) const;

  // Tags one JSON Lines record (`line` without its '\n') and appends it to
  // *out with "entities" (and "tokens" when asked) set: an existing field of
  // that name is replaced in place, a missing one added at the end. Every
  // other byte of the line is copied as it came (numbers too big for a double,
  // `2.50`, escapes), so the line is never parsed into a tree. A non-OK status
  // says why the record could not be tagged (not JSON with the byte, no
  // string "text", bad "date", nesting deeper than 512); *out is then as it
  // was. Reuses per-thread buffers: call it from as many threads as you like.
  Status TagLine(std::string_view line, const TagOutputOptions& output, std::string* out) const;

  // The same for a record already parsed: sets "entities" (and "tokens"),
  // keeping every other field in place; unchanged when the status is not OK.
  Status TagRecord(Json* record, const TagOutputOptions& output) const;

  const Segmenter& segmenter() const;

 private:
  struct Impl;
  explicit Tagger(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Keeps the longest candidates (then the higher priority, then the earlier)
// so that no two overlap; returns them sorted by start. `text_length` is the
// document length in code points.
std::vector<Entity> ResolveOverlaps(std::vector<Entity> candidates, std::size_t text_length);

// Spans inside “…” (or 「…」) that read as a name, brand, programme, slogan or
// event rather than quoted speech: short, with no clause punctuation inside.
std::vector<std::pair<std::uint32_t, std::uint32_t>> FindOpaqueQuotedNames(std::u32string_view text);

}  // namespace zhcorpus
