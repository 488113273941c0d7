#include "zhcorpus/tagged_record.h"

#include <exception>

#include "io/json_scan.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {


std::string StringField(const Json& record, const char* key) {
  auto it = record.find(key);
  return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<std::string> ReadEntities(Json& list, std::size_t text_length, TaggedRecord* out) {
  if (!list.is_array()) return "entities is not an array";
  out->entities.reserve(list.size());
  for (std::size_t i = 0; i < list.size(); ++i) {
    Json& e = list[i];
    const std::string where = "entities[" + std::to_string(i) + "]: ";
    if (!e.is_object()) return where + "not an object";
    auto start = e.find("start"), end = e.find("end");
    if (start == e.end() || end == e.end() || !start->is_number_unsigned() || !end->is_number_unsigned())
      return where + "start and end must be non-negative integers";
    TaggedEntity entity;
    entity.start = start->get<std::size_t>();
    entity.end = end->get<std::size_t>();
    if (entity.start > entity.end || entity.end > text_length)
      return where + "span " + std::to_string(entity.start) + "-" + std::to_string(entity.end) +
             " is outside the text (" + std::to_string(text_length) + " characters)";
    entity.type = StringField(e, "type");
    entity.text = StringField(e, "text");
    if (auto norm = e.find("norm"); norm != e.end()) entity.norm = std::move(*norm);
    out->entities.push_back(std::move(entity));
  }
  return std::nullopt;
}

std::optional<std::string> ReadTokens(Json& list, TaggedRecord* out) {
  if (!list.is_array()) return "tokens is not an array";
  out->has_tokens = true;
  out->tokens.reserve(list.size());
  for (std::size_t i = 0; i < list.size(); ++i) {
    Json& t = list[i];
    if (t.is_string()) {
      out->tokens.push_back({std::move(t.get_ref<std::string&>()), ""});
    } else if (t.is_array() && t.size() == 2 && t[0].is_string() && t[1].is_string()) {
      out->tokens.push_back({std::move(t[0].get_ref<std::string&>()), std::move(t[1].get_ref<std::string&>())});
    } else {
      return "tokens[" + std::to_string(i) + "]: not a word or a [word, tag] pair";
    }
  }
  return std::nullopt;
}

}  // namespace

std::string NormString(const Json& norm, const char* key) {
  if (!norm.is_object()) return "";
  auto it = norm.find(key);
  if (it == norm.end() || it->is_null()) return "";
  return it->is_string() ? it->get<std::string>() : it->dump();
}

std::optional<TokenSpans> AlignTokens(std::u32string_view text, const std::vector<TaggedToken>& tokens) {
  TokenSpans spans;
  spans.reserve(tokens.size());
  std::size_t pos = 0;
  std::u32string word;
  for (const TaggedToken& t : tokens) {
    DecodeUtf8Into(t.word, &word);
    if (word.empty()) return std::nullopt;
    if (text.compare(pos, word.size(), word) != 0) {
      pos = text.find(word, pos);
      if (pos == std::u32string_view::npos) return std::nullopt;
    }
    spans.emplace_back(pos, pos + word.size());
    pos += word.size();
  }
  return spans;
}

std::optional<std::string> ParseTaggedRecord(std::string_view line, TaggedRecord* out, unsigned parts) {
  *out = TaggedRecord();
  // Why a callback: the parts not asked for are skipped while parsing instead
  // of being built and thrown away.
  const bool entities = parts & kWithEntities, tokens = parts & kWithTokens;
  Json::parser_callback_t keep = [&](int depth, Json::parse_event_t event, Json& parsed) {
    if (depth != 1 || event != Json::parse_event_t::key) return true;
    const std::string& key = parsed.get_ref<const std::string&>();
    return !((key == "entities" && !entities) || (key == "tokens" && !tokens));
  };
  if (const std::size_t deep = FindTooDeepNesting(line); deep != std::string_view::npos) return NestingError(deep);
  std::string quoted;
  if (QuoteOutOfRangeNumbers(line, &quoted)) line = quoted;
  Json record;
  try {
    record = Json::parse(line.begin(), line.end(), keep);
  } catch (const std::exception& e) {
    std::string why = e.what();
    if (auto colon = why.find("parse error"); colon != std::string::npos) why = why.substr(colon);
    return "not JSON: " + why;
  }
  if (!record.is_object()) return "not a JSON object";
  auto text = record.find("text");
  if (text == record.end() || !text->is_string()) return "no string field \"text\"";
  out->text = std::move(text->get_ref<std::string&>());
  out->id = StringField(record, "id");
  out->source = StringField(record, "source");
  out->outlet = StringField(record, "outlet");
  out->date = StringField(record, "date");
  out->title = StringField(record, "title");
  if (entities)
    if (auto list = record.find("entities"); list != record.end() && !list->is_null())
      if (auto why = ReadEntities(*list, CodePointCount(out->text), out)) return why;
  if (tokens)
    if (auto list = record.find("tokens"); list != record.end() && !list->is_null())
      if (auto why = ReadTokens(*list, out)) return why;
  return std::nullopt;
}

std::optional<std::string> CheckRecordLine(std::string_view line) {
  if (const std::size_t bad = FindInvalidUtf8(line); bad != std::string_view::npos)
    return "invalid UTF-8 at byte " + std::to_string(bad + 1);
  ScannedObject object;
  if (Status s = ScanJsonObject(line, &object); !s.ok()) return s.message();
  const JsonMember* text = object.Find("text");
  if (text == nullptr || object.line[text->value_begin] != '"') return "no string field \"text\"";
  return std::nullopt;
}

}  // namespace zhcorpus
