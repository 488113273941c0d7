// Tagger::TagLine and TagRecord: a record in, the same record with "entities"
// (and "tokens") out. The line is scanned, not parsed into a tree: the new
// fields are spliced into the original bytes, so every other field passes
// through exactly as it came.
#include <cstdint>
#include <exception>

#include "entity/entity_norm_json.h"
#include "io/json_scan.h"
#include "zhcorpus/tagger.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

// What one thread reuses from record to record.
struct LineScratch {
  ScannedObject object;
  std::string text, date, entities, tokens;
};

// Walks valid UTF-8 forward by code points, for token offsets (sorted).
class CodePointCursor {
 public:
  explicit CodePointCursor(std::string_view s) : s_(s) {}
  std::size_t ByteAt(std::uint32_t code_point) {
    while (cp_ < code_point && byte_ < s_.size()) {
      byte_ += Utf8SequenceLength(static_cast<unsigned char>(s_[byte_]));
      ++cp_;
    }
    return byte_;
  }

 private:
  std::string_view s_;
  std::size_t byte_ = 0;
  std::uint32_t cp_ = 0;
};

void AppendUnsigned(std::uint64_t v, std::string* out) {
  char buf[24];
  char* p = buf + sizeof buf;
  do {
    *--p = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  out->append(p, buf + sizeof buf - p);
}

// The "entities" value, byte for byte what nlohmann writes for the objects
// {"type","text","start","end","norm"} (norm {} when the recogniser set none).
void AppendEntities(const std::vector<Entity>& entities, std::string* out) {
  out->push_back('[');
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    if (i > 0) out->push_back(',');
    *out += "{\"type\":";
    AppendJsonString(e.type, out);
    *out += ",\"text\":";
    AppendJsonString(e.text, out);
    *out += ",\"start\":";
    AppendUnsigned(e.start, out);
    *out += ",\"end\":";
    AppendUnsigned(e.end, out);
    *out += ",\"norm\":";
    AppendNormJson(e.norm, out);
    out->push_back('}');
  }
  out->push_back(']');
}

// The "tokens" value: ["word", ...], or [["word","pos"], ...] with `pos`.
void AppendTokens(std::string_view text, const std::vector<Token>& tokens, bool pos, std::string* out) {
  CodePointCursor cursor(text);
  out->push_back('[');
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) out->push_back(',');
    const std::size_t begin = cursor.ByteAt(tokens[i].start);
    const std::string_view word = text.substr(begin, cursor.ByteAt(tokens[i].end) - begin);
    if (pos) out->push_back('[');
    AppendJsonString(word, out);
    if (pos) {
      out->push_back(',');
      AppendJsonString(tokens[i].pos, out);
      out->push_back(']');
    }
  }
  out->push_back(']');
}

// Copies `line` to *out with each field in `fields` (name, new value) set:
// the first member of that name gets the new value in place, later ones are
// dropped, and a field the record lacks is added at the end, in order.
void Splice(const ScannedObject& object, const std::vector<std::pair<std::string_view, std::string_view>>& fields,
            std::string* out) {
  const std::string_view line = object.line;
  std::vector<bool> placed(fields.size(), false);
  std::size_t copied = 0;  // bytes of `line` already copied or dropped
  for (std::size_t m = 0; m < object.members.size(); ++m) {
    const JsonMember& member = object.members[m];
    for (std::size_t f = 0; f < fields.size(); ++f) {
      if (!object.KeyIs(member, fields[f].first)) continue;
      if (!placed[f]) {
        out->append(line.substr(copied, member.value_begin - copied));
        out->append(fields[f].second);
        placed[f] = true;
      } else {  // a duplicate: drop it with the ',' before it
        out->append(line.substr(copied, object.members[m - 1].value_end - copied));
      }
      copied = member.value_end;
    }
  }
  const std::size_t last_end = object.members.back().value_end;
  out->append(line.substr(copied, last_end - copied));
  for (std::size_t f = 0; f < fields.size(); ++f) {
    if (placed[f]) continue;
    *out += ",\"";
    out->append(fields[f].first);
    *out += "\":";
    out->append(fields[f].second);
  }
  out->append(line.substr(last_end));
}

// Finds and decodes "text" and "date" into the scratch; the reason otherwise.
Status ReadFields(const ScannedObject& object, LineScratch* scratch, std::optional<CivilDate>* date) {
  const JsonMember* text = object.Find("text");
  if (text == nullptr) return Status::InvalidArgument("no \"text\" field");
  const std::string_view text_value = object.Value(*text);
  if (text_value.front() != '"') {
    return Status::InvalidArgument(std::string("\"text\" is ") + JsonTypeName(text_value) + ", not a string");
  }
  DecodeJsonString(text_value, &scratch->text);
  const JsonMember* when = object.Find("date");
  if (when != nullptr && object.Value(*when).front() == '"') {
    DecodeJsonString(object.Value(*when), &scratch->date);
    *date = ParseIsoDate(scratch->date);
    if (!*date) return Status::InvalidArgument("\"date\" is not a calendar day as YYYY-MM-DD: " + scratch->date);
  }
  return Status::Ok();
}

}  // namespace

Status Tagger::TagLine(std::string_view line, const TagOutputOptions& output, std::string* out) const {
  thread_local LineScratch scratch;
  if (std::size_t bad = FindInvalidUtf8(line); bad != std::string_view::npos) {
    return Status::ParseError("invalid UTF-8 at byte " + std::to_string(bad + 1));
  }
  if (Status s = ScanJsonObject(line, &scratch.object); !s.ok()) return s;
  std::optional<CivilDate> date;
  if (Status s = ReadFields(scratch.object, &scratch, &date); !s.ok()) return s;
  try {
    const Tagged tagged = Tag(scratch.text, date);
    scratch.entities.clear();
    AppendEntities(tagged.entities, &scratch.entities);
    std::vector<std::pair<std::string_view, std::string_view>> fields{{"entities", scratch.entities}};
    if (output.tokens || output.pos) {
      scratch.tokens.clear();
      AppendTokens(scratch.text, tagged.tokens, output.pos, &scratch.tokens);
      fields.emplace_back("tokens", scratch.tokens);
    }
    Splice(scratch.object, fields, out);
  } catch (const std::exception& e) {  // a bug or no memory: this record fails, the stream goes on
    return Status::InvalidArgument(std::string("could not tag: ") + e.what());
  }
  return Status::Ok();
}

Status Tagger::TagRecord(Json* record, const TagOutputOptions& output) const {
  if (!record->is_object()) return Status::InvalidArgument("not a JSON object");
  if (auto why = CheckTextField(*record)) return Status::InvalidArgument(*why);
  const std::string& text = (*record)["text"].get_ref<const std::string&>();
  if (std::size_t bad = FindInvalidUtf8(text); bad != std::string::npos) {
    return Status::InvalidArgument("\"text\" is not valid UTF-8 at byte " + std::to_string(bad + 1));
  }
  std::string tagged;
  if (Status s = TagLine(ToJsonLine(*record), output, &tagged); !s.ok()) return s;
  *record = Json::parse(tagged);
  return Status::Ok();
}

}  // namespace zhcorpus
