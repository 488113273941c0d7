#include "zhcorpus/ingest.h"

#include <algorithm>
#include <map>
#include <set>

#include "article/web_page.h"
#include "zhcorpus/data_dir.h"
#include "zhcorpus/encoding.h"
#include "zhcorpus/html_extractor.h"
#include "zhcorpus/normalizer.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace fs = std::filesystem;
namespace {

bool IsHidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool LooksLikeHtml(std::string_view text) {
  const std::string head = Lower(std::string(text.substr(0, 512)));
  return head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos;
}

// The id stem of a file below `root`: its relative path without extension,
// with '/' separators on every platform.
std::string StemBelow(const fs::path& file, const fs::path& root) {
  fs::path rel = file.lexically_relative(root);
  if (rel.empty() || *rel.begin() == "..") rel = file.filename();
  return rel.replace_extension().generic_string();
}

void Walk(const fs::path& dir, const fs::path& root, std::set<fs::path>* seen, std::vector<InputFile>* out,
          std::vector<std::string>* warnings) {
  std::error_code ec;
  const fs::path canonical = fs::canonical(dir, ec);
  if (ec || !seen->insert(canonical).second) {
    if (!ec) warnings->push_back(dir.string() + ": symlink loop; skipped");
    return;
  }
  std::vector<fs::path> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(it->path());
  if (ec) { warnings->push_back(dir.string() + ": " + ec.message()); return; }
  std::sort(entries.begin(), entries.end());
  for (const fs::path& p : entries) {
    if (IsHidden(p)) continue;
    if (fs::is_directory(p, ec)) Walk(p, root, seen, out, warnings);
    else if (fs::is_regular_file(p, ec)) out->push_back({p.string(), StemBelow(p, root)});
  }
}

// A web page's article, normalised as every record is; the page's own date
// wins over --date, which is the fallback.
Article ToArticle(article::WebArticle&& web, const PageOptions& options) {
  Article a;
  const NormalizeOptions keep{true};
  if (web.title) a.title = NormalizeText(*web.title, keep);
  if (web.outlet) a.outlet = NormalizeText(*web.outlet, keep);
  a.authors = std::move(web.authors);
  a.date = web.date ? web.date : options.date;
  for (const std::string& p : web.paragraphs) {
    std::string n = NormalizeText(p);
    if (n.empty()) continue;
    if (!a.text.empty()) a.text += '\n';
    a.text += n;
  }
  return a;
}

}  // namespace

Result<std::vector<InputFile>> ListInputFiles(const std::vector<std::string>& paths,
                                              std::vector<std::string>* warnings) {
  std::vector<InputFile> files;
  std::set<fs::path> seen;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (p == "-") { files.push_back({p, "stdin"}); continue; }
    if (!fs::exists(p, ec)) return Status::NotFound(p + ": no such file or directory");
    if (fs::is_directory(p, ec)) Walk(p, p, &seen, &files, warnings);
    else files.push_back({p, fs::path(p).stem().string()});
  }
  // Stems that still collide (the same name given twice, or from two
  // folders) fall back to the path as given, then to a counter.
  std::map<std::string, int> count;
  for (const InputFile& f : files) ++count[f.id_stem];
  std::set<std::string> used;
  for (InputFile& f : files) {
    if (count[f.id_stem] > 1 && f.path != "-") f.id_stem = fs::path(f.path).replace_extension().generic_string();
    std::string stem = f.id_stem;
    for (int n = 2; !used.insert(stem).second; ++n) stem = f.id_stem + "~" + std::to_string(n);
    f.id_stem = stem;
  }
  return files;
}

Result<IngestedFile> IngestBytes(std::string_view bytes, const std::string& name, const IngestOptions& options,
                                 const std::string& id_stem) {
  IngestedFile file;
  if (bytes.empty()) {
    file.skipped = true;
    file.skip_reason = "empty file";
    return file;
  }
  if (options.encoding.empty() && LooksBinary(bytes)) {
    file.skipped = true;
    file.skip_reason = "binary file";
    return file;
  }
  // Plain UTF-8 is used where it lies: a copy of a large file costs time.
  std::string owned;
  std::string_view text;
  if (auto utf8 = options.encoding.empty() ? AsUtf8(bytes) : std::nullopt) {
    file.encoding = "UTF-8";
    text = *utf8;
  } else {
    Result<DecodedText> decoded = DecodeBytes(bytes, options.encoding);
    if (!decoded.ok()) return decoded.status().WithContext(name);
    file.encoding = decoded->encoding;
    if (!decoded->warning.empty()) file.warnings.push_back(name + ": " + decoded->warning);
    owned = std::move(decoded->utf8);
    text = owned;
  }
  const std::string ext = Lower(fs::path(name).extension().string());
  const bool html = ext == ".html" || ext == ".htm" || ((ext.empty() || ext == ".txt") && LooksLikeHtml(text));
  std::optional<article::WebArticle> web = html ? article::ExtractWebArticle(text) : std::nullopt;
  if (web) {
    file.articles.push_back(ToArticle(std::move(*web), options.page));
  } else {
    if (html) owned = HtmlToPageText(text);  // a page with no article body: split what it shows
    const std::string_view page = html ? std::string_view(owned) : text;
    file.articles = SplitPage(page, options.page);
  }
  const std::string stem = !id_stem.empty() ? id_stem : name == "-" ? "stdin" : fs::path(name).stem().string();
  for (std::size_t i = 0; i < file.articles.size(); ++i) {
    Article& a = file.articles[i];
    a.id = stem + "#" + std::to_string(i + 1);
    a.source = name;
    a.encoding = file.encoding;
    if (options.to_simplified) {
      a.text = EncodeUtf8(options.to_simplified->Convert(DecodeUtf8(a.text)));
      if (a.title) a.title = EncodeUtf8(options.to_simplified->Convert(DecodeUtf8(*a.title)));
      a.converted_t2s = true;
    }
  }
  return file;
}

Result<IngestedFile> IngestFile(const std::string& source, const IngestOptions& options,
                                const std::string& id_stem) {
  Result<std::string> bytes = ReadFileBytes(source);
  if (!bytes.ok()) return bytes.status();
  return IngestBytes(*bytes, source, options, id_stem);
}

}  // namespace zhcorpus
