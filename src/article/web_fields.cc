#include "article/web_fields.h"

#include <algorithm>

#include "article/byline.h"
#include "article/date_forms.h"
#include "article/web_credits.h"
#include "util/word_lists.h"
#include "zhcorpus/normalizer.h"
#include "zhcorpus/records.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::article {
namespace {

constexpr std::size_t npos = std::string::npos;

// The page's word lists (data/web_page_words.tsv).
const std::vector<std::string>& Words(std::string_view list) { return WordLists::Compiled("web_page_words").Get(list); }

std::u32string Folded(std::string_view s) {
  std::u32string out = DecodeUtf8(s);
  std::erase_if(out, [](char32_t c) { return c == ' ' || c == 0xA0 || c == 0x3000 || c == '\t'; });
  return out;
}

// Longest common substring, in code points.
std::size_t CommonRun(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  std::size_t best = 0;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
      best = std::max(best, cur[j]);
    }
    std::swap(prev, cur);
  }
  return best;
}

std::string MetaValue(const PageMeta& meta, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = meta.meta.find(k);
    if (it != meta.meta.end() && !it->second.empty()) return it->second;
  }
  return "";
}

// A string field of the first JSON-LD object that has it (also in @graph
// arrays and nested objects such as publisher.name).
std::string JsonLdValue(const PageMeta& meta, const char* key, const char* inner = nullptr) {
  for (const std::string& text : meta.json_ld) {
    const Json doc = Json::parse(text, nullptr, /*allow_exceptions=*/false);
    std::vector<const Json*> objects{&doc};
    for (std::size_t i = 0; i < objects.size(); ++i) {
      const Json& o = *objects[i];
      if (o.is_array()) { for (const Json& e : o) objects.push_back(&e); continue; }
      if (!o.is_object()) continue;
      if (auto it = o.find(key); it != o.end()) {
        const Json& v = inner && it->is_object() ? it->value(inner, Json()) : *it;
        if (v.is_string() && !v.get<std::string>().empty()) return v.get<std::string>();
      }
      if (auto g = o.find("@graph"); g != o.end()) objects.push_back(&*g);
    }
  }
  return "";
}

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { space = !out.empty(); continue; }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// The first segment of a <title> before the site name (`标题_网易新闻`).
std::vector<std::string> TitleSegments(std::string_view title) {
  std::vector<std::string> parts;
  std::string cur;
  const std::string t = Collapse(title);
  for (std::size_t i = 0; i < t.size();) {
    std::size_t skip = 0;
    for (std::string_view sep : {" - ", " _ ", "_", " | ", "|", "－", " — ", "--", "｜"}) {
      if (std::string_view(t).substr(i, sep.size()) == sep) { skip = sep.size(); break; }
    }
    if (skip) { parts.push_back(cur); cur.clear(); i += skip; continue; }
    cur.push_back(t[i++]);
  }
  parts.push_back(cur);
  std::erase_if(parts, [](const std::string& p) { return Collapse(p).empty(); });
  for (std::string& p : parts) p = Collapse(p);
  return parts;
}

struct TitleChoice {
  std::optional<std::string> title;
  std::size_t block = npos;
};

// The heading the page's own title strings repeat most of; else og:title or
// JSON-LD headline; else the first segment of <title>.
TitleChoice ChooseTitle(const std::vector<TextBlock>& blocks, std::size_t body_start, const PageMeta& meta) {
  std::vector<std::u32string> refs;
  for (const std::string& r : {meta.title, MetaValue(meta, {"og:title", "twitter:title", "title"}),
                               JsonLdValue(meta, "headline")}) {
    if (!r.empty()) refs.push_back(Folded(r));
  }
  TitleChoice best;
  std::size_t best_run = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const TextBlock& b = blocks[i];
    if (!(b.heading >= 1 && b.heading <= 3) && !b.title_class) continue;
    if (b.chars < 4 || b.chars > 80) continue;
    const std::u32string text = Folded(b.text);
    std::size_t run = 0;
    for (const auto& r : refs) run = std::max(run, CommonRun(text, r));
    if (refs.empty() && b.heading == 1) run = text.size();
    if (run < 4 || run * 10 < text.size() * 6) continue;
    // After the body starts a heading is a subheading or a related link.
    const std::size_t rank = run + (i <= body_start ? 1000 : 0);
    if (rank > best_run) { best_run = rank; best = {Collapse(b.text), i}; }
  }
  if (best.title) return best;
  for (const std::string& t : {MetaValue(meta, {"og:title", "twitter:title"}), JsonLdValue(meta, "headline")}) {
    if (CodePointCount(t) >= 4) return {Collapse(t), npos};
  }
  const auto parts = TitleSegments(meta.title);
  if (!parts.empty()) return {parts.front(), npos};
  return {};
}

