#!/usr/bin/env bash
# ctest: tools/scale-out/slurm.sh on a single-node Slurm (munged, slurmctld,
# slurmd) this test configures in a temporary folder, starts and stops: one
# array task per shard, a merge job after them (afterok), and the merged report
# byte-identical to one run. Exit 77 (skipped) where Slurm cannot start here.
#   slurm_test.sh BIN SOURCE_DIR
set -euo pipefail
BIN=$1 SRC=$2
skip() { echo "SKIPPED: $*" >&2; exit 77; }
[ "$(id -u)" = 0 ] || skip "slurmd runs jobs as their user only when started as root"
for t in munged slurmctld slurmd sbatch squeue; do
  command -v "$t" > /dev/null || [ -x "/usr/sbin/$t" ] || skip "$t not installed (apt-get install slurm-wlm munge)"
done
DIR=$(mktemp -d)
chmod 755 "$DIR"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2> /dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2> /dev/null || true; done
  rm -rf "$DIR"
}
trap cleanup EXIT
logs() { tail -n 5 "$DIR"/*.log "$DIR"/out/logs/*.log 2> /dev/null >&2 || true; }

# munge: a throwaway key and socket of our own, beside any system munged.
mkdir -p "$DIR/munge"
chmod 700 "$DIR/munge"
dd if=/dev/urandom of="$DIR/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$DIR/munge/munge.key"
/usr/sbin/munged --force --foreground --key-file="$DIR/munge/munge.key" --socket="$DIR/munge/socket" \
  --pid-file="$DIR/munge/munged.pid" --log-file="$DIR/munged.log" --seed-file="$DIR/munge/seed" > "$DIR/munged.out" 2>&1 &
PIDS+=($!)
for _ in $(seq 20); do [ -S "$DIR/munge/socket" ] && break; sleep 0.2; done
[ -S "$DIR/munge/socket" ] || { logs; skip "munged could not start"; }

host=$(hostname -s)
port=$((20000 + RANDOM % 40000))
mkdir -p "$DIR/state" "$DIR/spool"
cat > "$DIR/slurm.conf" <<CONF
ClusterName=zhcorpustest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$DIR/munge/socket
StateSaveLocation=$DIR/state
SlurmdSpoolDir=$DIR/spool
SlurmctldPidFile=$DIR/slurmctld.pid
SlurmdPidFile=$DIR/slurmd.pid
SlurmctldLogFile=$DIR/slurmctld.log
SlurmdLogFile=$DIR/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
SlurmctldTimeout=30
SlurmdTimeout=30
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$DIR/slurm.conf
/usr/sbin/slurmctld -D -i -f "$SLURM_CONF" > "$DIR/slurmctld.out" 2>&1 &
PIDS+=($!)
/usr/sbin/slurmd -D -f "$SLURM_CONF" > "$DIR/slurmd.out" 2>&1 &
PIDS+=($!)
ready=
for _ in $(seq 50); do
  sinfo -h -o '%t' 2> /dev/null | grep -q '^idle' && { ready=1; break; }
  sleep 0.3
done
[ -n "$ready" ] || { logs; skip "single-node Slurm did not come up (see the logs above)"; }

bash "$SRC/tests/scale_out/make_corpus.sh" "$BIN" "$SRC" 24 > "$DIR/corpus.jsonl"
corpus=$DIR/corpus.jsonl
"$BIN/ingest" -q "$corpus" | "$BIN/tag" -q | "$BIN/report" -q -f md > "$DIR/one.md"

export ZHCORPUS_BIN=$BIN
run_and_check() {  # slurm.sh flags...: waits for the merge job, compares its report
  merge=$("$SRC/tools/scale-out/slurm.sh" "$@" -f md "$corpus" "$DIR/out")
  for _ in $(seq 300); do
    [ -z "$(squeue -h -j "$merge" 2> /dev/null)" ] && break
    sleep 0.3
  done
  states=$(find "$DIR/out/states" -name '*.state' | wc -l)
  if [ ! -f "$DIR/out/report.md" ]; then
    logs
    echo "FAIL: the merge job of slurm.sh $* wrote no report ($states states)" >&2
    exit 1
  fi
  cmp "$DIR/one.md" "$DIR/out/report.md" || { echo "FAIL: slurm.sh $*: merged md report differs from one run's" >&2; exit 1; }
}
run_and_check -n 4
# A shard lost (its task failed or was cancelled): -R reruns that shard only,
# then the merge, and the report is the same.
touch "$DIR/before_resume"
sleep 1
rm "$DIR/out/states/0002.state"
run_and_check -R
rerun=$(find "$DIR/out/states" -name '*.state' -newer "$DIR/before_resume" | xargs -r -n1 basename | tr '\n' ' ')
[ "$rerun" = "0002.state " ] || { echo "FAIL: slurm.sh -R reran '$rerun', not just 0002.state" >&2; exit 1; }
echo "slurm: $states array tasks + afterok merge job on a single-node Slurm, and -R rerunning one lost shard: md identical to one run"
