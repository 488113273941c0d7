#!/usr/bin/env bash
# Benchmarks our `segment` beside the packaged rival segmenters, in one run, on
# the same 20 MB corpus, and prints one table with ratios. Not a test: run by
# hand from the repository root after a Release build; the README's table
# comes from it.
#
#   tests/bench/segment_bench.sh            # everything (about 5 minutes)
#   REPS=5 RIVALS="icu friso" tests/bench/segment_bench.sh
#
# The rivals (jieba with and without HMM, ICU, friso) are measured by
# ../shared/bench/run_anchors.sh itself (it installs the Debian packages,
# builds the corpus with make_bench_corpus.py and scores SIGHAN 2005 with
# seg_score.py). cppjieba is added from npm's `nodejieba` package when npm is
# there: its headers and dictionaries are unpacked under $OUTDIR and our small
# driver tests/bench/cppjieba_seg.cc is compiled against them; nothing of it is
# committed. Our `segment` and cppjieba are then measured the same way:
#   * throughput: whole-process wall time on the corpus, REPS runs, median;
#     /usr/bin/time for user/sys time and peak RSS;
#   * startup: wall time on an empty input, median of STARTUP_REPS runs, taken
#     with nanosecond clocks (run_anchors.sh's rival figures have /usr/bin/time's
#     10 ms resolution);
#   * sanity: same line count and, whitespace removed, same characters as the input;
#   * SIGHAN 2005 PKU and MSR: seg_score.py with the training word lists
#     (OOV recall), and our own `score seg` must agree with it.
# The machine may be shared and noisy: compare the ratios, not the absolute MB/s.
#
# Env knobs: BIN (build/bin), SHARED (../shared beside the repo or ../../shared), CORPUS
# (/tmp/bench20.txt), OUTDIR (/tmp/segment_bench), REPS (3), STARTUP_REPS (11),
# RIVALS ("jieba_hmm jieba_nohmm icu friso"), CPPJIEBA_PKG (nodejieba@3.5.8;
# empty = no cppjieba).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${BIN:-$ROOT/build/bin}
if [ -z "${SHARED:-}" ]; then  # beside the repository, or beside the worktrees' folder
  SHARED=$ROOT/../shared; [ -d "$SHARED" ] || SHARED=$ROOT/../../shared
fi
BENCH=$SHARED/bench
EVAL=$SHARED/eval/sighan2005
CORPUS=${CORPUS:-/tmp/bench20.txt}
OUTDIR=${OUTDIR:-/tmp/segment_bench}
REPS=${REPS:-3}
STARTUP_REPS=${STARTUP_REPS:-11}
RIVALS=${RIVALS:-jieba_hmm jieba_nohmm icu friso}
CPPJIEBA_PKG=${CPPJIEBA_PKG-nodejieba@3.5.8}
PY=/usr/bin/python3

[ -x "$BIN/segment" ] && [ -x "$BIN/score" ] || { echo "segment_bench: build first ($BIN/segment, $BIN/score)" >&2; exit 2; }
[ -f "$BENCH/run_anchors.sh" ] || { echo "segment_bench: no $BENCH/run_anchors.sh" >&2; exit 2; }
mkdir -p "$OUTDIR"
EMPTY=$OUTDIR/empty.txt; : > "$EMPTY"

# ---------------------------------------------------------------- rivals (shared harness)
# run_anchors.sh builds $CORPUS if missing, so it goes first.
if [ -n "$RIVALS" ]; then
  ONLY="$RIVALS" CORPUS="$CORPUS" OUTDIR="$OUTDIR/anchors" REPS="$REPS" EVAL="$EVAL" \
    bash "$BENCH/run_anchors.sh" > "$OUTDIR/anchors.log"
fi
[ -s "$CORPUS" ] || $PY "$BENCH/make_bench_corpus.py" --out "$CORPUS"

