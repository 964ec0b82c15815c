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

skip() {
  echo "SKIP: $*"
  exit 77
}
[[ $(id -u) -eq 0 ]] || skip "mounting a loop filesystem needs root"
command -v mkfs.xfs >/dev/null || skip "mkfs.xfs (xfsprogs) is not installed"
command -v filefrag >/dev/null || skip "filefrag (e2fsprogs) is not installed"

rm -rf "$work" && mkdir -p "$work/mnt"
image="$work/xfs.img"
truncate -s 320M "$image"
mkfs.xfs -q -f -m reflink=1 "$image"
mount -o loop "$image" "$work/mnt" 2>"$work/mount.err" || skip "cannot mount a loop device: $(cat "$work/mount.err")"
trap 'umount "$work/mnt" 2>/dev/null || true; rm -f "$image"' EXIT

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
