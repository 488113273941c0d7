#!/bin/sh
# Times `tag` producing the tagged benchmark corpus and `report` reading it back,
# in one run, and prints how many times faster report is (issue 6 asks for at
# least 5x). Not a test: run by hand from the repository root after a Release
# build; the README's figures come from it.
#
#   tests/bench/report_bench.sh                  # REPS=3
#   REPS=5 FORMATS="table json" tests/bench/report_bench.sh
#
# INPUT is the 20 MB benchmark corpus as JSON Lines records (/tmp/bench20.jsonl,
# from ../shared/bench/make_bench_corpus.py's /tmp/bench20.txt cut into records
# of about 20 lines). Each rep runs `tag -q` (one thread, its default) on INPUT
# into TAGGED, then `report -f FORMAT` on TAGGED for each format. Times are
# medians over REPS of /usr/bin/time's wall time and CPU time (user + sys); the
# machine may be shared, so CPU time is the steadier ratio. Peak RSS is the
# largest seen. A last step reads COPIES copies of TAGGED through a pipe: its
# peak RSS should match one copy's, as report grows with distinct keys only.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${BIN:-$ROOT/build/bin}
INPUT=${INPUT:-/tmp/bench20.jsonl}
TAGGED=${TAGGED:-/tmp/bench20_tagged.jsonl}
REPS=${REPS:-3}
FORMATS=${FORMATS:-table json html state}
COPIES=${COPIES:-4}
[ -f "$INPUT" ] || { echo "report_bench: no input $INPUT" >&2; exit 2; }
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

timed() {  # label, command...: appends "wall cpu rss_kb" to $DIR/label
  label=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$DIR/t" "$@"
  awk '{ printf "%s %.2f %d\n", $1, $2 + $3, $4 }' "$DIR/t" >> "$DIR/$label"
}

median() {  # file, column: the median of that column
  sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'
}

rep=0
while [ "$rep" -lt "$REPS" ]; do
  timed tag "$BIN/tag" -q "$INPUT" -o "$TAGGED"
  for f in $FORMATS; do timed "report_$f" "$BIN/report" -q -f "$f" -o "$DIR/out.$f" "$TAGGED"; done
  rep=$((rep + 1))
done
timed "json_x$COPIES" sh -c 'i=0; while [ $i -lt "$1" ]; do cat "$2"; i=$((i + 1)); done | "$3/report" -q -f json -o /dev/null' \
  sh "$COPIES" "$TAGGED" "$BIN"

in_mb=$(du -b "$INPUT" | cut -f1); tagged_mb=$(du -b "$TAGGED" | cut -f1)
echo "input $INPUT: $(wc -l < "$INPUT") records, $((in_mb / 1000000)) MB; tagged: $((tagged_mb / 1000000)) MB; $REPS reps, medians"
tag_wall=$(median "$DIR/tag" 1); tag_cpu=$(median "$DIR/tag" 2)
printf '%-14s %8s %8s %10s %12s %12s\n' step wall_s cpu_s peak_MB x_tag_wall x_tag_cpu
for label in tag $(for f in $FORMATS; do echo "report_$f"; done) "json_x$COPIES"; do
  wall=$(median "$DIR/$label" 1); cpu=$(median "$DIR/$label" 2)
  rss=$(sort -n -k3 "$DIR/$label" | tail -1 | cut -d' ' -f3)
  awk -v l="$label" -v w="$wall" -v c="$cpu" -v r="$rss" -v tw="$tag_wall" -v tc="$tag_cpu" 'BEGIN {
    if (w <= 0) w = 0.01; if (c <= 0) c = 0.01
    printf "%-14s %8.2f %8.2f %10.1f %11.1fx %11.1fx\n", l, w, c, r / 1024, tw / w, tc / c }'
done
