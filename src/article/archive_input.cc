#include "article/archive_input.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <memory>

namespace zhcorpus::article {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

constexpr std::string_view kCompressions[] = {".gz", ".bz2", ".xz", ".zst", ".lz4", ".lzma", ".z"};
constexpr std::string_view kArchives[] = {".zip", ".tar", ".tgz", ".tbz", ".tbz2", ".txz", ".tzst", ".7z", ".cpio", ".rar"};

bool EndsWithAny(const std::string& name, std::initializer_list<std::string_view> list) {
  return std::any_of(list.begin(), list.end(), [&](std::string_view e) { return name.ends_with(e); });
}

// `a.jsonl.gz` -> `a.jsonl`: the name a compressed file's content goes by.
std::string WithoutCompression(const std::string& path) {
  const std::string lower = Lower(path);
  for (std::string_view e : kCompressions) {
    if (lower.ends_with(e)) return path.substr(0, path.size() - e.size());
  }
  return path;
}

// `corpus.tar.gz` -> `corpus`; `a.jsonl.gz` -> `a`.
std::string StemOf(std::string name) {
  name = WithoutCompression(name);
  const std::size_t slash = name.find_last_of('/');
  const std::size_t dot = name.rfind('.');
  if (dot != std::string::npos && (slash == std::string::npos || dot > slash) && dot > 0) name.resize(dot);
  return name;
}

bool IsSkippedMember(const std::string& path) {
  if (path.starts_with("__MACOSX/")) return true;
  std::size_t start = 0;
  while (start < path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    if (end > start && path[start] == '.' && path.substr(start, end - start) != "." && path.substr(start, end - start) != "..")
      return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

bool IsCompressedOrArchive(const std::string& path) {
  const std::string lower = Lower(path);
  for (std::string_view e : kCompressions) if (lower.ends_with(e)) return true;
  for (std::string_view e : kArchives) if (lower.ends_with(e)) return true;
  std::ifstream in(path, std::ios::binary);
  std::array<unsigned char, 6> m{};
  in.read(reinterpret_cast<char*>(m.data()), m.size());
  if (in.gcount() < 4) return false;
  return (m[0] == 0x1F && m[1] == 0x8B) ||                                    // gzip
         (m[0] == 'B' && m[1] == 'Z' && m[2] == 'h') ||                        // bzip2
         (m[0] == 0xFD && m[1] == '7' && m[2] == 'z' && m[3] == 'X') ||        // xz
         (m[0] == 0x28 && m[1] == 0xB5 && m[2] == 0x2F && m[3] == 0xFD) ||     // zstd
         (m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4);               // zip
}

std::size_t ReadArchive(const std::string& path, const std::string& id_stem,
                 const std::function<void(const ByteReader&, const MemberName&)>& member,
                 const std::function<void(RecordError&&)>& error) {
  std::unique_ptr<struct archive, decltype(&archive_read_free)> a(archive_read_new(), &archive_read_free);
  archive_read_support_filter_all(a.get());
  archive_read_support_format_all(a.get());
  archive_read_support_format_raw(a.get());  // a lone compressed file
  if (archive_read_open_filename(a.get(), path.c_str(), 1 << 16) != ARCHIVE_OK) {
    error({path, 0, std::string("cannot open archive: ") + archive_error_string(a.get())});
    return 0;
  }
  // The id stem of the archive itself, without its compression and archive extensions.
  std::string archive_stem = id_stem;
  if (const std::string lower = Lower(archive_stem); EndsWithAny(lower, {".tar"})) archive_stem.resize(archive_stem.size() - 4);
  struct archive_entry* entry = nullptr;
  std::size_t members = 0;
  int r;
  while ((r = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
    const bool raw = archive_format(a.get()) == ARCHIVE_FORMAT_RAW;
    if (!raw && archive_entry_filetype(entry) != AE_IFREG) continue;
    const char* name = archive_entry_pathname(entry);
    const std::string inside = name ? name : "data";
    if (!raw && IsSkippedMember(inside)) continue;
    MemberName m;
    if (raw) {
      m = {path, WithoutCompression(path), StemOf(id_stem)};
    } else {
      m = {path + ":" + inside, inside, archive_stem + "/" + StemOf(inside)};
    }
    bool failed = false;
    const ByteReader reader = [&](char* buffer, std::size_t size) -> Result<std::size_t> {
      const la_ssize_t n = archive_read_data(a.get(), buffer, size);
      if (n < 0) {
        failed = true;
        return Status::IoError(std::string("cannot read member: ") + archive_error_string(a.get()));
      }
      return static_cast<std::size_t>(n);
    };
    ++members;
    member(reader, m);
    if (failed && archive_errno(a.get()) != 0 && archive_read_data_skip(a.get()) == ARCHIVE_FATAL) return members;
  }
  if (r != ARCHIVE_EOF) error({path, 0, std::string("archive: ") + archive_error_string(a.get())});
  return members;
}

}  // namespace zhcorpus::article
