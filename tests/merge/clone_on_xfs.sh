#!/usr/bin/env bash
# Block cloning on a real filesystem that supports it: a small XFS image
# (reflink on) is loop-mounted, a GGUF is split into byte parts there, and
# modeldesk-cli merges them back. The join must report the "clone" method,
# the output must equal the original byte for byte, its blocks must be
# shared with the parts (filefrag's "shared" flag), and the parts must be
# unchanged. Needs root and loop devices; exits 77 (skipped) without them.
# usage: clone_on_xfs.sh MODELDESK_CLI GGUF_FIXTURE WORK_DIR
set -euo pipefail
cli=$1
fixture=$2
work=$3

source "$(dirname "$0")/../support/reflink_xfs.sh"
mount_reflink_xfs "$work" 8G

dir="$work/mnt/张三/模型 文件"
mkdir -p "$dir"
"$fixture" tiny-llama "$dir/tiny.gguf"
size=$(stat -c %s "$dir/tiny.gguf")

json_field() { sed -n "s/^ *\"$1\": \"\\{0,1\\}\\([^\",]*\\)\"\\{0,1\\},\\{0,1\\}\$/\\1/p" "$2"; }

# Parts of whole 4 KiB blocks: every part is cloned.
split -b 65536 -a 1 "$dir/tiny.gguf" "$dir/tiny.gguf."
(cd "$dir" && sha256sum tiny.gguf.? >"$work/parts.sha256")
"$cli" merge --json -o "$dir/joined.gguf" "$dir"/tiny.gguf.? >"$work/joined.json"
method=$(json_field method "$work/joined.json")
[[ "$method" == "clone" ]] || { echo "expected the clone method, got '$method'"; cat "$work/joined.json"; exit 1; }
cmp "$dir/tiny.gguf" "$dir/joined.gguf"
[[ $(json_field sha256 "$work/joined.json") == $(sha256sum <"$dir/tiny.gguf" | cut -d' ' -f1) ]]
filefrag -v "$dir/joined.gguf" | grep -q shared || { echo "the output shares no blocks"; filefrag -v "$dir/joined.gguf"; exit 1; }
(cd "$dir" && sha256sum -c --quiet "$work/parts.sha256")
echo "aligned parts: cloned ($size bytes, blocks shared)"

# Parts that end inside a block: the first part is cloned (it reaches its
# own end), the rest no longer lines up and is copied; the bytes still match.
rm -f "$dir"/tiny.gguf.?
split -b 50000 -a 1 "$dir/tiny.gguf" "$dir/tiny.gguf."
"$cli" merge --json -o "$dir/unaligned.gguf" "$dir"/tiny.gguf.? >"$work/unaligned.json"
method=$(json_field method "$work/unaligned.json")
[[ "$method" == *clone* && "$method" != "clone" ]] || { echo "expected clone plus a copy, got '$method'"; exit 1; }
cmp "$dir/tiny.gguf" "$dir/unaligned.gguf"
echo "unaligned parts: $method, bytes match"

# A clone far ahead of the hash: two 2 GiB parts (sparse, so they take no
# space) are cloned in an instant while the hash still has 4 GiB to read.
# An interrupt (Ctrl+C) during the copier's wait for the hash cancels the
# merge end to end: nothing under the final name, no temp file left, the
# parts unchanged. (That the wait itself reports progress and sees a cancel
# at once is shown by SegmentCopyTest, with the hash held back.)
rm -f "$dir"/*.gguf*
"$fixture" sparse-4096 "$dir/big.gguf"
big=$(stat -c %s "$dir/big.gguf")
half=$((big / 2 / 4096 * 4096))
cp --reflink=always "$dir/big.gguf" "$dir/big.gguf.a"
truncate -s "$half" "$dir/big.gguf.a"
truncate -s $((big - half)) "$dir/big.gguf.b" # the tensor's zeros
rm "$dir/big.gguf"
parts_sum=$(cat "$dir"/big.gguf.? | sha256sum)
"$cli" merge --json -o "$dir/big.gguf" "$dir"/big.gguf.? >"$work/big.json" 2>"$work/big.err" &
pid=$!
cloned=""
for _ in $(seq 1500); do # waits for the state, up to 30 s; not a timing
  for temp in "$dir"/.big.gguf.modeldesk-partial-*; do
    [[ -f "$temp" && $(stat -c %s "$temp" 2>/dev/null || echo 0) -eq $big ]] && cloned=yes
  done
  [[ -n "$cloned" ]] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.02
done
[[ -n "$cloned" ]] || { echo "the clone never filled the temp file"; cat "$work/big.json" "$work/big.err"; exit 1; }
kill -INT "$pid"
start=$(date +%s%N)
rc=0
wait "$pid" || rc=$?
echo "interrupted after the clone: exit $rc, $((($(date +%s%N) - start) / 1000000)) ms after the interrupt"
[[ $rc -ne 0 ]] || { echo "the merge finished although it was interrupted"; cat "$work/big.json"; exit 1; }
grep -q '"code": "cancelled"' "$work/big.json" || { echo "not reported as cancelled"; cat "$work/big.json" "$work/big.err"; exit 1; }
[[ ! -e "$dir/big.gguf" ]] || { echo "a file exists under the final name"; exit 1; }
ls -a "$dir" | grep -q modeldesk-partial && { echo "a temp file was left behind"; ls -la "$dir"; exit 1; }
[[ $(cat "$dir"/big.gguf.? | sha256sum) == "$parts_sum" ]] || { echo "the parts changed"; exit 1; }
echo "interrupted while the hash caught up with a clone: cancelled, nothing left"
