# Sourced by the shell tests that need a filesystem with copy-on-write
# clones (tests/merge/clone_on_xfs.sh, tests/export/reflink_on_xfs.sh):
# a sparse XFS image with reflink on, loop-mounted at WORK/mnt, unmounted
# and removed when the test exits. Without root, xfsprogs, filefrag or loop
# devices the test is skipped (exit 77, ctest's SKIP_RETURN_CODE), saying why.

skip() {
  echo "SKIP: $*"
  exit 77
}

# mount_reflink_xfs WORK SIZE: WORK is emptied first; the test may define
# before_unmount (a function) to stop what still uses the filesystem.
mount_reflink_xfs() {
  local work=$1 size=$2
  [[ $(id -u) -eq 0 ]] || skip "mounting a loop filesystem needs root"
  command -v mkfs.xfs >/dev/null || skip "mkfs.xfs (xfsprogs) is not installed"
  command -v filefrag >/dev/null || skip "filefrag (e2fsprogs) is not installed"
  rm -rf "$work" && mkdir -p "$work/mnt"
  truncate -s "$size" "$work/xfs.img" # sparse: only what is written takes space
  mkfs.xfs -q -f -m reflink=1 "$work/xfs.img"
  mount -o loop "$work/xfs.img" "$work/mnt" 2>"$work/mount.err" ||
    skip "cannot mount a loop device: $(cat "$work/mount.err")"
  reflink_xfs_work=$work
  trap unmount_reflink_xfs EXIT
}

unmount_reflink_xfs() {
  if declare -F before_unmount >/dev/null; then
    before_unmount || true
  fi
  umount "$reflink_xfs_work/mnt" 2>/dev/null || true
  rm -f "$reflink_xfs_work/xfs.img"
}
