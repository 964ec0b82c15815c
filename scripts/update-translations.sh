#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources (ui/, app/gui/).
# Then translate the new zh_CN entries (scripts/ts_tool.py unfinished/apply help) and
# commit both .ts files. The test suite fails on unfinished zh_CN entries.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate6 || command -v /usr/lib/qt6/bin/lupdate || echo lupdate)}
for ts in resources/translations/modeldesk_en.ts resources/translations/modeldesk_zh_CN.ts; do
  "$LUPDATE" -silent -no-obsolete -locations none -I . -extensions cpp,h ui app/gui -ts "$ts"
done
# English is the source language: every entry is its own translation.
"$LUPDATE" -silent -no-obsolete -locations none -pluralonly -I . -extensions cpp,h ui app/gui \
  -ts resources/translations/modeldesk_en.ts
grep -c 'type="unfinished"' resources/translations/modeldesk_zh_CN.ts | sed 's/^/zh_CN unfinished: /' || true
