#include "zhcorpus/tagger.h"

#include <algorithm>
#include <utility>

#include "numbers/indicator.h"
#include "text/pinyin_gloss.h"
#include "tag/recognizers.h"
#include "util/word_lists.h"
#include "zhcorpus/normalizer.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {

struct Tagger::Impl {
  Segmenter segmenter;
  std::vector<std::unique_ptr<EntityRecognizer>> recognizers;
  std::vector<std::string> types;  // empty = all
  MetricLinker linker;             // what each metric measures, where and when

  // Tokens and entities of doc->text (set with the date), entity texts not yet filled.
  Tagged TagDocument(Document* doc) const;

  bool Keeps(const std::string& type) const {
    return types.empty() || std::find(types.begin(), types.end(), type) != types.end();
  }
  // `tag --types region,org` need not look for metrics and dates; metrics
  // need every type, to tell what they measure from where and when.
  bool Needed(const EntityRecognizer& r) const {
    return types.empty() || Keeps("metric") || std::any_of(types.begin(), types.end(), [&](const std::string& t) { return r.Affects(t); });
  }
};

namespace {

constexpr const char* kEntityTypes[] = {"region", "org", "metric", "date"};

Status CheckTypes(const std::vector<std::string>& types) {
  for (const std::string& t : types) {
    if (std::find(std::begin(kEntityTypes), std::end(kEntityTypes), t) == std::end(kEntityTypes)) {
      return Status::InvalidArgument("unknown entity type \"" + t + "\" (known: region, org, metric, date)");
    }
  }
  return Status::Ok();
}

// Copies the UTF-8 of text[start, end) for each entity.
void FillTexts(const std::u32string& text, std::vector<Entity>* entities) {
  for (Entity& e : *entities) e.text = EncodeUtf8(std::u32string_view(text).substr(e.start, e.end - e.start));
}

// Statistics named with a scope word at their front (国内生产总值) are kept whole,
// so the metric linker never cuts the scope word from the indicator; so are change
// verbs the dictionary would cut (年 + 增).
void AddIndicatorTerms(std::vector<ExtraWord>* words) {
  const WordLists& lists = WordLists::Compiled("metric_words");
  for (const std::u32string& term : lists.GetU32("indicator_term")) {
    words->push_back(ExtraWord{term, "n", 0, ExtraWord::When::kIfSplit});
  }
  for (const std::u32string& verb : lists.GetU32("indicator_verb")) {
    words->push_back(ExtraWord{verb, "v", 0, ExtraWord::When::kIfSplit});
  }
}

// Words of recent news the dictionary predates (营收, 算力): without them the HMM
// glues a company's short name to the first character of the next word
// (某宏营 + 收) and reads a new term as a proper name before a head (算力 + 中心).
void AddNewsWords(std::vector<ExtraWord>* words) {
  for (const std::u32string& word : WordLists::Compiled("segment_words").GetU32("news_word")) {
    words->push_back(ExtraWord{word, "n", 0, ExtraWord::When::kIfUnknown});
  }
}

}  // namespace

Tagged Tagger::Impl::TagDocument(Document* doc) const {
  doc->simplified = segmenter.Simplified().Convert(doc->text);
  // Records may come from elsewhere than ingest, with ASCII commas and
  // brackets in Chinese text: rules read the full-width forms.
  WidenCjkPunctuation(&doc->simplified);
  doc->opaque = FindOpaqueQuotedNames(doc->text);
  segmenter.Cut(doc->simplified, &doc->tokens);

  std::vector<Entity> candidates;
  for (const auto& recognizer : recognizers) {
    if (Needed(*recognizer)) recognizer->Recognize(*doc, &candidates);
  }
  // Metrics are linked to what they measure, where and when with every
  // entity known; the types not asked for go after that.
  const bool link = Keeps("metric");
  auto dropped = [&](const Entity& e) { return !Keeps(e.type); };
  if (!link) std::erase_if(candidates, dropped);
  Tagged out;
  out.entities = ResolveOverlaps(std::move(candidates), doc->text.size());
  if (link) {
    linker.Link(*doc, &out.entities);
    std::erase_if(out.entities, dropped);
  }
  out.tokens = std::move(doc->tokens);
  return out;
}

Result<std::unique_ptr<Tagger>> Tagger::Load(const TaggerOptions& options, std::vector<std::string>* warnings) {
  if (Status s = CheckTypes(options.types); !s.ok()) return s;
  SegmenterOptions seg_options;
  seg_options.data_dir = options.data_dir;
  seg_options.user_dicts = options.user_dicts;
  seg_options.hmm = options.hmm;
  Result<NameLists> names = LoadNameLists(options.data_dir);
  if (!names.ok()) return names.status();
  seg_options.extra_words = SegmenterWords(*names);
  AddIndicatorTerms(&seg_options.extra_words);
  AddNewsWords(&seg_options.extra_words);
  Result<Segmenter> segmenter = Segmenter::Load(seg_options, warnings);
  if (!segmenter.ok()) return segmenter.status();
  Result<MetricLinker> linker = MetricLinker::Load(options.data_dir);
  if (!linker.ok()) return linker.status();
  auto impl = std::make_unique<Impl>(Impl{std::move(segmenter).value(), {}, options.types,
                                          std::move(linker).value()});
  if (Status s = AddRecognizers(options.data_dir, std::move(names).value(), impl->segmenter, &impl->recognizers); !s.ok()) return s;
  return std::unique_ptr<Tagger>(new Tagger(std::move(impl)));
}

Tagger::Tagger(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Tagger::~Tagger() = default;

const Segmenter& Tagger::segmenter() const { return impl_->segmenter; }

Tagged Tagger::Tag(std::string_view utf8_text, std::optional<CivilDate> date) const {
  Document doc;
  doc.text = DecodeUtf8(utf8_text);
  doc.date = date;
  // A glossed page is tagged through its view without the readings, then mapped back.
  const std::optional<GlossFreeView> view = GlossFreeView::Of(doc.text);
  const std::u32string written = view ? std::exchange(doc.text, view->text()) : std::u32string();
  Tagged out = impl_->TagDocument(&doc);
  if (view) view->MapBack(&out.tokens, &out.entities);
  FillTexts(view ? written : doc.text, &out.entities);
  return out;
}

}  // namespace zhcorpus
