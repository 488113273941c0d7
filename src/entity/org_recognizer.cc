#include "entity/org_recognizer.h"

#include <algorithm>
#include <functional>
#include <string_view>

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

// Where a list comes from decides how its names are used (see KnownOrg).
enum class ListKind { kCurated, kImported, kBrands };

// The imported lists beside organizations.tsv (tools/make_org_lexicons.sh).
// Central SOEs come before the listed companies, whose rows carry a seat
// (中国银行 is both).
constexpr std::pair<const char*, ListKind> kImportedLists[] = {
    {"org_universities.tsv", ListKind::kImported},
    {"org_central_soes.tsv", ListKind::kBrands},
    {"org_companies.tsv", ListKind::kBrands},
};

// One row: surface<TAB>kind<TAB>full name or empty<TAB>region or empty.
// One row: surface<TAB>kind<TAB>full name or empty<TAB>region or empty.
// `where` names the row in errors (file:line).
Status ParseRow(std::string_view line, const std::function<std::string()>& where, ListKind list,
                org::Lexicon* lex) {
  std::string_view fields[5];
  std::size_t count = 0;
  for (std::string_view rest = line; count < 5;) {
    const std::size_t tab = rest.find('\t');
    fields[count++] = rest.substr(0, tab);
    if (tab == std::string_view::npos) break;
    rest.remove_prefix(tab + 1);
  }
  if (count < 2 || count > 4 || fields[0].empty()) {
    return Status::DataError(where() + ": expected surface<TAB>kind[<TAB>full name[<TAB>region]]");
  }
  if (std::find(std::begin(kKinds), std::end(kKinds), fields[1]) == std::end(kKinds)) {
    return Status::DataError(where() + ": unknown kind \"" + std::string(fields[1]) + "\"");
  }
  if (!IsValidUtf8(line)) return Status::DataError(where() + ": not UTF-8");
  std::u32string surface = DecodeUtf8(fields[0]);
  // A hand-written row (its alias, its kind) wins over an imported one, which
  // may only lend it a seat.
  const std::string_view region = count > 3 ? fields[3] : std::string_view();
  if (auto it = lex->known.find(surface); it != lex->known.end() && !it->second.imported) {
    if (it->second.region.empty()) it->second.region = region;
    return Status::Ok();
  }
  org::KnownOrg known;
  known.kind = fields[1];
  known.name = count > 2 && !fields[2].empty() ? fields[2] : fields[0];
  known.region = region;
  known.imported = list != ListKind::kCurated;
  known.bare_brand = list == ListKind::kBrands && !org::EndsWithHead(surface);
  lex->max_len = std::max(lex->max_len, surface.size());
  lex->known[std::move(surface)] = std::move(known);
  return Status::Ok();
}

Status ParseList(std::string_view tsv, const std::string& name, ListKind list, org::Lexicon* lex) {
  for (int n = 1; !tsv.empty(); ++n) {
    const std::size_t eol = tsv.find('\n');
    std::string_view line = tsv.substr(0, eol);
    tsv = eol == std::string_view::npos ? std::string_view() : tsv.substr(eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto where = [&] { return name + ":" + std::to_string(n); };
    if (Status s = ParseRow(line, where, list, lex); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Result<OrgRecognizer> OrgRecognizer::Parse(const std::string& tsv, const std::string& name) {
  auto impl = std::make_unique<Impl>();
  if (Status s = ParseList(tsv, name, ListKind::kCurated, &impl->lexicon); !s.ok()) return s;
  impl->lexicon.Index();
  return OrgRecognizer(std::move(impl));
}

Result<OrgRecognizer> OrgRecognizer::Load(const std::filesystem::path& data_dir) {
  auto impl = std::make_unique<Impl>();
  const std::filesystem::path curated = data_dir / "organizations.tsv";
  Result<std::string> bytes = ReadFileBytes(curated);
  if (!bytes.ok()) return bytes.status();
  if (Status s = ParseList(*bytes, curated.string(), ListKind::kCurated, &impl->lexicon); !s.ok()) return s;
  for (const auto& [file, list] : kImportedLists) {
    const std::filesystem::path path = data_dir / file;
    Result<std::string> list_bytes = ReadFileBytes(path);
    if (!list_bytes.ok()) return list_bytes.status();
    if (Status s = ParseList(*list_bytes, path.string(), list, &impl->lexicon); !s.ok()) return s;
  }
  impl->lexicon.Index();
  return OrgRecognizer(std::move(impl));
}

std::vector<std::u32string> OrgRecognizer::Names() const {
  std::vector<std::u32string> names;
  for (const auto& [surface, known] : impl_->lexicon.known) {
    if (!known.imported) names.push_back(surface);
  }
  for (std::u32string& head : org::SegmenterHeads()) names.push_back(std::move(head));
  std::sort(names.begin(), names.end());  // a stable order keeps segmentation reproducible
  return names;
}

void OrgRecognizer::Find(const Document& doc, const std::vector<Entity>& regions, std::vector<Entity>* out) const {
  org::FindOrgs(impl_->lexicon, doc, regions, out);
}

}  // namespace zhcorpus
