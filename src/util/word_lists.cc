#include "util/word_lists.h"

#include <algorithm>
#include <stdexcept>

#include "zhcorpus/utf8.h"

namespace zhcorpus {

WordLists WordLists::Parse(std::string_view tsv, std::string_view source) {
  WordLists lists;
  lists.source_ = std::string(source);
  std::size_t line_number = 0;
  while (!tsv.empty()) {
    const std::size_t end = std::min(tsv.find('\n'), tsv.size());
    std::string_view line = tsv.substr(0, end);
    tsv.remove_prefix(std::min(end + 1, tsv.size()));
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == 0 || tab == std::string_view::npos || tab + 1 == line.size())
      throw std::invalid_argument(std::string(source) + ":" + std::to_string(line_number) +
                                  ": expected list<TAB>word word ...");
    std::vector<std::string>& words = lists.lists_[std::string(line.substr(0, tab))];
    std::string_view rest = line.substr(tab + 1);
    while (!rest.empty()) {
      const std::size_t space = std::min(rest.find(' '), rest.size());
      if (space > 0) words.emplace_back(rest.substr(0, space));
      rest.remove_prefix(std::min(space + 1, rest.size()));
    }
  }
  return lists;
}

const WordLists& WordLists::Compiled(std::string_view file) {
  // Every compiled file is parsed on the first call (a few kilobytes, well
  // under a millisecond); after that lookups take no lock.
  static const auto* const kAll = [] {
    auto* all = new std::map<std::string, WordLists, std::less<>>;
    for (std::size_t i = 0; i < kCompiledWordListCount; ++i) {
      const std::string name = kCompiledWordLists[i].file;
      all->emplace(name, Parse(kCompiledWordLists[i].text, "data/" + name + ".tsv"));
    }
    return all;
  }();
  auto it = kAll->find(file);
  if (it == kAll->end())
    throw std::logic_error("data/" + std::string(file) + ".tsv is not compiled in (data/word_lists.cmake)");
  return it->second;
}

const std::vector<std::string>& WordLists::Get(std::string_view list) const {
  auto it = lists_.find(list);
  if (it == lists_.end()) throw std::logic_error(source_ + " has no list \"" + std::string(list) + "\"");
  return it->second;
}

std::vector<std::u32string> WordLists::GetU32(std::string_view list) const {
  std::vector<std::u32string> out;
  for (const std::string& w : Get(list)) out.push_back(DecodeUtf8(w));
  return out;
}

std::u32string WordLists::GetChars(std::string_view list) const {
  std::u32string out;
  for (const std::string& w : Get(list)) {
    const std::u32string c = DecodeUtf8(w);
    if (c.size() != 1)
      throw std::logic_error(source_ + ": list \"" + std::string(list) + "\": one character per word, got \"" + w + "\"");
    out += c;
  }
  return out;
}

std::vector<std::pair<std::u32string, std::string>> WordLists::GetValued(std::string_view list) const {
  std::vector<std::pair<std::u32string, std::string>> out;
  for (const std::string& w : Get(list)) {
    const std::size_t eq = w.rfind('=');
    if (eq == 0 || eq == std::string::npos || eq + 1 == w.size())
      throw std::logic_error(source_ + ": list \"" + std::string(list) + "\": expected word=value, got \"" + w + "\"");
    out.emplace_back(DecodeUtf8(std::string_view(w).substr(0, eq)), w.substr(eq + 1));
  }
  return out;
}

std::vector<std::string> WordLists::ListNames() const {
  std::vector<std::string> out;
  for (const auto& [name, words] : lists_) out.push_back(name);
  return out;
}

const char* OneOf(std::string_view value, std::initializer_list<const char*> names, std::string_view where) {
  for (const char* name : names) {
    if (value == name) return name;
  }
  throw std::logic_error(std::string(where) + ": unknown value \"" + std::string(value) + "\"");
}

bool Contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

bool ContainsAny(std::string_view s, const std::vector<std::string>& parts) {
  return std::any_of(parts.begin(), parts.end(), [&](const std::string& p) { return Contains(s, p); });
}

bool EndsWithAny(std::string_view s, const std::vector<std::string>& suffixes) {
  return std::any_of(suffixes.begin(), suffixes.end(), [&](const std::string& x) { return s.ends_with(x); });
}

}  // namespace zhcorpus
