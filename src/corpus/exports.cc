#include "zhcorpus/exports.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <sstream>
#include <vector>

#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

bool IsSpaceToken(std::string_view w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
}

bool IsPunctuation(std::string_view w) {
  const std::u32string cps = DecodeUtf8(w);
  return !cps.empty() && std::all_of(cps.begin(), cps.end(), [](char32_t c) { return u_ispunct(static_cast<UChar32>(c)); });
}

bool EndsSentence(std::string_view w) {
  for (std::string_view end : {"。", "！", "？", "!", "?", "；", "……"})
    if (w == end) return true;
  return false;
}

bool ClosesQuote(std::string_view w) {
  for (std::string_view c : {"”", "’", "」", "』", "）", ")", "》", "】"})
    if (w == c) return true;
  return false;
}

// One token of a sentence, with what the formats need.
struct Token {
  std::size_t index;  // into record.tokens
  std::size_t start, end;
  std::string ent = "O";  // B-org, I-org, O
  std::string norm;       // the entity's name, indicator or value
};

struct Sentence {
  bool new_paragraph = false;
  std::vector<Token> tokens;
};

std::string EntityNorm(const TaggedEntity& e) {
  if (e.type == "metric") return NormString(e.norm, "indicator");
  if (e.type == "date") return NormString(e.norm, "value");
  return NormString(e.norm, "name");
}

// Labels each token with the entity it overlaps (B on the first token).
void LabelEntities(const TaggedRecord& r, std::vector<Token>* tokens) {
  for (const TaggedEntity& e : r.entities) {
    bool first = true;
    for (Token& t : *tokens) {
      if (t.end <= e.start || t.start >= e.end || t.ent != "O") continue;
      t.ent = (first ? "B-" : "I-") + e.type;
      t.norm = EntityNorm(e);
      first = false;
    }
  }
}

std::optional<std::string> Split(const TaggedRecord& r, std::vector<Sentence>* out) {
  if (!r.has_tokens) return "no tokens: run tag --tokens (with --pos for parts of speech) before exporting";
  const std::u32string text = DecodeUtf8(r.text);
  auto spans = AlignTokens(text, r.tokens);
  if (!spans) return "tokens do not follow the text";
  std::vector<Token> all;
  for (std::size_t i = 0; i < r.tokens.size(); ++i)
    all.push_back({i, (*spans)[i].first, (*spans)[i].second, "O", ""});
  LabelEntities(r, &all);
  bool paragraph = true, after_end = false;
  Sentence current{true, {}};
  auto flush = [&] {
    if (!current.tokens.empty()) out->push_back(std::move(current));
    current = Sentence{paragraph, {}};
  };
  for (const Token& t : all) {
    const std::string& w = r.tokens[t.index].word;
    if (IsSpaceToken(w)) {
      if (w.find('\n') != std::string::npos) {
        paragraph = true;
        flush();
      }
      continue;
    }
    if (after_end && !ClosesQuote(w)) flush();
    after_end = after_end ? ClosesQuote(w) || EndsSentence(w) : EndsSentence(w);
    if (current.tokens.empty()) current.new_paragraph = paragraph;
    paragraph = false;
    current.tokens.push_back(t);
  }
  flush();
  return std::nullopt;
}

std::string XmlEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\t': case '\n': case '\r': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

// A field value: no tabs or line breaks, never empty.
std::string Field(std::string_view s, bool xml) {
  std::string v = xml ? XmlEscape(s) : std::string(s);
  for (char& c : v)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return v.empty() ? "_" : v;
}

void WriteCwb(const TaggedRecord& r, const std::vector<Sentence>& sentences, std::ostream& out) {
  out << "<text id=\"" << XmlEscape(r.id) << "\" date=\"" << XmlEscape(r.date) << "\" outlet=\"" << XmlEscape(r.outlet)
      << "\" source=\"" << XmlEscape(r.source) << "\" title=\"" << XmlEscape(r.title) << "\">\n";
  bool open_p = false;
  for (const Sentence& s : sentences) {
    if (s.new_paragraph || !open_p) {
      if (open_p) out << "</p>\n";
      out << "<p>\n";
      open_p = true;
    }
    out << "<s>\n";
    for (const Token& t : s.tokens) {
      const TaggedToken& tok = r.tokens[t.index];
      out << Field(tok.word, true) << '\t' << Field(tok.pos, true) << '\t' << t.ent << '\t' << Field(t.norm, true)
          << '\n';
    }
    out << "</s>\n";
  }
  if (open_p) out << "</p>\n";
  out << "</text>\n";
}

