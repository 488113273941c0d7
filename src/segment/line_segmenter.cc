#include "zhcorpus/line_segmenter.h"

#include <algorithm>
#include <cstring>
#include <istream>

#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

bool IsSpaceToken(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\r' || c == U'\u3000' || c == U'\u00A0' || c == U'\f' || c == U'\v';
}

}  // namespace

LineSegmenter::LineSegmenter(const Segmenter& segmenter, const SimplifiedView& view, LineFormat format)
    : segmenter_(segmenter), view_(view), format_(std::move(format)) {}

std::optional<std::size_t> LineSegmenter::Append(std::string_view line, std::string* out) {
  if (std::size_t bad = DecodeUtf8Into(line, &text_); bad != std::string_view::npos) {
    *out += '\n';
    return bad;
  }
  simplified_.resize(text_.size());
  for (std::size_t i = 0; i < text_.size(); ++i) simplified_[i] = view_.Map(text_[i]);
  tokens_.clear();
  segmenter_.Cut(simplified_, &tokens_);
  const char* p = line.data();
  bool first = true;
  for (const Token& t : tokens_) {
    const char* from = p;
    for (std::uint32_t k = t.start; k < t.end; ++k) p += Utf8SequenceLength(static_cast<unsigned char>(*p));
    // Cut gives a run of spaces a token of its own: its first character tells.
    if (!format_.keep_spaces && IsSpaceToken(text_[t.start])) continue;
    if (!first) out->append(format_.delimiter);
    first = false;
    out->append(from, static_cast<std::size_t>(p - from));
    if (format_.pos) {
      *out += '/';
      *out += t.pos;
    }
  }
  *out += '\n';
  return std::nullopt;
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
