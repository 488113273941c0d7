#include "zhcorpus/simplified.h"

#include "zhcorpus/data_dir.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {

Result<SimplifiedView> SimplifiedView::Load(const std::filesystem::path& data_dir) {
  const auto path = data_dir / "t2s_chars.tsv";
  Result<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return bytes.status();
  return FromTable(*bytes, path.string());
}

// Decodes each line in place (no string per line) and fills the flat BMP
// table directly: this runs at every start of segment and tag.
Result<SimplifiedView> SimplifiedView::FromTable(std::string_view table, const std::string& name) {
  SimplifiedView view;
  view.bmp_.assign(0x10000, 0);
  std::size_t line_no = 0;
  while (!table.empty()) {
    const std::size_t nl = table.find('\n');
    std::string_view line = table.substr(0, nl);
    table = nl == std::string_view::npos ? std::string_view() : table.substr(nl + 1);
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::size_t i = 0;
    const char32_t from = DecodeUtf8At(line, &i);
    const bool tab = from != kInvalidCodePoint && i + 1 < line.size() && line[i] == '\t';
    const char32_t to = tab ? DecodeUtf8At(line, &++i) : kInvalidCodePoint;
    if (to == kInvalidCodePoint || i != line.size()) {
      return Status::DataError(name + ":" + std::to_string(line_no) +
                               ": expected one traditional character, a tab, one simplified character");
    }
    ++view.size_;
    if (from < 0x10000 && to < 0x10000) {
      view.bmp_[from] = static_cast<char16_t>(to);
    } else {
      view.map_[from] = to;
      if (from < 0x10000) view.bmp_[from] = kAstral;
    }
  }
  return view;
}

std::u32string SimplifiedView::Convert(std::u32string_view text) const {
  std::u32string out(text);
  for (char32_t& c : out) c = Map(c);
  return out;
}

bool SimplifiedView::HasTraditional(std::u32string_view text) const {
  for (char32_t c : text) {
    if (Map(c) != c) return true;
  }
  return false;
}

}  // namespace zhcorpus
