#!/usr/bin/env bash
# The DEB as a user gets it: packs this build tree with CPack, unpacks the
# package with dpkg-deb -x into a temporary root, and checks what is inside:
# the CLI and the GUI run from there, the control file names the libraries,
# and the desktop entry, AppStream metainfo and MIME entry are valid.
# usage: deb_package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/modeldesk_*.deb) || fail "no .deb was made"
root="$work/root 张三"
dpkg-deb -x "$deb" "$root"

# The binaries run from the unpacked tree.
version=$("$root/usr/bin/modeldesk-cli" --version)
[[ "$version" == *"$(dpkg-deb -f "$deb" Version)"* ]] || fail "modeldesk-cli --version printed '$version'"
shots="$work/shots"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/modeldesk" --screenshot "$shots" 2>"$work/gui.log" || { cat "$work/gui.log"; fail "the packaged GUI did not start"; }
ls "$shots"/en/models.png "$shots"/zh_CN/models.png >/dev/null || fail "the packaged GUI rendered nothing"

# Dependencies: shlibdeps found the libraries, the SVG plugin is named.
depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6widgets6 libqt6gui6 libcurl4 libssl3 libqt6svg6 libc6; do
  [[ "$depends" == *"$library"* ]] || fail "Depends lacks $library: $depends"
done
[[ "$(dpkg-deb -f "$deb" Package)" == modeldesk ]] || fail "package name"

# Files in their standard places.
id=org.modeldesk.ModelDesk
for file in usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
            usr/share/mime/packages/$id.xml usr/share/icons/hicolor/scalable/apps/$id.svg \
            usr/share/icons/hicolor/48x48/apps/$id.png usr/share/icons/hicolor/256x256/apps/$id.png \
            usr/share/modeldesk/translations/modeldesk_zh_CN.qm usr/share/doc/modeldesk/copyright; do
  [[ -s "$root/$file" ]] || fail "missing $file"
done
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop entry"
grep -q '^Exec=modeldesk %F$' "$root/usr/share/applications/$id.desktop" || fail "Exec line"
grep -q 'application/x-gguf' "$root/usr/share/applications/$id.desktop" || fail "desktop entry MimeType"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" || fail "metainfo"
grep -q '<project_license>Apache-2.0</project_license>' "$root/usr/share/metainfo/$id.metainfo.xml" || fail "project_license"
grep -q 'Apache License' "$root/usr/share/doc/modeldesk/copyright" || fail "license text"

# The MIME entry compiles and claims *.gguf and Modelfile, with GGUF magic.
mime="$work/mime"
mkdir -p "$mime/packages"
cp "$root/usr/share/mime/packages/$id.xml" "$mime/packages/"
update-mime-database "$mime"
grep -q 'application/x-gguf:\*\.gguf' "$mime/globs2" || fail "*.gguf glob"
grep -q 'text/x-ollama-modelfile:Modelfile' "$mime/globs2" || fail "Modelfile glob"
grep -q 'application/x-gguf' "$mime/magic" || fail "GGUF magic"
echo "ok: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
