#!/usr/bin/env bash
# The export's first choice on a real filesystem that has it: a small XFS
# image (reflink on) is loop-mounted, the fake Ollama server keeps its store
# there (seeded with its demo models), and modeldesk-cli exports a vision
# model into a folder on the same filesystem. Every GGUF must be reported as
# placed by "reflink", be a file of its own (not a hard link to the blob),
# share the blob's physical blocks (filefrag: the same extents, flagged
# "shared", which the blob was not before), and equal the blob byte for
# byte, with the SHA-256 that the JSON reports and the manifest names.
# Needs root and loop devices; exits 77 (skipped) without them.
# usage: reflink_on_xfs.sh MODELDESK_CLI FAKE_OLLAMA WORK_DIR
set -euo pipefail
cli=$1
fake=$2
work=$3

fail() {
  echo "FAIL: $*"
  exit 1
}
source "$(dirname "$0")/../support/reflink_xfs.sh"
command -v python3 >/dev/null || skip "python3 (to read the JSON) is not installed"
server=""
before_unmount() { # the server removes its store as it stops
  [[ -z "$server" ]] || { kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null; }
}
mount_reflink_xfs "$work" 1G
mnt="$work/mnt"

# The fake server's store is a fresh folder under TMPDIR: on the XFS. It
# prints its URL, then its store, once the models are seeded.
mkdir -p "$mnt/tmp"
coproc FAKE { TMPDIR="$mnt/tmp" exec "$fake" --demo; }
server=$FAKE_PID
read -r -t 30 url <&"${FAKE[0]}" || fail "the fake server printed no URL"
read -r -t 30 store <&"${FAKE[0]}" || fail "the fake server printed no store"
[[ "$store" == "$mnt"/* ]] || fail "the store $store is not on the XFS"
echo "fake server $url, store $store"

extents() { filefrag -v "$1" | awk '/^ *[0-9]+:/ {print $2, $3, $4, $5, $6}'; }
blob_of() { echo "$store/blobs/sha256-$1"; }

for blob in "$store"/blobs/sha256-*; do # written, not cloned: nothing shares their blocks yet
  ! filefrag -v "$blob" | grep -q shared || fail "$blob shares blocks before the export"
done

out="$mnt/导出/qwen 视觉"
"$cli" export qwen2.5vl:7b "$out" --store "$store" --json >"$work/export.json" || {
  cat "$work/export.json"
  fail "the export failed"
}
# One line per GGUF: role, placement, SHA-256, path.
python3 -c '
import json, sys
for f in json.load(open(sys.argv[1]))["files"]:
    if f["role"] in ("model", "projector", "adapter"):
        print(f["role"], f["placement"], f["sha256"], f["path"], sep="\t")
' "$work/export.json" >"$work/ggufs.tsv"
[[ $(wc -l <"$work/ggufs.tsv") -eq 2 ]] || { cat "$work/export.json"; fail "expected a model and a projector"; }

while IFS=$'\t' read -r role placement sha path; do
  blob=$(blob_of "$sha")
  [[ -f "$blob" ]] || fail "$role: no blob sha256-$sha in the store"
  [[ "$placement" == "reflink" ]] || { cat "$work/export.json"; fail "$role: placed by '$placement', not reflink"; }
  [[ $(stat -c %i "$path") != $(stat -c %i "$blob") && $(stat -c %h "$path") -eq 1 ]] ||
    fail "$role: a hard link to the blob, not a file of its own"
  cmp "$blob" "$path" || fail "$role: the bytes differ from the blob"
  [[ $(sha256sum <"$path" | cut -d' ' -f1) == "$sha" ]] || fail "$role: the SHA-256 is not the one reported"
  [[ -n "$(extents "$path")" && "$(extents "$path")" == "$(extents "$blob")" ]] || {
    filefrag -v "$blob" "$path"
    fail "$role: the export does not sit on the blob's blocks"
  }
  filefrag -v "$path" | grep -q shared || { filefrag -v "$path"; fail "$role: its blocks are not flagged shared"; }
  echo "$role: reflink, $(stat -c %s "$path") bytes on the blob's blocks ($(extents "$path" | wc -l) extent(s)), SHA-256 $sha"
done <"$work/ggufs.tsv"
