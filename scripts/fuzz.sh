#!/usr/bin/env bash
# Fuzzes the GGUF header reader: builds the libFuzzer target with clang
# (ASan + UBSan, core instrumented too; the `fuzz` preset), writes a seed
# corpus from the test fixtures and runs for FUZZ_SECONDS (default 60).
# Fails on any crash, leak, sanitizer report or timeout; the input that
# caused it is left in build/fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
modeldesk_install "${MODELDESK_FUZZ_PACKAGES[@]}"

seconds="${FUZZ_SECONDS:-60}"
# A fixed seed makes a failure in CI reproducible here; FUZZ_SEED=0 picks one at random.
seed="${FUZZ_SEED:-20261201}"
build=build/fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "${JOBS:-2}" --target gguf_fuzz make_gguf_corpus

seeds="$build/gguf-seeds"      # rewritten each run from the fixtures
corpus="$build/gguf-corpus"    # grows across runs
artifacts="$build/artifacts"
rm -rf "$seeds"
mkdir -p "$corpus" "$artifacts"
"$build/tests/fuzz/make_gguf_corpus" "$seeds"

echo "Fuzzing the GGUF reader for ${seconds}s (seed $seed)…"
status=0
"$build/tests/fuzz/gguf_fuzz" "$corpus" "$seeds" \
  -seed="$seed" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 2>"$build/fuzz.log" || status=$?
tail -n 25 "$build/fuzz.log"
if [[ $status -ne 0 ]]; then
  echo "The fuzzer found a problem (exit $status); inputs in $artifacts/, full log in $build/fuzz.log" >&2
  exit 1
fi
echo "Fuzzing clean."
