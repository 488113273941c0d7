// ParseTaggedLine: a byte scan for `text`, then nlohmann's SAX interface for the rest.
#include "report/record.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

#include "io/json_bytes.h"
#include "io/json_scan.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

// Index of the quote closing the string opened at `open`, or npos.
std::size_t StringEnd(std::string_view s, std::size_t open) {
  for (std::size_t q = s.find('"', open + 1); q != kNpos; q = s.find('"', q + 1)) {
    std::size_t slashes = 0;
    while (q - 1 - slashes > open && s[q - 1 - slashes] == '\\') ++slashes;
    if (slashes % 2 == 0) return q;
  }
  return kNpos;
}

std::size_t SkipSpace(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  return i;
}

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
  return -1;
}

using Sax = nlohmann::json_sax<nlohmann::json>;

// Keeps the fields ReportArticle holds; everything else is parsed and dropped.
class ArticleSax : public Sax {
 public:
  explicit ArticleSax(ReportArticle* a) : a_(a) {}
  std::optional<std::string> error;
  bool has_text = false;

  bool null() override { return Other("null"); }
  bool boolean(bool) override { return Other("boolean"); }
  bool number_integer(number_integer_t v) override { return Number(static_cast<double>(v), v >= 0); }
  bool number_unsigned(number_unsigned_t v) override { return Number(static_cast<double>(v), true); }
  bool number_float(number_float_t v, const string_t&) override { return Number(v, false); }
  bool binary(binary_t&) override { return Other("binary"); }
  bool string(string_t& s) override;
  bool key(string_t& k) override {
    key_ = k;
    return true;
  }
  bool start_object(std::size_t) override;
  bool start_array(std::size_t) override;
  bool end_object() override { return Pop(); }
  bool end_array() override { return Pop(); }
  bool parse_error(std::size_t byte, const std::string&, const nlohmann::detail::exception& e) override {
    std::string what = e.what();
    const std::size_t at = what.find("syntax error");
    error = "not JSON: " + (at == kNpos ? what : what.substr(at));
    error_byte = byte;
    return false;
  }
  std::size_t error_byte = 0;  // of a syntax error, in the line given to the parser (0: none)

 private:
  enum class Ctx : std::uint8_t { kRoot, kAuthors, kEntities, kEntity, kNorm, kMembers, kTokens, kPair, kSkip };

  Ctx Top() const { return stack_.empty() ? Ctx::kSkip : stack_.back(); }
  bool RootKey(const char* k) const { return Top() == Ctx::kRoot && key_ == k; }

  // A value that is not a string or number: wrong for `text` and `entities`.
  bool Other(const char* type) {
    if (stack_.empty()) return NotObject(type);
    if (RootKey("text")) error = std::string("\"text\" is ") + type + ", not a string";
    if (RootKey("entities")) error = "\"entities\" is not an array";
    return true;
  }
  bool NotObject(const char* type) {
    error = std::string("not a JSON object but ") + type;
    return false;
  }
  bool Number(double v, bool whole_non_negative) {
    if (stack_.empty()) return NotObject("number");
    ReportEntity* e = Entity();
    if (RootKey("chars") && whole_non_negative) chars_ = static_cast<std::size_t>(v);
    else if (Top() == Ctx::kEntity && key_ == "start") e->start = static_cast<long long>(v);
    else if (Top() == Ctx::kEntity && key_ == "end") e->end = static_cast<long long>(v);
    else if (Top() == Ctx::kNorm && key_ == "value") e->value = v, e->has_value = true;
    else return Other("number");
    return true;
  }
  ReportEntity* Entity() { return a_->entities.empty() ? nullptr : &a_->entities.back(); }
  bool Push(Ctx c) {
    stack_.push_back(c);
    return true;
  }
  bool Pop();
  void RootString(const std::string& s);
  void NormString(ReportEntity* e, const std::string& s);

  ReportArticle* a_;
  std::vector<Ctx> stack_;
  std::string key_;
  std::vector<std::string> pair_;  // a [word, pos] token being read

