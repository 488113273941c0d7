#include "article/web_blocks.h"

#include <algorithm>
#include <cctype>

#include "zhcorpus/utf8.h"

namespace zhcorpus::article {

bool IsDroppedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OPTION: case GUMBO_TAG_SVG:
      return true;
    default:
      return false;
  }
}

namespace {

bool HoldsTag(const GumboNode* node, GumboTag tag, int depth) {
  if (node->type != GUMBO_NODE_ELEMENT || depth > 8) return false;
  if (node->v.element.tag == tag) return true;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i)
    if (HoldsTag(static_cast<const GumboNode*>(children.data[i]), tag, depth + 1)) return true;
  return false;
}

// Mobile templates put the article's headline, date and source in an
// <aside>; an aside is otherwise a sidebar. One holding the <h1> is kept.
bool IsHeadlineAside(const GumboNode* node) {
  return node->v.element.tag == GUMBO_TAG_ASIDE && HoldsTag(node, GUMBO_TAG_H1, 0);
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_PRE: case GUMBO_TAG_HEADER: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_CENTER: case GUMBO_TAG_BODY:
    case GUMBO_TAG_HR: case GUMBO_TAG_ASIDE:
      return true;
    default:
      return false;
  }
}

int HeadingLevel(GumboTag tag) {
  return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6 ? static_cast<int>(tag - GUMBO_TAG_H1) + 1 : 0;
}

bool HasWord(const std::string& names, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return names.find(w) != std::string::npos; });
}

// Class/id words of the parts of a page around an article that are not it.
bool IsBoilerplateName(const std::string& names) {
  return HasWord(names, {"share", "comment", "related", "recommend", "footer", "copyright", "sidebar", "toolbar",
                         "breadcrumb", "crumb", "advert", "banner", "hotnews", "hot-news", "rank", "reply",
                         "jiathis", "bdshare", "statement", "disclaimer", "pagination", "next-page",
                         "more-", "keyword", "qrcode"});
}

bool IsPunct(char32_t c) {
  return c == U'，' || c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'、' || c == U'：' ||
         c == U'“' || c == U'”';
}

bool IsSourceName(const std::string& names) {
  return HasWord(names, {"source", "nickname", "account", "publisher", "origin", "js_name"});
}

std::string InnerText(const GumboNode* node);

struct Walker {
  std::vector<TextBlock> blocks;
  std::vector<SourceHint> hints;
  TextBlock pending;
  int link_depth = 0;

  void Flush() {
    const auto first = pending.text.find_first_not_of(" \t\r\n\xC2\xA0");
    if (first != std::string::npos && pending.chars > 0) {
      const auto last = pending.text.find_last_not_of(" \t\r\n");
      pending.text = pending.text.substr(first, last - first + 1);
      blocks.push_back(std::move(pending));
    }
    const TextBlock keep = pending;
    pending = TextBlock{};
    pending.owner = keep.owner;
    pending.boilerplate = keep.boilerplate;
    pending.heading = keep.heading;
    pending.title_class = keep.title_class;
    pending.byline_class = keep.byline_class;
  }

  void AddText(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
      std::size_t next = i;
      char32_t cp = DecodeUtf8At(text, &next);
      if (cp == kInvalidCodePoint) cp = U'\uFFFD', next = i + 1;  // counted as a letter, kept as it came
      const std::size_t n = next - i;
      const bool space = cp == ' ' || cp == '\n' || cp == '\r' || cp == '\t' || cp == 0xA0 || cp == 0x3000;
      if (!space) {
        ++pending.chars;
        if (link_depth > 0) ++pending.link_chars;
        else if (IsPunct(cp)) ++pending.punct;
      }
      if (cp == '\n' || cp == '\r' || cp == '\t') pending.text.push_back(' ');
      else pending.text.append(text.substr(i, n));
      i += n;
    }
  }

  void Walk(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
      AddText(node->v.text.text);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboTag tag = node->v.element.tag;
    if (IsDroppedTag(tag) && !IsHeadlineAside(node)) return;
    if (tag == GUMBO_TAG_BR) { Flush(); return; }
    const bool block = IsBlock(tag);
    const TextBlock saved = pending;  // the context to restore after this element
    const std::string names = ClassAndId(node);
    if (block) {
      Flush();
      pending.owner = node;
      if (HeadingLevel(tag)) pending.heading = HeadingLevel(tag);
    }
    if (!pending.boilerplate && IsBoilerplateName(names)) pending.boilerplate = node;
    if (HasWord(names, {"title", "headline"})) pending.title_class = true;
    if (HasWord(names, {"source", "author", "media", "account", "nickname", "from", "info", "time", "date"}))
      pending.byline_class = true;
    if (IsSourceName(names)) {
      std::string text = InnerText(node);
      if (VisibleChars(text) >= 2 && VisibleChars(text) <= 24) hints.push_back({std::move(text), blocks.size()});
    }
    const bool link = tag == GUMBO_TAG_A;
    link_depth += link;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) Walk(static_cast<const GumboNode*>(children.data[i]));
    link_depth -= link;
    if (block) Flush();
    // Back to the enclosing element's context, keeping text gathered inline.
    pending.owner = saved.owner;
    pending.boilerplate = saved.boilerplate;
    pending.heading = saved.heading;
    pending.title_class = saved.title_class;
    pending.byline_class = saved.byline_class;
  }
};

