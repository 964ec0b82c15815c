#!/usr/bin/env bash
# Fuzzes every reader of outside input (tests/fuzz: GGUF headers,
# Modelfiles, Ollama's NDJSON streams and JSON replies, Ollama manifests and
# stores, the Hugging Face and ModelScope caches, ModelDesk's own state
# files, split-file names, the template plan). Builds the libFuzzer targets
# with clang (ASan + UBSan, core instrumented too; the `fuzz` preset), writes
# each target's seed corpus from the test fixtures and the fake Ollama
# server, then runs each target for its share of FUZZ_SECONDS (default 120).
# Prints `fuzz TARGET: clean (N runs)` per target, or the failing input.
# The corpus grows across runs in build/fuzz/corpus/TARGET. Any crash, leak,
# sanitizer report, failed check or timeout fails; the input that caused it
# is left in build/fuzz/artifacts/ and the log in build/fuzz/logs/.
#   FUZZ_TARGETS="ndjson_fuzz modelfile_fuzz"  runs only those
#   FUZZ_SEED=0                                picks a random seed
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
modeldesk_install "${MODELDESK_FUZZ_PACKAGES[@]}"

seconds="${FUZZ_SECONDS:-120}"
# A fixed seed makes a failure in CI reproducible here.
seed="${FUZZ_SEED:-20261201}"
build="$PWD/build/fuzz"
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset fuzz "${launcher[@]}" >/dev/null
cmake --build --preset fuzz -j "${JOBS:-2}" --target fuzz_targets

if [[ -n "${FUZZ_TARGETS:-}" ]]; then
  read -ra targets <<<"$FUZZ_TARGETS"
else
  mapfile -t targets <"$build/tests/fuzz/fuzz_targets.txt"
fi
seeds="$build/seeds" # rewritten each run from the fixtures
corpus="$build/corpus" # grows across runs
artifacts="$build/artifacts"
logs="$build/logs"
rm -rf "$seeds" "$build/tmp"
mkdir -p "$corpus" "$artifacts" "$logs" "$build/tmp"
"$build/tests/fuzz/make_fuzz_corpus" "$seeds" >/dev/null
export TMPDIR="$build/tmp" # the targets' scratch folders

# Per target: the longest input and the time one input may take.
# Targets that read JSON get a dictionary of its tokens and edge numbers.
options_for() {
  local dict="-dict=tests/fuzz/json.dict"
  case "$1" in
  split_names_fuzz) echo "-max_len=4096 -timeout=5" ;; # a file name is at most 255 bytes (765 in UTF-8 on NTFS)
  ollama_store_fuzz | state_files_fuzz) echo "-max_len=16384 -timeout=10 $dict" ;;
  hub_cache_fuzz) echo "-max_len=16384 -timeout=10" ;;
  ndjson_fuzz | ollama_reply_fuzz) echo "-max_len=65536 -timeout=10 $dict" ;;
  *) echo "-max_len=65536 -timeout=10" ;; # template_plan_fuzz: 64 KiB templates in bounded time
  esac
}

share=$((seconds / ${#targets[@]}))
((share < 1)) && share=1
echo "Fuzzing ${#targets[@]} targets for ${share}s each (seed $seed)…"
failed=0
for target in "${targets[@]}"; do
  mkdir -p "$corpus/$target" "$seeds/$target"
  log="$logs/$target.log"
  status=0
  # shellcheck disable=SC2046 # the options are words on purpose
  "$build/tests/fuzz/$target" "$corpus/$target" "$seeds/$target" -seed="$seed" -max_total_time="$share" \
    $(options_for "$target") -rss_limit_mb=2048 -artifact_prefix="$artifacts/$target-" -print_final_stats=1 \
    >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [[ $status -eq 0 ]]; then
    echo "fuzz $target: clean (${runs:-0} runs)"
  else
    input=$(sed -n 's/.*Test unit written to //p' "$log" | tail -n 1)
    echo "fuzz $target: FAILED (exit $status) on ${input:-an input not saved}; log in $log"
    grep -m 5 -E 'ERROR|fuzz check failed|runtime error|ALARM|leak' "$log" >&2 || tail -n 20 "$log" >&2
    failed=1
  fi
done
if [[ $failed -ne 0 ]]; then
  echo "The fuzzers found a problem; inputs in $artifacts/, logs in $logs/" >&2
  exit 1
fi
echo "Fuzzing clean."
