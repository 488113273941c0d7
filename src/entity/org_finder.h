// Internal: the known-name lexicon and the search for organisations in one
// document (see org_recognizer.h for the public face).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "zhcorpus/document.h"
#include "zhcorpus/entity.h"
#include "util/char_trie.h"
#include "zhcorpus/u32_string_set.h"

namespace zhcorpus::org {

struct KnownOrg {
  std::string name;    // full name (the alias's expansion or the surface itself)
  std::string kind;
  std::string region;  // region the full name contains, or the seat for imported lists; "" when none
  // From an imported list (universities, listed companies): the region the
  // name itself contains wins over the seat, and the name is not taught to
  // the segmenter (it is matched over runs of tokens).
  bool imported = false;
  // A listed company's short name without a head (宁德时代): counts only where
  // nothing nominal follows it (不是 "浙江医药产业").
  bool bare_brand = false;
};

struct Lexicon {
  U32StringMap<KnownOrg> known;
  std::size_t max_len = 0;  // longest surface, code points
  // The surfaces as a trie, so that a scan from a token walks all known names
  // starting there at once (about 8,500 names: hashing every run costs more).
  CharTrie trie;
  std::vector<const KnownOrg*> at_node;  // the name ending at each trie node, or nullptr

  // Builds the trie; call once after the last name is added.
  void Index();
};

void FindOrgs(const Lexicon& lexicon, const Document& doc, const std::vector<Entity>& regions,
              std::vector<Entity>* out);

}  // namespace zhcorpus::org
