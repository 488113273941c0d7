#!/bin/sh
# Peak memory (RSS) of ingest on large inputs: one big text file, one big JSON
# Lines file, one .tar.gz archive, one JSON array file, one UTF-16 text file.
# ingest reads large inputs in pieces, so the peak should stay near the same
# figure (target: <= 64 MiB) whatever the size.
# Not a test: run by hand, it prints numbers for docs/ingest.md.
#   tests/bench/ingest_memory.sh [build/bin] [text MB] [jsonl MB] [archive MB] [json array MB] [utf-16 MB]
# The inputs are built from /tmp/bench20.txt (../shared/bench/make_bench_corpus.py).
set -eu
BIN=${1:-build/bin}
TEXT_MB=${2:-100}
JSONL_MB=${3:-200}
ARCHIVE_MB=${4:-100}
ARRAY_MB=${5:-500}
UTF16_MB=${6:-200}
SRC=/tmp/bench20.txt
[ -f "$SRC" ] || { echo "ingest_memory: no $SRC" >&2; exit 2; }
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

# Repeats the source text to about N MB.
repeat_to() {  # MB, output
  : > "$2"
  while [ "$(stat -c %s "$2")" -lt $(($1 * 1000000)) ]; do cat "$SRC" >> "$2"; done
}
repeat_to "$TEXT_MB" "$DIR/big.txt"
# One JSON Lines record per line of the source, repeated.
python3 - "$SRC" "$DIR/big.jsonl" "$JSONL_MB" <<'PY'
import json, sys
src, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
paras = [p.strip() for p in open(src, encoding='utf-8').read().split('\n') if len(p.strip()) > 20]
with open(out, 'w', encoding='utf-8') as f:
    written, i = 0, 0
    while written < mb * 1000000:
        line = json.dumps({"id": i, "title": paras[i % len(paras)][:20], "content": paras[i % len(paras)],
                           "time": "2024-03-01 10:00", "source": "bench"}, ensure_ascii=False) + "\n"
        f.write(line); written += len(line.encode()); i += 1
PY
# The same records as one pretty-printed JSON array (the shape of many
# dataset dumps), and the source text as UTF-16LE with a BOM (Windows
# "Unicode" text), each repeated to size.
python3 - "$SRC" "$DIR/big.json" "$ARRAY_MB" "$DIR/big16.txt" "$UTF16_MB" <<'PY'
import json, sys
src, out, mb, out16, mb16 = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
text = open(src, encoding='utf-8').read()
paras = [p.strip() for p in text.split('\n') if len(p.strip()) > 20]
with open(out, 'w', encoding='utf-8') as f:
    f.write('[\n'); written, i = 2, 0
    while written < mb * 1000000:
        rec = ('' if i == 0 else ',\n') + '  ' + json.dumps(
            {"id": i, "title": paras[i % len(paras)][:20], "content": paras[i % len(paras)],
             "time": "2024-03-01 10:00", "source": "bench", "tags": ["a", {"b": [1, 2]}]}, ensure_ascii=False)
        f.write(rec); written += len(rec.encode()); i += 1
    f.write('\n]\n')
with open(out16, 'wb') as f:
    f.write(b'\xff\xfe'); chunk = text.encode('utf-16-le'); written = 2
    while written < mb16 * 1000000:
        f.write(chunk); written += len(chunk)
PY
mkdir -p "$DIR/tree/corpus"
i=0
while [ $((i * 20)) -lt "$ARCHIVE_MB" ]; do cp "$SRC" "$DIR/tree/corpus/part$i.txt"; i=$((i + 1)); done
tar -C "$DIR/tree" -czf "$DIR/corpus.tar.gz" corpus
rm -rf "$DIR/tree"

run() {  # label, input
  /usr/bin/time -f '%e %U %S %M' -o "$DIR/time" "$BIN/ingest" -q "$2" > /dev/null
  read -r secs user sys rss_kb < "$DIR/time"
  awk -v l="$1" -v b="$(stat -c %s "$2")" -v s="$secs" -v u="$user" -v y="$sys" -v r="$rss_kb" 'BEGIN {
    printf "%-24s %8.1f MB on disk  cpu %6.2f s  peak RSS %6.1f MiB\n", l, b / 1e6, u + y, r / 1024 }'
}
run "text, one file" "$DIR/big.txt"
run "JSON Lines" "$DIR/big.jsonl"
run "tar.gz (${ARCHIVE_MB} MB of text)" "$DIR/corpus.tar.gz"
run "JSON array" "$DIR/big.json"
run "UTF-16LE text, one file" "$DIR/big16.txt"
