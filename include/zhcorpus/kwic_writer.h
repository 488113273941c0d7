// Writes concordance lines as they come: an aligned table for the terminal,
// JSON Lines for programs, or one self-contained HTML page.
//
//   KwicWriter out(std::cout, KwicFormat::kTable, "word 创新", {.left = 40, .right = 40});
//   for (each hit) out.Write(hit);
//   out.Finish();   // the HTML page's end; a no-op for the others
//
// Table: left context right-aligned to `left` terminal columns, the hit, the
// right context padded to `right` columns, then the record id; line breaks in
// the text show as ¶ and control characters as U+FFFD, so a line stays a line.
// JSON Lines: {"id","date","start","end","left","hit","right","type"[,"norm"]}
// with code-point offsets into the record's text. HTML: the same table with
// the hit in <mark>, every string escaped, no script and no network
// (a Content-Security-Policy forbids both).
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "zhcorpus/concordance.h"
#include "zhcorpus/status.h"

namespace zhcorpus {

enum class KwicFormat { kTable, kJsonl, kHtml };

// "table", "jsonl" or "html".
Result<KwicFormat> ParseKwicFormat(std::string_view name);

// Terminal columns of a table's cells: the contexts, and the hit (0 = as
// wide as it is: a word query's hits all have one width anyway).
struct KwicColumns {
  std::size_t left = 40, hit = 0, right = 40;
};

class KwicWriter {
 public:
  KwicWriter(std::ostream& out, KwicFormat format, std::string title, KwicColumns columns);
  void Write(const KwicHit& hit);
  // Ends the HTML page with the number of hits.
  void Finish();
  std::size_t written() const { return written_; }

 private:
  void Begin();
  std::ostream& out_;
  KwicFormat format_;
  std::string title_;
  KwicColumns columns_;
  std::size_t written_ = 0;
  bool begun_ = false;
};

// Columns wide enough for every hit's contexts (after the ¶ replacement):
// what a table of buffered (sorted) hits uses.
KwicColumns ColumnsFor(const std::vector<KwicHit>& hits);

// `s` on one terminal line: \n as ¶, tabs as spaces, other control and
// bidirectional-override characters as U+FFFD.
std::string OneLine(std::string_view s);

}  // namespace zhcorpus
