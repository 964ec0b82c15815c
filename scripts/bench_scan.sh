#!/usr/bin/env bash
# Scan benchmark section: builds bench-scan in Release and runs it over 1,000
# small GGUF files (cold scan and rescan from the index, medians of 5 runs).
# Meant to be folded into scripts/bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build/bench}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMODELDESK_BUILD_GUI=OFF >/dev/null
cmake --build "$build" -j"${JOBS:-2}" --target bench-scan >/dev/null
"$build/tests/bench-scan" --files "${FILES:-1000}" --runs "${RUNS:-5}" "$@"
