#!/usr/bin/env bash
# Builds ModelDesk (dev preset) and runs the whole test suite: GoogleTest for
# core, Qt Test offscreen for the ui; then the core tests again under
# AddressSanitizer and UBSan (the asan preset, without the GUI; MODELDESK_ASAN=OFF
# skips it); then every fuzz target (scripts/fuzz.sh) for FUZZ_SECONDS in all
# (default 120; 0 skips them).
# MODELDESK_WERROR=ON (set by .ci/run) turns warnings in ModelDesk's own code into errors.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
modeldesk_install "${MODELDESK_BUILD_PACKAGES[@]}" "${MODELDESK_TEST_PACKAGES[@]}" "${MODELDESK_FUZZ_PACKAGES[@]}"

export QT_QPA_PLATFORM=offscreen
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache) # rebuilds reuse objects
werror=(-DMODELDESK_WERROR="${MODELDESK_WERROR:-OFF}")
cmake --preset dev "${launcher[@]}" "${werror[@]}"
cmake --build --preset dev -j "${JOBS:-2}"
ctest --preset dev -j "${JOBS:-2}"

if [[ "${MODELDESK_ASAN:-ON}" != "OFF" ]]; then
  echo "Core tests under AddressSanitizer and UBSan…"
  cmake --preset asan "${launcher[@]}" "${werror[@]}" -DMODELDESK_BUILD_GUI=OFF >/dev/null
  cmake --build --preset asan -j "${JOBS:-2}" --target core_tests modeldesk-cli
  # Any report fails its test: UBSan stops at the first finding; ASan always does; leaks are checked at exit.
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --preset asan -j "${JOBS:-2}" -L core
fi

if [[ -x scripts/fuzz.sh && "${FUZZ_SECONDS:-120}" != "0" ]]; then
  scripts/fuzz.sh
fi
