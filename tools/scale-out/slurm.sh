#!/usr/bin/env bash
# Scale-out on a Slurm cluster (docs/scale-out.md): cuts one JSON Lines corpus
# into shards at line ends, submits one array task per shard (shard.sbatch:
# ingest | tag | report -f state) and a merge job that starts when every task
# has succeeded (merge.sbatch, --dependency=afterok), whose report is
# byte-identical to `ingest CORPUS | tag | report` on one machine.
#
#   tools/scale-out/slurm.sh [-n SHARDS] [-f FORMAT] CORPUS.jsonl OUTDIR [-- sbatch flags]
#     -n SHARDS   at most this many shards (default 64)
#     -f FORMAT   report format (table md csv json html state; default table)
#   sbatch flags (e.g. --partition=short --time=2:00:00) go to every job.
# OUTDIR must be on a file system every node sees. It gets shards/ (the cut
# corpus), states/, logs/ and, when the merge job ends, report.FORMAT.
# Prints the merge job's id. INGEST_ARGS, TAG_ARGS, SHARD_INPUT (shard.sh) reach the tasks through
# the environment, as does ZHCORPUS_BIN (default: this checkout's build/bin).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
export ZHCORPUS_SCALE_OUT=$HERE
export ZHCORPUS_BIN=${ZHCORPUS_BIN:-$(cd "$HERE/../../build/bin" && pwd)}
export INGEST_ARGS=${INGEST_ARGS:-} TAG_ARGS=${TAG_ARGS:-} SHARD_INPUT=${SHARD_INPUT:-raw}
shards=64 format=table
while getopts n:f: opt; do
  case $opt in
    n) shards=$OPTARG ;; f) format=$OPTARG ;; *) sed -n '2,17p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 2 ] || { sed -n '2,17p' "$0" >&2; exit 2; }
corpus=$1 outdir=$2; shift 2
[ "${1:-}" = -- ] && shift
[ -f "$corpus" ] || { echo "slurm.sh: $corpus: no such file" >&2; exit 2; }
mkdir -p "$outdir/shards" "$outdir/states" "$outdir/logs"
outdir=$(cd "$outdir" && pwd)
rm -f "$outdir"/shards/part.* "$outdir"/states/*.state

# Whole lines, in corpus order: shard NNNN's state is merged NNNN-th, which the
# report's metric rows (listed in input order) need.
lines=$(wc -l < "$corpus")
per_shard=$(((lines + shards - 1) / shards))
[ "$per_shard" -ge 1 ] || per_shard=1
split -l "$per_shard" -d -a 4 "$corpus" "$outdir/shards/part."
count=$(find "$outdir/shards" -name 'part.*' | wc -l)

array=$(sbatch --parsable --array=0-$((count - 1)) --output="$outdir/logs/shard-%a.log" "$@" \
        "$HERE/shard.sbatch" "$corpus" "$outdir")
array=${array%%;*}
merge=$(sbatch --parsable --dependency=afterok:"$array" --output="$outdir/logs/merge.log" "$@" \
        "$HERE/merge.sbatch" "$outdir" "$format")
echo "slurm.sh: $count shards in array job $array, merge job ${merge%%;*} writes $outdir/report.$format" >&2
echo "${merge%%;*}"
