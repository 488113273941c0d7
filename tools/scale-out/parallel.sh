#!/usr/bin/env bash
# Scale-out with GNU parallel (docs/scale-out.md): cuts one JSON Lines corpus
# into blocks at line ends (--pipepart), runs shard.sh on each block on the
# hosts given (--sshlogin), and merges the states in corpus order into one
# report, byte-identical to `ingest CORPUS | tag | report` on one machine.
#
#   tools/scale-out/parallel.sh [options] CORPUS.jsonl [-- report flags]
#     -S LOGINS   GNU parallel --sshlogin list (default ":" = this machine),
#                 e.g. ":,8/node1,8/node2"; each host needs this checkout and
#                 its build at the same path (ZHCORPUS_BIN), as on a shared home
#     -b BLOCK    block size per shard (default 64M)
#     -j JOBS     jobs per host (default: its cores)
#     -s SSH      ssh command for parallel --ssh (e.g. "ssh -F cluster.conf")
#     -f FORMAT   report format (table md csv json html state; default table)
#     -o FILE     write the report here (default stdout)
#   INGEST_ARGS, TAG_ARGS: extra flags for those steps, sent to every host;
#   SHARD_INPUT=articles: CORPUS is ingest's output already (see shard.sh).
# Exit 0: every shard ran and the report is written; 1: a shard failed (its
# log is on stderr) and no report is written, as it would lack that shard.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
export ZHCORPUS_BIN=${ZHCORPUS_BIN:-$(cd "$HERE/../../build/bin" && pwd)}
export INGEST_ARGS=${INGEST_ARGS:-} TAG_ARGS=${TAG_ARGS:-} SHARD_INPUT=${SHARD_INPUT:-raw}
logins=: block=64M jobs=100% ssh=ssh format=table out=-
while getopts S:b:j:s:f:o: opt; do
  case $opt in
    S) logins=$OPTARG ;; b) block=$OPTARG ;; j) jobs=$OPTARG ;; s) ssh=$OPTARG ;;
    f) format=$OPTARG ;; o) out=$OPTARG ;; *) sed -n '2,19p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { sed -n '2,19p' "$0" >&2; exit 2; }
corpus=$1; shift
[ "${1:-}" = -- ] && shift
[ -f "$corpus" ] || { echo "parallel.sh: $corpus: no such file" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --keep-order prints each block's state in block order: corpus order, which
# the report's metric rows keep. -q quotes the command for the remote shell.
status=0
parallel --pipepart -a "$corpus" --block "$block" --keep-order -j "$jobs" -S "$logins" --ssh "$ssh" \
  --env ZHCORPUS_BIN --env INGEST_ARGS --env TAG_ARGS --env SHARD_INPUT --joblog "$tmp/jobs" \
  -q "$HERE/shard.sh" "$corpus" > "$tmp/states" || status=$?
shards=$(($(wc -l < "$tmp/jobs") - 1))
states=$(grep -c '^{' "$tmp/states" || true)  # a state's head line; its metric rows follow it
if [ "$status" -ne 0 ] || [ "$states" -ne "$shards" ]; then
  echo "parallel.sh: $status of $shards shards failed ($states states); no report written" >&2
  exit 1
fi
"$ZHCORPUS_BIN/report" -q --merge -f "$format" -o "$out" "$@" "$tmp/states"
