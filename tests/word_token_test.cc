// Which tokens count as words in frequency tables: Han characters and
// letters do; punctuation, spaces, bare numbers and symbols do not.
#include "corpus/word_token.h"

#include <gtest/gtest.h>

namespace zhcorpus {
namespace {

TEST(WordToken, HanAndLettersAreWords) {
  for (const char* w : {"书店", "河", "GDP", "5G", "3月", "Ａｐｐ", "café", "Москва"}) EXPECT_TRUE(IsWordToken(w)) << w;
}

TEST(WordToken, PunctuationNumbersAndSpacesAreNot) {
  for (const char* w : {"", "，", "。", " ", "\u3000", "2024", "３．５", "%", "+", "——", "…", "（"})
    EXPECT_FALSE(IsWordToken(w)) << w;
}

}  // namespace
}  // namespace zhcorpus
