#!/usr/bin/env bash
# Renders every page and the About box offscreen, in English and Simplified
# Chinese, to DIR/<lang>/<page>.png (default: build/screenshots). The Ollama
# tab shows a few demo models from the test server (fake-ollama --demo).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-build/screenshots}")
source scripts/deps.sh
modeldesk_install "${MODELDESK_BUILD_PACKAGES[@]}" fonts-dejavu-core fonts-wqy-microhei
cmake --preset dev >/dev/null
cmake --build --preset dev -j "${JOBS:-2}" --target modeldesk fake-ollama

coproc FAKE { exec build/dev/tests/fake-ollama --demo; }
trap 'kill "$FAKE_PID" 2>/dev/null || true' EXIT
read -r url <&"${FAKE[0]}"
read -r store <&"${FAKE[0]}"
OLLAMA_HOST="$url" OLLAMA_MODELS="$store" QT_QPA_PLATFORM=offscreen build/dev/app/modeldesk --screenshot "$out"
ls "$out"/*/*.png
