// A large UTF-16 file is converted while read: characters and surrogate
// pairs cut between two reads must come out whole, and a bad sequence must
// stop the stream with its offset, after the text before it.
#include "article/utf16_stream.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace zhcorpus::article {
namespace {

std::string Utf16Le(const std::u16string& s) {
  std::string out;
  for (char16_t u : s) {
    out.push_back(static_cast<char>(u & 0xFF));
    out.push_back(static_cast<char>(u >> 8));
  }
  return out;
}

std::string Utf16Be(const std::u16string& s) {
  std::string out;
  for (char16_t u : s) {
    out.push_back(static_cast<char>(u >> 8));
    out.push_back(static_cast<char>(u & 0xFF));
  }
  return out;
}

// A source handing out `step` bytes per read, so cuts fall everywhere.
ByteReader Trickle(std::string bytes, std::size_t step) {
  auto pos = std::make_shared<std::size_t>(0);
  auto data = std::make_shared<std::string>(std::move(bytes));
  return [=](char* buffer, std::size_t n) -> Result<std::size_t> {
    const std::size_t k = std::min({n, step, data->size() - *pos});
    std::copy_n(data->data() + *pos, k, buffer);
    *pos += k;
    return k;
  };
}

// All the UTF-8 a reader gives, read `n` bytes at a time, or its error.
Result<std::string> Drain(ByteReader reader, std::size_t n) {
  std::string out, buffer(n, '\0');
  for (;;) {
    Result<std::size_t> got = reader(buffer.data(), n);
    if (!got.ok()) return got.status();
    if (*got == 0) return out;
    out.append(buffer.data(), *got);
  }
}

const std::u16string kText = u"山城新区𠀀今天开放。\n第二段𠀁。";
const std::string kUtf8 = "山城新区𠀀今天开放。\n第二段𠀁。";

TEST(Utf16Stream, CharactersCutBetweenReadsComeOutWhole) {
  for (std::size_t step : {1u, 2u, 3u, 5u, 1000u}) {
    Result<std::string> got = Drain(Utf8FromUtf16(Trickle(Utf16Le(kText), step), "", "UTF-16LE"), 4);
    ASSERT_TRUE(got.ok()) << "step " << step << ": " << got.status().ToString();
    EXPECT_EQ(*got, kUtf8) << "step " << step;
  }
}

TEST(Utf16Stream, TheHeadAlreadyReadComesFirstAndItsBomIsDropped) {
  const std::string bytes = "\xFF\xFE" + Utf16Le(kText);
  // The first 7 bytes were read to detect the encoding: a cut inside a character.
  Result<std::string> got = Drain(Utf8FromUtf16(Trickle(bytes.substr(7), 3), bytes.substr(0, 7), "UTF-16LE"), 64);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(*got, kUtf8);

  const std::string be = "\xFE\xFF" + Utf16Be(kText);
  Result<std::string> big = Drain(Utf8FromUtf16(Trickle(be.substr(5), 3), be.substr(0, 5), "UTF-16BE"), 64);
  ASSERT_TRUE(big.ok()) << big.status().ToString();
  EXPECT_EQ(*big, kUtf8);
}

TEST(Utf16Stream, ALoneSurrogateStopsWithItsOffsetAfterTheTextBeforeIt) {
  std::u16string bad = u"前文";
  bad.push_back(u'\xDC00');  // a low surrogate with no high one before it
  bad += u"后文";
  ByteReader reader = Utf8FromUtf16(Trickle(Utf16Le(bad), 1000), "", "UTF-16LE");
  std::string out, buffer(64, '\0');
  Result<std::size_t> got = reader(buffer.data(), buffer.size());
  while (got.ok() && *got > 0) {
    out.append(buffer.data(), *got);
    got = reader(buffer.data(), buffer.size());
  }
  ASSERT_FALSE(got.ok()) << "read " << out;
  EXPECT_EQ(out, "前文");
  EXPECT_NE(got.status().ToString().find("at byte 4"), std::string::npos) << got.status().ToString();
  // Every later read says so again: the error cannot be lost.
  EXPECT_FALSE(reader(buffer.data(), buffer.size()).ok());
}

TEST(Utf16Stream, AnOddLastByteIsAnErrorNotASilentCut) {
  const std::string bytes = Utf16Le(u"完整") + "\x41";
  Result<std::string> got = Drain(Utf8FromUtf16(Trickle(bytes, 2), "", "UTF-16LE"), 64);
  ASSERT_FALSE(got.ok());
  EXPECT_NE(got.status().ToString().find("ends inside a character"), std::string::npos) << got.status().ToString();
}

TEST(Utf16Stream, AnUnknownEncodingIsNamed) {
  Result<std::string> got = Drain(Utf8FromUtf16(Trickle("", 1), "", "UTF-99"), 8);
  ASSERT_FALSE(got.ok());
  EXPECT_NE(got.status().ToString().find("UTF-99"), std::string::npos);
}

}  // namespace
}  // namespace zhcorpus::article