std::optional<std::string> MetaDate(const PageMeta& meta) {
  for (const char* k : {"article:published_time", "og:release_date", "datepublished", "pubdate", "publishdate",
                        "publish_date", "og:time", "firstpublishedtime", "dc.date", "date", "dateupdate",
                        "article:modified_time", "lastmodifiedtime"}) {
    if (auto d = ParseDateField(MetaValue(meta, {k}))) return d;
  }
  // pubDate: the JSON-LD of Baidu's search schema, common on Chinese sites.
  for (const char* k : {"datePublished", "pubDate", "dateCreated"})
    if (auto d = ParseDateField(JsonLdValue(meta, k))) return d;
  for (const char* k : {"script:ct", "script:publish_time", "script:pubtime", "script:publishtime", "script:pubdate"})
    if (auto d = ParseDateField(MetaValue(meta, {k}))) return d;
  return std::nullopt;
}

bool HasDigit(std::string_view s) { return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }); }

// A short line holding only a name (an account or outlet shown by the headline).
std::optional<std::string> NameLine(const TextBlock& b) {
  if (!b.byline_class || b.chars < 2 || b.chars > 16 || HasDigit(b.text)) return std::nullopt;
  if (Collapse(b.text).find(' ') != npos) return std::nullopt;  // `原创 某人 某号`: several things
  if (ContainsAny(b.text, Words("name_line_not"))) return std::nullopt;
  return Collapse(b.text);
}

void AddAuthors(std::string_view line, std::vector<std::string>* authors) {
  for (std::string_view label : Words("author_label")) {
    const std::size_t at = line.find(label);
    if (at == npos) continue;
    std::string_view rest = line.substr(at + label.size());
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':')) rest.remove_prefix(1);
    if (rest.substr(0, 3) == "：") rest.remove_prefix(3);
    // Names: runs of Han characters split by spaces or 、, up to a label or punctuation.
    std::u32string cps = DecodeUtf8(rest);
    std::u32string name;
    auto flush = [&] {
      if (name.size() >= 2 && name.size() <= 4 &&
          std::find(authors->begin(), authors->end(), EncodeUtf8(name)) == authors->end())
        authors->push_back(EncodeUtf8(name));
      name.clear();
    };
    // `记者 某甲 编辑 某乙`: the names after an editor's role are no authors'.
    const std::vector<std::string>& editor_roles = WordLists::Compiled("byline_words").Get("editor_role");
    const auto editor = [&] {
      return std::find(editor_roles.begin(), editor_roles.end(), EncodeUtf8(name)) != editor_roles.end();
    };
    for (char32_t c : cps) {
      if (IsHan(c)) { name.push_back(c); if (name.size() > 4) { name.clear(); break; } continue; }
      if (c == U' ' || c == U'、' || c == 0x3000) {
        if (editor()) { name.clear(); break; }
        if (IsRoleLine(EncodeUtf8(name))) name.clear();  // `记者 某甲 通讯员 某乙`
        flush();
        continue;
      }
      break;
    }
    if (editor()) name.clear();
    if (name.size() <= 4) flush();
    return;
  }
}

void AddName(const std::string& name, std::vector<std::string>* names) {
  if (std::find(names->begin(), names->end(), name) == names->end()) names->push_back(name);
}

