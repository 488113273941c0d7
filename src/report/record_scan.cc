// ScanTaggedLine: the report's reader for the common tagged record, one pass
// over the bytes straight into ReportArticle, no JSON tree and no SAX events.
//
// Why: nlohmann's SAX parse of every record was two thirds of `report`'s CPU
// time (docs/benchmarks.md). This reader handles what `tag` writes (plain
// strings, short escapes, whole and decimal numbers) and gives up on anything
// else (\u escapes, exponents, long numbers, deep nesting, any syntax error,
// a `text` or `entities` of the wrong type): ParseTaggedLine then parses the
// line the general way, so results and error messages stay those of the SAX
// reader (tests/report_record_scan_test.cc compares the two).
//
// Every loop below consumes at least one byte per turn or returns.
#include <cstdlib>
#include <cstring>

#include "io/json_scan.h"
#include "report/record.h"

namespace zhcorpus {
namespace {

// Deeper values are left to the general path (which refuses beyond 512).
constexpr int kMaxScanDepth = 64;
// Longer number tokens are left to the general path: out of a double's range
// needs an exponent or 309 digits, and 18 digits fit an int64.
constexpr std::size_t kMaxNumberChars = 24;

struct Number {
  double value = 0;
  bool whole = false;               // no fraction (an integer token)
  bool whole_non_negative = false;  // what nlohmann reports as unsigned or a non-negative integer
};

class RecordScanner {
 public:
  RecordScanner(std::string_view line, ReportArticle* out) : p_(line.data()), end_(line.data() + line.size()), a_(out) {}

  bool Run() {
    Space();
    if (!Eat('{') || !Root()) return false;
    Space();
    if (p_ != end_ || !has_text_) return false;
    a_->chars = chars_given_ ? chars_ : text_chars_;
    return true;
  }

 private:
  void Space() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  bool Eat(char c) {
    Space();
    if (p_ >= end_ || *p_ != c) return false;
    ++p_;
    return true;
  }
  bool Peek(char c) {
    Space();
    return p_ < end_ && *p_ == c;
  }

  // Members of an object whose '{' was eaten: calls member(key) with p_ at
  // the value; member must consume the value or return false.
  template <typename Member>
  bool Members(Member member) {
    if (Eat('}')) return true;
    for (;;) {
      std::string_view key;
      if (!Peek('"') || !Key(&key) || !Eat(':')) return false;
      Space();
      if (p_ >= end_ || !member(key)) return false;
      if (Eat('}')) return true;
      if (!Eat(',')) return false;
    }
  }
  // Elements of an array whose '[' was eaten.
  template <typename Element>
  bool Elements(Element element) {
    if (Eat(']')) return true;
    for (;;) {
      Space();
      if (p_ >= end_ || !element()) return false;
      if (Eat(']')) return true;
      if (!Eat(',')) return false;
    }
  }

  // A key without escapes, as its raw bytes.
  bool Key(std::string_view* key) {
    const char* start = ++p_;
    while (p_ < end_ && *p_ != '"') {
      if (*p_ == '\\' || static_cast<unsigned char>(*p_) < 0x20) return false;
      ++p_;
    }
    if (p_ >= end_) return false;
    *key = std::string_view(start, p_ - start);
    ++p_;
    return true;
  }

