// Reference inverse document frequencies: how rare a word is in general text,
// the yardstick `report` measures a corpus' keywords against.
//
//   Result<IdfTable> idf = IdfTable::Load(data_dir / "idf.bin");
//   if (!idf.ok()) return idf.status();
//   double rare = idf->Idf("石墨烯");     // jieba's idf, or its median when unknown
//
// Loaded once from build/data/idf.bin (compiled from data/jieba_idf.tsv, see
// data/README.md), then immutable and safe to share across threads.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "zhcorpus/status.h"

namespace zhcorpus {

class IdfTable {
 public:
  // DataError naming the path when the file is not a table of this version.
  static Result<IdfTable> Load(const std::filesystem::path& path);
  // The same from bytes already in memory; `name` is used in errors.
  static Result<IdfTable> FromBytes(std::string bytes, const std::string& name);
  // The compiled form of (word, idf) pairs, in any order (duplicates: last wins).
  static std::string Compile(std::vector<std::pair<std::string, float>> entries);

  IdfTable(IdfTable&&) noexcept;
  IdfTable& operator=(IdfTable&&) noexcept;
  ~IdfTable();

  std::optional<double> Find(std::string_view word) const;
  // Find(word), else the median idf of the table (jieba's rule for unknown words).
  double Idf(std::string_view word) const { return Find(word).value_or(median()); }
  double median() const;
  std::size_t size() const;

 private:
  struct Impl;
  explicit IdfTable(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace zhcorpus
