#include "io/json_scan.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "io/json_bytes.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads the four hex digits of a \u escape at s[at]; -1 when they are not hex.
long Hex4(std::string_view s, std::size_t at) {
  if (at + 4 > s.size()) return -1;
  long v = 0;
  for (std::size_t i = at; i < at + 4; ++i) {
    const int h = HexValue(s[i]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::size_t StringClose(std::string_view text, std::size_t open) {
  // memchr to each quote, then an even run of backslashes before it (pairs of
  // escaped backslashes) closes the string: a tagged record's bytes are
  // mostly its text, and a byte loop over it was the report's largest cost.
  const char* const begin = text.data();
  std::size_t from = open + 1;
  while (from < text.size()) {
    const void* hit = std::memchr(begin + from, '"', text.size() - from);
    if (!hit) break;
    const std::size_t q = static_cast<const char*>(hit) - begin;
    std::size_t slashes = 0;
    while (q - slashes > open + 1 && text[q - 1 - slashes] == '\\') ++slashes;
    if (slashes % 2 == 0) return q;
    from = q + 1;
  }
  return text.size();
}

namespace {

// The grammar walk. Positions are offsets into s_; errors keep the first
// problem found and stop the walk.
class Scanner {
 public:
  Scanner(std::string_view s, int max_depth) : s_(s), max_depth_(max_depth) {}

  Status error() const { return error_; }
  Status Error(const std::string& what) {
    Fail(what);
    return error_;
  }
  std::size_t pos() const { return pos_; }
  bool AtEnd() const { return pos_ >= s_.size(); }
  char Peek() const { return AtEnd() ? '\0' : s_[pos_]; }

  void SkipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }

  bool Fail(const std::string& what) {
    if (error_.ok()) {
      const std::string at = AtEnd() ? "the end of the line" : "byte " + std::to_string(pos_ + 1);
      error_ = Status::ParseError("not JSON: " + what + " at " + at);
    }
    return false;
  }

  bool Expect(char c) {
    if (Peek() != c) return Fail(std::string("expected '") + c + "'");
    ++pos_;
    return true;
  }

  // A string token from its opening quote; sets *escaped when it holds a '\\'.
  bool String(bool* escaped = nullptr) {
    if (!Expect('"')) return false;
    for (;;) {
      pos_ = json_bytes::SkipPlainWords(s_, pos_);
      if (AtEnd()) return Fail("unterminated string");
      const unsigned char c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c < 0x20) return Fail("control character in a string");
      if (c == '\\') {
        if (escaped) *escaped = true;
        if (!Escape()) return false;
      } else {
        ++pos_;
      }
    }
  }

  // An escape from its backslash; a \u surrogate must come in a valid pair.
  bool Escape() {
    ++pos_;
    const char e = Peek();
    if (std::strchr("\"\\/bfnrt", e) != nullptr && e != '\0') {
      ++pos_;
      return true;
    }
    if (e != 'u') return Fail("invalid escape");
    const long v = Hex4(s_, pos_ + 1);
    if (v < 0) return Fail("invalid \\u escape");
    pos_ += 5;
    if (v >= 0xDC00 && v <= 0xDFFF) return Fail("lone low surrogate");
    if (v < 0xD800 || v > 0xDBFF) return true;
    const long low = Peek() == '\\' && pos_ + 1 < s_.size() && s_[pos_ + 1] == 'u' ? Hex4(s_, pos_ + 2) : -1;
    if (low < 0xDC00 || low > 0xDFFF) return Fail("high surrogate without its low half");
    pos_ += 6;
    return true;
  }

  bool Digits() {
    if (!IsDigit(Peek())) return Fail("expected a digit");
    while (IsDigit(Peek())) ++pos_;
    return true;
  }

  // JSON's number grammar only: the value is never converted, so 1e400 and
  // 30-digit integers are as good as 7.
  bool Number() {
    if (Peek() == '-') ++pos_;
    if (Peek() == '0') {
      ++pos_;
    } else if (!Digits()) {
      return false;
    }
    if (Peek() == '.' && (++pos_, !Digits())) return false;
    if (Peek() == 'e' || Peek() == 'E') {
      ++pos_;
      if (Peek() == '+' || Peek() == '-') ++pos_;
      if (!Digits()) return false;
    }
    return true;
  }

  bool Literal() {
    for (std::string_view word : {"true", "false", "null"}) {
      if (s_.substr(pos_, word.size()) == word) {
        pos_ += word.size();
        return true;
      }
    }
    return Fail("expected a value");
  }

  // After '{' or ',' inside an object: `"key" :`.
  bool KeyAndColon() {
    SkipSpace();
    if (Peek() != '"') return Fail("expected a string key");
    if (!String()) return false;
    SkipSpace();
    return Expect(':');
  }

  // Opens a container; false past the depth limit.
  bool Open(char kind, std::string* stack) {
    if (static_cast<int>(stack->size()) >= depth_left_) {
      return Fail("nested deeper than " + std::to_string(max_depth_) + " levels");
    }
    stack->push_back(kind);
    ++pos_;
    SkipSpace();
    return true;
  }

  // One value of any kind, nested ones included, without recursion: `stack`
  // holds the open containers ('[' or '{'). `depth` is the depth it sits at.
  bool Value(int depth) {
    depth_left_ = max_depth_ - depth;
    std::string stack;
    for (;;) {
      SkipSpace();
      const char c = Peek();
      bool closed_at_once = false;
      if (c == '{' || c == '[') {
        if (!Open(c, &stack)) return false;
        const char close = c == '{' ? '}' : ']';
        if (Peek() == close) {
          ++pos_;
          stack.pop_back();
          closed_at_once = true;
        } else if (c == '{' && !KeyAndColon()) {
          return false;
        }
        if (!closed_at_once) continue;  // the first value inside
      } else if (c == '"') {
        if (!String()) return false;
      } else if (c == '-' || IsDigit(c)) {
        if (!Number()) return false;
      } else if (!Literal()) {
        return false;
      }
      if (!AfterValue(&stack)) return false;
      if (stack.empty()) return true;
    }
  }

  // After a value: closes the containers that end here, then stops before
  // the next value (after ',' and, in an object, the next key).
  bool AfterValue(std::string* stack) {
    while (!stack->empty()) {
      SkipSpace();
      const char open = stack->back();
      const char close = open == '{' ? '}' : ']';
      if (Peek() == ',') {
        ++pos_;
        return open == '[' || KeyAndColon();
      }
      if (Peek() != close) return Fail(std::string("expected ',' or '") + close + "'");
      ++pos_;
      stack->pop_back();
    }
    return true;
  }

 private:
  std::string_view s_;
  int max_depth_;
  int depth_left_ = 0;
  std::size_t pos_ = 0;
  Status error_;
};

bool ScanMembers(Scanner& scan, ScannedObject* out) {
  scan.SkipSpace();
  if (scan.Peek() == '}') return true;
  for (;;) {
    scan.SkipSpace();
    JsonMember m;
    m.key_begin = scan.pos();
    if (scan.Peek() != '"') return scan.Fail("expected a string key");
    if (!scan.String(&m.key_has_escape)) return false;
    m.key_end = scan.pos();
    scan.SkipSpace();
    if (!scan.Expect(':')) return false;
    scan.SkipSpace();
    m.value_begin = scan.pos();
    if (!scan.Value(/*depth=*/1)) return false;
    m.value_end = scan.pos();
    out->members.push_back(m);
    scan.SkipSpace();
    if (scan.Peek() == '}') return true;
    if (scan.Peek() != ',') return scan.Fail("expected ',' or '}'");
    scan.Expect(',');
  }
}

}  // namespace

bool ScannedObject::KeyIs(const JsonMember& m, std::string_view key) const {
  std::string_view raw = line.substr(m.key_begin + 1, m.key_end - m.key_begin - 2);
  if (!m.key_has_escape) return raw == key;
  std::string decoded;
  DecodeJsonString(line.substr(m.key_begin, m.key_end - m.key_begin), &decoded);
  return decoded == key;
}

const JsonMember* ScannedObject::Find(std::string_view key) const {
  for (auto it = members.rbegin(); it != members.rend(); ++it) {
    if (KeyIs(*it, key)) return &*it;
  }
  return nullptr;
}

Status ScanJsonObject(std::string_view line, ScannedObject* out, int max_depth) {
  out->line = line;
  out->members.clear();
  Scanner scan(line, max_depth);
  scan.SkipSpace();
  if (scan.Peek() != '{') {
    // Say what it is when it is JSON at all: "not a JSON object but array".
    const std::size_t begin = scan.pos();
    if (scan.AtEnd()) return Status::ParseError("not JSON: empty line");
    if (!scan.Value(0)) return scan.error();
    scan.SkipSpace();
    if (!scan.AtEnd()) return scan.Error("expected the end of the line");
    return Status::ParseError(std::string("not a JSON object but ") + JsonTypeName(line.substr(begin)));
  }
  scan.Expect('{');
  if (max_depth < 1) return scan.Error("nested deeper than " + std::to_string(max_depth) + " levels");
  if (!ScanMembers(scan, out)) return scan.error();
  out->close = scan.pos();
  scan.Expect('}');
  scan.SkipSpace();
  if (!scan.AtEnd()) return scan.Error("expected the end of the line");
  return Status::Ok();
}

const char* JsonTypeName(std::string_view value) {
  switch (value.empty() ? '\0' : value.front()) {
    case '{': return "object";
    case '[': return "array";
    case '"': return "string";
    case 't':
    case 'f': return "boolean";
    case 'n': return "null";
    default: return "number";
  }
}

void DecodeJsonString(std::string_view token, std::string* out) {
  out->clear();
  const std::string_view s = token.substr(1, token.size() - 2);
  std::size_t run = 0;
  for (std::size_t i = s.find('\\'); i != std::string_view::npos; i = s.find('\\', run)) {
    out->append(s.data() + run, i - run);
    const char e = s[i + 1];
    run = i + 2;
    switch (e) {
      case 'b': out->push_back('\b'); break;
      case 'f': out->push_back('\f'); break;
      case 'n': out->push_back('\n'); break;
      case 'r': out->push_back('\r'); break;
      case 't': out->push_back('\t'); break;
      case 'u': {
        char32_t cp = static_cast<char32_t>(Hex4(s, i + 2));
        run = i + 6;
        if (cp >= 0xD800 && cp <= 0xDBFF) {  // the scan checked the pair
          cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<char32_t>(Hex4(s, i + 8)) - 0xDC00);
          run = i + 12;
        }
        AppendUtf8(cp, out);
        break;
      }
      default: out->push_back(e);  // '"', '\\', '/'
    }
  }
  out->append(s.data() + run, s.size() - run);
}