  // A string value into *out (null: checked and dropped). Short escapes are
  // decoded; \u is left to the general path (surrogate rules).
  bool String(std::string* out) {
    if (p_ >= end_ || *p_ != '"') return false;
    ++p_;
    if (out) out->clear();
    for (;;) {
      const char* run = p_;
      while (p_ < end_ && *p_ != '"' && *p_ != '\\' && static_cast<unsigned char>(*p_) >= 0x20) ++p_;
      if (out) out->append(run, p_ - run);
      if (p_ >= end_ || static_cast<unsigned char>(*p_) < 0x20) return false;
      if (*p_ == '"') {
        ++p_;
        return true;
      }
      if (p_ + 1 >= end_) return false;
      char decoded;
      switch (p_[1]) {
        case '"': decoded = '"'; break;
        case '\\': decoded = '\\'; break;
        case '/': decoded = '/'; break;
        case 'b': decoded = '\b'; break;
        case 'f': decoded = '\f'; break;
        case 'n': decoded = '\n'; break;
        case 'r': decoded = '\r'; break;
        case 't': decoded = '\t'; break;
        default: return false;  // \u (surrogates) and invalid escapes: the general path
      }
      if (out) out->push_back(decoded);
      p_ += 2;
    }
  }

  // A string value, or any other value skipped; false on what needs the general path.
  bool StringOrSkip(std::string* out) { return *p_ == '"' ? String(out) : Skip(0); }

  bool ReadNumber(Number* n) {
    const char* start = p_;
    const bool negative = p_ < end_ && *p_ == '-';
    if (negative) ++p_;
    if (p_ >= end_ || *p_ < '0' || *p_ > '9') return false;
    if (*p_ == '0') ++p_;
    else
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    bool fraction = false;
    if (p_ < end_ && *p_ == '.') {
      ++p_, fraction = true;
      if (p_ >= end_ || *p_ < '0' || *p_ > '9') return false;
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) return false;
    const std::size_t len = p_ - start;
    if (len > kMaxNumberChars) return false;
    char buf[kMaxNumberChars + 1];
    std::memcpy(buf, start, len);
    buf[len] = '\0';
    n->whole = !fraction;
    if (fraction) {
      n->value = std::strtod(buf, nullptr);  // what nlohmann's lexer calls
      n->whole_non_negative = false;
      return true;
    }
    if (len - negative > 18) return false;
    const long long v = std::strtoll(buf, nullptr, 10);
    n->value = static_cast<double>(v);
    n->whole_non_negative = v >= 0;  // "-0" too, as nlohmann reads it
    return true;
  }

  // Any value, checked and dropped.
  bool Skip(int depth) {
    if (depth > kMaxScanDepth || p_ >= end_) return false;
    switch (*p_) {
      case '"': return String(nullptr);
      case '{': ++p_; return Members([&](std::string_view) { return Skip(depth + 1); });
      case '[': ++p_; return Elements([&] { return Skip(depth + 1); });
      case 't': return Literal("true");
      case 'f': return Literal("false");
      case 'n': return Literal("null");
      default: {
        Number n;
        return ReadNumber(&n);
      }
    }
  }
  bool Literal(const char* word) {
    const std::size_t n = std::strlen(word);
    if (static_cast<std::size_t>(end_ - p_) < n || std::memcmp(p_, word, n) != 0) return false;
    p_ += n;
    return true;
  }

  bool Root() {
    return Members([&](std::string_view key) {
      if (key == "text") return Text();
      if (key == "entities") return *p_ == '[' && (++p_, a_->entities_given = true, Entities());
      if (key == "authors" && *p_ == '[') return (++p_, Strings(&a_->authors));
      if (key == "tokens" && *p_ == '[') return (++p_, a_->has_tokens = true, Tokens());
      if (key == "id") return StringOrSkip(&a_->id);
      if (key == "source") return StringOrSkip(&a_->source);
      if (key == "outlet") return StringOrSkip(&a_->outlet);
      if (key == "date") return StringOrSkip(&a_->date);
      if (key == "chars" && *p_ != '"' && *p_ != '[' && *p_ != '{' && *p_ != 't' && *p_ != 'f' && *p_ != 'n') {
        Number n;
        if (!ReadNumber(&n)) return false;
        if (n.whole && n.whole_non_negative) chars_given_ = true, chars_ = static_cast<std::size_t>(n.value);
        return true;
      }
      return Skip(1);
    });
  }

