#include "article/byline.h"

#include <algorithm>
#include <regex>
#include <initializer_list>

#include "util/word_lists.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::article {
namespace {

// The byline word lists (data/byline_words.tsv), decoded once.
struct BylineWords {
  std::u32string surnames;  // single-character surnames, one after another
  std::vector<std::u32string> compound_surnames, roles, outlet_team_ends, source_note_keys, editor_roles;
  std::u32string not_name_ends;  // characters
};

std::u32string Joined(const std::vector<std::u32string>& words) {
  std::u32string out;
  for (const std::u32string& w : words) out += w;
  return out;
}

const BylineWords& Words() {
  static const BylineWords kWords = [] {
    const WordLists& lists = WordLists::Compiled("byline_words");
    return BylineWords{Joined(lists.GetU32("surname")), lists.GetU32("compound_surname"), lists.GetU32("role"),
                       lists.GetU32("outlet_team_end"), lists.GetU32("source_note_key"),
                       lists.GetU32("editor_role"), Joined(lists.GetU32("not_name_end"))};
  }();
  return kWords;
}

std::vector<std::u32string> SplitSpaces(std::u32string_view s) {
  std::vector<std::u32string> out;
  std::u32string cur;
  for (char32_t c : s) {
    if (c == U' ' || c == U'\u3000' || c == U'\t') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

bool AllHan(std::u32string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), IsHan); }

bool IsPersonName(std::u32string_view s) {
  if (s.size() < 2 || s.size() > 4 || !AllHan(s)) return false;
  // Place, body and topic words end like this; given names rarely do.
  if (Words().not_name_ends.find(s.back()) != std::u32string::npos) return false;
  for (const std::u32string& c : Words().compound_surnames) {
    if (s.starts_with(c) && s.size() > c.size()) return true;
  }
  return Words().surnames.find(s[0]) != std::u32string::npos;
}

bool IsRole(std::u32string_view s) {
  const std::vector<std::u32string>& roles = Words().roles;
  return std::find(roles.begin(), roles.end(), s) != roles.end();
}

bool IsEditorRole(std::u32string_view s) {
  const std::vector<std::u32string>& roles = Words().editor_roles;
  return std::find(roles.begin(), roles.end(), s) != roles.end();
}

// `新华社记者` -> 新华社; `长江经济报联盟湖北报道组`, `本报` -> a role with no outlet.
bool IsOutletRole(std::u32string_view s, std::optional<std::string>* outlet) {
  auto ends_with = [&](std::u32string_view suffix) {
    return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
  };
  if (!AllHan(s)) return false;
  if (ends_with(U"记者") || ends_with(U"通讯员")) {
    const std::u32string_view org = s.substr(0, s.size() - (ends_with(U"记者") ? 2 : 3));
    if (org.size() >= 2 && org != U"本报" && org != U"本刊") *outlet = EncodeUtf8(org);
    return true;
  }
  const std::vector<std::u32string>& teams = Words().outlet_team_ends;
  return std::any_of(teams.begin(), teams.end(), ends_with);
}

// The longest byline line, and the longest role word (`本报特约记者`).
constexpr std::size_t kMaxBylineLength = 48;
constexpr std::size_t kMaxRoleLength = 6;

// True when a run of non-space characters in `line` is longer than `max`.
bool HasLongRun(std::string_view line, std::size_t max) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (c == ' ' || c == '\t') { run = 0; continue; }
    if (c == 0xE3 && line.substr(i, 3) == "\xE3\x80\x80") { run = 0; i += 2; continue; }  // U+3000
    if (!IsUtf8Continuation(c) && ++run > max) return true;
  }
  return false;
}

// A source note ends with a closing bracket (spaces aside).
bool EndsWithCloser(std::string_view line) {
  for (;;) {
    if (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    else if (line.ends_with("\xE3\x80\x80")) line.remove_suffix(3);
    else break;
  }
  for (std::string_view closer : {"〕", "）", ")", "】", "]"}) {
    if (line.ends_with(closer)) return true;
  }
  return false;
}

}  // namespace

namespace {

// `■` or `□` before the names of a magazine byline (`●` marks run-in heads).
bool StripMarker(std::u32string* text) {
  constexpr std::u32string_view kMarkers = U"■□";
  if (text->empty() || kMarkers.find(text->front()) == std::u32string_view::npos) return false;
  text->erase(0, 1);
  return true;
}

struct NameToken {
  std::u32string text;
  bool spaced = false;  // joined from letter-spaced glyphs (`叶 慧`)
};

// Letter-spaced names (`李 彤`, `叶 慧 蓝 晨 叶 冬`): a run of single glyphs is
// one name of two or three, or two-glyph names when longer.
std::vector<NameToken> JoinSpacedNames(const std::u32string& text) {
  std::vector<NameToken> tokens;
  std::u32string run;
  auto flush = [&] {
    if (run.size() == 1) tokens.push_back({run, false});
    for (std::size_t i = 0; i < run.size() && run.size() > 1;) {
      const std::size_t len = run.size() <= 3 || run.size() - i == 3 ? run.size() - i : 2;
      tokens.push_back({run.substr(i, len), true});
      i += len;
    }
    run.clear();
  };
  for (std::u32string& t : SplitSpaces(text)) {
    if (t.size() == 1 && IsHan(t[0])) { run += t; continue; }
    flush();
    tokens.push_back({std::move(t), false});
  }
  flush();
  return tokens;
}

}  // namespace

