#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a working zhcorpus:
#   bash tools/bootstrap.sh demo   install, build, run `ingest data/samples | tag | report`
#   bash tools/bootstrap.sh test   install, build, run every test (what CI runs)
# Idempotent; runs as root without prompts (uses sudo when not root).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-demo}
BUILD=${BUILD:-build}

# Debian packages the build, the tests and the data scripts need.
PACKAGES=(build-essential cmake pkg-config libicu-dev libcli11-dev nlohmann-json3-dev
          libspdlog-dev libgtest-dev libgumbo-dev libarchive-dev)
[ "$mode" = test ] && PACKAGES+=(chromium)
# The scale-out recipe tests (#16): GNU parallel over ssh to a local sshd, and a
# single-node Slurm with munge; they skip with a message where these cannot start.
[ "$mode" = test ] && PACKAGES+=(parallel openssh-server openssh-client slurm-wlm munge)
# The hostile-input check (#14, tests/sanitize.sh): clang with its sanitizer
# and libFuzzer runtimes.
[ "$mode" = test ] && PACKAGES+=(clang libclang-rt-14-dev)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >&2
cmake --build "$BUILD" -j "$(nproc)" >&2

case "$mode" in
  demo)
    pipeline=("$BUILD/bin/ingest" data/samples)
    if [ -x "$BUILD/bin/tag" ] && [ -x "$BUILD/bin/report" ]; then
      # --tokens --pos: the report's keywords section needs the words.
      "$BUILD/bin/ingest" data/samples | "$BUILD/bin/tag" --tokens --pos | "$BUILD/bin/report" --format table
    else
      "${pipeline[@]}"
    fi
    ;;
  test)
    (cd "$BUILD" && ctest --output-on-failure -j "$(nproc)")
    # The suite, the pipeline and every fuzz target again under ASan + UBSan.
    bash tests/sanitize.sh
    ;;
  *)
    echo "usage: bash tools/bootstrap.sh [demo|test]" >&2
    exit 2
    ;;
esac