const GumboNode* FindTag(const GumboNode* node, GumboTag tag) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node->v.element.tag == tag) return node;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    if (const GumboNode* t = FindTag(static_cast<const GumboNode*>(children.data[i]), tag)) return t;
  }
  return nullptr;
}

std::string InnerText(const GumboNode* node) {
  std::string out;
  if (node->type == GUMBO_NODE_ELEMENT && IsDroppedTag(node->v.element.tag)) return out;
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
    return node->v.text.text;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return out;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) out += InnerText(static_cast<const GumboNode*>(children.data[i]));
  return out;
}

std::string Attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : "";
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Pages that print only `前天` keep the publication time in a script
// variable: WeChat articles `var ct = "1581418070"`, other templates
// `var publish_time = "2024-03-01 10:00"`. Kept as meta "script:<name>".
void AddScriptTimes(std::string_view script, PageMeta* meta) {
  for (std::string_view name : {"ct", "publish_time", "pubtime", "publishTime", "pubDate"}) {
    const std::string decl = "var " + std::string(name);
    for (std::size_t at = script.find(decl); at != std::string_view::npos; at = script.find(decl, at + 1)) {
      std::size_t i = at + decl.size();
      while (i < script.size() && script[i] == ' ') ++i;
      if (i >= script.size() || script[i] != '=') continue;  // `var ctx`, `var pubtimeX`
      ++i;
      while (i < script.size() && script[i] == ' ') ++i;
      if (i >= script.size() || (script[i] != '"' && script[i] != '\'')) continue;
      const std::size_t close = script.find(script[i], i + 1);
      if (close == std::string_view::npos || close - i > 40) continue;
      const std::string value(script.substr(i + 1, close - i - 1));
      if (!value.empty()) meta->meta.emplace("script:" + Lower(std::string(name)), value);
      break;
    }
  }
}

void CollectMetaFrom(const GumboNode* node, PageMeta* meta) {
  if (node->type == GUMBO_NODE_TEXT) {
    // Footers are dropped from the blocks; their copyright line names the site.
    const std::string_view text = node->v.text.text;
    if (text.size() < 600 && (text.find("©") != std::string_view::npos || text.find("Copyright") != std::string_view::npos ||
                              text.find("版权所有") != std::string_view::npos))
      meta->copyright.emplace_back(text);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_META) {
    std::string content = Attribute(node, "content");
    for (const char* key : {"name", "property", "itemprop"}) {
      std::string k = Lower(Attribute(node, key));
      while (!k.empty() && k.back() == ' ') k.pop_back();
      if (!k.empty() && !content.empty()) meta->meta.emplace(k, content);
    }
    return;
  }
  if (tag == GUMBO_TAG_SCRIPT) {
    // InnerText skips scripts (never article text): read the code itself.
    std::string code;
    const GumboVector& parts = node->v.element.children;
    for (unsigned i = 0; i < parts.length; ++i) {
      const auto* part = static_cast<const GumboNode*>(parts.data[i]);
      if (part->type == GUMBO_NODE_TEXT || part->type == GUMBO_NODE_CDATA || part->type == GUMBO_NODE_WHITESPACE)
        code += part->v.text.text;
    }
    if (Lower(Attribute(node, "type")) == "application/ld+json") meta->json_ld.push_back(std::move(code));
    else AddScriptTimes(code, meta);
    return;
  }
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) CollectMetaFrom(static_cast<const GumboNode*>(children.data[i]), meta);
}

}  // namespace

std::string ClassAndId(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return "";
  return Lower(Attribute(node, "class") + " " + Attribute(node, "id"));
}

bool IsInside(const GumboNode* node, const GumboNode* ancestor) {
  for (; node; node = node->parent) if (node == ancestor) return true;
  return false;
}

std::size_t VisibleChars(std::string_view utf8) {
  std::size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80 && c != ' ' && c != '\n' && c != '\t' && c != '\r';
  return n;
}

PageBlocks CollectBlocks(const GumboNode* root) {
  Walker walker;
  const GumboNode* body = FindTag(root, GUMBO_TAG_BODY);
  walker.pending.owner = body ? body : root;
  walker.Walk(body ? body : root);
  walker.Flush();
  return {std::move(walker.blocks), std::move(walker.hints)};
}

PageMeta CollectMeta(const GumboNode* root) {
  PageMeta meta;
  if (const GumboNode* title = FindTag(root, GUMBO_TAG_TITLE)) meta.title = InnerText(title);
  CollectMetaFrom(root, &meta);
  return meta;
}

}  // namespace zhcorpus::article
