#!/usr/bin/env bash
# Cross-builds the Windows tests (tests/windows/CMakeLists.txt: core without
# libcurl and Qt, GoogleTest, one static .exe) with MinGW-w64 and runs them
# under Wine in a fresh, throw-away Wine prefix, so no user's prefix is ever
# touched. Wine gives the tests a real registry (HKCU\Environment), a C: drive
# and Win32 file semantics (sharing modes, MoveFileEx).
# Usage: run_wine_tests.sh SOURCE_DIR BUILD_DIR [gtest arguments...]
# Exit 77 (ctest: skipped, with the reason printed) when MinGW-w64 or Wine is
# not installed; scripts/deps.sh installs both on Debian.
# SQLite: Debian has no MinGW build of it, so its amalgamation (sqlite3.c,
# sqlite3.h) comes from the npm package better-sqlite3 (deps/sqlite3), unpacked
# once into a cache folder; without npm the Ollama app settings tests are left
# out and the output says so.
set -euo pipefail
src="$1"
build="$2"
shift 2

wine=$(command -v wine64 || ls /usr/lib/wine/wine64 2>/dev/null || command -v wine || true)
wineserver=$(command -v wineserver || ls /usr/lib/wine/wineserver 2>/dev/null || true)
if ! command -v x86_64-w64-mingw32-g++-posix >/dev/null && ! command -v x86_64-w64-mingw32-g++ >/dev/null; then
  echo "SKIP: the MinGW-w64 cross compiler (g++-mingw-w64-x86-64-posix) is not installed"
  exit 77
fi
if [[ -z "$wine" || -z "$wineserver" ]]; then
  echo "SKIP: Wine (wine64) is not installed, so the Windows tests cannot run here"
  exit 77
fi
if [[ ! -f /usr/src/googletest/CMakeLists.txt ]]; then
  echo "SKIP: GoogleTest's source (/usr/src/googletest, Debian package googletest) is not installed"
  exit 77
fi

sqlite_package=better-sqlite3@13.2.0 # SQLite 3.54.1
sqlite_dir=${MODELDESK_SQLITE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/modeldesk/sqlite-${sqlite_package#*@}}
if [[ ! -f "$sqlite_dir/sqlite3.c" ]] && ! command -v npm >/dev/null; then
  (source "$src/scripts/deps.sh" && modeldesk_install nodejs npm) || true
fi
if [[ ! -f "$sqlite_dir/sqlite3.c" ]] && command -v npm >/dev/null; then
  unpack=$(mktemp -d)
  if (cd "$unpack" && npm pack --silent "$sqlite_package" >/dev/null 2>&1) &&
    tar -xzf "$unpack"/*.tgz -C "$unpack" package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h; then
    mkdir -p "$sqlite_dir"
    mv "$unpack"/package/deps/sqlite3/sqlite3.[ch] "$sqlite_dir/"
  fi
  rm -rf "$unpack"
fi
if [[ -f "$sqlite_dir/sqlite3.c" ]]; then
  echo "SQLite amalgamation: $sqlite_dir ($sqlite_package)"
else
  echo "SKIP (part): no SQLite amalgamation (npm could not fetch $sqlite_package), so the Ollama app settings tests are not built"
  sqlite_dir=""
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
started=$SECONDS
# Debug without -g: compiles fastest, and the tests do not need symbols.
cmake -S "$src/tests/windows" -B "$build" -G Ninja --toolchain "$src/cmake/mingw-w64.cmake" \
  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O0 -DSQLITE_AMALGAMATION="$sqlite_dir" "${launcher[@]}" >/dev/null
cmake --build "$build" -j "${JOBS:-2}" | grep -vE '^\[[0-9]+/[0-9]+\] ' || true
exe="$build/windows_tests.exe"
[[ -f "$exe" ]] || { echo "FAIL: $exe was not built"; exit 1; }
echo "cross build: $((SECONDS - started)) s"

prefix=$(mktemp -d "${TMPDIR:-/tmp}/modeldesk-wine.XXXXXX")
cleanup() {
  WINEPREFIX="$prefix" "$wineserver" -k 2>/dev/null || true
  rm -rf "$prefix"
}
trap cleanup EXIT
export WINEPREFIX="$prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
started=$SECONDS
# Making the prefix (a few seconds): its messages are Wine's, not the tests'.
"$wine" cmd /c exit >/dev/null 2>&1 || true
echo "Wine prefix made in $((SECONDS - started)) s ($("$wine" --version 2>/dev/null || echo wine))"
started=$SECONDS
status=0
"$wine" "$exe" --gtest_brief=1 "$@" || status=$?
echo "Windows tests under Wine: $((SECONDS - started)) s, exit $status"
exit "$status"
