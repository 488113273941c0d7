#include "article/chunking.h"

namespace zhcorpus::article {
namespace {

// The last line end outside double quotes (rows of a CSV file may hold
// quoted newlines); `bytes` starts at a row boundary.
std::size_t LastUnquotedLineEnd(std::string_view bytes) {
  std::size_t last = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '"') quoted = !quoted;  // "" inside quotes toggles twice
    else if (bytes[i] == '\n' && !quoted) last = i + 1;
  }
  return last;
}

}  // namespace

std::string_view FirstRow(std::string_view bytes) {
  bool quoted = false;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '"') quoted = !quoted;
    else if (bytes[i] == '\n' && !quoted) return bytes.substr(0, i + 1);
  }
  return bytes;
}

bool ReadsInPieces(InputFormat format) {
  return format == InputFormat::kText || format == InputFormat::kJsonLines || format == InputFormat::kJsonArray ||
         format == InputFormat::kCsv ||
         format == InputFormat::kTsv || format == InputFormat::kDocRecords;
}

std::size_t LastCut(std::string_view bytes, InputFormat format) {
  switch (format) {
    case InputFormat::kJsonLines: {
      const std::size_t nl = bytes.rfind('\n');
      return nl == std::string_view::npos ? 0 : nl + 1;
    }
    case InputFormat::kCsv: case InputFormat::kTsv:
      return LastUnquotedLineEnd(bytes);
    case InputFormat::kJsonArray: {
      // After the last byte below 0x30 (in JSON: a quote, comma, space or
      // line end), which ends a character in every encoding read in pieces;
      // the element scanner carries what is open across the cut.
      for (std::size_t i = bytes.size(); i > 0; --i)
        if (static_cast<unsigned char>(bytes[i - 1]) < 0x30) return i;
      return 0;
    }
    case InputFormat::kDocRecords: {
      const std::size_t end = bytes.rfind("</doc>");
      return end == std::string_view::npos ? 0 : end + 6;
    }
    default: {
      // A paragraph break; failing that, any line end.
      for (std::string_view blank : {"\n\n", "\n\r\n"}) {
        const std::size_t at = bytes.rfind(blank);
        if (at != std::string_view::npos) return at + blank.size();
      }
      const std::size_t nl = bytes.rfind('\n');
      return nl == std::string_view::npos ? 0 : nl + 1;
    }
  }
}

}  // namespace zhcorpus::article
