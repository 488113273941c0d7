// Status and Result<T>: how the library reports failure without exceptions
// crossing its boundary or the process exiting.
//
//   Result<Dictionary> d = Dictionary::Load(path);
//   if (!d.ok()) { std::cerr << d.status().ToString() << '\n'; return 2; }
//   Use(*d);
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace zhcorpus {

class Status {
 public:
  enum class Code { kOk, kInvalidArgument, kNotFound, kIoError, kDataError, kParseError };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return {Code::kInvalidArgument, std::move(msg)}; }
  static Status NotFound(std::string msg) { return {Code::kNotFound, std::move(msg)}; }
  static Status IoError(std::string msg) { return {Code::kIoError, std::move(msg)}; }
  static Status DataError(std::string msg) { return {Code::kDataError, std::move(msg)}; }
  static Status ParseError(std::string msg) { return {Code::kParseError, std::move(msg)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "path:line: reason" style: the message already carries its context.
  std::string ToString() const { return ok() ? "OK" : message_; }
  // Prefixes context, e.g. status.WithContext("dict.txt:17").
  Status WithContext(const std::string& where) const {
    return ok() ? *this : Status(code_, where + ": " + message_);
  }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Either a value or a non-OK Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}                       // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}               // NOLINT: implicit by design
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace zhcorpus
