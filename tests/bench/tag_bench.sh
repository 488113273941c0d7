#!/bin/sh
# Measures `tag` throughput (MB of text per second, one thread) and peak memory
# on the benchmark corpus, for all four entity types and for regions and
# organisations alone. Not a test: run by hand, it prints numbers for the README.
#   tests/bench/tag_bench.sh [build/bin] [corpus.txt]
# The corpus defaults to /tmp/bench20.txt (../shared/bench/make_bench_corpus.py
# builds it); ingest turns it into article records first (not timed).
# The machine is shared and its speed drifts, so the same run also times the
# packaged ICU segmenter (../shared/bench/icu_seg.cpp, built here if missing)
# and scales our figures by ICU's reference speed on this machine kind
# (12.7 MB/s, ../shared/README.md): "ref-equivalent MB/s".
set -eu
BIN=${1:-build/bin}
SHARED=${SHARED:-$(dirname "$0")/../../../shared}
ICU_REF_MBS=12.7
INPUT=${2:-/tmp/bench20.txt}
[ -f "$INPUT" ] || { echo "tag_bench: no input $INPUT" >&2; exit 2; }
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

# One record per 20 lines, like a folder of short articles.
split -l 20 -a 5 "$INPUT" "$DIR/part-"
mkdir "$DIR/in" && mv "$DIR"/part-* "$DIR/in/"
for f in "$DIR"/in/part-*; do mv "$f" "$f.txt"; done
"$BIN/ingest" -q --one-article "$DIR/in" > "$DIR/records.jsonl"
bytes=$(wc -c < "$INPUT")

# CPU seconds beside wall seconds: on a loaded machine the wall clock measures
# the other jobs as much as tag, so the ref-equivalent figure is also given
# from CPU time (ours and ICU's): "cpu-ref".
run() {  # label, tag flags...
  label=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$DIR/time" "$BIN/tag" -q "$@" "$DIR/records.jsonl" > /dev/null
  read -r secs user sys rss_kb < "$DIR/time"
  echo "$secs" > "$DIR/wall.$label_key"
  awk -v l="$label" -v b="$bytes" -v s="$secs" -v u="$user" -v y="$sys" -v r="$rss_kb" \
      -v icu="$icu_mbs" -v icucpu="$icu_cpu_mbs" -v ref="$ICU_REF_MBS" 'BEGIN {
    mb = b / 1e6; if (s <= 0) s = 0.01; c = u + y; if (c <= 0) c = 0.01
    printf "%-28s %6.1f MB  wall %6.2f s %6.1f MB/s  cpu %6.2f s %6.1f MB/s  peak RSS %6.1f MB",
           l, mb, s, mb / s, c, mb / c, r / 1024
    if (icu != "") printf "  ref-equivalent %6.1f MB/s  cpu-ref %6.1f MB/s", mb / s * ref / icu, mb / c * ref / icucpu
    printf "\n" }'
}

# ICU on the same corpus, now: how fast this machine is at the moment.
icu_mbs=""
icu_cpu_mbs=""
if [ -f "$SHARED/bench/icu_seg.cpp" ]; then
  g++ -O2 -std=c++17 "$SHARED/bench/icu_seg.cpp" -o "$DIR/icu_seg" $(pkg-config --cflags --libs icu-uc icu-i18n)
  /usr/bin/time -f '%e %U %S' -o "$DIR/icu_time" "$DIR/icu_seg" "$INPUT" "$DIR/icu_out" > /dev/null
  read -r icu_secs icu_user icu_sys < "$DIR/icu_time"
  icu_mbs=$(awk -v b="$bytes" -v s="$icu_secs" 'BEGIN { printf "%.2f", b / 1e6 / s }')
  icu_cpu_mbs=$(awk -v b="$bytes" -v s="$icu_user" -v y="$icu_sys" 'BEGIN { c = s + y; if (c <= 0) c = 0.01; printf "%.2f", b / 1e6 / c }')
  echo "ICU segmenter now: $icu_mbs MB/s wall, $icu_cpu_mbs MB/s cpu (reference $ICU_REF_MBS MB/s)"
fi

/usr/bin/time -f '%e' -o "$DIR/start" "$BIN/tag" -q < /dev/null > /dev/null
echo "startup on empty input: $(cat "$DIR/start") s"
label_key=j1 run "all types"
label_key=ro run "region,org" --types region,org
label_key=j2 run "all types, 2 threads" -j 2
# The speed-up only means something when two cores were free for the run.
awk -v a="$(cat "$DIR/wall.j1")" -v b="$(cat "$DIR/wall.j2")" 'BEGIN { if (b > 0) printf "-j 2 vs -j 1 wall speed-up: %.2fx\n", a / b }'
