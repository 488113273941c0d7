#!/usr/bin/env bash
# ctest: tools/scale-out/parallel.sh across two "hosts" (this machine and an
# sshd the test starts on 127.0.0.1 with throwaway keys) gives byte for byte the
# report one run gives. Exit 77 (skipped) where GNU parallel or sshd cannot run.
#   parallel_ssh_test.sh BIN SOURCE_DIR
set -euo pipefail
BIN=$1 SRC=$2
skip() { echo "SKIPPED: $*" >&2; exit 77; }
command -v parallel > /dev/null || skip "GNU parallel not installed (apt-get install parallel)"
[ -x /usr/sbin/sshd ] || skip "sshd not installed (apt-get install openssh-server)"
command -v ssh-keygen > /dev/null || skip "ssh-keygen not installed"
DIR=$(mktemp -d)
SSHD_PID=
cleanup() { [ -n "$SSHD_PID" ] && kill "$SSHD_PID" 2> /dev/null; rm -rf "$DIR"; }
trap cleanup EXIT

# Throwaway host and user keys; sshd accepts only this user key, on loopback.
ssh-keygen -q -t ed25519 -N '' -f "$DIR/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$DIR/user_key"
cp "$DIR/user_key.pub" "$DIR/authorized_keys"
chmod 700 "$DIR"
[ "$(id -u)" = 0 ] && mkdir -p /run/sshd  # privilege separation needs it when root
start_sshd() {  # port
  cat > "$DIR/sshd_config" <<CONF
Port $1
ListenAddress 127.0.0.1
HostKey $DIR/host_key
AuthorizedKeysFile $DIR/authorized_keys
PidFile $DIR/sshd.pid
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
PubkeyAuthentication yes
CONF
  /usr/sbin/sshd -D -e -f "$DIR/sshd_config" -E "$DIR/sshd.log" &
  SSHD_PID=$!
  cat > "$DIR/ssh_config" <<CONF
Host testhost
  HostName 127.0.0.1
  Port $1
  User $(id -un)
  IdentityFile $DIR/user_key
  IdentitiesOnly yes
  StrictHostKeyChecking no
  UserKnownHostsFile $DIR/known_hosts
  BatchMode yes
  LogLevel ERROR
CONF
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    ssh -F "$DIR/ssh_config" testhost true 2> /dev/null && return 0
    kill -0 "$SSHD_PID" 2> /dev/null || break
    sleep 0.3
  done
  kill "$SSHD_PID" 2> /dev/null; wait "$SSHD_PID" 2> /dev/null; SSHD_PID=
  return 1
}
started=
for _ in 1 2 3 4 5; do
  port=$((20000 + RANDOM % 40000))
  start_sshd "$port" && { started=1; break; }
done
[ -n "$started" ] || skip "sshd could not start on 127.0.0.1 ($(tail -n 2 "$DIR/sshd.log" 2> /dev/null | tr '\n' ' '))"

bash "$SRC/tests/scale_out/make_corpus.sh" "$BIN" "$SRC" 40 > "$DIR/corpus.jsonl"
corpus=$DIR/corpus.jsonl
# One run on one machine, as a user would without scale-out.
"$BIN/ingest" -q "$corpus" | "$BIN/tag" -q | "$BIN/report" -q -f state > "$DIR/one.state"
"$BIN/report" -q --merge -f md "$DIR/one.state" > "$DIR/one.md"
"$BIN/ingest" -q "$corpus" | "$BIN/tag" -q | "$BIN/report" -q -f md > "$DIR/one_direct.md"
cmp "$DIR/one.md" "$DIR/one_direct.md"

# Blocks of 32 KB: about 8 shards, one job at a time on each of the two hosts.
export ZHCORPUS_BIN=$BIN
before=$(grep -c 'Accepted publickey' "$DIR/sshd.log" || true)
"$SRC/tools/scale-out/parallel.sh" -j 1 -S :,testhost -s "ssh -F $DIR/ssh_config" -b 32k -f state \
  -o "$DIR/merged.state" "$corpus"
remote=$(($(grep -c 'Accepted publickey' "$DIR/sshd.log" || true) - before))
[ "$remote" -ge 1 ] || { echo "FAIL: the ssh host ran no shard (sshd log: $remote logins)" >&2; exit 1; }
if ! cmp "$DIR/one.state" "$DIR/merged.state"; then
  echo "FAIL: merged state differs from one run's" >&2
  exit 1
fi
"$SRC/tools/scale-out/parallel.sh" -j 1 -S :,testhost -s "ssh -F $DIR/ssh_config" -b 32k -f md \
  -o "$DIR/merged.md" "$corpus"
cmp "$DIR/one.md" "$DIR/merged.md" || { echo "FAIL: merged md report differs from one run's" >&2; exit 1; }
echo "parallel_ssh: $(($(wc -c < "$corpus") / 1024)) KB in 32 KB shards on 2 hosts ($remote shards over ssh): state and md identical to one run"