// `<meta name="author">` when it names a person, not the site or an outlet
// (sites put their own name there as often as the writer's, and some their
// editor's): a name with a surname, or a handle of Latin letters, that
// neither the <title>, the site name nor the outlet holds.
std::optional<std::string> MetaAuthor(const PageMeta& meta, const std::optional<std::string>& outlet) {
  const std::string v = Collapse(MetaValue(meta, {"author", "og:article:author", "article:author"}));
  const std::size_t n = CodePointCount(v);
  if (n < 2 || n > 20 || Contains(meta.title, v) || Contains(MetaValue(meta, {"og:site_name"}), v)) return std::nullopt;
  if (outlet && (Contains(*outlet, v) || Contains(v, *outlet))) return std::nullopt;
  if (EndsWithAny(v, Words("outlet_end"))) return std::nullopt;
  const bool handle = std::all_of(v.begin(), v.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
  if (handle) {
    const std::string lower = [&] { std::string l = v; for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c))); return l; }();
    for (std::string_view placeholder : {"admin", "administrator", "root", "editor", "author", "name", "user", "null", "none"})
      if (lower == placeholder) return std::nullopt;
    return v;
  }
  return LooksLikePersonName(v) ? std::optional<std::string>(v) : std::nullopt;
}

// The words of a header line: split at spaces and the separators pages put
// between date, outlet and author (`|`, `丨`, `/`, no-break and ideographic spaces).
std::vector<std::string> HeaderWords(std::string_view line) {
  std::string words = Collapse(line);
  for (const std::string_view sep : {"/", "|", "丨", "\xC2\xA0", "\xE3\x80\x80"}) {
    for (std::size_t at; (at = words.find(sep)) != npos;) words.replace(at, sep.size(), " ");
  }
  std::vector<std::string> out;
  std::string_view rest = words;
  while (!rest.empty()) {
    const std::size_t end = std::min(rest.find(' '), rest.size());
    if (end > 0) out.emplace_back(rest.substr(0, end));
    rest.remove_prefix(std::min(end + 1, rest.size()));
  }
  return out;
}

// Sites of hospitals, universities and government bodies end the <title>
// with their name after a space (`某某大赛 某某市人民医院`): the last word,
// when it ends like such a body's name.
std::optional<std::string> InstitutionAfterSpace(std::string_view title) {
  const std::size_t space = title.rfind(' ');
  if (space == npos) return std::nullopt;
  const std::string_view word = title.substr(space + 1);
  const std::size_t n = CodePointCount(word);
  if (n < 4 || n > 20 || HasDigit(word)) return std::nullopt;
  if (!EndsWithAny(word, Words("institution_end"))) return std::nullopt;
  return std::string(word);
}

// `本站原创`, `网络`: says the site itself or nobody; the site is then the outlet.
bool IsPlaceholderSource(std::string_view name) {
  const std::vector<std::string>& whole = Words("placeholder_source");
  return ContainsAny(name, Words("placeholder_source_part")) || std::find(whole.begin(), whole.end(), name) != whole.end();
}

}  // namespace

std::optional<std::string> SourceLabel(std::string_view line) {
  static const std::vector<std::u32string> kStops = WordLists::Compiled("web_page_words").GetU32("source_stop");
  for (std::string_view label : Words("source_label")) {
    std::size_t at = line.find(label);
    if (at == npos) continue;
    std::string_view rest = line.substr(at + label.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.substr(0, 3) == "：") rest.remove_prefix(3);
    else if (!rest.empty() && rest.front() == ':') rest.remove_prefix(1);
    else continue;
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    std::u32string cps = DecodeUtf8(rest), name;
    for (std::size_t i = 0; i < cps.size(); ++i) {
      const char32_t c = cps[i];
      if (c == U' ' || c == U'|' || c == U'丨' || c == U'/' || c == U'）' || c == U')' || c == U'】' || c == U']' ||
          c == U'，' || c == U'。' || c == U',' || c == 0x3000 || c == 0xA0)
        break;
      if (c >= U'0' && c <= U'9' && i > 0 && cps.size() > i + 3 && cps[i + 1] >= U'0' && cps[i + 1] <= U'9') break;
      const std::u32string_view tail = std::u32string_view(cps).substr(i);
      if (std::any_of(kStops.begin(), kStops.end(), [&](const std::u32string& s) { return tail.starts_with(s); })) break;
      if (c == U'《' || c == U'》') continue;
      name.push_back(c);
    }
    if (name.size() >= 2 && name.size() <= 20) return EncodeUtf8(name);
  }
  return std::nullopt;
}

