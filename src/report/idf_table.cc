// IdfTable: a sorted array of words with their idf, memory-mapped and
// binary-searched: loading reads one page, a lookup about 18 (no hashing, no copy).
//
// Layout of idf.bin (host byte order, little-endian on every supported target):
//   char     magic[8]  "ZHIDF\0\0\0"
//   uint32   version   kIdfVersion
//   uint32   count     number of words
//   float    median    median idf over all words
//   uint32   blob      bytes of word text
//   uint32   offsets[count + 1]   word i is blob[offsets[i], offsets[i+1])
//   float    idf[count]
//   char     text[blob]           the words' UTF-8, sorted bytewise
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "zhcorpus/idf_table.h"

namespace zhcorpus {
namespace {

constexpr char kMagic[8] = {'Z', 'H', 'I', 'D', 'F', 0, 0, 0};
constexpr std::uint32_t kIdfVersion = 1;
constexpr std::size_t kHeaderBytes = 8 + 4 * 4;

template <typename T>
T ReadAt(std::string_view b, std::size_t at) {
  T v;
  std::memcpy(&v, b.data() + at, sizeof v);
  return v;
}

template <typename T>
void Append(std::string* out, T v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof v);
}

}  // namespace

struct IdfTable::Impl {
  std::string owned;              // FromBytes keeps the bytes here ...
  void* mapped = nullptr;         // ... Load maps the file (only the pages a lookup touches are read)
  std::size_t mapped_size = 0;
  std::uint32_t count = 0;
  float median = 0;
  const char* offsets = nullptr;  // uint32 each; memcpy'd, so no alignment is assumed
  const char* idf = nullptr;
  const char* text = nullptr;
  std::size_t text_size = 0;

  std::uint32_t Offset(std::size_t i) const {
    std::uint32_t v;
    std::memcpy(&v, offsets + 4 * i, 4);
    return v;
  }
  // A corrupt offset reads as an empty word rather than outside the file.
  std::string_view Word(std::size_t i) const {
    const std::uint32_t a = Offset(i), b = Offset(i + 1);
    return a <= b && b <= text_size ? std::string_view(text + a, b - a) : std::string_view();
  }
  ~Impl() {
    if (mapped) munmap(mapped, mapped_size);
  }
  Status Attach(std::string_view b, const std::string& name);
};

IdfTable::IdfTable(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
IdfTable::IdfTable(IdfTable&&) noexcept = default;
IdfTable& IdfTable::operator=(IdfTable&&) noexcept = default;
IdfTable::~IdfTable() = default;

Result<IdfTable> IdfTable::Load(const std::filesystem::path& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(path.string() + ": cannot open for reading");
  struct stat st {};
  auto impl = std::make_unique<Impl>();
  if (fstat(fd, &st) == 0 && st.st_size > 0) {
    impl->mapped_size = static_cast<std::size_t>(st.st_size);
    impl->mapped = mmap(nullptr, impl->mapped_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (impl->mapped == MAP_FAILED) impl->mapped = nullptr;
  }
  close(fd);
  if (!impl->mapped) return Status::IoError(path.string() + ": cannot map the file (empty or unreadable)");
  const std::string_view bytes(static_cast<const char*>(impl->mapped), impl->mapped_size);
  if (Status s = impl->Attach(bytes, path.string()); !s.ok()) return s;
  return IdfTable(std::move(impl));
}

Result<IdfTable> IdfTable::FromBytes(std::string b, const std::string& name) {
  auto impl = std::make_unique<Impl>();
  impl->owned = std::move(b);
  if (Status s = impl->Attach(impl->owned, name); !s.ok()) return s;
  return IdfTable(std::move(impl));
}

// Checks the header and sizes and points into `b`; word offsets are checked at
// lookup, so loading touches only the first page.
Status IdfTable::Impl::Attach(std::string_view b, const std::string& name) {
  if (b.size() < kHeaderBytes || std::memcmp(b.data(), kMagic, 8) != 0)
    return Status::DataError(name + ": not an idf table (rebuild it: cmake --build build --target zhcorpus_data)");
  if (const auto v = ReadAt<std::uint32_t>(b, 8); v != kIdfVersion)
    return Status::DataError(name + ": idf table version " + std::to_string(v) + ", this build reads version " +
                             std::to_string(kIdfVersion) + " (rebuild the data)");
  count = ReadAt<std::uint32_t>(b, 12);
  median = ReadAt<float>(b, 16);
  const std::uint64_t blob = ReadAt<std::uint32_t>(b, 20), n = count;
  if (b.size() != kHeaderBytes + 4 * (n + 1) + 4 * n + blob)
    return Status::DataError(name + ": idf table is truncated or has trailing bytes");
  offsets = b.data() + kHeaderBytes;
  idf = offsets + 4 * (n + 1);
  text = idf + 4 * n;
  text_size = blob;
  return Status::Ok();
}

std::string IdfTable::Compile(std::vector<std::pair<std::string, float>> entries) {
  std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::pair<std::string, float>> unique;
  for (auto& e : entries) {
    if (!unique.empty() && unique.back().first == e.first) unique.back() = std::move(e);
    else unique.push_back(std::move(e));
  }
  std::vector<float> sorted_idf;
  std::string text;
  for (const auto& [w, v] : unique) sorted_idf.push_back(v), text += w;
  std::sort(sorted_idf.begin(), sorted_idf.end());
  const float median = sorted_idf.empty() ? 0.0f : sorted_idf[sorted_idf.size() / 2];
  std::string out(kMagic, 8);
  Append(&out, kIdfVersion);
  Append(&out, static_cast<std::uint32_t>(unique.size()));
  Append(&out, median);
  Append(&out, static_cast<std::uint32_t>(text.size()));
  std::uint32_t at = 0;
  for (const auto& [w, v] : unique) Append(&out, at), at += static_cast<std::uint32_t>(w.size());
  Append(&out, at);
  for (const auto& [w, v] : unique) Append(&out, v);
  return out + text;
}

std::optional<double> IdfTable::Find(std::string_view word) const {
  const Impl& d = *impl_;
  std::size_t lo = 0, hi = d.count;
  while (lo < hi) {  // first index whose word is >= `word`
    const std::size_t mid = lo + (hi - lo) / 2;
    if (d.Word(mid) < word) lo = mid + 1;
    else hi = mid;
  }
  if (lo == d.count || d.Word(lo) != word) return std::nullopt;
  float v;
  std::memcpy(&v, d.idf + 4 * lo, 4);
  return v;
}

double IdfTable::median() const { return impl_->median; }
std::size_t IdfTable::size() const { return impl_->count; }

}  // namespace zhcorpus
