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
  std::string region;  // region the full name contains, "" when none
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
