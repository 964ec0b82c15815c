#!/usr/bin/env bash
# Builds ModelDesk (release preset) and starts the app. Extra arguments go to
# the app, e.g. scripts/run.sh ~/models/qwen.gguf
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
modeldesk_install "${MODELDESK_BUILD_PACKAGES[@]}" fonts-dejavu-core fonts-wqy-microhei
cmake --preset release -DMODELDESK_BUILD_TESTS=OFF >/dev/null
cmake --build --preset release -j "${JOBS:-2}"
exec build/release/app/modeldesk "$@"