  // The record's text: only its length is kept, counted as the general path counts it.
  bool Text() {
    if (has_text_ || *p_ != '"') return false;
    const std::string_view rest(p_, end_ - p_);
    const std::size_t close = StringClose(rest, 0);
    if (close >= rest.size()) return false;
    const auto n = JsonStringCodePoints(rest.substr(1, close - 1));
    if (!n) return false;
    has_text_ = true, text_chars_ = *n;
    p_ += close + 1;
    return true;
  }

  // Direct string elements appended; other elements skipped.
  bool Strings(std::vector<std::string>* out) {
    return Elements([&] {
      if (*p_ != '"') return Skip(2);
      out->emplace_back();
      return String(&out->back());
    });
  }

  bool Tokens() {
    return Elements([&] {
      if (*p_ == '"') {
        a_->tokens.emplace_back();
        return String(&a_->tokens.back().first);
      }
      if (*p_ != '[') return Skip(2);
      ++p_;
      // A [word, pos] pair: exactly two direct strings, else dropped.
      int strings = 0;
      const bool ok = Elements([&] {
        if (*p_ != '"') return Skip(3);
        ++strings;
        return String(strings == 1 ? &word_ : strings == 2 ? &pos_ : nullptr);
      });
      if (ok && strings == 2) a_->tokens.emplace_back(word_, pos_);
      return ok;
    });
  }

  bool Entities() {
    return Elements([&] {
      if (*p_ != '{') return Skip(2);
      ++p_;
      a_->entities.emplace_back();
      return Entity(&a_->entities.back());
    });
  }

  bool Entity(ReportEntity* e) {
    return Members([&](std::string_view key) {
      if (key == "type") return StringOrSkip(&e->type);
      if (key == "text") return StringOrSkip(&e->text);
      if ((key == "start" || key == "end") && (*p_ == '-' || (*p_ >= '0' && *p_ <= '9'))) {
        Number n;
        if (!ReadNumber(&n) || n.value > 9e18 || n.value < -9e18) return false;
        (key == "start" ? e->start : e->end) = static_cast<long long>(n.value);
        return true;
      }
      if (key == "norm" && *p_ == '{') return (++p_, e->has_norm = true, Norm(e));
      return Skip(3);
    });
  }

  bool Norm(ReportEntity* e) {
    return Members([&](std::string_view key) {
      if (*p_ == '"') {
        std::string* field = NormField(e, key);
        return String(field);
      }
      if (key == "value" && (*p_ == '-' || (*p_ >= '0' && *p_ <= '9'))) {
        Number n;
        if (!ReadNumber(&n)) return false;
        e->value = n.value, e->has_value = true;
        return true;
      }
      if (key == "members" && *p_ == '[') return (++p_, Strings(&e->members));
      return Skip(4);
    });
  }

  static std::string* NormField(ReportEntity* e, std::string_view key) {
    static const std::pair<std::string_view, std::string ReportEntity::*> kFields[] = {
        {"name", &ReportEntity::name},           {"code", &ReportEntity::code},     {"level", &ReportEntity::level},
        {"parent", &ReportEntity::parent},       {"kind", &ReportEntity::kind},     {"region", &ReportEntity::region},
        {"indicator", &ReportEntity::indicator}, {"unit", &ReportEntity::unit},     {"approx", &ReportEntity::approx},
        {"value", &ReportEntity::date},          {"measure", &ReportEntity::measure}, {"date", &ReportEntity::period}};
    for (const auto& [k, field] : kFields)
      if (key == k) return &(e->*field);
    return nullptr;
  }

  const char* p_;
  const char* const end_;
  ReportArticle* a_;
  bool has_text_ = false, chars_given_ = false;
  std::size_t text_chars_ = 0, chars_ = 0;
  std::string word_, pos_;
};

}  // namespace

bool ScanTaggedLine(std::string_view line, ReportArticle* out) { return RecordScanner(line, out).Run(); }

}  // namespace zhcorpus
