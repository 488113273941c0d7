// Text segmented line by line, as `segment` prints it (SIGHAN style): each
// line's words joined by a delimiter, optionally word/tag, the input's spaces
// dropped unless kept. Words are the line's own bytes, so traditional text
// (segmented through its simplified view) comes out as written.
//
//   LineSegmenter lines(segmenter, view, {.delimiter = " ", .pos = true});
//   std::string out;
//   ForEachLine(std::cin, [&](std::string_view line, std::size_t no) {
//     if (auto bad = lines.Append(line, &out)) report(no, *bad);   // 杭州市/ns 科技局/nt ...
//   });
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhcorpus/segmenter.h"
#include "zhcorpus/simplified.h"

namespace zhcorpus {

struct LineFormat {
  std::string delimiter = " ";  // between words
  bool pos = false;             // word/tag
  bool keep_spaces = false;     // the input's runs of spaces as words too
};

class LineSegmenter {
 public:
  // Keeps references to `segmenter` and `view`, which must outlive it.
  LineSegmenter(const Segmenter& segmenter, const SimplifiedView& view, LineFormat format);

  // Appends the words of `line` (without its '\n', a trailing '\r' is text)
  // and a '\n' to *out. On invalid UTF-8 only the '\n' is appended, so the
  // output stays line for line, and the 0-based offset of the bad byte is
  // returned. Reuses its buffers: one LineSegmenter per thread.
  // A long line is segmented piece by piece (memory of a paragraph, the
  // same words as in one go); between pieces, once *out holds a megabyte,
  // `spill` (when given) is called to write it out and clear it.
  using Spill = std::function<void(std::string* out)>;
  std::optional<std::size_t> Append(std::string_view line, std::string* out, const Spill& spill = {});

 private:
  // Decodes `text` into text_ and simplified_ (length_ characters), starts_[k]
  // the byte where character k starts (starts_[length_] = text.size()); on
  // invalid UTF-8 the offset of the bad byte.
  std::optional<std::size_t> Decode(std::string_view text);
  // Appends the words of `piece`, just decoded, a delimiter before each but
  // the line's first.
  void AppendWords(std::string_view piece, bool* first, std::string* out);

  const Segmenter& segmenter_;
  const SimplifiedView& view_;
  LineFormat format_;

  std::vector<char32_t> text_, simplified_;
  std::vector<std::uint32_t> starts_;
  std::size_t length_ = 0;
  std::vector<Token> tokens_;
};

// Calls on_line(line, number) for every line of `in` (1-based numbers, '\n'
// removed, a last line without '\n' included), reading large blocks: getline
// per line costs more than segmenting a short line.
void ForEachLine(std::istream& in, const std::function<void(std::string_view, std::size_t)>& on_line);

}  // namespace zhcorpus
