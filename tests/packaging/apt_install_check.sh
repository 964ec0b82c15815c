#!/usr/bin/env bash
# Installs a ModelDesk .deb with apt on this machine (root or sudo), checks it
# as a desktop user would meet it, and removes it again:
# the desktop entry's Exec line starts the app with a GGUF argument, *.gguf
# is associated with the desktop entry, and the installed metainfo validates.
# usage: apt_install_check.sh modeldesk_X_arch.deb   (run by scripts/package.sh --install-check)
set -euo pipefail
deb=$(realpath "$1")
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
cleanup() { $sudo apt-get remove -y -qq modeldesk >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb" xdg-utils >/dev/null
id=org.modeldesk.ModelDesk
entry=/usr/share/applications/$id.desktop
model="$work/张三 模型.gguf"
printf 'GGUF\003\000\000\000' >"$model"

[[ "$(xdg-mime query filetype "$model")" == application/x-gguf ]] || fail "a .gguf is not application/x-gguf"
[[ "$(xdg-mime query default application/x-gguf)" == "$id.desktop" ]] || fail "*.gguf does not open ModelDesk"
appstreamcli validate --no-net "/usr/share/metainfo/$id.metainfo.xml" >/dev/null || fail "installed metainfo"

# Start the app the way the desktop does: the Exec line with %F replaced.
exec_line=$(sed -n 's/^Exec=//p' "$entry")
program=${exec_line%% *}
status=0
QT_QPA_PLATFORM=offscreen timeout 8 "$program" "$model" >/dev/null 2>&1 || status=$?
[[ $status -eq 124 ]] || fail "the app from '$exec_line' exited with $status instead of running"
QT_QPA_PLATFORM=offscreen "$program" --screenshot "$work/shots" >/dev/null 2>&1 || fail "--screenshot"
[[ -s "$work/shots/zh_CN/models.png" ]] || fail "no zh_CN screenshot from the installed app"
echo "ok: $(basename "$deb") installs with apt; the desktop entry starts it; *.gguf opens it; metainfo validates"
