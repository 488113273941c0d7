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
  std::vector<bool> first_chars = std::vector<bool>(0x10000, false);  // BMP first characters of surfaces
  std::size_t max_len = 0;                                            // longest surface, code points

  bool MayStart(char32_t c) const { return c >= 0x10000 || first_chars[c]; }
};

void FindOrgs(const Lexicon& lexicon, const Document& doc, const std::vector<Entity>& regions,
              std::vector<Entity>* out);

}  // namespace zhcorpus::org
