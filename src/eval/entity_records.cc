// Reading gold and predicted entity records for the entity scorer: every
// problem becomes a "source:line: reason" error, never an exception.
#include <istream>
#include <set>
#include <string_view>

#include "zhcorpus/entity_scorer.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

// Parses entities[index]; returns the reason when it cannot be scored.
std::optional<std::string> ParseEntity(const Json& j, const std::u32string& text, std::size_t index,
                                       ScoredEntity* out) {
  const std::string where = "entity " + std::to_string(index + 1) + ": ";
  if (!j.is_object()) return where + "not a JSON object";
  auto type = j.find("type");
  if (type == j.end() || !type->is_string() || type->get_ref<const std::string&>().empty()) {
    return where + "no string \"type\"";
  }
  auto start = j.find("start"), end = j.find("end");
  if (start == j.end() || end == j.end() || !start->is_number_integer() || !end->is_number_integer()) {
    return where + "\"start\" and \"end\" must be integers (code points)";
  }
  out->type = type->get<std::string>();
  out->start = start->get<std::int64_t>();
  out->end = end->get<std::int64_t>();
  if (out->start < 0 || out->end <= out->start) {
    return where + "empty or reversed span [" + std::to_string(out->start) + ", " + std::to_string(out->end) + ")";
  }
  if (!text.empty() && out->end > static_cast<std::int64_t>(text.size())) {
    return where + "end " + std::to_string(out->end) + " is past the text (" + std::to_string(text.size()) +
           " code points)";
  }
  auto norm = j.find("norm");
  out->norm = norm == j.end() ? Json() : *norm;
  const std::string span =
      text.empty() ? std::string() : EncodeUtf8(std::u32string_view(text).substr(out->start, out->end - out->start));
  auto etext = j.find("text");
  if (etext == j.end() || !etext->is_string()) {
    out->text = span;
    return std::nullopt;
  }
  out->text = etext->get<std::string>();
  if (!text.empty() && out->text != span) {
    return where + "text \"" + out->text + "\" is not text[" + std::to_string(out->start) + ":" +
           std::to_string(out->end) + "] \"" + span + "\"";
  }
  return std::nullopt;
}

// Fills `out` from a parsed line; returns the reason the whole record is refused.
std::optional<std::string> ParseRecord(const Json& j, EntityRecord* out, std::vector<std::string>* entity_errors) {
  auto id = j.find("id");
  if (id == j.end() || !id->is_string()) return "no string \"id\" to pair gold and prediction by";
  out->id = id->get<std::string>();
  auto text = j.find("text");
  if (text != j.end() && text->is_string()) out->text = text->get<std::string>();
  auto entities = j.find("entities");
  if (entities == j.end() || !entities->is_array()) return "no \"entities\" array (was the record tagged?)";
  const std::u32string cps = DecodeUtf8(out->text);
  for (std::size_t i = 0; i < entities->size(); ++i) {
    ScoredEntity e;
    if (auto why = ParseEntity((*entities)[i], cps, i, &e)) {
      entity_errors->push_back(*why);
    } else {
      out->entities.push_back(std::move(e));
    }
  }
  return std::nullopt;
}

}  // namespace

EntityRecords ReadEntityRecords(std::istream& in, const std::string& source) {
  EntityRecords out;
  out.source = source;
  std::set<std::string, std::less<>> seen;
  JsonlReader reader(in, source);
  JsonlLine line;
  while (reader.Next(&line)) {
    if (line.error) {
      out.errors.push_back(*line.error);
      continue;
    }
    EntityRecord record;
    record.line = line.line;
    std::vector<std::string> entity_errors;
    if (auto why = ParseRecord(line.record, &record, &entity_errors)) {
      out.errors.push_back({reader.source(), line.line, *why});
      continue;
    }
    for (std::string& why : entity_errors) out.errors.push_back({reader.source(), line.line, std::move(why)});
    if (!seen.insert(record.id).second) {
      out.errors.push_back({reader.source(), line.line, "id \"" + record.id + "\" repeats an earlier record; skipped"});
      continue;
    }
    out.records.push_back(std::move(record));
  }
  return out;
}

}  // namespace zhcorpus