 public:
  std::optional<std::size_t> chars_;
};

bool ArticleSax::string(string_t& s) {
  switch (Top()) {
    case Ctx::kRoot: RootString(s); break;
    case Ctx::kAuthors: a_->authors.push_back(s); break;
    case Ctx::kEntity:
      if (key_ == "type") Entity()->type = s;
      else if (key_ == "text") Entity()->text = s;
      break;
    case Ctx::kNorm: NormString(Entity(), s); break;
    case Ctx::kMembers: Entity()->members.push_back(s); break;
    case Ctx::kTokens: a_->tokens.emplace_back(s, std::string()); break;
    case Ctx::kPair: pair_.push_back(s); break;
    default:
      if (stack_.empty()) return NotObject("string");
  }
  return true;
}

void ArticleSax::RootString(const std::string& s) {
  if (key_ == "id") a_->id = s;
  else if (key_ == "source") a_->source = s;
  else if (key_ == "outlet") a_->outlet = s;
  else if (key_ == "date") a_->date = s;
  else if (key_ == "text") has_text = true, a_->chars = CodePointCount(s);
  else if (key_ == "entities") error = "\"entities\" is not an array";
}

void ArticleSax::NormString(ReportEntity* e, const std::string& s) {
  static const std::pair<const char*, std::string ReportEntity::*> kFields[] = {
      {"name", &ReportEntity::name},           {"code", &ReportEntity::code},     {"level", &ReportEntity::level},
      {"parent", &ReportEntity::parent},       {"kind", &ReportEntity::kind},     {"region", &ReportEntity::region},
      {"indicator", &ReportEntity::indicator}, {"unit", &ReportEntity::unit},     {"approx", &ReportEntity::approx},
      {"value", &ReportEntity::date},          {"measure", &ReportEntity::measure}, {"date", &ReportEntity::period}};
  for (const auto& [k, field] : kFields)
    if (key_ == k) {
      e->*field = s;
      return;
    }
}

bool ArticleSax::start_object(std::size_t) {
  if (stack_.empty()) return Push(Ctx::kRoot);
  if (Top() == Ctx::kEntities) {
    a_->entities.emplace_back();
    return Push(Ctx::kEntity);
  }
  if (Top() == Ctx::kEntity && key_ == "norm") {
    Entity()->has_norm = true;
    return Push(Ctx::kNorm);
  }
  Other("object");
  return Push(Ctx::kSkip);
}

bool ArticleSax::start_array(std::size_t) {
  if (stack_.empty()) return NotObject("array");
  if (RootKey("authors")) return Push(Ctx::kAuthors);
  if (RootKey("entities")) {
    a_->entities_given = true;
    return Push(Ctx::kEntities);
  }
  if (RootKey("tokens")) {
    a_->has_tokens = true;
    return Push(Ctx::kTokens);
  }
  if (Top() == Ctx::kNorm && key_ == "members") return Push(Ctx::kMembers);
  if (Top() == Ctx::kTokens) {
    pair_.clear();
    return Push(Ctx::kPair);
  }
  Other("array");
  return Push(Ctx::kSkip);
}

bool ArticleSax::Pop() {
  if (Top() == Ctx::kPair && pair_.size() == 2) a_->tokens.emplace_back(std::move(pair_[0]), std::move(pair_[1]));
  stack_.pop_back();
  return true;
}

}  // namespace

bool FindRootText(std::string_view s, std::size_t* begin, std::size_t* end) {
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '{' || c == '[') ++depth;
    else if (c == '}' || c == ']') --depth;
    if (c != '"') continue;
    const std::size_t close = StringEnd(s, i);
    if (close == kNpos) return false;
    // A string of the root object followed by ':' is one of its keys.
    if (depth == 1 && s.substr(i, close + 1 - i) == "\"text\"") {
      std::size_t k = SkipSpace(s, close + 1);
      if (k < s.size() && s[k] == ':') {
        k = SkipSpace(s, k + 1);
        if (k >= s.size() || s[k] != '"') return false;
        const std::size_t value_end = StringEnd(s, k);
        if (value_end == kNpos) return false;
        *begin = k + 1, *end = value_end;
        return true;
      }
    }
    i = close;
  }
  return false;
}

