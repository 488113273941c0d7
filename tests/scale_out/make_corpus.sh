#!/usr/bin/env bash
# Test corpus for the scale-out tests: data/samples' articles as raw JSON Lines
# records, repeated COPIES times with new ids (so no two blocks are alike).
#   make_corpus.sh BIN SOURCE_DIR COPIES > corpus.jsonl
set -euo pipefail
"$1/ingest" -q "$2/data/samples" > "${TMPDIR:-/tmp}/scale_out_articles.$$"
for ((c = 0; c < $3; c++)); do
  sed "s/^{\"id\":\"/{\"id\":\"copy$c-/" "${TMPDIR:-/tmp}/scale_out_articles.$$"
done
rm -f "${TMPDIR:-/tmp}/scale_out_articles.$$"
