#include "segment/hmm.h"

namespace zhcorpus::segment {
namespace {

constexpr double kMinLogProb = -3.14e100;
// The states each state may be reached from (jieba's PrevStatus).
constexpr int kPrev[4][2] = {{kE, kS}, {kM, kB}, {kB, kM}, {kS, kE}};

}  // namespace

void HmmSplit(const CompiledDictionary& dict, std::u32string_view run, std::vector<double>* scratch,
              std::vector<std::uint8_t>* path, std::vector<std::uint32_t>* lengths) {
  const std::size_t n = run.size();
  if (n == 0) return;
  const DictHeader& h = dict.header();
  scratch->assign(n * 4, kMinLogProb);
  path->assign(n * 4, 0);
  double* v = scratch->data();
  // The character's emissions, looked up once for its four states.
  auto emit = [](const float* e, int s) { return e && e[s] > -1e30f ? static_cast<double>(e[s]) : kMinLogProb; };
  const float* first = dict.Emit(run[0]);
  for (int s = 0; s < 4; ++s) v[s] = h.start[s] + emit(first, s);
  for (std::size_t t = 1; t < n; ++t) {
    const float* emissions = dict.Emit(run[t]);
    for (int s = 0; s < 4; ++s) {
      const double e = emit(emissions, s);
      double best = kMinLogProb * 4;
      std::uint8_t from = static_cast<std::uint8_t>(kPrev[s][0]);
      for (int p : kPrev[s]) {
        const double score = v[(t - 1) * 4 + p] + h.trans[p][s] + e;
        if (score > best) { best = score; from = static_cast<std::uint8_t>(p); }
      }
      v[t * 4 + s] = best;
      (*path)[t * 4 + s] = from;
    }
  }
  // A word ends the run: the last state is E or S.
  int state = v[(n - 1) * 4 + kE] >= v[(n - 1) * 4 + kS] ? kE : kS;
  // The best state sequence, traced back (per-thread buffer: no allocation per run).
  thread_local std::vector<std::uint8_t> seq;
  seq.resize(n);
  for (std::size_t t = n; t-- > 0;) {
    seq[t] = static_cast<std::uint8_t>(state);
    state = (*path)[t * 4 + state];
  }
  std::uint32_t len = 0;
  for (std::size_t t = 0; t < n; ++t) {
    ++len;
    if (seq[t] == kE || seq[t] == kS) { lengths->push_back(len); len = 0; }
  }
  if (len) lengths->push_back(len);
}

}  // namespace zhcorpus::segment