std::size_t FindTooDeepNesting(std::string_view text, int max_depth) {
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') i = StringClose(text, i);
    else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::string_view::npos;
}

namespace {

// The length of the JSON number at s[at] (-?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?),
// 0 when none starts there.
std::size_t NumberLength(std::string_view s, std::size_t at) {
  std::size_t i = at;
  auto digits = [&] {
    const std::size_t from = i;
    while (i < s.size() && IsDigit(s[i])) ++i;
    return i > from;
  };
  if (i < s.size() && s[i] == '-') ++i;
  if (i < s.size() && s[i] == '0') ++i;
  else if (!digits()) return 0;
  if (i < s.size() && s[i] == '.' && (++i, !digits())) return 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) return 0;
  }
  return i - at;
}

// Only an exponent or more than 308 digits can leave a double's range.
bool OutOfDoubleRange(std::string_view number) {
  if (number.size() <= 308 && number.find_first_of("eE") == std::string_view::npos) return false;
  return std::isinf(std::strtod(std::string(number).c_str(), nullptr));
}

}  // namespace

bool QuoteOutOfRangeNumbers(std::string_view text, std::string* out) {
  std::size_t copied = 0;  // text[0, copied) is in *out once the first number is found
  bool found = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      i = StringClose(text, i);
      continue;
    }
    if (c != '-' && !IsDigit(c)) continue;
    const std::size_t n = NumberLength(text, i);
    if (n > 0 && OutOfDoubleRange(text.substr(i, n))) {
      if (!found) out->clear();
      found = true;
      out->append(text.substr(copied, i - copied));
      out->push_back('"');
      out->append(text.substr(i, n));
      out->push_back('"');
      copied = i + n;
    }
    i += n > 0 ? n - 1 : 0;
  }
  if (found) out->append(text.substr(copied));
  return found;
}

std::string NestingError(std::size_t at, int max_depth) {
  return "not JSON: nested deeper than " + std::to_string(max_depth) + " levels at byte " + std::to_string(at + 1);
}

}  // namespace zhcorpus
