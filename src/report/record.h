// Private: the fields of a tagged record (docs/records.md) that the report reads,
// and a parser that fills them from one JSON Lines line without building a
// JSON tree.
//
// Why: a tagged record is mostly its `text` (85% of the bytes on the
// benchmark corpus), which the report only needs the length of. The parser
// finds the root object's "text" string with a byte scan, checks it and
// counts its code points, and hands the rest of the line to nlohmann's SAX
// parser, which keeps only the fields below. That makes `report` several
// times faster than a DOM parse of every line (README, section report).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace zhcorpus {

// One entity of `entities`, with the norm fields of every type flattened
// (docs/entities.md); a field the entity lacks stays empty.
struct ReportEntity {
  std::string type, text;
  long long start = -1, end = -1;
  bool has_norm = false;
  std::string name, code, level, parent;  // region
  std::vector<std::string> members;       // region abbreviation runs (沪苏浙皖)
  std::string kind, region;               // org (kind also metric)
  std::string indicator, unit, approx;    // metric
  std::string measure, period;            // metric norm.measure, norm.date (its region is `region`)
  double value = 0;                       // metric norm.value when a number
  bool has_value = false;
  std::string date;  // date norm.value when a string
};

inline auto Fields(const ReportEntity& e) {
  return std::tie(e.type, e.text, e.start, e.end, e.has_norm, e.name, e.code, e.level, e.parent, e.members, e.kind,
                  e.region, e.indicator, e.unit, e.approx, e.measure, e.period, e.value, e.has_value, e.date);
}
inline bool operator==(const ReportEntity& a, const ReportEntity& b) { return Fields(a) == Fields(b); }

struct ReportArticle {
  std::string id, source, outlet, date;
  std::vector<std::string> authors;
  std::size_t chars = 0;        // the record's `chars`, else code points of `text`
  bool entities_given = false;  // an `entities` array was present
  std::vector<ReportEntity> entities;
  bool has_tokens = false;  // a `tokens` array was present (tag --tokens)
  std::vector<std::pair<std::string, std::string>> tokens;  // word, POS ("" without --pos)
};

inline bool operator==(const ReportArticle& a, const ReportArticle& b) {
  return std::tie(a.id, a.source, a.outlet, a.date, a.authors, a.chars, a.entities_given, a.entities, a.has_tokens,
                  a.tokens) == std::tie(b.id, b.source, b.outlet, b.date, b.authors, b.chars, b.entities_given,
                                        b.entities, b.has_tokens, b.tokens);
}

// Fills `out` from one line; returns the reason when the line is not a usable
// tagged record (not JSON, invalid UTF-8, not an object, no string `text`,
// `entities` not an array). `out` is reset first.
std::optional<std::string> ParseTaggedLine(std::string_view line, ReportArticle* out);

// The two readers ParseTaggedLine tries in turn on valid UTF-8. The scan
// (record_scan.cc) fills `out` from what `tag` writes and returns false on
// anything unusual (\u escapes, exponents, deep nesting, any error), leaving
// `out` partly filled; the general reader (nlohmann SAX) takes every line and
// gives the reason a line is refused. Both fill `out` alike where the scan
// succeeds (tests/report_record_scan_test.cc).
bool ScanTaggedLine(std::string_view line, ReportArticle* out);
std::optional<std::string> ParseTaggedLineGeneral(std::string_view line, ReportArticle* out);

// Where the root object's "text" string value lies in a JSON line: the bytes
// between its quotes. False when there is none or the scan cannot tell.
bool FindRootText(std::string_view line, std::size_t* begin, std::size_t* end);

// Code points of a JSON string's raw contents (escapes count as what they
// stand for); nullopt when the contents are not a valid JSON string.
std::optional<std::size_t> JsonStringCodePoints(std::string_view raw);

}  // namespace zhcorpus
