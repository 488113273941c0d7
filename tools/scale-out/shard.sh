#!/usr/bin/env bash
# One shard of a scale-out run (docs/scale-out.md): raw article records (JSON
# Lines, any piece of CORPUS cut at line ends) on stdin, one report state line
# on stdout:  ingest --stdin-name CORPUS | tag | report -f state
#
#   shard.sh CORPUS < piece > piece.state
#
# CORPUS is the file the piece was cut from, as the one-run command names it:
# the records' ids and source come from it, so the merged report equals one run.
# ZHCORPUS_BIN: the tools' folder (default: this checkout's build/bin);
# INGEST_ARGS, TAG_ARGS: extra flags for those steps (the same for every shard).
# A bad record is named on stderr and skipped, as in one run, and does not fail
# the shard; any other failure of a step does (exit 2 or more).
set -uo pipefail
BIN=${ZHCORPUS_BIN:-$(cd "$(dirname "$0")/../../build/bin" && pwd)}
# SHARD_INPUT=articles: the corpus is already ingest's output (a folder of pages
# run through `ingest corpus/ -o articles.jsonl` once): tag | report only.
# shellcheck disable=SC2086  # the ARGS variables are lists of flags
if [ "${SHARD_INPUT:-raw}" = articles ]; then
  "$BIN/tag" -q ${TAG_ARGS:-} | "$BIN/report" -q -f state
else
  "$BIN/ingest" -q --stdin-name "$1" ${INGEST_ARGS:-} - | "$BIN/tag" -q ${TAG_ARGS:-} | "$BIN/report" -q -f state
fi
codes=("${PIPESTATUS[@]}")
worst=0
for c in "${codes[@]}"; do [ "$c" -gt "$worst" ] && worst=$c; done
[ "$worst" -le 1 ] && exit 0
echo "shard.sh: a step failed (exit codes ${codes[*]})" >&2
exit "$worst"
