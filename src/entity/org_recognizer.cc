#include "zhcorpus/org_recognizer.h"

#include <algorithm>
#include <sstream>

#include "entity/org_finder.h"
#include "entity/org_heads.h"
#include "zhcorpus/data_dir.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {

struct OrgRecognizer::Impl {
  org::Lexicon lexicon;
};

OrgRecognizer::OrgRecognizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
OrgRecognizer::OrgRecognizer(OrgRecognizer&&) noexcept = default;
OrgRecognizer& OrgRecognizer::operator=(OrgRecognizer&&) noexcept = default;
OrgRecognizer::~OrgRecognizer() = default;

namespace {

constexpr const char* kKinds[] = {"government", "party",  "company", "university", "research",
                                  "association", "media", "zone",    "other"};

// One row: surface<TAB>kind<TAB>full name or empty<TAB>region or empty.
Status ParseRow(const std::string& line, const std::string& where, org::Lexicon* lex) {
  std::vector<std::string> fields;
  std::istringstream in(line);
  for (std::string f; std::getline(in, f, '\t');) fields.push_back(f);
  if (fields.size() < 2 || fields.size() > 4 || fields[0].empty()) {
    return Status::DataError(where + ": expected surface<TAB>kind[<TAB>full name[<TAB>region]]");
  }
  if (std::find(std::begin(kKinds), std::end(kKinds), fields[1]) == std::end(kKinds)) {
    return Status::DataError(where + ": unknown kind \"" + fields[1] + "\"");
  }
  if (!IsValidUtf8(line)) return Status::DataError(where + ": not UTF-8");
  org::KnownOrg known;
  known.kind = fields[1];
  known.name = fields.size() > 2 && !fields[2].empty() ? fields[2] : fields[0];
  if (fields.size() > 3) known.region = fields[3];
  std::u32string surface = DecodeUtf8(fields[0]);
  lex->max_len = std::max(lex->max_len, surface.size());
  if (surface.front() < 0x10000) lex->first_chars[surface.front()] = true;
  lex->known[std::move(surface)] = std::move(known);
  return Status::Ok();
}

}  // namespace

Result<OrgRecognizer> OrgRecognizer::Parse(const std::string& tsv, const std::string& name) {
  auto impl = std::make_unique<Impl>();
  std::istringstream in(tsv);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (Status s = ParseRow(line, name + ":" + std::to_string(n), &impl->lexicon); !s.ok()) return s;
  }
  return OrgRecognizer(std::move(impl));
}

Result<OrgRecognizer> OrgRecognizer::Load(const std::filesystem::path& data_dir) {
  const std::filesystem::path path = data_dir / "organizations.tsv";
  Result<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return bytes.status();
  return Parse(*bytes, path.string());
}

std::vector<std::u32string> OrgRecognizer::Names() const {
  std::vector<std::u32string> names;
  for (const auto& [surface, known] : impl_->lexicon.known) names.push_back(surface);
  for (std::u32string& head : org::SegmenterHeads()) names.push_back(std::move(head));
  std::sort(names.begin(), names.end());  // a stable order keeps segmentation reproducible
  return names;
}

void OrgRecognizer::Find(const Document& doc, const std::vector<Entity>& regions, std::vector<Entity>* out) const {
  org::FindOrgs(impl_->lexicon, doc, regions, out);
}

}  // namespace zhcorpus
