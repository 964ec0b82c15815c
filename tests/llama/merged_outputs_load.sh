#!/usr/bin/env bash
# Proof with the real llama.cpp loader: a tiny llama model is split into
# llama.cpp shards (modeldesk-cli split) and into byte parts (coreutils
# split), merged back with modeldesk-cli, and each result must load and
# generate 4 tokens in node-llama-cpp. A `cat` of the shards must NOT load,
# which shows the check can fail.
# usage: merged_outputs_load.sh MODELDESK_CLI GGUF_FIXTURE
set -euo pipefail
cli=$1
fixture=$2
here=$(cd "$(dirname "$0")" && pwd)
version=3.22.1
cache=${MODELDESK_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/modeldesk/node-llama-cpp-$version}

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  source "$here/../../scripts/deps.sh"
  modeldesk_install nodejs npm
fi
if [[ ! -f "$cache/node_modules/node-llama-cpp/package.json" ]]; then
  echo "Installing node-llama-cpp $version into $cache"
  mkdir -p "$cache"
  (cd "$cache" && npm install --omit=optional --no-audit --no-fund --loglevel=error \
    "node-llama-cpp@$version" "@node-llama-cpp/linux-x64@$version" >/dev/null)
fi
cp "$here/prove_load.mjs" "$cache/prove_load.mjs"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dir="$work/张三/模型 文件"
mkdir -p "$dir/shards" "$dir/parts"

loads() { timeout 300 node "$cache/prove_load.mjs" "$1"; }

"$fixture" tiny-llama "$dir/tiny.gguf"
loads "$dir/tiny.gguf"

"$cli" split --max-tensors 7 "$dir/tiny.gguf" "$dir/shards/tiny"
"$cli" merge -o "$dir/from shards.gguf" "$dir"/shards/tiny-0000?-of-00003.gguf
loads "$dir/from shards.gguf"

split -b 200000 "$dir/tiny.gguf" "$dir/parts/tiny.gguf."
"$cli" merge -o "$dir/from parts.gguf" "$dir"/parts/tiny.gguf.a?
cmp "$dir/tiny.gguf" "$dir/from parts.gguf"
loads "$dir/from parts.gguf"

cat "$dir"/shards/tiny-0000?-of-00003.gguf > "$dir/cat of shards.gguf"
if loads "$dir/cat of shards.gguf" 2>/dev/null; then
  echo "FAIL: the loader accepted a cat of shards; this check cannot tell good from bad" >&2
  exit 1
fi
echo "All merged outputs load in llama.cpp; the broken control does not."
