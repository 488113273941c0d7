#include "zhcorpus/segmenter.h"

#include <fstream>
#include <sstream>
#include <limits>

#include "segment/char_class.h"
#include "segment/compiled_dictionary.h"
#include "segment/hmm.h"
#include "segment/pretokenizer.h"
#include "zhcorpus/simplified.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {

using segment::CharClass;
using segment::CompiledDictionary;

namespace {

constexpr std::string_view kTagPunct = "x";
constexpr std::string_view kTagNumber = "m";
constexpr std::string_view kTagLatin = "eng";
constexpr std::string_view kTagUnknown = "x";

// Buffers reused by every Cut on a thread: no allocation per character.
struct Scratch {
  std::vector<std::uint32_t> codes;
  std::vector<std::int32_t> first, second;  // CompiledDictionary::StartNodes
  std::vector<double> best;
  std::vector<std::uint32_t> length;
  std::vector<CompiledDictionary::TagId> tag;
  std::vector<double> hmm;
  std::vector<std::uint8_t> hmm_path;
  std::vector<std::uint32_t> hmm_lengths;
};

// Grows `v` to at least n elements, never shrinks it: a shorter text after a
// longer one costs no zero-filling.
template <typename T>
T* AtLeast(std::vector<T>* v, std::size_t n) {
  if (v->size() < n) v->resize(n);
  return v->data();
}

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

}  // namespace

struct Segmenter::Impl {
  CompiledDictionary dict;
  SimplifiedView simplified;
  bool hmm = true;
  double word_bonus = 0;
  double single_bonus = 0;

  void CutHanRun(std::u32string_view text, std::size_t from, std::size_t to, std::vector<Token>* out) const;
  void CutHan(std::u32string_view text, std::uint32_t offset, std::vector<Token>* out) const;
  void EmitSingles(std::u32string_view text, std::uint32_t offset, std::size_t from, std::size_t to,
                   const Scratch& s, std::vector<Token>* out) const;
  Status LoadUserDict(const std::filesystem::path& path, std::vector<std::string>* warnings);
};

// Best path through the word lattice of a run of Chinese text, right to left
// (jieba's calc): best[i] = max over words w at i of logP(w) + bonus + best[i + |w|].
// The bonuses (SegmenterOptions::word_bonus, single_bonus) tilt the unigram
// model, which prefers the fewest words, toward jieba's shorter dictionary
// words; single characters get less, so 为了 or 正在 stay whole.
void Segmenter::Impl::CutHan(std::u32string_view text, std::uint32_t offset, std::vector<Token>* out) const {
  const std::size_t n = text.size();
  Scratch& s = ThreadScratch();
  std::uint32_t* const codes = AtLeast(&s.codes, n + 1);
  std::int32_t* const first = AtLeast(&s.first, n);
  std::int32_t* const second = AtLeast(&s.second, n);
  double* const best_score = AtLeast(&s.best, n + 1);
  AtLeast(&s.length, n);
  AtLeast(&s.tag, n);
  for (std::size_t i = 0; i < n; ++i) codes[i] = dict.Code(text[i]);
  codes[n] = 0;  // no word goes past the run
  dict.StartNodes(codes, n, first, second);
  best_score[n] = 0;
  for (std::size_t i = n; i-- > 0;) {
    double best = -std::numeric_limits<double>::infinity();
    std::uint32_t best_len = 0;
    CompiledDictionary::TagId best_tag = CompiledDictionary::kUnknownTag;
    dict.ForEachWordAt(text.substr(i), codes + i, first[i], second[i], [&](std::size_t len, float lp, CompiledDictionary::TagId tag) {
      const double score = lp + (len == 1 ? single_bonus : word_bonus) + best_score[i + len];
      if (score > best) {
        best = score;
        best_len = static_cast<std::uint32_t>(len);
        best_tag = tag;
      }
    });
    if (best_len == 0) {  // a character the dictionary does not know
      best = dict.MinLogProb() + single_bonus + best_score[i + 1];
      best_len = 1;
    }
    best_score[i] = best;
    s.length[i] = best_len;
    s.tag[i] = best_tag;
  }
  // Runs of single characters go to the HMM, unless the run is itself a word.
  std::size_t i = 0, singles = 0;
  while (i < n) {
    const std::uint32_t len = s.length[i];
    if (len == 1) {
      ++i;
      ++singles;
      continue;
    }
    if (singles) EmitSingles(text, offset, i - singles, i, s, out);
    singles = 0;
    out->push_back({offset + static_cast<std::uint32_t>(i), offset + static_cast<std::uint32_t>(i + len), dict.TagName(s.tag[i])});
    i += len;
  }
  EmitSingles(text, offset, n - singles, n, s, out);
}