// MISC values cannot hold the separator '|'.
std::string MiscValue(std::string_view s) {
  std::string v = Field(s, false);
  std::replace(v.begin(), v.end(), '|', '/');
  return v;
}

void WriteConllu(const TaggedRecord& r, const std::vector<Sentence>& sentences, std::ostream& out) {
  const std::u32string text = DecodeUtf8(r.text);
  const std::string doc = r.id.empty() ? "doc" : Field(r.id, false);
  out << "# newdoc id = " << doc << '\n';
  std::size_t n = 0;
  for (const Sentence& s : sentences) {
    if (s.new_paragraph) out << "# newpar\n";
    std::string sentence_text;
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
      sentence_text += r.tokens[s.tokens[k].index].word;
      const bool next_is_space = k + 1 < s.tokens.size() && s.tokens[k + 1].start > s.tokens[k].end;
      if (next_is_space) sentence_text += ' ';
    }
    out << "# sent_id = " << doc << '-' << ++n << "\n# text = " << sentence_text << '\n';
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
      const Token& t = s.tokens[k];
      const TaggedToken& tok = r.tokens[t.index];
      std::string misc;
      const std::size_t next = k + 1 < s.tokens.size() ? s.tokens[k + 1].start : t.end;
      const bool space_after = k + 1 < s.tokens.size() ? next > t.end
                                                        : t.end < text.size() && (text[t.end] == U' ' || text[t.end] == U'\n');
      if (!space_after) misc = "SpaceAfter=No";
      if (t.ent != "O") {
        std::string tag = t.ent;
        std::transform(tag.begin(), tag.end(), tag.begin(), [](char c) { return static_cast<char>(std::toupper(c)); });
        misc += (misc.empty() ? "" : "|") + std::string("NE=") + tag;
        if (!t.norm.empty()) misc += "|Norm=" + MiscValue(t.norm);
      }
      out << k + 1 << '\t' << Field(tok.word, false) << "\t_\t" << UniversalPos(tok.word, tok.pos) << '\t'
          << Field(tok.pos, false) << "\t_\t_\t_\t_\t" << (misc.empty() ? "_" : misc) << '\n';
    }
    out << '\n';
  }
}

}  // namespace

Result<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "cwb" || name == "vrt") return ExportFormat::kCwb;
  if (name == "conllu") return ExportFormat::kConllu;
  return Status::InvalidArgument("unknown export format '" + std::string(name) + "'; formats: cwb conllu");
}

std::string_view UniversalPos(std::string_view word, std::string_view tag) {
  if (IsPunctuation(word)) return "PUNCT";
  if (tag.empty()) return "X";
  if (tag == "x") return "SYM";
  if (tag == "eng") return "X";
  if (tag == "ad" || tag == "d") return "ADV";
  if (tag == "an" || tag == "vn" || tag == "ng") return "NOUN";
  if (tag == "nr" || tag == "ns" || tag == "nt" || tag == "nz" || tag == "nrt" || tag == "nrfg") return "PROPN";
  switch (tag[0]) {
    case 'a': case 'b': case 'z': return "ADJ";
    case 'c': return "CCONJ";
    case 'e': case 'o': return "INTJ";
    case 'm': return "NUM";
    case 'n': case 'f': case 's': case 't': case 'q': case 'j': return "NOUN";
    case 'p': return "ADP";
    case 'r': return "PRON";
    case 'u': case 'y': case 'k': case 'h': return "PART";
    case 'v': return "VERB";
    default: return "X";
  }
}

std::optional<std::string> WriteExport(const TaggedRecord& record, ExportFormat format, std::ostream& out) {
  std::vector<Sentence> sentences;
  if (auto why = Split(record, &sentences)) return why;
  if (format == ExportFormat::kCwb) WriteCwb(record, sentences, out);
  else WriteConllu(record, sentences, out);
  return std::nullopt;
}

}  // namespace zhcorpus
