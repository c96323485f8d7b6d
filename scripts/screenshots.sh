#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Screenshots of the real workbench under Xvfb: configured, running, finished, a failure diagnosed.
# Usage: scripts/screenshots.sh [build-dir] [out-dir] [extra app options, e.g. --dark]
#        (defaults: build/dev, docs/screenshots)
# The window runs with scratch settings, so the user's own settings are neither used nor changed.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/dev}"
out="${2:-docs/screenshots}"
shift $(( $# > 2 ? 2 : $# ))
app="$build/src/app/optibench"
[ -x "$app" ] || { echo "screenshots: $app not built (cmake --build --preset dev)" >&2; exit 1; }
mkdir -p "$out"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" LANG="${LANG:-C.UTF-8}" \
  xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$app" --settings "$scratch/settings.ini" --screenshots "$out" \
         --failure-session tests/data/sessions/diagnosed-failure.json "$@"
ls -l "$out"/*.png