std::optional<std::size_t> JsonStringCodePoints(std::string_view raw) {
  std::size_t n = 0;
  bool after_high_surrogate = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    // Eight bytes at a time while none is a control character or an escape
    // (the text of a record is most of its bytes): every byte that is not a
    // UTF-8 continuation byte (10xxxxxx) starts a code point.
    for (std::uint64_t w; i + 8 <= raw.size() && (std::memcpy(&w, raw.data() + i, 8), !json_bytes::MayNeedEscape(w));
         i += 8) {
      n += 8 - static_cast<std::size_t>(std::popcount(w & ~(w << 1) & 0x8080808080808080ULL));
      after_high_surrogate = false;
    }
    if (i >= raw.size()) break;
    const auto c = static_cast<unsigned char>(raw[i]);
    if (c < 0x20) return std::nullopt;
    if (c != '\\') {
      n += !IsUtf8Continuation(c);
      after_high_surrogate = false;
      continue;
    }
    if (++i >= raw.size()) return std::nullopt;
    if (raw[i] != 'u') {
      if (std::string_view("\"\\/bfnrt").find(raw[i]) == kNpos) return std::nullopt;
      ++n, after_high_surrogate = false;
      continue;
    }
    int unit = 0;
    for (int d = 1; d <= 4; ++d) {
      const int h = i + d < raw.size() ? Hex(raw[i + d]) : -1;
      if (h < 0) return std::nullopt;
      unit = unit * 16 + h;
    }
    i += 4;
    // A low surrogate after a high one completes the same code point.
    const bool low = unit >= 0xDC00 && unit <= 0xDFFF;
    n += low && after_high_surrogate ? 0 : 1;
    after_high_surrogate = unit >= 0xD800 && unit <= 0xDBFF;
  }
  return n;
}

std::optional<std::string> ParseTaggedLine(std::string_view line, ReportArticle* out) {
  *out = ReportArticle{};
  if (const std::size_t bad = FindInvalidUtf8(line); bad != kNpos)
    return "invalid UTF-8 at byte " + std::to_string(bad + 1);
  if (ScanTaggedLine(line, out)) return std::nullopt;
  *out = ReportArticle{};
  return ParseTaggedLineGeneral(line, out);
}

std::optional<std::string> ParseTaggedLineGeneral(std::string_view line, ReportArticle* out) {
  if (const std::size_t deep = FindTooDeepNesting(line); deep != kNpos) return NestingError(deep);
  std::string quoted;
  if (QuoteOutOfRangeNumbers(line, &quoted)) line = quoted;
  // The text's contents are replaced by "" before the SAX parse; its length is counted here.
  std::string reduced;
  std::optional<std::size_t> text_chars;
  std::size_t b = 0, e = 0;
  if (FindRootText(line, &b, &e)) {
    text_chars = JsonStringCodePoints(line.substr(b, e - b));
    if (!text_chars) return "not JSON: invalid string in \"text\" (byte " + std::to_string(b) + ")";
    reduced.reserve(line.size() - (e - b));
    reduced.append(line.substr(0, b)).append(line.substr(e));
    line = reduced;
  }
  ArticleSax sax(out);
  nlohmann::json::sax_parse(line.begin(), line.end(), &sax);
  // A byte after the emptied text is that much further on in the line as read.
  if (sax.error_byte) {
    const std::size_t byte = sax.error_byte > b ? sax.error_byte + (e - b) : sax.error_byte;
    return *sax.error + " (byte " + std::to_string(byte) + ")";
  }
  if (sax.error) return sax.error;
  if (!sax.has_text) return "no \"text\" field";
  out->chars = sax.chars_ ? *sax.chars_ : text_chars ? *text_chars : out->chars;
  return std::nullopt;
}

}  // namespace zhcorpus
