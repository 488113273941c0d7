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

Result<SimplifiedView> SimplifiedView::FromTable(std::string_view table, const std::string& name) {
  SimplifiedView view;
  std::size_t line_no = 0;
  while (!table.empty()) {
    const std::size_t nl = table.find('\n');
    std::string_view line = table.substr(0, nl);
    table = nl == std::string_view::npos ? std::string_view() : table.substr(nl + 1);
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const std::u32string cps = DecodeUtf8(line);
    if (cps.size() != 3 || cps[1] != U'\t') {
      return Status::DataError(name + ":" + std::to_string(line_no) +
                               ": expected one traditional character, a tab, one simplified character");
    }
    view.map_[cps[0]] = cps[2];
  }
  view.bmp_.assign(0x10000, 0);
  for (const auto& [from, to] : view.map_) {
    if (from < 0x10000) view.bmp_[from] = to < 0x10000 ? static_cast<char16_t>(to) : kAstral;
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
