#include "article/html_extractor.h"

#include <gumbo.h>

#include <string>

#include "article/web_blocks.h"

namespace zhcorpus {
namespace {

// <header> too: a masthead, not the page's text.
bool IsDropped(GumboTag tag) { return tag == GUMBO_TAG_HEADER || article::IsDroppedTag(tag); }

int HeadingLevel(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
  }
}

bool IsBlock(GumboTag tag) {
  return HeadingLevel(tag) > 0 || tag == GUMBO_TAG_P || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DIV ||
         tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_FIGCAPTION || tag == GUMBO_TAG_TD ||
         tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_PRE;
}

// Inline text of a node; <br> is a space (layout, normalised away later).
void CollectText(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
    for (const char* p = node->v.text.text; *p; ++p) out->push_back(*p == '\n' || *p == '\r' ? ' ' : *p);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT || IsDropped(node->v.element.tag)) return;
  if (node->v.element.tag == GUMBO_TAG_BR) out->push_back(' ');
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) CollectText(static_cast<const GumboNode*>(children.data[i]), out);
}

struct Walker {
  std::string page;
  bool has_h1 = false;
  std::string pending;  // inline text outside any block element

  void FlushLine(const std::string& line, int level) {
    const auto first = line.find_first_not_of(' ');
    if (first == std::string::npos) return;
    const std::string text = line.substr(first, line.find_last_not_of(' ') - first + 1);
    page += "\n";
    if (level > 0) page += std::string(static_cast<std::size_t>(level), '#') + " ";
    page += text + "\n";
  }

  void Walk(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT) { pending += node->v.text.text; return; }
    if (node->type != GUMBO_NODE_ELEMENT || IsDropped(node->v.element.tag)) return;
    const GumboTag tag = node->v.element.tag;
    const int level = HeadingLevel(tag);
    if (level > 0 || tag == GUMBO_TAG_P || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_FIGCAPTION) {
      FlushLine(pending, 0);
      pending.clear();
      std::string text;
      CollectText(node, &text);
      has_h1 |= level == 1;
      FlushLine(text, level);
      return;
    }
    if (IsBlock(tag)) { FlushLine(pending, 0); pending.clear(); }
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) Walk(static_cast<const GumboNode*>(children.data[i]));
    if (IsBlock(tag)) { FlushLine(pending, 0); pending.clear(); }
  }
};

const GumboNode* FindTitle(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node->v.element.tag == GUMBO_TAG_TITLE) return node;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    if (const GumboNode* t = FindTitle(static_cast<const GumboNode*>(children.data[i]))) return t;
  }
  return nullptr;
}

}  // namespace

std::string HtmlToPageText(std::string_view html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  Walker walker;
  walker.Walk(output->root);
  walker.FlushLine(walker.pending, 0);
  std::string page = std::move(walker.page);
  if (!walker.has_h1) {
    if (const GumboNode* title = FindTitle(output->root)) {
      std::string text;
      const GumboVector& children = title->v.element.children;
      for (unsigned i = 0; i < children.length; ++i) CollectText(static_cast<const GumboNode*>(children.data[i]), &text);
      if (text.find_first_not_of(' ') != std::string::npos) page = "# " + text + "\n" + page;
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return page;
}

}  // namespace zhcorpus
