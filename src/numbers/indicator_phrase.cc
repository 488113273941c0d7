// Noun phrases next to a figure. Jieba's part-of-speech tags are too weak to
// define a noun phrase (收入 and 增速 come out as verbs), so a phrase is a
// run of tokens that are not breaks: punctuation, the listed verbs and scope
// words of data/indicator_words.tsv, function words, numbers, and entities
// (a leading region, date or organisation locates a figure, it does not name it).
#include "numbers/indicator_phrase.h"

#include <algorithm>

#include "numbers/scan.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::indicator {
namespace {

constexpr std::uint32_t kMaxChars = 16;  // longer runs are clauses, not names of figures
constexpr std::uint32_t kMaxQuote = 16;  // a quoted name inside a phrase (专精特新“小巨人”企业)
constexpr std::uint32_t kMaxAside = 20;  // an aside in brackets (含合作区)
// Prose puts a comma or a full stop well before these lengths. A longer run
// (a table flattened into one line, repeated text) is cut there, so that the
// per-figure walks over a clause or a sentence stay short and a long text
// links in time linear in its length.
constexpr std::uint32_t kMaxClause = 200;
constexpr std::uint32_t kMaxSentence = 1000;

bool IsSentenceEnd(char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?' || c == U'\n'; }
bool IsClauseEnd(char32_t c, bool major) {
  if (IsSentenceEnd(c)) return true;
  if (c == U'、') return !major;
  return c == U'，' || c == U',' || c == U'；' || c == U';' || c == U'：' || c == U':';
}
bool IsOpenQuote(char32_t c) { return c == U'“' || c == U'「' || c == U'‘'; }
bool IsCloseQuote(char32_t c) { return c == U'”' || c == U'」' || c == U'’'; }

// “略有下滑（10%以内）”: an aside in brackets inside a quoted answer or name
// is left out like one outside it.
std::string WithoutAsides(std::string text) {
  static const std::string kOpen = "（", kClose = "）";
  for (std::size_t open = text.find(kOpen); open != std::string::npos; open = text.find(kOpen, open)) {
    const std::size_t close = text.find(kClose, open);
    if (close == std::string::npos) break;
    text.erase(open, close + kClose.size() - open);
  }
  return text;
}

}  // namespace

namespace {

bool IsAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

}  // namespace

DocumentView::DocumentView(const Document& doc, const std::vector<Token>& tokens, const std::vector<Entity>& entities,
                           const IndicatorWords& words)
    : doc_(doc), tokens_(tokens), entities_(entities), words_(words) {
  std::uint32_t clause = 0, sentence = 0;  // where the current ones start
  bool in_brackets = false;                  // 市场主体（含企业、个体户）3万户: an aside's 、 ends no clause
  for (std::uint32_t p = 0; p < doc.simplified.size(); ++p) {
    const char32_t c = doc.simplified[p];
    if (p - clause >= kMaxClause) {  // too long for a clause of prose: cut everything here
      clause_ends_.push_back(p);
      major_ends_.push_back(p);
      sentence_ends_.push_back(p);
      clause = sentence = p + 1;
      continue;
    }
    // Most characters are Han or ASCII letters and digits: no list lookup for them.
    if ((c >= 0x4E00 && c < 0xA000) || (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'z')) continue;
    if (c == U'（' || c == U'(') in_brackets = true;
    if (c == U'）' || c == U')') in_brackets = false;
    if (!IsClauseEnd(c, false)) continue;
    // 4,836.1亿美元: a comma between digits groups thousands.
    if (c == U',' && p > 0 && p + 1 < doc.simplified.size() && IsAsciiDigit(doc.simplified[p - 1]) &&
        IsAsciiDigit(doc.simplified[p + 1])) {
      continue;
    }
    if (c == U'、' && in_brackets) continue;
    if (IsSentenceEnd(c)) in_brackets = false;
    clause_ends_.push_back(p);
    clause = p + 1;
    // A sentence too long for prose ends at its next clause end.
    const bool too_long = p - sentence >= kMaxSentence;
    if (IsClauseEnd(c, true) || too_long) major_ends_.push_back(p);
    if (IsSentenceEnd(c) || too_long) {
      sentence_ends_.push_back(p);
      sentence = p + 1;
    }
  }
}

namespace {

// Just after the last end before `pos`, or 0.
std::uint32_t StartBefore(const std::vector<std::uint32_t>& ends, std::uint32_t pos) {
  auto it = std::lower_bound(ends.begin(), ends.end(), pos);
  return it == ends.begin() ? 0 : *std::prev(it) + 1;
}
// The first end at or after `pos`, or `size`.
std::uint32_t EndFrom(const std::vector<std::uint32_t>& ends, std::uint32_t pos, std::size_t size) {
  auto it = std::lower_bound(ends.begin(), ends.end(), pos);
  return it == ends.end() ? static_cast<std::uint32_t>(size) : *it;
}

}  // namespace

std::u32string_view DocumentView::Word(std::size_t k) const {
  const Token& t = tokens_[k];
  return std::u32string_view(doc_.simplified).substr(t.start, t.end - t.start);
}

// Entities are sorted by start and do not overlap (ResolveOverlaps).
int DocumentView::EntityAt(std::uint32_t pos) const {
  auto it = std::upper_bound(entities_.begin(), entities_.end(), pos,
                             [](std::uint32_t p, const Entity& e) { return p < e.start; });
  if (it == entities_.begin()) return -1;
  --it;
  return pos < it->end ? static_cast<int>(it - entities_.begin()) : -1;
}

int DocumentView::EntityOfToken(std::size_t k) const {
  const Token& t = tokens_[k];
  int e = EntityAt(t.start);
  return e >= 0 ? e : EntityAt(t.end - 1);
}

std::size_t DocumentView::TokenFrom(std::uint32_t pos) const {
  auto it = std::lower_bound(tokens_.begin(), tokens_.end(), pos,
                             [](const Token& t, std::uint32_t p) { return t.end <= p; });
  return static_cast<std::size_t>(it - tokens_.begin());
}

std::size_t DocumentView::TokenPastEntity(std::size_t k, int e) const {
  return std::max(k + 1, TokenFrom(entities_[e].end));
}

std::uint32_t DocumentView::SentenceStart(std::uint32_t pos) const { return StartBefore(sentence_ends_, pos); }
std::uint32_t DocumentView::SentenceEnd(std::uint32_t pos) const {
  return EndFrom(sentence_ends_, pos, doc_.simplified.size());
}
std::uint32_t DocumentView::ClauseStart(std::uint32_t pos, bool major) const {
  return StartBefore(major ? major_ends_ : clause_ends_, pos);
}
std::uint32_t DocumentView::ClauseEnd(std::uint32_t pos, bool major) const {
  return EndFrom(major ? major_ends_ : clause_ends_, pos, doc_.simplified.size());
}

bool DocumentView::IsPunct(std::size_t k) const {
  const Token& t = tokens_[k];
  char32_t c = doc_.simplified[t.start];
  return t.end == t.start + 1 && !IsHan(c) && !scan::IsAsciiAlnum(c) && c != U'%';
}

bool DocumentView::Breaks(std::size_t k) const {
  if (IsPunct(k)) return true;
  const std::uint16_t roles = words_.Roles(Word(k));
  if (roles & kAdverb) return IsAdverbBeforeVerb(k);
  if (roles & kGapRoles) return !IsNounBeforeDe(k) && !NamesAKind(k);
  if (roles & (kShare | kChangeHead | kGeneric | kQualifier | kNoun)) return false;
  std::string_view pos = tokens_[k].pos;
  if (pos.empty()) return false;
  if (pos == "v") return !EndsLikeAmount(k);  // 培育创新载体, 助力山区: a verb governs the phrase, it is not part of it
  if (pos[0] == 'x') return !IsHan(doc_.simplified[tokens_[k].start]) || StartsWithListedVerb(k);
  if (pos == "eng") return false;  // B轮融资, IPO企业, AI芯片: Latin letters in a name
  // 粮油食品类零售额, 服装类商品: 类 after a noun names a category, no measure word.
  if (Word(k) == U"类" && k > 0 && tokens_[k - 1].end == tokens_[k].start &&
      (tokens_[k - 1].pos.starts_with("n") || tokens_[k - 1].pos == "vn" || tokens_[k - 1].pos == "j") &&
      EntityOfToken(k - 1) < 0) {
    return false;
  }
  return std::string_view("pcurmqfyeowd").find(pos[0]) != std::string_view::npos;
}

namespace {

bool IsModal(std::u32string_view w) {
  return w == U"可" || w == U"能" || w == U"将" || w == U"可以" || w == U"能够" || w == U"会" || w == U"要";
}

}  // namespace

// 一度超过, 实际增长: a listed adverb before a listed verb (or another
// adverb) links a phrase to its figure; in 实际利用外资 it is part of the name.
bool DocumentView::IsAdverbBeforeVerb(std::size_t k) const {
  if (!HasRole(k, kAdverb)) return false;
  return k + 1 < tokens_.size() && (words_.Roles(Word(k + 1)) & (kVerbRoles | kAdverb)) != 0;
}

// 分季度看, 从结构看, 按经营单位所在地分, 以全年计: a short clause that says how
// the figures after it are broken down. It names no figure, and the figures
// after it belong to the quantity named before it.
bool DocumentView::IsBreakdownClause(std::uint32_t start, std::uint32_t end) const {
  static constexpr std::u32string_view kOpen[] = {U"分", U"从", U"按", U"按照", U"以", U"就"};
  static constexpr std::u32string_view kClose[] = {U"看", U"来看", U"观察", U"分", U"划分", U"计", U"计算", U"而言", U"来说"};
  std::size_t first = TokenFrom(start), last = TokenFrom(end);
  while (first < last && IsPunct(first)) ++first;
  if (last <= first + 1 || last - first > 8) return false;
  --last;
  // 从合同金额上看, 从企业角度看: a topic, which names what the figures after it measure.
  const std::u32string_view topic_end = Word(last - 1);
  if (topic_end == U"上" || topic_end == U"中" || topic_end == U"方面" || topic_end == U"角度") return false;
  auto in = [](std::u32string_view w, const auto& list) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
  return in(Word(first), kOpen) && in(Word(last), kClose);
}

// 已达, 获省, 再减: an unknown word that starts with a listed verb or adverb.
bool DocumentView::StartsWithListedVerb(std::size_t k) const {
  std::u32string_view w = Word(k);
  for (std::size_t n = 1; n < w.size() && n <= 2; ++n) {
    if (words_.Has(w.substr(0, n), kPredicate | kUp | kDown | kRankVerb | kShareVerb | kTogether)) return true;
  }
  return false;
}

// The segmenter tags persons nr, but also nouns it met as names (贡献率,
// 博士生, 丹顶鹤, 文明); those end in characters given names rarely end in,
// or qualify the noun after them (文明单位, 春耕生产).
bool DocumentView::IsPerson(std::size_t k) const {
  static constexpr std::u32string_view kNounEnds = U"率生人员工者震元额量数值费金款价鹤龙虎鸟基明";
  const Token& t = tokens_[k];
  const bool name_tag = t.pos.starts_with("nr"), unknown = t.pos.starts_with("x");
  if (!(name_tag || unknown) || t.end - t.start < 2 || t.end - t.start > 5 || EntityOfToken(k) >= 0) return false;
  if (!std::all_of(doc_.simplified.begin() + t.start, doc_.simplified.begin() + t.end, IsHan)) return false;
  // 某某总统, 议员某某, 女儿某某, 某某夫妇: a name (or a word the segmenter did
  // not know) next to a title or kin word.
  if ((k + 1 < tokens_.size() && HasRole(k + 1, kTitle)) || (k > 0 && HasRole(k - 1, kTitle))) return true;
  if (!name_tag) return false;
  if (kNounEnds.find(doc_.simplified[t.end - 1]) != std::u32string_view::npos) return false;
  if (k + 1 < tokens_.size()) {
    std::string_view next = tokens_[k + 1].pos;
    if (next.starts_with("n") || next.starts_with("a") || next == "vn" || next == "j" || next == "l") return false;
  }
  return true;
}

bool DocumentView::IsUnknownWord(std::size_t k) const {
  const Token& t = tokens_[k];
  // nr too: the segmenter's guesses at names catch fragments (占 + 比达).
  return (t.pos.starts_with("x") || t.pos.starts_with("nr")) && t.end - t.start >= 2 && IsHan(doc_.simplified[t.start]) &&
         words_.Roles(Word(k)) == 0;
}

std::size_t DocumentView::ListedVerbSuffix(std::size_t k) const {
  std::u32string_view w = Word(k);
  for (std::size_t n = 2; n >= 1; --n) {
    if (n < w.size() && words_.Has(w.substr(w.size() - n), kPredicate | kUp | kDown | kRankVerb | kShareVerb)) return n;
  }
  return 0;
}

bool DocumentView::IsNounLike(std::size_t k) const {
  return !IsPunct(k) && EntityOfToken(k) < 0 && !Breaks(k);
}

// 亩均 (亩 + 均), 占比 (占 + 比), 地区 + 生产总值: a listed word the segmenter cut in two.
bool DocumentView::IsSplitListedWord(std::size_t k) const {
  if (k + 1 >= tokens_.size() || tokens_[k].end != tokens_[k + 1].start) return false;
  std::u32string_view t(doc_.simplified);
  std::u32string_view both = t.substr(tokens_[k].start, tokens_[k + 1].end - tokens_[k].start);
  return both.size() <= 6 && words_.Has(both, kShare | kQualifier | kNoun | kGeneric | kChangeHead);
}

// 入场费, 服务费, 中标额: a word of three or more characters ending in a fee,
// amount or rate is a noun whatever its tag (花费, 超额 have two).
bool DocumentView::EndsLikeAmount(std::size_t k) const {
  const std::u32string_view w = Word(k);
  return w.size() >= 3 && (w.back() == U'费' || w.back() == U'额' || w.back() == U'率');
}

bool DocumentView::IsPlainVerb(std::size_t k) const {
  if (EndsLikeAmount(k)) return false;
  return tokens_[k].pos == "v" && (words_.Roles(Word(k)) & ~kPivot) == 0;  // a pivot verb is still a verb
}

// 创纪录的 (a listed verb and its object) stays a predicate.
bool DocumentView::IsNounBeforeDe(std::size_t k) const {
  return tokens_[k].pos.starts_with("n") && words_.Roles(Word(k)) == kPredicate && k + 1 < tokens_.size() &&
         Word(k + 1) == U"的" && !StartsWithListedVerb(k);
}

bool DocumentView::NamesAKind(std::size_t k) const {
  return k + 1 < tokens_.size() && tokens_[k + 1].start == tokens_[k].end && Word(k + 1).starts_with(U"型");
}

bool DocumentView::IsObjectOfVerb(std::size_t k) const {
  if (!IsPlainVerb(k) || Word(k).size() < 2 || k == 0 || IsPunct(k - 1)) return false;
  return tokens_[k - 1].pos.starts_with("v") || HasRole(k - 1, kPredicate | kUp | kDown);
}

// 高, 深厚, 国家级 alone name nothing: a phrase needs a token that is not an
// adjective, a distinguishing word or an adverb.
// A phrase of one character (人, 事) names nothing either, unless listed.
bool DocumentView::HasHead(std::uint32_t start, std::uint32_t end) const {
  if (end - start < 2 && !words_.Has(std::u32string_view(doc_.simplified).substr(start, end - start), kNoun)) {
    return false;
  }
  for (std::size_t k = TokenFrom(start); k < tokens_.size() && tokens_[k].start < end; ++k) {
    if (IsHeadToken(k)) return true;
  }
  return false;
}

// 村边, 场地 (place words) say where, not what: they qualify a head but are none.
bool DocumentView::IsHeadToken(std::size_t k) const {
  std::string_view pos = tokens_[k].pos;
  if (pos.empty() || pos == "an" || std::string_view("abzds").find(pos[0]) == std::string_view::npos) return true;
  return words_.Roles(Word(k)) != 0;
}

bool DocumentView::IsThreshold(int entity) const {
  const Entity& e = entities_[entity];
  if (e.type != "metric") return false;
  std::u32string_view t = std::u32string_view(doc_.simplified).substr(e.start, e.end - e.start);
  return scan::EndsWith(t, t.size(), U"以上") || scan::EndsWith(t, t.size(), U"以下");
}

std::string DocumentView::Text(std::uint32_t s, std::uint32_t e) const {
  return EncodeUtf8(std::u32string_view(doc_.simplified).substr(s, e - s));
}

Phrase DocumentView::LeftPhrase(std::ptrdiff_t last, std::uint32_t floor, std::ptrdiff_t* before) const {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pieces;  // right to left
  std::uint32_t chars = 0;
  std::ptrdiff_t k = last;
  auto take = [&](std::uint32_t s, std::uint32_t e, std::ptrdiff_t next) {
    pieces.emplace_back(s, e);
    chars += e - s;
    k = next;
  };
  const std::u32string& t = doc_.simplified;
  while (k >= 0 && tokens_[k].start >= floor && chars < kMaxChars) {
    const Token& tok = tokens_[k];
    if (k > 0 && IsSplitListedWord(k - 1)) {  // 占比, 亩均: one word cut in two
      take(tokens_[k - 1].start, tok.end, k - 2);
      continue;
    }
    if (int e = EntityOfToken(k); e >= 0) {
      // 年产值10亿元以上企业: a threshold qualifies the counted noun.
      if (pieces.empty() || !IsThreshold(e) || entities_[e].start < floor) break;
      take(entities_[e].start, entities_[e].end, static_cast<std::ptrdiff_t>(TokenFrom(entities_[e].start)) - 1);
      continue;
    }
    const char32_t c = t[tok.start];
    if (tok.end == tok.start + 1 && (c == U'）' || c == U')' || IsCloseQuote(c))) {
      const char32_t open = c == U'）' ? U'（' : c == U')' ? U'(' : c == U'”' ? U'“' : c == U'」' ? U'「' : U'‘';
      const std::uint32_t limit = IsCloseQuote(c) ? kMaxQuote : kMaxAside;
      std::uint32_t p = tok.start;
      while (p > floor && tok.start - p < limit && t[p - 1] != open) --p;
      if (p == floor || t[p - 1] != open) break;
      const auto next = static_cast<std::ptrdiff_t>(TokenFrom(p - 1)) - 1;
      if (IsCloseQuote(c)) {
        take(p - 1, tok.end, next);
      } else {
        k = next;  // (含合作区): an aside, not part of the name
      }
      continue;
    }
    // 减少者占26.9%, 持平者: a verb made a noun by 者 names those it describes.
    if (pieces.empty() && Word(k) == U"者" && k > 0 && tokens_[k - 1].start >= floor &&
        tokens_[k - 1].end == tok.start && tokens_[k - 1].pos.starts_with("v")) {
      take(tokens_[k - 1].start, tok.end, k - 2);
      continue;
    }
    if (pieces.empty() && IsPlainVerb(k) && k > 0 && tokens_[k - 1].start >= floor && IsNounLike(k - 1)) {
      take(tok.start, tok.end, k - 1);  // 科协组织204个, 农户增收800万元: the "verb" is the head
      continue;
    }
    if (pieces.empty() && k == last && IsObjectOfVerb(k)) {
      take(tok.start, tok.end, k - 1);  // 接到举报6起: the object of the verb before, which ends the phrase
      break;
    }
    // 签约金额, 成交总额: a listed verb right before 金额 or 总额 alone names the
    // sum (the figure is not the verb's object; 设立规模达5亿元的基金 is).
    if (pieces.size() == 1 && k + 1 <= last && (words_.Roles(Word(k)) & (kPredicate | kGeneric)) == kPredicate &&
        (Word(k + 1) == U"金额" || Word(k + 1) == U"总额") && pieces.front().first == tokens_[k + 1].start) {
      take(tok.start, tok.end, k - 1);
      continue;
    }
    // 公共服务平台, 综合服务中心: a listed verb after a distinguishing word or
    // a nominal verb (公共, 综合) is part of the name; so is one tagged nominal
    // after a noun before an amount (技术 + 服务 + 收入, 土地 + 储备 + 成本; not
    // 园区 + 服务 + 企业, whose firms are the verb's object, nor 在 + 园区 + 建设 +
    // 总投资, where the noun is a place and the verb the clause's).
    if (!pieces.empty() && k > 0 && tokens_[k - 1].start >= floor &&
        (tokens_[k - 1].pos == "b" || tokens_[k - 1].pos == "vn" ||
         (tokens_[k].pos == "vn" && tokens_[k - 1].pos == "n" && EntityOfToken(k - 1) < 0 &&
          !(k >= 2 && tokens_[k - 2].pos.starts_with("p")) &&
          (EndsLikeAmount(last) || HasRole(last, kNoun | kGeneric | kShare | kChangeHead)))) &&
        words_.Roles(Word(k)) == kPredicate) {
      take(tokens_[k - 1].start, tok.end, k - 2);
      continue;
    }
    if (!pieces.empty() && IsPlainVerb(k)) {
      // 制造业单项冠军示范企业, 实施增资扩产项目: a verb after two nouns, or
      // right after the verb that governs the phrase, modifies the noun;
      // 与企业共建实验室, 助力山区: after one noun or opening the clause it
      // is the predicate.
      std::ptrdiff_t j = k;
      while (j >= 0 && k - j < 2 && tokens_[j].start >= floor && IsPlainVerb(j)) --j;
      bool inside = false;
      if (j >= 1 && tokens_[j - 1].start >= floor) {
        inside = (IsNounLike(j) && IsNounLike(j - 1)) ||
                 (HasRole(j, kPredicate | kUp | kDown) && tokens_[j].pos.starts_with("v"));
      }
      // 与当地企业共建联合实验室: nouns (and 本地-style pronouns) after a
      // preposition or conjunction are a partner, so the verb right after them
      // is the predicate (a second verb still modifies the noun).
      if (j >= 0 && tokens_[j].start >= floor && IsNounLike(j)) {
        std::ptrdiff_t q = j;
        while (q >= 0 && tokens_[q].start >= floor && (IsNounLike(q) || tokens_[q].pos == "r")) --q;
        if (q >= 0 && tokens_[q].start >= floor && !IsPunct(q) &&
            (tokens_[q].pos.starts_with("p") || tokens_[q].pos.starts_with("c"))) {
          if (k - j >= 2) take(tokens_[j + 2].start, tok.end, j + 1);
          break;
        }
      }
      if (!inside) break;
      take(tokens_[j + 1].start, tok.end, j);
      continue;
    }
    if (IsPerson(static_cast<std::size_t>(k))) {  // 张明今年, 李华夫妇: a person is never what is measured
      // 某某总统: the title of the person is not what is measured either.
      if (static_cast<std::size_t>(k) + 1 < tokens_.size() && HasRole(k + 1, kTitle)) pieces.clear();
      break;
    }
    // 国家级现代农业产业园: a time word between nouns qualifies; 今晨气温: opening the phrase it dates it.
    if (tok.pos.starts_with("t") && !(k > 0 && tokens_[k - 1].start >= floor && IsNounLike(k - 1))) break;
    if (Breaks(static_cast<std::size_t>(k))) break;
    take(tok.start, tok.end, k - 1);
  }
  // 每天可生产新能源电池: after a modal verb, a listed noun that is tagged a
  // verb opens the predicate (生产 acts on 电池); it is no part of the name.
  if (pieces.size() >= 2 && k >= 0 && IsModal(Word(k))) {
    const std::size_t opening = TokenFrom(pieces.back().first);
    if (tokens_[opening].start == pieces.back().first && tokens_[opening].end == pieces.back().second &&
        tokens_[opening].pos.starts_with("v") && HasRole(opening, kNoun)) {
      pieces.pop_back();
      k = static_cast<std::ptrdiff_t>(opening);
    }
  }
  *before = k;
  Phrase p;
  if (pieces.empty() || !HasHead(pieces.back().first, pieces.front().second)) return p;
  p.start = pieces.back().first;
  p.end = pieces.front().second;
  for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) p.text += Text(it->first, it->second);
  p.text = WithoutAsides(std::move(p.text));
  return p;
}

