// Internal: cutting a large input into pieces that can be read apart, so
// memory stays bounded whatever the input's size. Cuts fall where no
// record or paragraph spans them: a blank line in a text page, a line end
// in JSON Lines, a line end outside quotes in CSV, after `</doc>`, and in a
// JSON array after any byte below 0x30 (its elements are found across cuts
// by a scanner). Bytes below 0x30 never occur inside a UTF-8, GB18030 or
// Big5 character, so raw bytes can be cut there before decoding.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

#include "zhcorpus/ingest.h"
#include "zhcorpus/status.h"

namespace zhcorpus::article {

// Fills up to `n` bytes of `buffer` from an input; 0 at its end.
using ByteReader = std::function<Result<std::size_t>(char* buffer, std::size_t n)>;

// The first row of a CSV piece (the header), with its line end.
std::string_view FirstRow(std::string_view bytes);

// The length of the longest prefix of `bytes` that ends at a cut for
// `format`; 0 when there is none.
std::size_t LastCut(std::string_view bytes, InputFormat format);

// True for formats read piece by piece (text pages, JSON Lines, JSON
// arrays, CSV/TSV, <doc> files); web pages are read whole.
bool ReadsInPieces(InputFormat format);

}  // namespace zhcorpus::article
