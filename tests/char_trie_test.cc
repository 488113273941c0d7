// CharTrie answers "no such edge" from a small bit filter before its slot
// table: every word inserted must still be found after the table grows, and
// words never inserted must not be.
#include "util/char_trie.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace zhcorpus {
namespace {

std::u32string Word(int i) {
  // Two to five characters from a CJK block and one astral character now
  // and then, so that paths share prefixes and leave the BMP root table.
  std::u32string w;
  for (int n = 0, v = i; n < 2 + i % 4; ++n, v /= 7) w.push_back(static_cast<char32_t>(0x4E00 + (v * 31 + n) % 400));
  if (i % 13 == 0) w.push_back(U'𠀀');
  return w;
}

TEST(CharTrie, FindsEveryInsertedWordAfterGrowing) {
  CharTrie trie;
  std::vector<std::int32_t> nodes;
  for (int i = 0; i < 20000; ++i) nodes.push_back(trie.Insert(Word(i)));
  for (int i = 0; i < 20000; ++i) {
    const std::u32string w = Word(i);
    ASSERT_EQ(trie.Find(w), nodes[i]) << i;
    std::int32_t node = CharTrie::kRoot;
    for (char32_t c : w) node = trie.Child(node, c);
    EXPECT_EQ(node, nodes[i]) << i;
  }
}

// Every two-character path is a node exactly when it starts an inserted word:
// a filter that said "absent" for a real edge, or a table that answered for
// a missing one, shows here.
TEST(CharTrie, APathExistsExactlyWhenAWordStartsWithIt) {
  CharTrie trie;
  std::set<std::u32string> prefixes;
  for (int i = 0; i < 5000; ++i) {
    const std::u32string w = Word(i);
    trie.Insert(w);
    prefixes.insert(w.substr(0, 2));
  }
  for (char32_t a = 0x4E00; a < 0x4E00 + 400; ++a) {
    for (char32_t b = 0x4E00; b < 0x4E00 + 400; b += 3) {
      const std::u32string path{a, b};
      ASSERT_EQ(trie.Find(path) != CharTrie::kNone, prefixes.count(path) == 1) << static_cast<int>(a - 0x4E00) << " "
                                                                               << static_cast<int>(b - 0x4E00);
    }
  }
  EXPECT_EQ(trie.Find(U"𠀀𠀀"), CharTrie::kNone);
  EXPECT_EQ(CharTrie().Find(U"新"), CharTrie::kNone);
}

}  // namespace
}  // namespace zhcorpus
