#include "zhcorpus/jsonl.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "zhcorpus/utf8.h"

namespace zhcorpus {

std::string RecordError::ToString() const {
  std::string s = source;
  if (line > 0) {
    s += ':';
    s += std::to_string(line);
  }
  s += ": ";
  s += reason;
  return s;
}

JsonlReader::JsonlReader(std::istream& in, std::string source)
    : in_(in), source_(source == "-" ? "<stdin>" : std::move(source)) {}

bool JsonlReader::Next(JsonlLine* out) {
  while (std::getline(in_, buffer_)) {
    ++line_;
    if (!buffer_.empty() && buffer_.back() == '\r') buffer_.pop_back();
    if (buffer_.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines are not records
    out->line = line_;
    out->error.reset();
    Result<Json> parsed = ParseJsonObject(buffer_);
    if (parsed.ok()) {
      out->record = std::move(parsed).value();
    } else {
      out->record = Json();
      out->error = RecordError{source_, line_, parsed.status().message()};
    }
    return true;
  }
  return false;
}

Result<Json> ParseJsonObject(std::string_view line) {
  if (std::size_t bad = FindInvalidUtf8(line); bad != std::string_view::npos) {
    return Status::ParseError("invalid UTF-8 at byte " + std::to_string(bad + 1));
  }
  Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    // Parse again with exceptions only on the slow path, for the message.
    try {
      [[maybe_unused]] Json unused = Json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      std::string what = e.what();
      // nlohmann: "[json.exception.parse_error.101] parse error at line 1, column 41: syntax error ..."
      const std::size_t colon = what.find("syntax error");
      std::string reason = colon == std::string::npos ? what : what.substr(colon);
      return Status::ParseError("not JSON: " + reason + " (byte " + std::to_string(e.byte) + ")");
    }
    return Status::ParseError("not JSON");
  }
  if (!j.is_object()) return Status::ParseError(std::string("not a JSON object but ") + j.type_name());
  return j;
}

std::optional<std::string> CheckTextField(const Json& record) {
  auto it = record.find("text");
  if (it == record.end()) return "no \"text\" field";
  if (!it->is_string()) return std::string("\"text\" is ") + it->type_name() + ", not a string";
  return std::nullopt;
}

void JsonlWriter::Write(const Json& record) {
  buffer_ += record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  buffer_ += '\n';
  if (buffer_.size() >= (1 << 16)) Flush();
}

void JsonlWriter::Flush() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  out_.flush();
  buffer_.clear();
}

ErrorLog::ErrorLog(std::ostream& err, std::string tool, bool strict)
    : err_(err), tool_(std::move(tool)), strict_(strict) {}

void ErrorLog::Report(const RecordError& error) {
  ++count_;
  err_ << tool_ << ": " << error.ToString() << '\n';
}

Status ForEachInput(const std::vector<std::string>& paths,
                    const std::function<void(std::istream&, const std::string&)>& fn) {
  if (paths.empty()) {
    fn(std::cin, "-");
    return Status::Ok();
  }
  for (const std::string& p : paths) {
    if (p == "-") continue;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(p, ec) && !std::filesystem::is_fifo(p, ec) &&
        !std::filesystem::is_character_file(p, ec)) {
      return Status::NotFound(p + ": no such file");
    }
  }
  for (const std::string& p : paths) {
    if (p == "-") {
      fn(std::cin, "-");
      continue;
    }
    std::ifstream in(p, std::ios::binary);
    if (!in) return Status::IoError(p + ": cannot open for reading");
    fn(in, p);
  }
  return Status::Ok();
}

Result<std::ostream*> OpenOutput(const std::string& path) {
  if (path.empty() || path == "-") return &std::cout;
  // The stream lives for the whole process: tools open one output.
  static std::unique_ptr<std::ofstream> file;
  file = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
  if (!*file) return Status::IoError(path + ": cannot open for writing");
  return static_cast<std::ostream*>(file.get());
}

}  // namespace zhcorpus