# ---------------------------------------------------------------- cppjieba from npm
OURS="segment"
if [ -n "$CPPJIEBA_PKG" ] && command -v npm >/dev/null; then
  CJ=$OUTDIR/cppjieba
  if [ ! -x "$CJ/cppjieba_seg" ]; then
    rm -rf "$CJ" && mkdir -p "$CJ"
    (cd "$CJ" && npm pack --silent "$CPPJIEBA_PKG" > pack.txt && tar xzf "$(tail -1 pack.txt)")
    src=$CJ/package/submodules/cppjieba
    g++ -O2 -std=c++17 -I "$src/include" -I "$src/deps/limonp/include" \
      "$ROOT/tests/bench/cppjieba_seg.cc" -o "$CJ/cppjieba_seg"
  fi
  OURS="segment cppjieba"
fi

cmd() {  # cmd NAME IN OUT -> CMD array
  case "$1" in
    segment)  CMD=("$BIN/segment" "$2" -o "$3") ;;
    cppjieba) CMD=("$OUTDIR/cppjieba/cppjieba_seg" "$OUTDIR/cppjieba/package/submodules/cppjieba/dict" "$2" "$3") ;;
  esac
}

# ---------------------------------------------------------------- ours and cppjieba
head -n 500 "$CORPUS" > "$OUTDIR/small.txt"
for s in $OURS; do
  echo "== $s" >&2
  cmd "$s" "$OUTDIR/small.txt" "$OUTDIR/$s.small.out"; "${CMD[@]}"   # warm the page cache
  cmd "$s" "$EMPTY" "$OUTDIR/$s.empty.out"
  : > "$OUTDIR/$s.startup"
  for _ in $(seq 1 "$STARTUP_REPS"); do
    t0=$(date +%s%N); "${CMD[@]}"; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000 )) >> "$OUTDIR/$s.startup"          # microseconds
  done
  : > "$OUTDIR/$s.runs"
  for _ in $(seq 1 "$REPS"); do
    cmd "$s" "$CORPUS" "$OUTDIR/$s.bench.out"
    /usr/bin/time -f '%e %U %S %M' -o "$OUTDIR/$s.time" "${CMD[@]}"
    cat "$OUTDIR/$s.time" >> "$OUTDIR/$s.runs"                       # wall user sys rss_kb
  done
  for c in pku msr; do
    [ -f "$EVAL/${c}_test.utf8" ] || continue
    cmd "$s" "$EVAL/${c}_test.utf8" "$OUTDIR/$s.$c.out"; "${CMD[@]}"
    $PY "$BENCH/seg_score.py" "$EVAL/${c}_test_gold.utf8" "$OUTDIR/$s.$c.out" \
      --words "$EVAL/${c}_training_words.utf8" --json > "$OUTDIR/$s.$c.score.json"
    "$BIN/score" seg --gold "$EVAL/${c}_test_gold.utf8" --test "$OUTDIR/$s.$c.out" \
      --words "$EVAL/${c}_training_words.utf8" --json > "$OUTDIR/$s.$c.ours.json"
  done
done

# ---------------------------------------------------------------- table
{
  echo "date: $(date -u +%FT%TZ); host: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "corpus: $CORPUS, $(stat -c %s "$CORPUS") bytes, $(wc -l < "$CORPUS") lines; REPS=$REPS"
  [ -f "$OUTDIR/anchors/versions.txt" ] && grep -E '^(python3-jieba|libicu|friso):' "$OUTDIR/anchors/versions.txt"
  [ -n "${CJ:-}" ] && echo "cppjieba: npm $CPPJIEBA_PKG (submodules/cppjieba), mix mode, g++ -O2"
  echo "segment: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
} > "$OUTDIR/versions.txt"
cat "$OUTDIR/versions.txt"
$PY - "$OUTDIR" "$CORPUS" "$OURS" "$RIVALS" <<'EOF'
import json, os, statistics, sys
outdir, corpus, ours, rivals = sys.argv[1], sys.argv[2], sys.argv[3].split(), sys.argv[4].split()
size = os.path.getsize(corpus)

