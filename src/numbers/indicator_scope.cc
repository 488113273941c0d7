// The region and period a figure is about, and the baseline it is compared with.
#include "numbers/indicator_linker.h"

namespace zhcorpus::indicator {

// The nearest region before the figure in its sentence, skipping the scope
// of a rank (居中国第一) and destinations (出口到欧洲); an organisation in a
// known region stands for it (合肥高新区新增15家).
int Linker::RegionFor(std::size_t i, std::uint32_t reference) const {
  const std::uint32_t sentence = v_.SentenceStart(E(i).start);
  for (std::size_t j = i; j-- > 0 && E(j).start >= sentence;) {
    const bool org = E(j).type == "org" && E(j).norm.Get("region").is_string();
    if (E(j).type != "region" && !org) continue;
    if (reference > 0 && E(j).start >= reference) continue;  // 相当于全省的: the reference's place
    std::size_t first = v_.TokenFrom(E(j).start);
    if (first > 0) {
      std::u32string_view w = v_.Word(first - 1);
      if (v_.HasRole(first - 1, kRankVerb | kShareVerb) || w == U"到" || w == U"向" || w == U"往" || w == U"至" ||
          w == U"对" || w == U"赴" || IsBaselineMark(first - 1, false)) {
        continue;
      }
    }
    return static_cast<int>(j);
  }
  return -1;
}

// The nearest date before the figure in its sentence (从2015年的60分增至2024年的88.5分),
// skipping the period a comparison is made with (较去年同期, 是去年的2倍).
int Linker::DateFor(std::size_t i, std::uint32_t reference) const {
  const std::uint32_t sentence = v_.SentenceStart(E(i).start);
  for (std::size_t j = i; j-- > 0 && E(j).start >= sentence;) {
    if (E(j).type != "date" || (reference > 0 && E(j).start >= reference)) continue;
    const std::size_t first = v_.TokenFrom(E(j).start), after = v_.TokenFrom(E(j).end);
    if (first > 0 && IsBaselineMark(first - 1, true)) continue;
    if (first > 0 && (v_.Word(first - 1) == U"是" || v_.Word(first - 1) == U"为") && IsOfAfter(after)) continue;
    return static_cast<int>(j);
  }
  return -1;
}

// 的 or 同期的 at token k: 是去年(同期)的2倍.
bool Linker::IsOfAfter(std::size_t k) const {
  if (k < v_.token_count() && v_.Word(k) == U"同期") ++k;
  return k < v_.token_count() && v_.Word(k) == U"的";
}

// 较, 比, 高于: token k opens the baseline a figure is compared with; for a
// period also 与/同 (与去年同期相比), which before a place more often name a partner.
bool Linker::IsBaselineMark(std::size_t k, bool period) const {
  std::u32string_view w = v_.Word(k);
  if (period && (w == U"与" || w == U"同" || w == U"跟")) return true;
  return w == U"较" || w == U"比" || w == U"相比" || w == U"相较" || w == U"较之" || w == U"对比" ||
         v_.HasRole(k, kCompare);
}

}  // namespace zhcorpus::indicator
