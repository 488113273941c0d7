#include "zhcorpus/line_segmenter.h"

#include <algorithm>
#include <cstring>
#include <istream>

#include "segment/char_class.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

bool IsSpaceToken(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\r' || c == U'\u3000' || c == U'\u00A0' || c == U'\f' || c == U'\v';
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

}  // namespace

LineSegmenter::LineSegmenter(const Segmenter& segmenter, const SimplifiedView& view, LineFormat format)
    : segmenter_(segmenter), view_(view), format_(std::move(format)) {}

std::optional<std::size_t> LineSegmenter::Append(std::string_view line, std::string* out, const Spill& spill) {
  if (std::size_t bad = FindInvalidUtf8(line); bad != std::string_view::npos) {
    *out += '\n';
    return bad;
  }
  bool first = true;
  while (!line.empty()) {
    const std::size_t piece = PieceBytes(line);
    AppendPiece(line.substr(0, piece), &first, out);
    line.remove_prefix(piece);
    if (spill && out->size() >= kSpillBytes) spill(out);
  }
  *out += '\n';
  return std::nullopt;
}

void LineSegmenter::AppendPiece(std::string_view piece, bool* first, std::string* out) {
  DecodeUtf8Into(piece, &text_);
  simplified_.resize(text_.size());
  for (std::size_t i = 0; i < text_.size(); ++i) simplified_[i] = view_.Map(text_[i]);
  tokens_.clear();
  segmenter_.Cut(simplified_, &tokens_);
  const char* p = piece.data();
  for (const Token& t : tokens_) {
    const char* from = p;
    for (std::uint32_t k = t.start; k < t.end; ++k) p += Utf8SequenceLength(static_cast<unsigned char>(*p));
    // Cut gives a run of spaces a token of its own: its first character tells.
    if (!format_.keep_spaces && IsSpaceToken(text_[t.start])) continue;
    if (!*first) out->append(format_.delimiter);
    *first = false;
    out->append(from, static_cast<std::size_t>(p - from));
    if (format_.pos) {
      *out += '/';
      *out += t.pos;
    }
  }
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
    block.erase(0, from);
    have -= from;
    block.resize(std::max<std::size_t>(block.size(), 1 << 20));
  }
}

}  // namespace zhcorpus
