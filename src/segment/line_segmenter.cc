#include "zhcorpus/line_segmenter.h"

#include <algorithm>
#include <cstring>
#include <istream>

#include "segment/char_class.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

bool IsSpaceToken(char32_t c) {
  if (c > U'\u00A0') return c == U'\u3000';  // most tokens are Chinese: one compare
  return c == U' ' || c == U'\t' || c == U'\r' || c == U'\u00A0' || c == U'\f' || c == U'\v';
}

// A long line (a book without newlines) is segmented in pieces of about
// this many bytes, so memory and cache use stay those of a paragraph.
constexpr std::size_t kPieceBytes = 1 << 16;
// Output held before a long line's words are handed to Spill.
constexpr std::size_t kSpillBytes = 1 << 20;

// The length of the next piece of valid UTF-8 `line`: it ends before a Han
// character that follows punctuation or a space. Cut scans runs of one
// class and never looks back past a Han character, so the words come out
// the same as for the whole line.
std::size_t PieceBytes(std::string_view line) {
  if (line.size() <= kPieceBytes) return line.size();
  std::size_t i = kPieceBytes;
  while (IsUtf8Continuation(static_cast<unsigned char>(line[i]))) --i;
  std::size_t previous = i - 1;
  while (IsUtf8Continuation(static_cast<unsigned char>(line[previous]))) --previous;
  segment::CharClass before = segment::Classify(DecodeUtf8At(line, &previous));
  while (i < line.size()) {
    const std::size_t start = i;
    const segment::CharClass cls = segment::Classify(DecodeUtf8At(line, &i));
    if (cls == segment::CharClass::kHan &&
        (before == segment::CharClass::kPunct || before == segment::CharClass::kSpace)) {
      return start;
    }
    before = cls;
  }
  return line.size();
}

// Copies a word's bytes. Most words are 3 to 12 bytes (one to four Chinese
// characters): two fixed-size copies that may overlap do it in a few moves,
// where a call to memcpy for each word cost the segmenter 7% of its time.
inline void CopyWord(char* to, const char* from, std::size_t n) {
  if (n >= 8 && n <= 16) {
    std::memcpy(to, from, 8);
    std::memcpy(to + n - 8, from + n - 8, 8);
  } else if (n >= 4 && n < 8) {
    std::memcpy(to, from, 4);
    std::memcpy(to + n - 4, from + n - 4, 4);
  } else if (n > 0 && n < 4) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  } else {
    std::memcpy(to, from, n);
  }
}

}  // namespace

LineSegmenter::LineSegmenter(const Segmenter& segmenter, const SimplifiedView& view, LineFormat format)
    : segmenter_(segmenter), view_(view), format_(std::move(format)) {}

// One pass decodes the line, maps it to its simplified view and notes where
// each character starts, so the words are copied from the line as written
// without decoding it again. Buffers only grow: no zero-filling per line.
std::optional<std::size_t> LineSegmenter::Decode(std::string_view line) {
  if (text_.size() < line.size() + 1) {
    text_.resize(line.size() + 1);
    simplified_.resize(line.size() + 1);
    starts_.resize(line.size() + 1);
  }
  const std::size_t size = line.size();
  std::size_t i = 0, n = 0;
  while (i < size) {
    starts_[n] = static_cast<std::uint32_t>(i);
    const char32_t cp = DecodeUtf8Next(line, &i);
    if (cp == kInvalidCodePoint) return i;
    text_[n] = cp;
    simplified_[n] = view_.Map(cp);
    ++n;
  }
  starts_[n] = static_cast<std::uint32_t>(size);
  length_ = n;
  return std::nullopt;
}

std::optional<std::size_t> LineSegmenter::Append(std::string_view line, std::string* out, const Spill& spill) {
  bool first = true;
  if (line.size() <= kPieceBytes) {  // a paragraph: decoding checks it, in one pass
    if (std::optional<std::size_t> bad = Decode(line)) {
      *out += '\n';
      return bad;
    }
    AppendWords(line, &first, out);
    *out += '\n';
    return std::nullopt;
  }
  // A long line is checked whole first: a bad byte anywhere leaves it empty.
  if (std::size_t bad = FindInvalidUtf8(line); bad != std::string_view::npos) {
    *out += '\n';
    return bad;
  }
  while (!line.empty()) {
    const std::string_view piece = line.substr(0, PieceBytes(line));
    Decode(piece);
    AppendWords(piece, &first, out);
    line.remove_prefix(piece.size());
    if (spill && out->size() >= kSpillBytes) spill(out);
  }
  *out += '\n';
  return std::nullopt;
}

void LineSegmenter::AppendWords(std::string_view piece, bool* first, std::string* out) {
  tokens_.clear();
  segmenter_.Cut(std::u32string_view(simplified_.data(), length_), &tokens_);
  // Written through a pointer into room made once: the words, a delimiter
  // and a tag each fit in it.
  const std::string& delimiter = format_.delimiter;
  std::size_t room = piece.size() + tokens_.size() * delimiter.size();
  if (format_.pos) for (const Token& t : tokens_) room += 1 + t.pos.size();
  const std::size_t old = out->size();
  out->resize(old + room);
  char* w = out->data() + old;
  for (const Token& t : tokens_) {
    // Cut gives a run of spaces a token of its own: its first character tells.
    if (!format_.keep_spaces && IsSpaceToken(text_[t.start])) continue;
    if (!*first) {
      if (delimiter.size() == 1) *w++ = delimiter[0];
      else w = std::copy(delimiter.begin(), delimiter.end(), w);
    }
    *first = false;
    const std::uint32_t from = starts_[t.start], to = starts_[t.end];
    CopyWord(w, piece.data() + from, to - from);
    w += to - from;
    if (format_.pos) {
      *w++ = '/';
      w = std::copy(t.pos.begin(), t.pos.end(), w);
    }
  }
  out->resize(static_cast<std::size_t>(w - out->data()));
}

void ForEachLine(std::istream& in, const std::function<void(std::string_view, std::size_t)>& on_line) {
  std::string block(1 << 20, '\0');
  std::size_t have = 0, no = 0;
  for (;;) {
    if (have == block.size()) block.resize(block.size() * 2);  // a line longer than the block
    in.read(block.data() + have, static_cast<std::streamsize>(block.size() - have));
    const std::size_t got = static_cast<std::size_t>(in.gcount());
    const bool eof = got == 0;
    have += got;
    std::size_t from = 0;
    for (;;) {
      const void* nl = std::memchr(block.data() + from, '\n', have - from);
      if (!nl) break;
      const std::size_t end = static_cast<std::size_t>(static_cast<const char*>(nl) - block.data());
      on_line(std::string_view(block.data() + from, end - from), ++no);
      from = end + 1;
    }
    if (eof) {
      if (from < have) on_line(std::string_view(block.data() + from, have - from), ++no);
      return;
    }
    // The unfinished line moves to the front; the block keeps its size, so
    // the next read needs no zero-filled room.
    std::memmove(block.data(), block.data() + from, have - from);
    have -= from;
  }
}

}  // namespace zhcorpus