bool IsHeaderLine(std::string_view line) {
  if (VisibleChars(line) >= 60 || Contains(line, "。")) return false;
  if (line.starts_with("原标题") || line.starts_with("（原标题") || line.starts_with("(原标题")) return true;
  if (ReadOriginalLine(line)) return true;  // `原创： 某人 某号`: a repost's header
  return FindDate(line).has_value() ||
         ContainsAny(line, Words("header_mark"));
}

bool IsTailLine(std::string_view line) {
  if (VisibleChars(line) >= 120) return false;
  // The mark opens the line (`（责任编辑：…）`), or the line is little more than it.
  const bool short_line = VisibleChars(line) < 20;
  const std::string_view head = line.substr(0, 30);
  return ContainsAny(short_line ? line : head, Words("tail_mark"));
}

// `某某网[整理]`, `某某号（原创）`: the name without the note on how the text came.
std::string WithoutTrailingNote(std::string word) {
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"[", "]"}, {"【", "】"}, {"（", "）"}, {"(", ")"}}) {
    if (!word.ends_with(close)) continue;
    const std::size_t at = word.rfind(open);
    if (at != npos && at > 0) word.erase(at);
  }
  return word;
}

std::optional<std::string> NameBesideDate(std::string_view line) {
  if (!FindDate(line)) return std::nullopt;
  for (std::string word : HeaderWords(line)) {
    word = WithoutTrailingNote(std::move(word));
    const std::size_t n = VisibleChars(word);
    if (n < 2 || n > 16 || HasDigit(word) || IsPlaceholderSource(word)) continue;
    if (ContainsAny(word, Words("not_a_name_part"))) continue;
    return word;
  }
  return std::nullopt;
}

std::optional<std::string> OutletWord(std::string_view line) {
  if (VisibleChars(line) > 30) return std::nullopt;
  for (const std::string& word : HeaderWords(line)) {
    const std::size_t n = VisibleChars(word);
    if (n < 2 || n > 12 || HasDigit(word) || Contains(word, "：") || Contains(word, ":")) continue;
    if (EndsWithAny(word, Words("outlet_end"))) return word;
  }
  return std::nullopt;
}