// Years in Chinese digits are cut out first; the lattice takes the rest.
void Segmenter::Impl::CutHanRun(std::u32string_view text, std::size_t from, std::size_t to,
                                std::vector<Token>* out) const {
  const std::u32string_view run = text.substr(0, to);
  std::size_t start = from;
  for (std::size_t nian = run.find(U'年', from); nian != std::u32string_view::npos; nian = run.find(U'年', nian + 1)) {
    const std::size_t year = segment::HanYearStart(run, nian, start);
    if (year == nian) continue;
    if (year > start) CutHan(text.substr(start, year - start), static_cast<std::uint32_t>(start), out);
    out->push_back({static_cast<std::uint32_t>(year), static_cast<std::uint32_t>(nian + 1), kTagNumber});
    start = nian + 1;
  }
  if (to > start) CutHan(text.substr(start, to - start), static_cast<std::uint32_t>(start), out);
}

void Segmenter::Impl::EmitSingles(std::u32string_view text, std::uint32_t offset, std::size_t from, std::size_t to,
                                  const Scratch& s, std::vector<Token>* out) const {
  if (from == to) return;
  const std::u32string_view run = text.substr(from, to - from);
  if (!hmm || run.size() == 1 || dict.Contains(run)) {
    for (std::size_t k = from; k < to; ++k) {
      out->push_back({offset + static_cast<std::uint32_t>(k), offset + static_cast<std::uint32_t>(k + 1), dict.TagName(s.tag[k])});
    }
    return;
  }
  Scratch& scratch = ThreadScratch();
  scratch.hmm_lengths.clear();
  segment::HmmSplit(dict, run, &scratch.hmm, &scratch.hmm_path, &scratch.hmm_lengths);
  std::uint32_t at = offset + static_cast<std::uint32_t>(from);
  for (std::uint32_t len : scratch.hmm_lengths) {
    const std::string_view tag = len == 1 ? dict.TagName(s.tag[at - offset]) : kTagUnknown;
    out->push_back({at, at + len, tag});
    at += len;
  }
}

void Segmenter::Cut(std::u32string_view text, std::vector<Token>* out) const {
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const CharClass cls = segment::Classify(text[i]);
    std::size_t j = i + 1;
    std::string_view tag = kTagPunct;
    switch (cls) {
      case CharClass::kSpace:
        while (j < n && segment::IsSpace(text[j])) ++j;
        break;
      case CharClass::kDigit:
        j = segment::ScanNumber(impl_->dict, text, i);
        tag = segment::IsLatin(text[j - 1]) ? kTagLatin : kTagNumber;
        break;
      case CharClass::kLatin:
        j = segment::ScanLatin(text, i);
        tag = kTagLatin;
        break;
      case CharClass::kPunct:
        // A minus sign before a digit, not between two numbers (5-10), is part of it: －5℃.
        if (segment::IsMinus(text[i]) && j < n && segment::IsDigit(text[j]) &&
            (i == 0 || !(segment::IsDigit(text[i - 1]) || segment::IsLatin(text[i - 1])))) {
          j = segment::ScanNumber(impl_->dict, text, i);
          tag = segment::IsLatin(text[j - 1]) ? kTagLatin : kTagNumber;
          break;
        }
        j = segment::ScanPunct(text, i);
        break;
      case CharClass::kHan:
        while (j < n && segment::Classify(text[j]) == CharClass::kHan) ++j;
        impl_->CutHanRun(text, i, j, out);
        i = j;
        continue;
    }
    // Every scanner consumes its first character; should one ever not, the
    // character becomes a token rather than the loop running forever.
    if (j <= i) j = i + 1;
    out->push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), tag});
    i = j;
  }
}

