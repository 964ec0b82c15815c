#!/usr/bin/env bash
# Renders every page and the About box offscreen, in English and Simplified
# Chinese, to DIR/<lang>/<page>.png (default: build/screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-build/screenshots}")
source scripts/deps.sh
modeldesk_install "${MODELDESK_BUILD_PACKAGES[@]}" fonts-dejavu-core fonts-wqy-microhei
cmake --preset dev >/dev/null
cmake --build --preset dev -j "${JOBS:-2}" --target modeldesk
QT_QPA_PLATFORM=offscreen build/dev/app/modeldesk --screenshot "$out"
ls "$out"/*/*.png