Phrase DocumentView::RightPhrase(std::size_t first, std::uint32_t ceiling, bool object) const {
  std::size_t k = first;
  const std::size_t n = tokens_.size();
  // 3家国家级制造业单项冠军, 5家浙江企业, 3家全国标杆中心: the body,
  // place or scope qualifies the noun.
  while (k < n && tokens_[k].end <= ceiling) {
    int e = EntityOfToken(k);
    if (e < 0 && words_.Has(Word(k), kScope)) {
      ++k;
      continue;
    }
    if (e < 0 || (entities_[e].type != "region" && entities_[e].type != "org")) break;
    k = TokenPastEntity(k, e);
  }
  const std::u32string& t = doc_.simplified;
  const std::size_t begin = k;
  std::size_t last_noun = k;  // tokens [begin, last_noun) make the phrase
  std::uint32_t start = k < n ? tokens_[k].start : 0;
  while (k < n && tokens_[k].end <= ceiling && tokens_[k].end - start <= kMaxChars) {
    const Token& tok = tokens_[k];
    if (EntityOfToken(k) >= 0) break;
    // 市议员某某表示, 某某总统: a person with their title names nothing measured.
    if (IsPerson(k) && ((k > 0 && HasRole(k - 1, kTitle)) || (k + 1 < n && HasRole(k + 1, kTitle)))) return Phrase{};
    if (tok.end == tok.start + 1 && IsOpenQuote(t[tok.start])) {
      std::uint32_t p = tok.end;
      while (p < ceiling && p - tok.end < kMaxQuote && !IsCloseQuote(t[p])) ++p;
      if (p >= ceiling || !IsCloseQuote(t[p])) break;
      k = last_noun = TokenFrom(p + 1);
      continue;
    }
    // 为期五天的集中培训: a verb opening the phrase before a noun modifies it.
    if (k == begin && IsPlainVerb(k) && k + 1 < n && tokens_[k + 1].end <= ceiling && IsNounLike(k + 1)) {
      k += 2;
      last_noun = k;
      continue;
    }
    // 样板成果转化中心, 厂区改造项目: a verb between nouns of the phrase modifies
    // the noun after it when that noun ends the clause; 人员担任企业“副总” is a
    // predicate. In an object one noun before the verb is enough (城镇改造试点).
    if (IsPlainVerb(k) && k >= begin + (object ? 1 : 2) && IsNounLike(k - 1) && (object || IsNounLike(k - 2)) &&
        k + 1 < n &&
        tokens_[k + 1].end <= ceiling && IsNounLike(k + 1) && !IsPlainVerb(k + 1) &&
        (k + 2 >= n || tokens_[k + 2].end > ceiling ||
         (IsPunct(k + 2) && !IsOpenQuote(t[tokens_[k + 2].start])))) {
      k += 2;
      last_noun = k;
      continue;
    }
    // 完成15个老旧小区改造。: in an object, a verb ending the clause after its
    // nouns names the work counted.
    if (object && IsPlainVerb(k) && Word(k).size() >= 2 && k > begin && IsNounLike(k - 1) &&
        (k + 1 >= n || tokens_[k + 1].end > ceiling || IsPunct(k + 1))) {
      last_noun = ++k;
      break;
    }
    if (Breaks(k)) break;
    ++k;
    // 越冬水鸟翩然, 5家企业落户: a trailing adjective or verb is not part of it.
    if (IsHeadToken(k - 1) && !IsPlainVerb(k - 1)) last_noun = k;
  }
  Phrase p;
  if (begin >= last_noun || !HasHead(tokens_[begin].start, tokens_[last_noun - 1].end)) return p;
  p.start = tokens_[begin].start;
  p.end = tokens_[last_noun - 1].end;
  p.text = Text(p.start, p.end);
  return p;
}