std::optional<Byline> ParseByline(std::string_view line) {
  // Before decoding (most lines are long): more than four bytes a character
  // means too many characters.
  if (line.size() > kMaxBylineLength * 4 || CodePointCount(line) > kMaxBylineLength) return std::nullopt;
  std::u32string text = DecodeUtf8(line);
  Byline byline;
  byline.marked = StripMarker(&text);
  bool has_role = false;
  bool editing = false;  // after 编辑, 校对, …: the names are editors'
  for (NameToken& nt : JoinSpacedNames(text)) {
    std::u32string& token = nt.text;
    if (IsEditorRole(token)) {
      editing = has_role = true;
      continue;
    }
    // `编辑李华`: an editor's role glued to the name.
    for (std::u32string_view role : Words().editor_roles) {
      if (token.size() > role.size() && std::u32string_view(token).substr(0, role.size()) == role &&
          IsPersonName(std::u32string_view(token).substr(role.size()))) {
        token = token.substr(role.size());
        editing = has_role = true;
        break;
      }
    }
    // `本报记者叶伟`: a role glued to a name.
    for (std::u32string_view role : Words().roles) {
      if (role.size() >= 2 && token.size() > role.size() && std::u32string_view(token).substr(0, role.size()) == role &&
          IsPersonName(std::u32string_view(token).substr(role.size()))) {
        token = token.substr(role.size());
        break;
      }
    }
    if (IsRole(token) || IsOutletRole(token, &byline.outlet)) {
      byline.photo = byline.photo || token == U"摄" || token == U"摄影";
      has_role = true;
      editing = false;
      continue;
    }
    // Pen names (`■今 哲`) need not start with a common surname.
    const bool pen_name = byline.marked && nt.spaced && token.size() <= 3 && AllHan(token);
    if (!pen_name && !IsPersonName(token)) return std::nullopt;
    const std::string name = EncodeUtf8(token);
    std::vector<std::string>& names = editing ? byline.editors : byline.names;
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  if (byline.names.empty() && byline.editors.empty()) return std::nullopt;
  byline.bare = !byline.marked && !has_role;
  return byline;
}

bool LooksLikePersonName(std::string_view name) { return IsPersonName(DecodeUtf8(name)); }

bool LooksLikeCreditedName(std::string_view name) {
  const std::u32string s = DecodeUtf8(name);
  if (s.size() < 2 || s.size() > 4 || !AllHan(s)) return false;
  for (const std::u32string& c : Words().compound_surnames)
    if (s.starts_with(c) && s.size() > c.size()) return true;
  return Words().surnames.find(s[0]) != std::u32string::npos;
}

bool IsRoleLine(std::string_view line) {
  if (HasLongRun(line, kMaxRoleLength)) return false;  // cheap test before decoding
  const std::vector<std::u32string> tokens = SplitSpaces(DecodeUtf8(line));
  return !tokens.empty() && std::all_of(tokens.begin(), tokens.end(), [](const std::u32string& t) { return IsRole(t); });
}

std::optional<std::pair<std::string, Byline>> SplitTrailingByline(std::string_view line) {
  // A byline is at most kMaxBylineLength characters: only the line's tail
  // (the byline, its space and the mark before it) needs decoding.
  // Nothing to do without a space near the end (a cheap byte search first).
  const std::string_view end = line.substr(line.size() - std::min(line.size(), (kMaxBylineLength + 2) * 4));
  if (end.find(' ') == std::string_view::npos && end.find("\u3000") == std::string_view::npos) return std::nullopt;
  const std::string_view tail = Utf8Suffix(line, kMaxBylineLength + 2);
  const std::string_view head = line.substr(0, line.size() - tail.size());
  const std::u32string text = DecodeUtf8(tail);
  // The byline follows the sentence's final mark and a space.
  for (std::size_t i = text.size(); i-- > 1;) {
    if (text[i] != U' ' && text[i] != U'\u3000') continue;
    const char32_t before = text[i - 1];
    if (before != U'。' && before != U'！' && before != U'？' && before != U'”' && before != U'）') continue;
    auto byline = ParseByline(EncodeUtf8(std::u32string_view(text).substr(i + 1)));
    if (byline) return std::make_pair(std::string(head) + EncodeUtf8(std::u32string_view(text).substr(0, i)), *byline);
  }
  return std::nullopt;
}

std::optional<std::string> ParseSourceNote(std::string_view line) {
  if (!EndsWithCloser(line)) return std::nullopt;  // cheap test before decoding
  std::u32string text = DecodeUtf8(line);
  while (!text.empty() && (text.back() == U' ' || text.back() == U'\u3000')) text.pop_back();
  while (!text.empty() && (text.front() == U' ' || text.front() == U'\u3000')) text.erase(0, 1);
  constexpr std::u32string_view kOpen = U"〔（(【[", kClose = U"〕）)】]";
  if (text.size() < 5 || kOpen.find(text.front()) == std::u32string::npos ||
      kClose.find(text.back()) == std::u32string::npos) {
    return std::nullopt;
  }
  std::u32string_view inner = std::u32string_view(text).substr(1, text.size() - 2);
  bool is_source = false;
  for (const std::u32string& key : Words().source_note_keys) {
    if (inner.starts_with(key)) { inner.remove_prefix(key.size()); is_source = true; break; }
  }
  if (!is_source) return std::nullopt;
  if (!inner.empty() && (inner.front() == U'：' || inner.front() == U':')) inner.remove_prefix(1);
  const std::size_t open = inner.find(U'《'), close = inner.find(U'》');
  if (open != std::u32string_view::npos && close != std::u32string_view::npos && close > open) {
    return EncodeUtf8(inner.substr(open + 1, close - open - 1));
  }
  // `来源：6月7日新华日报`: drop a leading date.
  const std::size_t day = inner.find(U'日');
  if (day != std::u32string_view::npos && day < 6 && !inner.empty() && inner.front() >= U'0' && inner.front() <= U'9') {
    inner.remove_prefix(day + 1);
  }
  return inner.empty() ? std::nullopt : std::optional<std::string>(EncodeUtf8(inner));
}

namespace {

// Layout spaces NormalizeText removes (ASCII, U+3000, U+00A0).
std::size_t LayoutSpaceAt(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  if (s.substr(i, 3) == "\u3000") return 3;
  if (s.substr(i, 2) == "\u00A0") return 2;
  return 0;
}

}  // namespace

bool MayOpenDateline(std::string_view head) {
  head = head.substr(0, 160);
  // 本报… at the start, layout spaces aside.
  std::size_t start = 0;
  while (start < head.size()) {
    const std::size_t n = LayoutSpaceAt(head, start);
    if (n == 0) break;
    start += n;
  }
  if (head.substr(start).starts_with("本")) return true;
  // …日电 / …日讯, perhaps letter-spaced (`日 电`).
  for (std::string_view mark : {"电", "讯"}) {
    for (std::size_t at = head.find(mark); at != std::string_view::npos; at = head.find(mark, at + mark.size())) {
      std::string_view before = head.substr(0, at);
      while (!before.empty()) {
        if (before.back() == ' ' || before.back() == '\t' || before.back() == '\r' || before.back() == '\n') {
          before.remove_suffix(1);
        } else if (before.ends_with("\u3000")) {
          before.remove_suffix(3);
        } else if (before.ends_with("\u00A0")) {
          before.remove_suffix(2);
        } else {
          break;
        }
      }
      if (before.ends_with("日")) return true;
    }
  }
  return false;
}

std::optional<Dateline> ParseDateline(std::string_view paragraph) {
  if (!MayOpenDateline(paragraph.substr(0, 120))) return std::nullopt;  // before decoding
  const std::u32string text = DecodeUtf8(paragraph.substr(0, 120));
  if (text.substr(0, 3) == U"本报讯") return Dateline{};
  // 本报湘潭讯
  if (text.substr(0, 2) == U"本报") {
    for (std::size_t i = 3; i < 9 && i < text.size(); ++i) {
      if (text[i] == U'讯') return AllHan(std::u32string_view(text).substr(2, i - 2)) ? std::optional<Dateline>(Dateline{}) : std::nullopt;
    }
  }
  // <outlet><place><M>月<D>日电 / 讯; the regex runs only where one can be.
  const std::size_t mark = text.find(U"日电"), mark2 = text.find(U"日讯");
  if (std::min(mark, mark2) > 24) return std::nullopt;
  static const std::wregex kWire(LR"(^([\u4e00-\u9fff]{1,6}?(社|网|报|台|电视台))([\u4e00-\u9fff]{1,6}?)(\d{1,2})月(\d{1,2})日(电|讯))");
  std::wstring w(text.begin(), text.end());
  std::wsmatch m;
  if (!std::regex_search(w, m, kWire)) return std::nullopt;
  Dateline d;
  std::u32string outlet(m[1].first, m[1].second);
  d.outlet = EncodeUtf8(outlet);
  d.month = std::stoi(m[4].str());
  d.day = std::stoi(m[5].str());
  return d;
}

}  // namespace zhcorpus::article
