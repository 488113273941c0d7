#!/usr/bin/env bash
# Scale-out on a Slurm cluster (docs/scale-out.md): cuts one JSON Lines corpus
# into shards at line ends, submits one array task per shard (shard.sbatch:
# ingest | tag | report -f state) and a merge job that starts when every task
# has succeeded (merge.sbatch, --dependency=afterok), whose report is
# byte-identical to `ingest CORPUS | tag | report` on one machine.
#
#   tools/scale-out/slurm.sh [-n SHARDS] [-f FORMAT] [-R] CORPUS.jsonl OUTDIR [-- sbatch flags]
#     -n SHARDS   at most this many shards (default 64)
#     -f FORMAT   report format (table md csv json html state; default table)
#     -R          resume: keep OUTDIR's shards and states, rerun only the shards
#                 without a state (failed, timed out, cancelled), then the merge
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
shards=64 format=table resume=
while getopts n:f:R opt; do
  case $opt in
    n) shards=$OPTARG ;; f) format=$OPTARG ;; R) resume=1 ;; *) sed -n '2,19p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 2 ] || { sed -n '2,19p' "$0" >&2; exit 2; }
corpus=$1 outdir=$2; shift 2
[ "${1:-}" = -- ] && shift
[ -f "$corpus" ] || { echo "slurm.sh: $corpus: no such file" >&2; exit 2; }
mkdir -p "$outdir/shards" "$outdir/states" "$outdir/logs"
outdir=$(cd "$outdir" && pwd)
if [ -z "$resume" ]; then
  rm -f "$outdir"/shards/part.* "$outdir"/states/*.state
  # Whole lines, in corpus order: shard NNNN's state is merged NNNN-th, which
  # the report's metric rows (listed in input order) need.
  lines=$(wc -l < "$corpus")
  per_shard=$(((lines + shards - 1) / shards))
  [ "$per_shard" -ge 1 ] || per_shard=1
  split -l "$per_shard" -d -a 4 "$corpus" "$outdir/shards/part."
fi
count=$(find "$outdir/shards" -name 'part.*' | wc -l)
[ "$count" -gt 0 ] || { echo "slurm.sh: no shards in $outdir/shards (run without -R first)" >&2; exit 2; }

# A task writes its state under a temporary name and renames it when whole, so
# a shard without states/NNNN.state has not succeeded: those are (re)run.
todo=()
for part in "$outdir"/shards/part.*; do
  n=${part##*.}
  [ -f "$outdir/states/$n.state" ] || todo+=($((10#$n)))
done
dependency=()
if [ ${#todo[@]} -gt 0 ]; then
  list=$(IFS=,; echo "${todo[*]}")
  array=$(sbatch --parsable --array="$list" --output="$outdir/logs/shard-%a.log" "$@" \
          "$HERE/shard.sbatch" "$corpus" "$outdir")
  array=${array%%;*}
  dependency=(--dependency=afterok:"$array")
  echo "slurm.sh: ${#todo[@]} of $count shards in array job $array" >&2
else
  echo "slurm.sh: all $count shards have their state" >&2
fi
rm -f "$outdir/report.$format"
merge=$(sbatch --parsable "${dependency[@]}" --output="$outdir/logs/merge.log" "$@" \
        "$HERE/merge.sbatch" "$outdir" "$format")
echo "slurm.sh: merge job ${merge%%;*} writes $outdir/report.$format" >&2
echo "${merge%%;*}"