namespace {

// 但机械产品因…, 而出口…: a conjunction that opens a clause links it to the one before.
bool IsOpeningConjunction(std::u32string_view w) { return w == U"但" || w == U"但是" || w == U"而" || w == U"不过"; }

bool IsReasonWord(std::u32string_view w) { return w == U"因" || w == U"因为" || w == U"由于" || w == U"受"; }

}  // namespace

namespace {

// 在, 于 open a frame of time or place between a subject and its predicate
// (成交额在过去五年，从235亿元增至1066亿元).
bool IsFramingPreposition(std::u32string_view w) { return w == U"在" || w == U"于"; }

// Verbs that open a clause with the amount of a topic before the comma.
bool IsLinkToAmount(std::u32string_view w) {
  return w == U"达" || w == U"达到" || w == U"为" || w == U"超过" || w == U"突破" || w == U"共计" || w == U"合计" ||
         w == U"累计";
}

}  // namespace

Phrase ClauseSubject(const DocumentView& v, std::uint32_t clause_start, std::uint32_t clause_end) {
  if (v.IsBreakdownClause(clause_start, clause_end)) return Phrase{};  // 分季度看
  std::size_t k = v.TokenFrom(clause_start);
  // 2023年，其中, 全市: what only places or times the clause (and its 的: 全省的出口额).
  while (k < v.token_count() && v.token(k).end <= clause_end) {
    int e = v.EntityOfToken(k);
    if (e >= 0 && v.entities()[e].type == "date") {
      k = v.TokenPastEntity(k, e);
    } else if (v.HasRole(k, kScope) || v.IsPunct(k) || IsOpeningConjunction(v.Word(k)) ||
               (v.Word(k) == U"的" && k > 0 && v.HasRole(k - 1, kScope))) {
      ++k;
    } else {
      break;
    }
  }
  // 张明回忆道：: a person is the subject of the clause, but names no figure.
  if (k < v.token_count() && v.IsPerson(k)) return Phrase{};
  Phrase p = v.RightPhrase(k, clause_end);
  if (p.empty()) return p;
  std::size_t after = v.TokenFrom(p.end);
  // 某园区 + 上半年 + 营业额创下新高: a place before the period only locates the
  // subject after it.
  if (after < v.token_count() && v.token(after).start < clause_end) {
    const int e = v.EntityOfToken(after);
    if (e >= 0 && v.entities()[e].type == "date") {
      const std::size_t next = v.TokenPastEntity(after, e);
      if (Phrase subject = v.RightPhrase(next, clause_end); !subject.empty()) {
        p = subject;
        after = v.TokenFrom(p.end);
      }
    }
  }
  // A subject is followed by its predicate (出口额持续增长), not by the clause
  // end or a number (制造一台钢琴).
  // (A topic the clause after takes up with its verb: 营业额，达1.2万亿元.)
  if (after + 1 < v.token_count() && v.Word(after) == U"，" && IsLinkToAmount(v.Word(after + 1))) return p;
  if (after >= v.token_count() || v.token(after).start >= clause_end || v.IsPunct(after)) return Phrase{};
  std::string_view pos = v.token(after).pos;
  // 机械产品因设备订单增加，年增11%: a reason (因, 由于, 受) follows the subject
  // whose figure comes after it.
  if (IsReasonWord(v.Word(after))) return p;
  const bool predicate = v.HasRole(after, kPredicate | kUp | kDown | kRankVerb | kShareVerb | kTogether | kScope | kAdverb) ||
                         pos.starts_with("v") || pos.starts_with("d") || IsFramingPreposition(v.Word(after));
  return predicate ? p : Phrase{};
}

}  // namespace zhcorpus::indicator
