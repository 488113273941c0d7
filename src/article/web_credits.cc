#include "article/web_credits.h"

#include <algorithm>

#include "article/byline.h"
#include "util/word_lists.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::article {
namespace {

const std::vector<std::string>& CreditLabels() { return WordLists::Compiled("byline_words").Get("credit_label"); }
const std::vector<std::string>& OutletEnds() { return WordLists::Compiled("web_page_words").Get("outlet_end"); }

bool IsSpace(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x3000 || c == 0xA0; }

// The line with every run of spaces (ASCII, ideographic, no-break) as one
// ASCII space, trimmed.
std::u32string Spaced(std::string_view line) {
  std::u32string out;
  for (char32_t c : DecodeUtf8(line)) {
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != U' ') out.push_back(U' ');
    } else {
      out.push_back(c);
    }
  }
  if (!out.empty() && out.back() == U' ') out.pop_back();
  return out;
}

std::vector<std::string> Tokens(const std::u32string& spaced) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= spaced.size()) {
    const std::size_t end = std::min(spaced.find(U' ', start), spaced.size());
    if (end > start) out.push_back(EncodeUtf8(std::u32string_view(spaced).substr(start, end - start)));
    start = end + 1;
  }
  return out;
}

bool HasDigit(std::string_view s) { return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }); }

void Add(const std::string& name, std::vector<std::string>* names) {
  if (std::find(names->begin(), names->end(), name) == names->end()) names->push_back(name);
}

std::string_view WithoutColon(std::string_view s) {
  while (!s.empty() && (s.front() == ':' || s.front() == ' ')) s.remove_prefix(1);
  while (s.starts_with("：")) s.remove_prefix(3);
  return s;
}

// The names of a credit's inside: a byline with a role (`记者张三 整合`), or
// the names after the last credit label (`文/某某网专栏作者王文` -> 王文).
std::vector<std::string> CreditNames(std::string_view inner) {
  if (auto byline = ParseByline(inner); byline && !byline->bare) return byline->names;
  std::size_t after = std::string_view::npos;
  for (const std::string& label : CreditLabels()) {
    const std::size_t at = inner.rfind(label);
    if (at != std::string_view::npos && (after == std::string_view::npos || at + label.size() > after))
      after = at + label.size();
  }
  if (after == std::string_view::npos) return {};
  if (auto byline = ParseByline(WithoutColon(inner.substr(after)))) return byline->names;
  // Names after the role, each looking like one (`职工通讯员 李某 刘会`).
  std::vector<std::string> names;
  for (const std::string& t : Tokens(Spaced(WithoutColon(inner.substr(after))))) {
    if (!LooksLikeCreditedName(t)) return {};
    Add(t, &names);
  }
  return names;
}

constexpr std::u32string_view kOpeners = U"（(【[", kClosers = U"）)】]";

}  // namespace

std::vector<std::string> BracketCredit(std::string_view paragraph) {
  const std::u32string text = Spaced(paragraph.substr(0, std::min<std::size_t>(paragraph.size(), 400)));
  std::vector<std::string> names;
  // Opening: within the first 30 characters (after a dateline such as
  // 某某社某地1月2日电), closed within 40.
  for (std::size_t i = 0; i < text.size() && i < 30; ++i) {
    const std::size_t kind = kOpeners.find(text[i]);
    if (kind == std::u32string_view::npos) continue;
    const std::size_t close = text.find(kClosers[kind], i + 1);
    if (close != std::u32string::npos && close - i <= 40) {
      for (const std::string& n : CreditNames(EncodeUtf8(std::u32string_view(text).substr(i + 1, close - i - 1))))
        Add(n, &names);
    }
    break;
  }
  // Closing: `…。（记者 张三）` at the paragraph's end.
  const std::u32string tail = Spaced(paragraph.size() > 240 ? paragraph.substr(paragraph.size() - 240) : paragraph);
  if (!tail.empty()) {
    const std::size_t kind = kClosers.find(tail.back());
    const std::size_t open = kind == std::u32string_view::npos ? std::u32string::npos : tail.rfind(kOpeners[kind]);
    if (open != std::u32string::npos && tail.size() - open <= 40) {
      for (const std::string& n : CreditNames(EncodeUtf8(std::u32string_view(tail).substr(open + 1, tail.size() - open - 2))))
        Add(n, &names);
    }
  }
  return names;
}

std::vector<std::string> PhotoCredit(std::string_view line) {
  if (line.size() > 600) return {};  // a caption, not a long paragraph
  std::u32string text = Spaced(line);
  while (!text.empty() && (kClosers.find(text.back()) != std::u32string_view::npos || text.back() == U' ')) text.pop_back();
  if (text.empty() || text.back() != U'摄') return {};
  text.pop_back();
  std::vector<std::string> tokens = Tokens(text);
  std::vector<std::string> names;
  for (std::size_t i = tokens.size(); i-- > 0;) {
    const std::string& t = tokens[i];
    if (LooksLikePersonName(t)) {
      names.insert(names.begin(), t);
      continue;
    }
    // `…记者张三`: a role glued to the last name.
    for (std::string_view role : {"记者", "摄影", "通讯员"}) {
      const std::size_t at = t.rfind(role);
      if (at != std::string::npos && LooksLikePersonName(std::string_view(t).substr(at + role.size()))) {
        names.insert(names.begin(), t.substr(at + role.size()));
        break;
      }
    }
    break;
  }
  return names;
}

