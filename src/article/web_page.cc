#include "article/web_page.h"

#include <gumbo.h>

#include <algorithm>
#include <unordered_map>

#include "article/web_blocks.h"
#include "article/web_fields.h"

namespace zhcorpus::article {
namespace {

// A paragraph worth crediting: enough text, few links.
bool IsParagraph(const TextBlock& b) { return b.chars >= 10 && b.LinkDensity() < 0.5; }

bool IsParagraphTag(const GumboNode* node) {
  if (!node || node->type != GUMBO_NODE_ELEMENT) return false;
  const GumboTag t = node->v.element.tag;
  return t == GUMBO_TAG_P || t == GUMBO_TAG_LI || t == GUMBO_TAG_BLOCKQUOTE || t == GUMBO_TAG_PRE ||
         (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6);
}

struct NodeTotals {
  double score = 0;
  std::size_t chars = 0, link_chars = 0;
};

// Each paragraph scores 1 + its Chinese punctuation + up to 3 for length;
// the element holding paragraphs gets the score, its parent half: the body
// container collects the most. Every ancestor counts characters and link
// characters, for link density.
std::unordered_map<const GumboNode*, NodeTotals> ScoreNodes(const std::vector<TextBlock>& blocks) {
  std::unordered_map<const GumboNode*, NodeTotals> totals;
  for (const TextBlock& b : blocks) {
    for (const GumboNode* n = b.owner; n; n = n->parent) {
      totals[n].chars += b.chars;
      totals[n].link_chars += b.link_chars;
    }
    if (!IsParagraph(b)) continue;
    // Inside an element named like a share bar or comments: likely not the
    // story, though some sites wrap the story in such names (js_share_area).
    const double s = (1 + b.punct + std::min(3.0, b.chars / 100.0)) * (b.boilerplate ? 0.3 : 1.0);
    const GumboNode* holder = IsParagraphTag(b.owner) && b.owner->parent ? b.owner->parent : b.owner;
    totals[holder].score += s;
    if (holder->parent) totals[holder->parent].score += s / 2;
  }
  return totals;
}

// The body: the best-scoring container (discounted by its link density),
// with sibling containers that also hold real paragraphs.
std::vector<const GumboNode*> BodyRoots(const std::unordered_map<const GumboNode*, NodeTotals>& totals) {
  const GumboNode* best = nullptr;
  double best_score = 0;
  for (const auto& [node, t] : totals) {
    const double ld = t.chars ? static_cast<double>(t.link_chars) / t.chars : 0;
    const double s = t.score * (1 - ld);
    if (s > best_score) { best = node; best_score = s; }
  }
  if (!best || best_score < 5) return {};
  std::vector<const GumboNode*> roots;
  const GumboNode* parent = best->parent;
  if (!parent || parent->type != GUMBO_NODE_ELEMENT) return {best};
  const double threshold = std::max(10.0, best_score * 0.2);
  const GumboVector& siblings = parent->v.element.children;
  for (unsigned i = 0; i < siblings.length; ++i) {
    const auto* s = static_cast<const GumboNode*>(siblings.data[i]);
    if (s == best) { roots.push_back(s); continue; }
    auto it = totals.find(s);
    if (it == totals.end()) continue;
    const double ld = it->second.chars ? static_cast<double>(it->second.link_chars) / it->second.chars : 0;
    if (it->second.score * (1 - ld) >= threshold && ld < 0.25) roots.push_back(s);
  }
  return roots;
}

}  // namespace

std::optional<WebArticle> ExtractWebArticle(std::string_view html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  const PageBlocks page = CollectBlocks(output->root);
  const std::vector<TextBlock>& blocks = page.blocks;
  const PageMeta meta = CollectMeta(output->root);
  const auto totals = ScoreNodes(blocks);
  const std::vector<const GumboNode*> roots = BodyRoots(totals);
  std::optional<WebArticle> article;
  if (!roots.empty()) {
    std::vector<std::size_t> body;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      const TextBlock& b = blocks[i];
      const auto root = std::find_if(roots.begin(), roots.end(), [&](const GumboNode* r) { return IsInside(b.owner, r); });
      if (root == roots.end()) continue;
      if (b.boilerplate && b.boilerplate != *root && IsInside(b.boilerplate, *root)) continue;
      if (b.LinkDensity() > 0.5) continue;
      body.push_back(i);
    }
    if (!body.empty()) article = FillWebArticle(page, body, meta);
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return article;
}

}  // namespace zhcorpus::article
