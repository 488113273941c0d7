#include "zhcorpus/utf8.h"

#include <cstdint>
#include <cstring>

namespace zhcorpus {
namespace {

// Length of the sequence starting at s[i], or 0 if it is not valid UTF-8.
std::size_t ValidSequenceLength(std::string_view s, std::size_t i) {
  std::size_t next = i;
  return DecodeUtf8At(s, &next) == kInvalidCodePoint ? 0 : next - i;
}

}  // namespace

std::size_t FindInvalidUtf8(std::string_view s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t size = s.size();
  std::size_t i = 0;
  while (i < size) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      // The ASCII run goes on eight bytes at a time.
      std::uint64_t word;
      while (i + 8 <= size && (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080ULL) == 0)) i += 8;
      continue;
    }
    // Three-byte sequences (all of CJK) whose lead rules out overlongs
    // (E0) and surrogates (ED) need only their continuation bytes checked,
    // both with one 16-bit load.
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < size) {
      std::uint16_t tail;
      std::memcpy(&tail, p + i + 1, 2);
      if ((tail & 0xC0C0) == 0x8080) {
        i += 3;
        continue;
      }
    }
    const std::size_t n = ValidSequenceLength(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::u32string DecodeUtf8(std::string_view s) {
  // Written through a pointer into a presized buffer: push_back's capacity
  // check per code point made this the hottest loop of ingest.
  std::u32string out(s.size(), U'\0');
  char32_t* o = out.data();
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = DecodeUtf8Next(s, &i);
    if (cp == kInvalidCodePoint) { *o++ = U'\uFFFD'; ++i; continue; }
    *o++ = cp;
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  return out;
}

std::size_t DecodeUtf8Into(std::string_view s, std::u32string* out) {
  out->resize(s.size());
  char32_t* o = out->data();
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = DecodeUtf8Next(s, &i);
    if (cp == kInvalidCodePoint) return i;
    *o++ = cp;
  }
  out->resize(static_cast<std::size_t>(o - out->data()));
  return std::string_view::npos;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string EncodeUtf8(std::u32string_view s) {
  // Written through a pointer into a buffer of the largest size, then cut:
  // AppendUtf8's push_back per byte was a hot loop of ingest.
  std::string out(s.size() * 4, '\0');
  char* o = out.data();
  for (char32_t cp : s) {
    if (cp < 0x80) {
      *o++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
      *o++ = static_cast<char>(0xC0 | (cp >> 6));
      *o++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      *o++ = static_cast<char>(0xE0 | (cp >> 12));
      *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      *o++ = static_cast<char>(0xF0 | (cp >> 18));
      *o++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  return out;
}

std::size_t CodePointCount(std::string_view s) {
  // Every byte but continuation bytes (10xxxxxx) starts a code point; eight
  // bytes at a time, continuation bytes are those with bit 7 set and bit 6 clear.
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    const std::uint64_t continuation = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;  // 1 per byte
    n += 8 - static_cast<std::size_t>((continuation * 0x0101010101010101ULL) >> 56);  // sum of the bytes
  }
  for (; i < s.size(); ++i) n += (p[i] & 0xC0) != 0x80;
  return n;
}

std::string_view Utf8Suffix(std::string_view s, std::size_t n) {
  std::size_t i = s.size();
  while (i > 0 && n > 0) {
    --i;
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) --n;  // a lead byte starts a code point
  }
  return s.substr(i);
}

bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x323AF) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

}  // namespace zhcorpus
