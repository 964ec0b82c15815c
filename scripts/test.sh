#!/usr/bin/env bash
# Builds ModelDesk (dev preset) and runs the whole test suite: GoogleTest for
# core, Qt Test offscreen for the ui, then every fuzz target (scripts/fuzz.sh)
# for FUZZ_SECONDS in all (default 120; 0 skips them).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
modeldesk_install "${MODELDESK_BUILD_PACKAGES[@]}" "${MODELDESK_TEST_PACKAGES[@]}" "${MODELDESK_FUZZ_PACKAGES[@]}"

export QT_QPA_PLATFORM=offscreen
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache) # rebuilds reuse objects
cmake --preset dev "${launcher[@]}"
cmake --build --preset dev -j "${JOBS:-2}"
ctest --preset dev -j "${JOBS:-2}"

if [[ -x scripts/fuzz.sh && "${FUZZ_SECONDS:-120}" != "0" ]]; then
  scripts/fuzz.sh
fi
