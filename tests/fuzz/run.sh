#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan; tests/sanitize.sh's build) and runs each for a
# bounded time from its seed corpus. CI runs 60 s each; run longer by hand:
#   bash tests/fuzz/run.sh 3600          # an hour per target
# A crash leaves its input as build-sanitize/crash-*; make it a regression test
# in the normal suite (tests/hostile_input_test.cc) before fixing it.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
# A fixed seed and a fixed number of inputs by default: from a fresh corpus
# (CI's clean clone) every run tries the same inputs, so a red build means a
# change, not luck, and a local run with the same seed and count tries them
# first. A slower machine stops at the time limit: a prefix of the same run.
# For real fuzzing: FUZZ_SEED=0 FUZZ_RUNS=-1 bash tests/fuzz/run.sh 3600
seed=${FUZZ_SEED:-1}
runs=${FUZZ_RUNS:-10000}
BUILD=${FUZZ_BUILD:-build-sanitize}
if [ ! -x "$BUILD/bin/tag_fuzzer" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG" \
    -DZHCORPUS_SANITIZE=ON -DZHCORPUS_BUILD_FUZZERS=ON >&2
  cmake --build "$BUILD" -j "$(nproc)" >&2
fi
# The state target starts from a real state written by the report just built.
"$BUILD/bin/report" -q -f state tests/fuzz/seeds/report/records.jsonl > "$BUILD/state.seed"
failed=0
for fuzzer in "$BUILD"/bin/*_fuzzer; do
  name=$(basename "$fuzzer" _fuzzer)
  corpus="$BUILD/corpus/$name"
  mkdir -p "$corpus"
  seeds="$PWD/tests/fuzz/seeds/$name"
  [ "$name" = state ] && cp "$BUILD/state.seed" "$corpus/"
  echo "fuzz: $name for ${seconds}s" >&2
  if ! (cd "$BUILD" && "bin/$(basename "$fuzzer")" -max_total_time="$seconds" -runs="$runs" -seed="$seed" -timeout=20 -rss_limit_mb=2048 \
          -max_len=65536 -print_final_stats=1 "corpus/$name" "$seeds" 2> "fuzz-$name.log"); then
    echo "fuzz: $name FAILED (see $BUILD/fuzz-$name.log)" >&2
    tail -40 "$BUILD/fuzz-$name.log" >&2
    failed=1
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$BUILD/fuzz-$name.log" | tr '\n' ' ' >&2
    echo >&2
  fi
done
exit $failed
