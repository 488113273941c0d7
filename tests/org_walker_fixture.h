// The organisation walker (src/entity/org_walk.h) on documents segmented by
// hand: a test names the head, the walker builds the name from the tokens
// before it. Shared by the tests of org_walk.cc and of the files that hold
// its parts (org_body, org_brand, org_list, org_region).
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entity/org_heads.h"
#include "entity/org_walk.h"
#include "hand_doc.h"

namespace zhcorpus::testing {

// A region entity over the token `word` (level: province | city | county ...).
inline void AddRegion(HandDoc& h, const char* word, const char* level, const char* parent = "") {
  h.Add("region", word, EntityNorm{{"name", NormValue(word)}, {"level", NormValue(level)}, {"parent", NormValue(parent)}});
}

struct Walked {
  bool made = false;
  std::vector<Entity> orgs;  // every candidate, as entities

  // "text|name|kind|region" of each org.
  std::vector<std::string> Lines() const {
    std::vector<std::string> out;
    for (const Entity& e : orgs) {
      const NormValue& region = e.norm.Get("region");
      out.push_back(e.text + "|" + std::string(e.norm.GetString("name")) + "|" + std::string(e.norm.GetString("kind")) +
                    "|" + (region.is_null() ? "null" : region.string()));
    }
    return out;
  }
};

// Tries the head written as the token `head` (or as the end of it); with
// `list`, a list of items sharing the head when no single name is made.
inline Walked WalkHead(const HandDoc& h, const char* head, bool list = false, bool brands = false) {
  std::vector<org::Candidate> cands;
  org::Walker walker(h.doc, h.entities, &cands);
  const std::u32string head_text = DecodeUtf8(head);
  Walked w;
  for (const Token& t : h.doc.tokens) {
    if (t.end - t.start < head_text.size()) continue;
    const std::uint32_t start = t.end - static_cast<std::uint32_t>(head_text.size());
    if (h.doc.text.compare(start, head_text.size(), head_text) != 0) continue;
    const org::Head* found = org::FindHead(head_text);
    EXPECT_NE(found, nullptr) << head << " is no head";
    if (!found) return w;
    w.made = walker.TryHead(start, t.end, *found) || (list && walker.TryElidedList(start, t.end, *found));
    break;
  }
  if (brands) walker.PropagateBrands();
  for (const org::Candidate& c : cands) {
    if (!c.valid) continue;
    w.orgs.push_back(walker.ToEntity(c));
    w.orgs.back().text = h.TextOf(w.orgs.back());
  }
  return w;
}

}  // namespace zhcorpus::testing
