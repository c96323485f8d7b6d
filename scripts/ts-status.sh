#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The state of the translation files: messages, unfinished, vanished and obsolete entries per language.
# Usage: scripts/ts-status.sh [--update BUILD_DIR]
#   --update BUILD_DIR  first run lupdate (cmake --build BUILD_DIR --target update_translations)
# Exit status 1 when a translation other than English (the source language) has unfinished, vanished or obsolete
# entries: the Chinese UI would show English there. English only needs its plural forms (numerus entries).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--update" ]; then
  cmake --build "${2:?--update needs the build directory}" --target update_translations >/dev/null
fi
status=0
for ts in translations/optibench_*.ts; do
  lang="${ts#translations/optibench_}"; lang="${lang%.ts}"
  messages=$(grep -c '<message' "$ts" || true)
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  vanished=$(grep -c 'type="vanished"' "$ts" || true)
  obsolete=$(grep -c 'type="obsolete"' "$ts" || true)
  numerus_open=$(awk '/<message numerus="yes">/{n=1} n&&/type="unfinished"/{c++} /<\/message>/{n=0} END{print c+0}' "$ts")
  printf '%-6s %4d messages  %4d unfinished  %d vanished  %d obsolete  (%d unfinished plural entries)\n' \
    "$lang" "$messages" "$unfinished" "$vanished" "$obsolete" "$numerus_open"
  if [ "$lang" != en ] && [ $((unfinished + vanished + obsolete)) -gt 0 ]; then status=1; fi
  if [ "$lang" = en ] && [ "$numerus_open" -gt 0 ]; then status=1; fi
done
exit $status
