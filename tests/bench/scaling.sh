#!/bin/sh
# Scaling benchmark (issue 16): the whole pipeline on corpora of growing size,
# wall time, MB/s and peak RSS of every step. Not a test (a 3 GB run takes most
# of an hour on 2 cores): run by hand from the repository root after a Release
# build; docs/scaling.md shows its figures.
#
#   tests/bench/scaling.sh                    # SIZES="100 1000 3000" (MB)
#   SIZES="100 1000" OUT=/tmp/scaling tests/bench/scaling.sh
#
# Each size's corpus is JSON Lines of raw articles built from the benchmark text
# by make_scale_corpus.py (/tmp/bench20.txt, see ../shared/bench). Steps run one
# after another through files, so each has its own /usr/bin/time -v figures:
#   ingest  corpus.jsonl          -> articles.jsonl
#   tag     articles.jsonl        -> tagged.jsonl     (one thread, TAG_FLAGS)
#   report  tagged.jsonl -f json  (the whole report)
#   state   tagged.jsonl cut into SHARD_MB pieces (default 64), report -f state
#           on each: what the shards of a scale-out run do (RSS: the largest)
#   merge   report --merge of those states -f json, checked equal to `report`
# MB/s is the corpus's MB (10^6 bytes) over the step's wall time, so steps and
# sizes compare on one scale. Appends to OUT/scaling.csv and redraws
# OUT/scaling.svg (plot_scaling.py). Intermediate files are removed per size.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${BIN:-$ROOT/build/bin}
SIZES=${SIZES:-100 1000 3000}
OUT=${OUT:-/tmp/scaling}
WORK=${WORK:-$OUT/work}
TAG_FLAGS=${TAG_FLAGS:-}
SHARD_MB=${SHARD_MB:-64}
mkdir -p "$OUT" "$WORK"
CSV=$OUT/scaling.csv
[ -f "$CSV" ] || echo "date,size_mb,step,wall_s,cpu_s,mb_per_s,peak_rss_mib,output_mb" > "$CSV"

step() {  # size_mb, name, output file, command...
  size=$1 name=$2 output=$3; shift 3
  /usr/bin/time -v -o "$WORK/time.txt" "$@"
  awk -v date="$(date -u +%Y-%m-%d)" -v size="$size" -v name="$name" \
      -v out_bytes="$(stat -c %s "$output")" -v corpus="$corpus_bytes" '
    /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); wall = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
    /User time/   { cpu += $NF }
    /System time/ { cpu += $NF }
    /Maximum resident set size/ { rss = $NF / 1024 }
    END { printf "%s,%d,%s,%.2f,%.2f,%.2f,%.1f,%.1f\n", date, size, name, wall, cpu,
                 corpus / 1e6 / (wall > 0 ? wall : 0.01), rss, out_bytes / 1e6 }' \
      "$WORK/time.txt" | tee -a "$CSV"
}

for size in $SIZES; do
  corpus=$WORK/corpus$size.jsonl
  python3 "$ROOT/tests/bench/make_scale_corpus.py" "$size" "$corpus"
  corpus_bytes=$(stat -c %s "$corpus")
  step "$size" ingest "$WORK/articles.jsonl" "$BIN/ingest" -q "$corpus" -o "$WORK/articles.jsonl"
  rm -f "$corpus"
  # shellcheck disable=SC2086  # TAG_FLAGS is a list of flags
  step "$size" tag "$WORK/tagged.jsonl" "$BIN/tag" -q $TAG_FLAGS "$WORK/articles.jsonl" -o "$WORK/tagged.jsonl"
  rm -f "$WORK/articles.jsonl"
  step "$size" report "$WORK/report.json" "$BIN/report" -q -f json "$WORK/tagged.jsonl" -o "$WORK/report.json"
  # As a scale-out run does: shards of SHARD_MB, a state each, then one merge.
  step "$size" state "$WORK/tagged.jsonl" split -C "${SHARD_MB}M" -d -a 4 \
    --filter="\"$BIN/report\" -q -f state > \"\$FILE.state\"" "$WORK/tagged.jsonl" "$WORK/shard."
  rm -f "$WORK/tagged.jsonl"
  step "$size" merge "$WORK/merged.json" sh -c '"$1" -q --merge -f json -o "$2" "$3"/shard.*.state' merge \
    "$BIN/report" "$WORK/merged.json" "$WORK"
  cmp -s "$WORK/report.json" "$WORK/merged.json" || echo "scaling: merged report differs from one run's" >&2
  rm -f "$WORK"/shard.*.state "$WORK/report.json" "$WORK/merged.json"
  python3 "$ROOT/tests/bench/plot_scaling.py" "$CSV" "$OUT/scaling.svg"
done
