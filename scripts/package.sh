#!/usr/bin/env bash
# Builds the release preset and packs it: a .deb on Debian/Ubuntu (under
# build/release/packages). Install it with `apt-get install ./modeldesk_*.deb`.
# On Windows and macOS, see README.md (NSIS and DragNDrop through CPack).
#   scripts/package.sh                  build the .deb
#   scripts/package.sh --install-check  also install it with apt, check the
#                                       desktop entry, MIME association and
#                                       metainfo, and remove it again
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
modeldesk_install "${MODELDESK_BUILD_PACKAGES[@]}" dpkg-dev

cmake --preset release -DMODELDESK_BUILD_TESTS=OFF
cmake --build --preset release -j "${JOBS:-2}"
(cd build/release && cpack -G DEB -B "$PWD/packages")
deb=$(ls -1t build/release/packages/modeldesk_*.deb | head -n1)
echo "$deb"
if [[ "${1:-}" == "--install-check" ]]; then
  tests/packaging/apt_install_check.sh "$deb"
fi
