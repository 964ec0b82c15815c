#!/usr/bin/env bash
# Renders every page and the About box offscreen, in English and Simplified
# Chinese, to DIR/<lang>/<page>.png (default: build/screenshots). The Ollama
# tab shows a few demo models from the test server (fake-ollama --demo); the
# import dialog (import.png, import-result.png) imports a tiny model in two
# parts with a projector into it.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-build/screenshots}")
source scripts/deps.sh
modeldesk_install "${MODELDESK_BUILD_PACKAGES[@]}" fonts-dejavu-core fonts-wqy-microhei
cmake --preset dev >/dev/null
cmake --build --preset dev -j "${JOBS:-2}" --target modeldesk fake-ollama gguf-fixture

# The import dialog's files: a model in two byte-split parts and a projector.
import_dir=$(mktemp -d)
build/dev/tests/gguf-fixture tiny-llama "$import_dir/qwen2-vl-7b.gguf"
build/dev/tests/gguf-fixture projector "$import_dir/mmproj-qwen2-vl-7b.gguf"
split -n 2 -a 1 "$import_dir/qwen2-vl-7b.gguf" "$import_dir/qwen2-vl-7b.gguf."
rm "$import_dir/qwen2-vl-7b.gguf"
export MODELDESK_SCREENSHOT_IMPORT="$import_dir/qwen2-vl-7b.gguf.a;$import_dir/qwen2-vl-7b.gguf.b;$import_dir/mmproj-qwen2-vl-7b.gguf"

# Each language gets a fresh server and store of its own, so the Chinese
# screenshots show the same first import as the English ones (not the data
# the English run left behind).
for language in en zh_CN; do
  coproc FAKE { exec build/dev/tests/fake-ollama --demo; }
  trap 'kill "${FAKE_PID:-}" 2>/dev/null || true; rm -rf "$import_dir"' EXIT
  read -r url <&"${FAKE[0]}"
  read -r store <&"${FAKE[0]}"
  OLLAMA_HOST="$url" OLLAMA_MODELS="$store" QT_QPA_PLATFORM=offscreen \
    build/dev/app/modeldesk --screenshot "$out" --screenshot-language "$language"
  pid=$FAKE_PID
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
ls "$out"/*/*.png
