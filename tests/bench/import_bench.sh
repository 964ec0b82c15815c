#!/usr/bin/env bash
# Import benchmark (issue 18), called by scripts/bench.sh (section "import").
#   import_bench.sh CLI FAKE_OLLAMA GGUF_FIXTURE PART_MIB WORK_DIR
# Two byte-split parts of PART_MIB MiB each, imported into a local store served
# by the fake server (its store on the same filesystem as the parts), against
# the seed's recipe in the same run: `cat a b > c`, hash c, upload it over
# HTTP, create. Then a single GGUF of 2 x PART_MIB MiB on the same filesystem.
# Targets: bytes_written <= 1.05x the model size (the peer writes about 2x),
# wall time <= 0.6x the peer's; the single GGUF placed with < 1 MiB written.
set -euo pipefail
cli=$1 fake=$2 fixture=$3 part_mib=$4 work=$5
mkdir -p "$work"
work=$(cd "$work" && pwd)
export TMPDIR="$work" # the fake server's store lives here too: one filesystem

model="$work/model.gguf"
if [[ ! -f "$model" || $(stat -c %s "$model") -ne $((2 * part_mib << 20)) ]]; then
  "$fixture" "sparse-$((2 * part_mib))" "$model"
  # Real bytes in the tensor data (the header is in the first MiB).
  dd if=/dev/urandom of="$model" bs=1M seek=1 count=$((2 * part_mib - 2)) conv=notrunc status=none
fi
size=$(stat -c %s "$model")
rm -f "$work"/model.gguf.part*
split -n 2 -d -a 1 "$model" "$work/split."
mv "$work/split.0" "$work/model.gguf.part1of2"
mv "$work/split.1" "$work/model.gguf.part2of2"
sync

"$fake" >"$work/fake.out" 2>&1 &
fake_pid=$!
trap 'kill $fake_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do [[ $(wc -l <"$work/fake.out") -ge 2 ]] && break; sleep 0.1; done
url=$(sed -n 1p "$work/fake.out")
store=$(sed -n 2p "$work/fake.out")

clean_store() { rm -rf "$store/blobs/"* "$store/blobs/".[!.]* "$store/manifests/"* 2>/dev/null || true; sync; }
now() { date +%s.%N; }
json_field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

# Peer: the seed's recipe.
clean_store
start=$(now)
cat "$work/model.gguf.part1of2" "$work/model.gguf.part2of2" >"$work/joined.gguf"
sync
digest="sha256:$(sha256sum "$work/joined.gguf" | cut -d' ' -f1)"
curl -sS -f -X POST -T "$work/joined.gguf" -H 'Content-Type: application/octet-stream' "$url/api/blobs/$digest" >/dev/null
curl -sS -f "$url/api/create" -d "{\"model\":\"peer\",\"files\":{\"model.gguf\":\"$digest\"}}" >/dev/null
sync
peer_seconds=$(echo "$(now) - $start" | bc)
peer_written=$((2 * size)) # the joined file, then the server's blob
rm -f "$work/joined.gguf"

# ModelDesk: the same parts, joined once straight into the store.
clean_store
start=$(now)
ours=$("$cli" import "$work/model.gguf.part1of2" "$work/model.gguf.part2of2" --name ours --host "$url" \
  --store "$store" --json)
sync
ours_seconds=$(echo "$(now) - $start" | bc)
ours_written=$(json_field bytes_written <<<"$ours")
ours_placement=$(json_field placement <<<"$ours")

# A single GGUF on the same filesystem.
clean_store
single=$("$cli" import "$model" --name single --host "$url" --store "$store" --json)
single_written=$(json_field bytes_written <<<"$single")
single_placement=$(json_field placement <<<"$single")
single_seconds=$(json_field seconds <<<"$single")
clean_store

printf '  model              %s bytes (2 parts of %s MiB), store on %s\n' "$size" "$part_mib" \
  "$(stat -f -c %T "$store")"
printf '  peer (cat, hash, upload, create)  %8.2f s  %s bytes written (%.2fx)\n' "$peer_seconds" "$peer_written" \
  "$(echo "$peer_written / $size" | bc -l)"
printf '  modeldesk-cli import (%s)       %8.2f s  %s bytes written (%.2fx)\n' "$ours_placement" "$ours_seconds" \
  "$ours_written" "$(echo "$ours_written / $size" | bc -l)"
printf '  single GGUF (%s)                 %8.2f s  %s bytes written\n' "$single_placement" "$single_seconds" \
  "$single_written"
awk -v ow="$ours_written" -v size="$size" -v os="$ours_seconds" -v ps="$peer_seconds" -v sw="$single_written" 'BEGIN {
  printf "  time ratio         %.2fx the peer\n", os / ps
  a = ow <= 1.05 * size; b = os <= 0.6 * ps; c = sw < 1048576
  printf "  targets            written <= 1.05x: %s, time <= 0.6x: %s, single < 1 MiB: %s\n",
    (a ? "met" : "MISSED"), (b ? "met" : "MISSED"), (c ? "met" : "MISSED")
  exit (a && b && c) ? 0 : 3
}' || echo "  (a target was missed)"
