#!/usr/bin/env bash
# Installs what ModelDesk needs to build, test and run. On Debian/Ubuntu it
# installs only the missing packages with apt-get; elsewhere it says what to
# install. Sourced by run.sh, test.sh and the other scripts.
set -euo pipefail

MODELDESK_BUILD_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6 qt6-translations-l10n
  libgl-dev libcurl4-openssl-dev nlohmann-json3-dev libssl-dev libsqlite3-dev
)
MODELDESK_TEST_PACKAGES=(
  libgtest-dev libgmock-dev libcpp-httplib-dev
  fonts-dejavu-core fonts-wqy-microhei xvfb xauth
  dpkg-dev appstream desktop-file-utils shared-mime-info locales
  g++-mingw-w64-x86-64-posix googletest wine64 xfsprogs
)
MODELDESK_FUZZ_PACKAGES=(clang libfuzzer-14-dev libcpp-httplib-dev) # httplib: the fake Ollama writes seeds

modeldesk_install() {
  local wanted=("$@") missing=()
  if [[ "$(uname -s)" == "Darwin" ]]; then
    echo "On macOS, install the dependencies with:" >&2
    echo "  brew install cmake ninja qt@6 curl nlohmann-json openssl@3 sqlite googletest cpp-httplib" >&2
    return 0
  fi
  if ! command -v dpkg >/dev/null 2>&1; then
    echo "Not a Debian/Ubuntu system: install the equivalents of: ${wanted[*]}" >&2
    return 0
  fi
  for package in "${wanted[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  echo "Installing: ${missing[*]}" >&2
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