WebArticle FillWebArticle(const PageBlocks& page, std::vector<std::size_t> body, const PageMeta& meta) {
  const std::vector<TextBlock>& blocks = page.blocks;
  WebArticle a;
  const TitleChoice title = ChooseTitle(blocks, body.front(), meta);
  a.title = title.title;
  const std::u32string folded_title = title.title ? Folded(*title.title) : U"";
  // Header: from the headline (or a few blocks up) to the body, plus the
  // body's own leading header lines.
  std::vector<std::string_view> header, tail;
  const std::size_t from = title.block != npos && title.block < body.front() ? title.block + 1
                                                                            : body.front() - std::min<std::size_t>(body.front(), 6);
  for (std::size_t i = from; i < body.front(); ++i) header.push_back(blocks[i].text);
  while (!body.empty()) {
    const std::string& t = blocks[body.front()].text;
    if (Folded(t) != folded_title && !IsHeaderLine(t)) break;
    header.push_back(t);
    body.erase(body.begin());
  }
  while (body.size() > 1) {
    const std::string& t = blocks[body.back()].text;
    if (auto byline = ParseByline(Collapse(t))) {
      for (const std::string& n : byline->names) a.authors.push_back(n);
    } else if (!IsTailLine(t)) {
      break;
    }
    tail.push_back(t);
    body.pop_back();
  }
  for (std::size_t i : body) a.paragraphs.push_back(blocks[i].text);

  for (std::string_view line : header) {
    if (auto d = FindDate(line)) { a.date = d->iso; break; }
  }
  if (!a.date) a.date = MetaDate(meta);

  // A repost names the account that first published the text: it is the outlet.
  for (std::string_view line : header) {
    if (auto original = ReadOriginalLine(line)) {
      if (!a.outlet) a.outlet = original->account;
      for (const std::string& n : original->authors) AddName(n, &a.authors);
    }
  }
  for (const auto* lines : {&header, &tail}) {
    for (std::string_view line : *lines) {
      if (!a.outlet) a.outlet = SourceLabel(line);
      AddAuthors(line, &a.authors);
      for (const std::string& n : LabelledCredit(line)) AddName(n, &a.authors);
      HeaderFields fields = ReadHeaderFields(line);
      if (!a.outlet) a.outlet = fields.outlet;
      for (const std::string& n : fields.authors) AddName(n, &a.authors);
    }
  }
  if (a.outlet && IsPlaceholderSource(*a.outlet)) a.outlet.reset();  // 来源：本站原创: the site is the outlet
  // A line or an element named as a source, author or account, between the headline and the body.
  for (std::size_t i = from; i < blocks.size() && i < body.front() && !a.outlet; ++i) a.outlet = NameLine(blocks[i]);
  for (const SourceHint& h : page.source_hints) {
    if (a.outlet || h.block < from || h.block > body.front()) continue;
    std::string name = SourceLabel(h.text).value_or(Collapse(h.text));
    if (!HasDigit(name) && !IsPlaceholderSource(name) && !Contains(name, "：") && !Contains(name, ":")) a.outlet = name;
  }
  for (std::string_view line : header) {
    if (!a.outlet) a.outlet = NameBesideDate(line);
  }
  for (std::string_view line : header) {
    if (!a.outlet) a.outlet = OutletWord(line);  // `新华社`, `石佳/中国青年报` under the headline
  }
  if (!a.paragraphs.empty()) {
    // `新华社巴黎12月9日电（记者 唐霁）…` opens the body (after a label
    // paragraph such as `图集` perhaps); `（记者 某某）` may close it.
    for (std::size_t i = 0; i < a.paragraphs.size() && i < 3; ++i) {
      for (const std::string& n : BracketCredit(a.paragraphs[i])) AddName(n, &a.authors);
      if (VisibleChars(a.paragraphs[i]) >= 20) break;
    }
    if (a.paragraphs.size() > 1)
      for (const std::string& n : BracketCredit(a.paragraphs.back())) AddName(n, &a.authors);
    // Photo credits closing captions; credits in a short last paragraph (`摄影/某某 编辑/某某`).
    for (const std::string& p : a.paragraphs)
      for (const std::string& n : PhotoCredit(p)) AddName(n, &a.authors);
    for (const std::string& p : a.paragraphs)
      if (VisibleChars(p) <= 20 || &p == &a.paragraphs.back())
        for (const std::string& n : LabelledCredit(p)) AddName(n, &a.authors);
    const std::string first = NormalizeText(a.paragraphs.front());
    const std::string last = NormalizeText(a.paragraphs.back());
    if (!a.outlet) {
      if (auto note = ParseSourceNote(last)) a.outlet = note;
    }
    if (!a.outlet) {
      if (auto dateline = ParseDateline(first); dateline && dateline->outlet) a.outlet = dateline->outlet;
    }
  }
  if (!a.outlet) {
    for (const std::string& v : {MetaValue(meta, {"source", "og:source"}), JsonLdValue(meta, "publisher", "name"),
                                 MetaValue(meta, {"article:author"})}) {
      if (!v.empty()) { a.outlet = Collapse(v); break; }
    }
  }
  if (!a.outlet) {
    // The site: the short last part of <title> (`标题_新浪财经_新浪网`), or og:site_name.
    const auto parts = TitleSegments(meta.title);
    if (parts.size() > 1 && CodePointCount(parts.back()) <= 12) a.outlet = parts.back();
    else if (auto site = MetaValue(meta, {"og:site_name"}); !site.empty()) a.outlet = Collapse(site);
    else if (parts.size() == 1) a.outlet = InstitutionAfterSpace(parts.front());
  }
  if (!a.outlet) {
    // The holder named in the footer (`© 2010-2016 某某网 京ICP备…`).
    for (auto line = meta.copyright.rbegin(); line != meta.copyright.rend() && !a.outlet; ++line)
      a.outlet = CopyrightHolder(*line);
  }
  if (a.authors.empty()) {
    // Shown in a header line too (not an editor's): the page's own byline.
    if (auto author = MetaAuthor(meta, a.outlet)) {
      const bool shown = std::any_of(header.begin(), header.end(), [&](std::string_view line) {
        return Contains(line, *author) && !Contains(line, "编辑");
      });
      if (shown) a.authors.push_back(*author);
    }
  }
  return a;
}

}  // namespace zhcorpus::article
