#!/usr/bin/env bash
# The hostile-input check before a release (docs/robustness.md):
# one clang build with AddressSanitizer + UndefinedBehaviorSanitizer (any
# finding aborts, so it fails) that also holds the libFuzzer targets; then
#   1. the whole GoogleTest suite under the sanitizers,
#   2. the main pipeline on the bundled samples under them,
#   3. every fuzz target from its seeds: 10 000 inputs from a fixed seed, at
#      most FUZZ_SECONDS (default 60) each (tests/fuzz/run.sh says why).
#   bash tests/sanitize.sh            # needs: apt-get install clang libclang-rt-14-dev
#   FUZZ_SEED=0 FUZZ_RUNS=-1 FUZZ_SECONDS=3600 bash tests/sanitize.sh   # real fuzzing
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${SANITIZE_BUILD:-build-sanitize}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# -O1: a sanitized build is for finding faults, and compiles twice as fast.
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG" \
  -DZHCORPUS_SANITIZE=ON -DZHCORPUS_BUILD_FUZZERS=ON >&2
cmake --build "$BUILD" -j "$(nproc)" >&2

echo "sanitize: test suite" >&2
# Without the packaging and scale-out recipe tests: they check installs and
# shell recipes, and the pipeline below runs the tools under the sanitizers.
(cd "$BUILD" && ctest --output-on-failure -j "$(nproc)" --timeout 600 -E '^(consumer_project|scale_out_)')

echo "sanitize: pipeline on data/samples" >&2
"$BUILD/bin/ingest" -q data/samples | "$BUILD/bin/tag" -q --tokens --pos -j 2 |
  tee "$BUILD/samples.tagged.jsonl" | "$BUILD/bin/report" -q -f html -o "$BUILD/samples.html"
"$BUILD/bin/report" -q -f state "$BUILD/samples.tagged.jsonl" -o "$BUILD/samples.state"
"$BUILD/bin/report" -q --merge "$BUILD/samples.state" -f json -o /dev/null
"$BUILD/bin/concord" -q -w 企业 "$BUILD/samples.tagged.jsonl" -o /dev/null
"$BUILD/bin/stats" -q ngrams "$BUILD/samples.tagged.jsonl" -o /dev/null
"$BUILD/bin/export-corpus" -q "$BUILD/samples.tagged.jsonl" -o /dev/null

FUZZ_BUILD="$BUILD" bash tests/fuzz/run.sh "${FUZZ_SECONDS:-60}"