std::vector<std::string> Segmenter::CutUtf8(std::string_view text) const {
  const std::u32string original = DecodeUtf8(text);
  // Traditional text is segmented through its simplified view (same offsets).
  const std::u32string view = impl_->simplified.size() ? impl_->simplified.Convert(original) : original;
  std::vector<Token> tokens;
  Cut(view, &tokens);
  std::vector<std::string> words;
  words.reserve(tokens.size());
  for (const Token& t : tokens) words.push_back(EncodeUtf8(std::u32string_view(original).substr(t.start, t.end - t.start)));
  return words;
}

// Only Load calls this, before the Segmenter is handed out.
void Segmenter::AddExtraWord(const ExtraWord& extra) {
  switch (extra.when) {
    case ExtraWord::When::kAlways:
      break;
    case ExtraWord::When::kIfUnknown:
      if (WordTag(extra.word)) return;
      break;
    case ExtraWord::When::kIfSplit: {
      // Split by the dictionary, not by the HMM's guess: a name the HMM joins when it
      // stands alone (工信部) is cut in a sentence where a dictionary word crosses it
      // (工信 + 部下 + 属). Not for two characters: those would outweigh everyday
      // words around them (着 + 力拓 + 市场 for 着力 + 拓 + 市场).
      std::vector<Token> tokens;
      const bool hmm = impl_->hmm;
      impl_->hmm = hmm && extra.word.size() <= 2;
      Cut(extra.word, &tokens);
      impl_->hmm = hmm;
      if (tokens.size() <= 1) return;
      break;
    }
  }
  impl_->dict.AddWord(extra.word, extra.freq, extra.pos.empty() ? "n" : extra.pos);
}

std::optional<std::string_view> Segmenter::WordTag(std::u32string_view word) const {
  return impl_->dict.Tag(word);
}

Status Segmenter::Impl::LoadUserDict(const std::filesystem::path& path, std::vector<std::string>* warnings) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path.string() + ": cannot open user dictionary");
  std::string line;
  for (std::size_t no = 1; std::getline(in, line); ++no) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    std::istringstream fields(line);
    std::string word, second, tag;
    if (!(fields >> word)) continue;  // blank or comment
    auto warn = [&](const std::string& why) {
      if (warnings) warnings->push_back(path.string() + ":" + std::to_string(no) + ": " + why);
    };
    if (!IsValidUtf8(word)) { warn("not valid UTF-8; line skipped"); continue; }
    double freq = 0;
    if (fields >> second) {
      char* end = nullptr;
      freq = std::strtod(second.c_str(), &end);
      if (*end != '\0') { tag = second; freq = 0; }  // `word tag` without a frequency
      else if (freq < 0) { warn("negative frequency " + second + "; line skipped"); continue; }
      else fields >> tag;
    }
    if (std::string extra; fields >> extra) { warn("expected `word [freq] [tag]`, got more fields; line skipped"); continue; }
    dict.AddWord(DecodeUtf8(word), freq, tag.empty() ? "n" : tag);
  }
  return Status::Ok();
}

Result<Segmenter> Segmenter::Load(const SegmenterOptions& options, std::vector<std::string>* warnings) {
  Result<CompiledDictionary> dict = CompiledDictionary::Load(options.data_dir / "dict.bin");
  if (!dict.ok()) return dict.status();
  Result<SimplifiedView> simplified = SimplifiedView::Load(options.data_dir);
  if (!simplified.ok()) return simplified.status();
  auto impl = std::make_unique<Impl>(Impl{std::move(dict).value(), std::move(simplified).value(), options.hmm, options.word_bonus,
                                          options.single_bonus});
  for (const auto& path : options.user_dicts) {
    if (Status s = impl->LoadUserDict(path, warnings); !s.ok()) return s;
  }
  Segmenter segmenter(std::move(impl));
  for (const ExtraWord& extra : options.extra_words) segmenter.AddExtraWord(extra);
  return segmenter;
}

const SimplifiedView& Segmenter::Simplified() const { return impl_->simplified; }

Segmenter::Segmenter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;
Segmenter::~Segmenter() = default;

}  // namespace zhcorpus
