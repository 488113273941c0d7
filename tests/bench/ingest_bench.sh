#!/bin/sh
# Measures ingest throughput (MB/s) and peak memory (RSS) on plain UTF-8 text.
# Not a test: run by hand, it prints numbers for the README.
#   tests/bench/ingest_bench.sh [build/bin] [input.txt] [copies]
# input defaults to /tmp/bench20.txt (../shared/bench/make_bench_corpus.py builds it).
# Two runs: the single file (speed), then a folder of N copies of it (memory must
# stay near the single-file figure because ingest streams file by file).
set -eu
BIN=${1:-build/bin}
INPUT=${2:-/tmp/bench20.txt}
COPIES=${3:-10}
[ -f "$INPUT" ] || { echo "ingest_bench: no input $INPUT" >&2; exit 2; }
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

# CPU seconds (user + sys) are printed beside wall seconds: on a shared,
# loaded machine the wall clock measures the other jobs as much as ingest.
run() {  # label, inputs...: prints MB, seconds, MB/s (wall and CPU), peak RSS MB
  label=$1; shift
  bytes=$(du -cb "$@" | tail -1 | cut -f1)
  /usr/bin/time -f '%e %U %S %M' -o "$DIR/time" "$BIN/ingest" -q "$@" > /dev/null
  read -r secs user sys rss_kb < "$DIR/time"
  awk -v l="$label" -v b="$bytes" -v s="$secs" -v u="$user" -v y="$sys" -v r="$rss_kb" 'BEGIN {
    mb = b / 1e6; if (s <= 0) s = 0.01; c = u + y; if (c <= 0) c = 0.01
    printf "%-22s %8.1f MB  wall %6.2f s %7.1f MB/s  cpu %6.2f s %7.1f MB/s  peak RSS %6.1f MB\n",
           l, mb, s, mb / s, c, mb / c, r / 1024 }'
}

run "one file" "$INPUT"
mkdir "$DIR/folder"
i=0
while [ "$i" -lt "$COPIES" ]; do cp "$INPUT" "$DIR/folder/part$i.txt"; i=$((i + 1)); done
run "folder of $COPIES copies" "$DIR/folder"