std::vector<std::string> LabelledCredit(std::string_view line) {
  const std::u32string text = Spaced(line);
  std::vector<std::string> names;
  if (text.size() > 60) return names;
  const std::vector<std::string> tokens = Tokens(text);
  // The names in the tokens from `i` on.
  const auto names_from = [&](std::size_t i) {
    for (; i < tokens.size() && LooksLikePersonName(tokens[i]); ++i) Add(tokens[i], &names);
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    for (const std::string& label : CreditLabels()) {
      const std::size_t at = t.find(label);
      if (at == std::string::npos) continue;
      const std::string_view rest = WithoutColon(std::string_view(t).substr(at + label.size()));
      if (rest.empty() && at + label.size() == t.size()) names_from(i + 1);  // `《某刊》作者 张三`
      else if (at == 0 && LooksLikePersonName(rest)) Add(std::string(rest), &names);  // `摄影/张三`
      break;
    }
    // `张三/某某日报`: a name over its outlet.
    const std::size_t slash = t.find('/');
    if (slash != std::string::npos && LooksLikePersonName(std::string_view(t).substr(0, slash)) &&
        EndsWithAny(std::string_view(t).substr(slash + 1), OutletEnds()))
      Add(t.substr(0, slash), &names);
  }
  return names;
}

HeaderFields ReadHeaderFields(std::string_view line) {
  HeaderFields out;
  if (!Contains(line, "|") && !Contains(line, "丨") && !Contains(line, "｜")) return out;
  std::u32string text = Spaced(line);
  for (char32_t& c : text)
    if (c == U'丨' || c == U'｜') c = U'|';
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(U'|', start), text.size());
    std::u32string field = text.substr(start, end - start);
    start = end + 1;
    while (!field.empty() && field.front() == U' ') field.erase(0, 1);
    while (!field.empty() && field.back() == U' ') field.pop_back();
    const std::string f = EncodeUtf8(field);
    if (f.starts_with("来源") && !out.outlet) {
      const std::string_view value = std::string_view(f).substr(6);
      if (value.starts_with("：") || value.starts_with(":") || value.starts_with("于") || value.starts_with("自")) continue;
      const std::string name(WithoutColon(value));
      const std::size_t n = CodePointCount(name);
      if (n >= 2 && n <= 20 && !HasDigit(name)) out.outlet = name;
    } else if (f.starts_with("作者")) {
      const std::string name(WithoutColon(std::string_view(f).substr(6)));
      if (LooksLikePersonName(name)) Add(name, &out.authors);
    }
  }
  return out;
}

std::optional<OriginalCredit> ReadOriginalLine(std::string_view line) {
  const std::u32string text = Spaced(line);
  if (text.size() > 40 || !text.starts_with(U"原创")) return std::nullopt;
  std::vector<std::string> words;
  for (const std::string& t : Tokens(text.substr(2))) {
    std::string w(WithoutColon(t));
    if (!w.empty() && !HasDigit(w)) words.push_back(w);  // dates and times
  }
  if (words.empty() || words.size() > 2) return std::nullopt;
  OriginalCredit credit;
  std::string account = words.back();
  if (Contains(account, "：") || Contains(account, ":") || CodePointCount(account) > 20) return std::nullopt;
  credit.account = account;
  if (words.size() == 2) {
    std::string author = words.front();
    for (std::string_view note : {"编译", "整理", "撰文", "文"}) {
      if (author.ends_with(note) && author.size() > note.size()) { author.resize(author.size() - note.size()); break; }
    }
    if (LooksLikePersonName(author)) credit.authors.push_back(author);
  }
  return credit;
}

std::optional<std::string> CopyrightHolder(std::string_view line) {
  if (line.size() > 400) return std::nullopt;
  const std::u32string text = Spaced(line);
  const std::vector<std::string> tokens = Tokens(text);
  // The first word after © / Copyright that is no year, mark or label.
  const auto holder_after = [&](std::size_t i) -> std::optional<std::string> {
    for (; i < tokens.size(); ++i) {
      std::string t = tokens[i];
      if (t == "©" || t == "-" || t == "–" || t == "(c)" || t == "Copyright" || t == "copyright" || HasDigit(t)) continue;
      for (std::string_view mark : {"©", "版权所有", "版权所有：", "版权所有:"}) {
        if (t.starts_with(mark)) t.erase(0, mark.size());
        if (t.ends_with(mark)) t.resize(t.size() - mark.size());
      }
      const std::size_t n = CodePointCount(t);
      if (t.empty() || HasDigit(t)) continue;
      if (n < 2 || n > 20 || t == "All" || Contains(t, "ICP")) return std::nullopt;
      return t;
    }
    return std::nullopt;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    if (Contains(t, "©") || t == "Copyright" || t == "copyright") {
      std::string rest = t.substr(t.rfind("©") == std::string::npos ? t.size() : t.rfind("©") + 2);
      if (!rest.empty() && !HasDigit(rest) && CodePointCount(rest) >= 2 && CodePointCount(rest) <= 20) return rest;
      return holder_after(i + 1);
    }
    if (t.starts_with("版权所有")) {
      const std::string_view rest = WithoutColon(std::string_view(t).substr(12));
      if (!rest.empty() && CodePointCount(rest) >= 2 && CodePointCount(rest) <= 20 && !HasDigit(rest)) return std::string(rest);
      if (i > 0 && !HasDigit(tokens[i - 1]) && CodePointCount(tokens[i - 1]) <= 20) return tokens[i - 1];
      return holder_after(i + 1);
    }
  }
  return std::nullopt;
}

}  // namespace zhcorpus::article
