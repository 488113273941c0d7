// Internal: dates as people write them in metadata and page headers, to
// YYYY-MM-DD. `2024-03-01 10:00`, `2024/3/1`, `2024.03.01`, `2024年3月1日`,
// `20240301`, ISO 8601 with a time zone, and (for fields only) epoch seconds
// or milliseconds. Anything else is nullopt: reported, never guessed.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace zhcorpus::article {

struct FoundDate {
  std::string iso;        // YYYY-MM-DD
  std::size_t begin = 0;  // byte range of the date in the searched text
  std::size_t end = 0;
};

// The whole of `field` is one date (surrounding spaces and a trailing time
// allowed): a metadata value or a structured record's date field.
std::optional<std::string> ParseDateField(std::string_view field);

// The first full date (with a year) written in `text`, from byte `from`.
std::optional<FoundDate> FindDate(std::string_view text, std::size_t from = 0);

}  // namespace zhcorpus::article
