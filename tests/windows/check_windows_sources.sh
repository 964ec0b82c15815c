#!/usr/bin/env bash
# Compiles every core and CLI source that has Windows-only code (#ifdef
# _WIN32) with the MinGW-w64 cross compiler, syntax only: nothing here can
# run Windows, but this catches Windows code that no longer compiles (wide
# paths, the registry backend, ReFS block cloning). nlohmann/json, curl and
# OpenSSL headers are the host's, seen through a small include folder.
# Usage: check_windows_sources.sh SOURCE_DIR WORK_DIR. Exit 77 (skipped)
# when the cross compiler is not installed.
set -euo pipefail
src="$1"
work="$2"
cxx=$(command -v x86_64-w64-mingw32-g++-posix || command -v x86_64-w64-mingw32-g++ || true)
if [[ -z "$cxx" ]]; then
  echo "SKIP: the MinGW-w64 cross compiler (g++-mingw-w64-x86-64-posix) is not installed"
  exit 77
fi

shim="$work/include"
rm -rf "$shim" && mkdir -p "$shim/openssl" "$shim/core"
ln -s /usr/include/nlohmann "$shim/nlohmann"
curl_dir=$(dirname "$(find /usr/include -name curl.h -path '*curl/curl.h' | head -n1)")
ln -s "$curl_dir" "$shim/curl"
for header in /usr/include/openssl/*.h /usr/include/*/openssl/*.h; do
  ln -sf "$header" "$shim/openssl/"
done
sed 's/@[A-Za-z_]*@/0/g' "$src/core/version.h.in" >"$shim/core/version.h"

cd "$src"
mapfile -t files < <(grep -l '_WIN32' core/*/*.cpp app/cli/*.cpp | sort)
echo "compiling ${#files[@]} files for Windows with $cxx"
printf '%s\n' "${files[@]}" |
  xargs -P 2 -n 4 "$cxx" -std=c++20 -fsyntax-only -Wall -Wextra -Werror -I"$src" -I"$shim"
echo "all ${#files[@]} compile for Windows"
