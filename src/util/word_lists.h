// Closed word lists of rule code (page furniture, byline roles, surnames …),
// kept as data in data/<file>.tsv and compiled into the library
// (data/word_lists.cmake). Each file says where its words come from.
//
//   const WordLists& words = WordLists::Compiled("web_page_words");
//   if (ContainsAny(line, words.Get("tail_mark"))) ...
//
// Format: `list<TAB>word word …` (words separated by single spaces, the lines
// of one list joined in order), `#` comments and blank lines skipped.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zhcorpus {

struct CompiledWordList {
  const char* file;  // "web_page_words" for data/web_page_words.tsv
  const char* text;
};
extern const CompiledWordList kCompiledWordLists[];
extern const std::size_t kCompiledWordListCount;

class WordLists {
 public:
  // Parses `tsv`; throws std::invalid_argument naming `source` and the line
  // of a line with no tab or no word.
  static WordLists Parse(std::string_view tsv, std::string_view source);
  // The lists of data/<file>.tsv, parsed on first use (thread-safe).
  // Throws std::logic_error for a file data/word_lists.cmake does not compile in.
  static const WordLists& Compiled(std::string_view file);

  // The words of `list`, in file order. Throws std::logic_error when the file
  // has no such list: a mismatch between code and data that the tests catch.
  const std::vector<std::string>& Get(std::string_view list) const;
  // The same decoded to code points, for rules that scan UTF-32 text.
  std::vector<std::u32string> GetU32(std::string_view list) const;
  // For lists of single characters (`路 街 巷`): the characters as one string,
  // for a find() per character. Throws std::logic_error for a longer word.
  std::u32string GetChars(std::string_view list) const;
  // For lists whose words carry a value (`今年=0 去年=-1`, `左右=about`): each
  // word decoded to code points with the text after its last `=`. Throws
  // std::logic_error for a word with no `=` or an empty side.
  std::vector<std::pair<std::u32string, std::string>> GetValued(std::string_view list) const;
  std::vector<std::string> ListNames() const;

 private:
  std::string source_;
  std::map<std::string, std::vector<std::string>, std::less<>> lists_;
};

// `value` as the one of `names` it equals (that literal, for rules that keep
// such values as const char*). Throws std::logic_error naming `where` for any
// other value: a data file using a name the code does not know.
const char* OneOf(std::string_view value, std::initializer_list<const char*> names, std::string_view where);

// True when `s` contains `part` / any of `parts` (UTF-8 byte search: a whole
// character never matches inside another).
bool Contains(std::string_view s, std::string_view part);
bool ContainsAny(std::string_view s, const std::vector<std::string>& parts);
// True when `s` ends with any of `suffixes`.
bool EndsWithAny(std::string_view s, const std::vector<std::string>& suffixes);

}  // namespace zhcorpus
