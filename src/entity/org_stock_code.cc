// A name right before a stock code in parentheses (某某茅台（600519）, 某盛(2388),
// 某讯控股（00700.HK）) is a listed company, whatever words it is made of. A
// four-digit number that reads as a year (2021) is no code. The name is one to
// three words back to the clause (持有的 + 某盛, 股票 + 某美): no function word,
// number, title or generic noun. Once named so, it is the company wherever the
// article writes it again (see PropagateBrands).
#include <algorithm>

#include "entity/org_heads.h"
#include "entity/org_walk.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::size_t kMaxNameTokens = 3;
constexpr std::uint32_t kMaxNameLength = 8;

bool IsClose(char32_t c) { return c == U')' || c == U'）'; }
bool IsDigit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }
bool IsUpper(char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= U'Ａ' && c <= U'Ｚ'); }

// Whether text at `open` is a stock code in parentheses: 4 to 6 digits, an
// optional exchange suffix (.SH .SZ .HK .TW), then the closing parenthesis.
bool StockCodeAt(std::u32string_view text, std::size_t open) {
  std::size_t p = open + 1, digits = 0;
  int value = 0;
  while (p < text.size() && IsDigit(text[p]) && digits < 7) {
    value = value * 10 + static_cast<int>(text[p] >= U'０' ? text[p] - U'０' : text[p] - U'0');
    ++p, ++digits;
  }
  if (digits < 4 || digits > 6) return false;
  if (digits == 4 && value >= 1900 && value <= 2099) return false;  // a year
  if (p < text.size() && (text[p] == U'.' || text[p] == U'．' || text[p] == U',' || text[p] == U'，')) {
    std::size_t letters = 0;
    for (++p; p < text.size() && IsUpper(text[p]); ++p) ++letters;
    if (letters < 2 || letters > 3) return false;
  }
  return p < text.size() && IsClose(text[p]);
}

bool IsNameWordPos(std::string_view pos) {
  return pos == "x" || pos == "nz" || pos.starts_with("nr") || pos == "n" || pos == "ns" || pos == "j" ||
         pos == "eng" || pos == "vn" || pos == "nt" || pos == "an" || pos == "a" || pos == "v" || pos == "b";
}

// A word the dictionary reads as a numeral but that holds a character of no number
// (四維 of 四維航): a trade name's first word, not a count.
bool IsNumeralLikeName(std::u32string_view w) {
  return std::all_of(w.begin(), w.end(), IsHan) &&
         std::any_of(w.begin(), w.end(), [](char32_t c) { return !InClass(WordClass::kCountChar, c); });
}

}  // namespace

void Walker::FindStockCodes() {
  // Look only where the text opens a parenthesis before a digit.
  for (const std::uint32_t open : Cues()) {
    if ((text_[open] == U'(' || text_[open] == U'（') && open > 0 && open + 1 < text_.size() && IsDigit(text_[open + 1]) &&
        StockCodeAt(text_, open)) {
      AddStockCodeName(open);
    }
  }
}

// The name before the stock code opening at `open`, if any, as a listed company.
void Walker::AddStockCodeName(std::size_t open) {
  const auto& toks = doc_.tokens;
  auto text = [&](std::size_t t) { return text_.substr(toks[t].start, toks[t].end - toks[t].start); };
  const std::size_t k = TokenAt(static_cast<std::uint32_t>(open));
  if (k == 0 || k >= toks.size() || toks[k].start != open || toks[k - 1].end != open) return;
  if (CandidateEndingAt(static_cast<std::uint32_t>(open)) >= 0) return;  // found already (宁德时代)
  // Back over up to three words of the name; a hyphen may join Latin letters to it (F-某美).
  std::size_t first = k;
  while (first > 0 && k - first < kMaxNameTokens) {
    const std::size_t t = first - 1;
    const std::u32string_view w = text(t);
    const bool hyphen = w == U"-" && t > 0 && toks[t - 1].pos == "eng";
    const bool numeral_name = toks[t].pos == "m" && IsNumeralLikeName(w);
    if (!hyphen && !numeral_name && (!IsNameWordPos(toks[t].pos) || (!IsHan(w.front()) && toks[t].pos != "eng"))) break;
    // (Lines of business may end the name, 某国 + 生物 + 制药(01177.HK); other heads may not.)
    const Head* head = w.size() >= 2 ? FindHead(w) : nullptr;
    const bool business = head && head->cls == HeadClass::kIndustry;
    if (!hyphen && (IsGenericNoun(w) || IsTitle(w) || (head && !business))) break;
    // A verb or an adjective only inside the name, never opening it from the clause.
    if ((toks[t].pos == "v" || toks[t].pos == "a") && (t == 0 || IsNameWordPos(toks[t - 1].pos))) break;
    // A distinguishing word (新兴, 袖珍) may open the name after punctuation too, not after a word.
    if (toks[t].pos == "b" && t > 0 && IsNameWordPos(toks[t - 1].pos) && IsHan(text(t - 1).front())) break;
    first = t;
  }
  if (first == k) return;
  const std::uint32_t start = toks[first].start, end = static_cast<std::uint32_t>(open);
  if (end - start < 2 || end - start > kMaxNameLength) return;
  // A name holds a Han character or a capital letter: print(12345) is code.
  const std::u32string_view name = text_.substr(start, end - start);
  if (std::none_of(name.begin(), name.end(), [](char32_t ch) { return IsHan(ch) || IsUpper(ch); })) return;
  AddBrandCompany(start, end, true);
}

}  // namespace zhcorpus::org
