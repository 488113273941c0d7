#include "article/utf16_stream.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <memory>

#include "zhcorpus/utf8.h"

namespace zhcorpus::article {
namespace {

using Converter = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

Converter Open(const std::string& name, UErrorCode* err) { return Converter(ucnv_open(name.c_str(), err), &ucnv_close); }

// The state one converting reader carries between reads: ICU's converter,
// the input bytes not yet converted, the UTF-8 not yet handed out, and a
// high surrogate whose partner comes with the next conversion.
class Utf16ToUtf8 {
 public:
  Utf16ToUtf8(ByteReader source, std::string head, const std::string& encoding)
      : source_(std::move(source)), encoding_(encoding), input_(std::move(head)), from_(nullptr, &ucnv_close) {
    UErrorCode err = U_ZERO_ERROR;
    from_ = Open(encoding, &err);
    if (U_FAILURE(err)) { failed_ = Status::InvalidArgument("unknown encoding \"" + encoding + "\""); return; }
    ucnv_setToUCallBack(from_.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
    // A BOM says which UTF-16 it is and is no character of the text; the
    // plain "UTF-16" converter reads it itself.
    std::string name;
    for (char c : encoding) if (c != '-' && c != '_') name.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    if ((name == "UTF16LE" && input_.starts_with("\xFF\xFE")) || (name == "UTF16BE" && input_.starts_with("\xFE\xFF")))
      consumed_ = used_ = 2;
  }

  Result<std::size_t> Read(char* buffer, std::size_t n) {
    while (out_used_ == out_.size()) {
      out_.clear();
      out_used_ = 0;
      if (!failed_.ok()) return failed_;
      if (done_) return std::size_t{0};
      if (Status s = Convert(); !s.ok()) return s;
    }
    const std::size_t step = std::min(n, out_.size() - out_used_);
    std::copy_n(out_.data() + out_used_, step, buffer);
    out_used_ += step;
    return step;
  }

 private:
  // Converts the next stretch of input into `out_`; a bad sequence is kept
  // in `failed_`, after the text before it.
  Status Convert() {
    if (used_ == input_.size() && !eof_) {
      input_.resize(kChunk);
      used_ = 0;
      Result<std::size_t> got = source_(input_.data(), input_.size());
      input_.resize(got.ok() ? *got : 0);
      if (!got.ok()) return got.status();
      eof_ = *got == 0;
    }
    std::array<UChar, kChunk / 2> units;
    UChar* dst = units.data();
    const char* src = input_.data() + used_;
    UErrorCode err = U_ZERO_ERROR;
    ucnv_toUnicode(from_.get(), &dst, units.data() + units.size(), &src, input_.data() + input_.size(), nullptr,
                   /*flush=*/eof_, &err);
    const std::size_t step = static_cast<std::size_t>(src - (input_.data() + used_));
    used_ += step;
    consumed_ += step;
    AppendUtf8Units(units.data(), dst);
    if (U_FAILURE(err) && err != U_BUFFER_OVERFLOW_ERROR) failed_ = Undecodable();
    else if (eof_ && used_ == input_.size()) done_ = true;
    return Status::Ok();
  }

  void AppendUtf8Units(const UChar* u, const UChar* end) {
    for (; u != end; ++u) {
      const char32_t c = *u;
      if (high_ != 0) {
        if (c >= 0xDC00 && c <= 0xDFFF) AppendUtf8(0x10000 + ((high_ - 0xD800) << 10) + (c - 0xDC00), &out_);
        high_ = 0;
        if (c >= 0xDC00 && c <= 0xDFFF) continue;
      }
      if (c >= 0xD800 && c <= 0xDBFF) high_ = c;  // its partner may come with the next conversion
      else AppendUtf8(c, &out_);
    }
  }

  // ICU stops after the bad sequence; its first byte is named.
  Status Undecodable() {
    char bad[8];
    int8_t len = sizeof bad;
    UErrorCode err = U_ZERO_ERROR;
    ucnv_getInvalidChars(from_.get(), bad, &len, &err);
    if (U_FAILURE(err) || len <= 0) len = 0;
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", len > 0 ? static_cast<unsigned char>(bad[0]) : 0u);
    return Status::ParseError("undecodable " + encoding_ + " byte " + hex + " at byte " +
                              std::to_string(consumed_ - static_cast<std::size_t>(len)) +
                              (eof_ && used_ == input_.size() ? " (the input ends inside a character)" : ""));
  }

  static constexpr std::size_t kChunk = std::size_t{1} << 16;
  ByteReader source_;
  std::string encoding_;
  std::string input_;           // bytes read from `source_`
  std::size_t used_ = 0;        // of them converted
  std::size_t consumed_ = 0;    // input bytes converted in all, BOM included
  bool eof_ = false, done_ = false;
  Converter from_;
  std::string out_;             // UTF-8 not yet handed out
  std::size_t out_used_ = 0;
  char32_t high_ = 0;           // a high surrogate waiting for its partner
  Status failed_ = Status::Ok();  // a bad sequence met: every later read says so
};

}  // namespace

ByteReader Utf8FromUtf16(ByteReader source, std::string head, const std::string& encoding) {
  auto state = std::make_shared<Utf16ToUtf8>(std::move(source), std::move(head), encoding);
  return [state](char* buffer, std::size_t n) { return state->Read(buffer, n); };
}

}  // namespace zhcorpus::article