def faithful(path):
    n, chars = 0, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            n += 1
            chars.append("".join(line.split()))
    return n, "".join(chars)

want = faithful(corpus)
rows = {}
for s in ours:
    runs = [list(map(float, l.split())) for l in open(f"{outdir}/{s}.runs")]
    wall = statistics.median(r[0] for r in runs)
    row = {"mbps": size / 1e6 / wall, "mbps_lo": size / 1e6 / max(r[0] for r in runs),
           "mbps_hi": size / 1e6 / min(r[0] for r in runs),
           "startup": statistics.median(int(l) for l in open(f"{outdir}/{s}.startup")) / 1e6,
           "rss": max(r[3] for r in runs) / 1024, "ok": faithful(f"{outdir}/{s}.bench.out") == want}
    for c in ("pku", "msr"):
        p = f"{outdir}/{s}.{c}.score.json"
        if os.path.exists(p):
            row[c] = json.load(open(p))
            mine = json.load(open(f"{outdir}/{s}.{c}.ours.json"))
            for k in ("correct", "sys_words", "gold_words"):
                if mine[k] != row[c][k]:
                    sys.exit(f"score seg disagrees with seg_score.py on {s} {c}: {k} {mine[k]} vs {row[c][k]}")
            if abs(mine["oov_recall"] - row[c]["oov_recall"]) > 1e-9:
                sys.exit(f"score seg disagrees with seg_score.py on {s} {c} OOV recall")
    rows[s] = row
anchors = f"{outdir}/anchors/results.json"
if rivals and os.path.exists(anchors):
    res = json.load(open(anchors))
    for s in rivals:
        r = res[s]
        rows[s] = {"mbps": r["mbps_median"], "mbps_lo": r["mbps_min"], "mbps_hi": r["mbps_max"],
                   "startup": r["startup_median"], "rss": r["rss_mb_max"], "ok": r["output_faithful"],
                   "pku": r.get("pku"), "msr": r.get("msr")}

me = rows["segment"]
f1 = lambda d, c: f"{d[c]['F1']:.4f}" if d.get(c) else "-"
oov = lambda d, c: f"{d[c]['oov_recall']:.3f}" if d.get(c) else "-"
out = ["| segmenter | MB/s median (range) | our speed × | startup | peak RSS MiB | PKU F1 | MSR F1 | OOV-R PKU / MSR | output ok |",
       "|---|---|---|---|---|---|---|---|---|"]
for s, r in rows.items():
    ratio = "1" if s == "segment" else f"{me['mbps'] / r['mbps']:.1f}"
    st = f"{r['startup'] * 1000:.1f} ms" if r["startup"] < 1 else f"{r['startup']:.2f} s"
    out.append(f"| {s} | {r['mbps']:.2f} ({r['mbps_lo']:.2f}-{r['mbps_hi']:.2f}) | {ratio} | {st} | {r['rss']:.0f} | "
               f"{f1(r, 'pku')} | {f1(r, 'msr')} | {oov(r, 'pku')} / {oov(r, 'msr')} | {'yes' if r['ok'] else 'NO'} |")
tgt = [("MB/s", me["mbps"], ">=", 30), ("startup s", me["startup"], "<=", 0.020), ("peak RSS MiB", me["rss"], "<=", 64)]
for c, f, o in (("pku", 0.86, 0.60), ("msr", 0.86, 0.45)):
    if me.get(c):
        tgt += [(f"{c.upper()} F1", me[c]["F1"], ">=", f), (f"{c.upper()} OOV recall", me[c]["oov_recall"], ">=", o)]
out.append("")
out.append("targets: " + "; ".join(f"{n} {v:.3f} {o} {t}: {'met' if (v >= t if o == '>=' else v <= t) else 'NOT MET'}"
                                   for n, v, o, t in tgt))
open(f"{outdir}/summary.md", "w").write("\n".join(out) + "\n")
print("\n".join(out))
EOF
