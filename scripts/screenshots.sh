#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Screenshots of the real workbench under Xvfb: configured, running, finished, a failure diagnosed.
# Usage: scripts/screenshots.sh [build-dir] [out-dir] [extra app options, e.g. --dark]
#        (defaults: build/dev, docs/screenshots)
# The window runs with scratch settings, so the user's own settings are neither used nor changed.
# FAILURE_SESSION=file.json picks the session shown in the failure shot.
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
# The failure shot: a real run with no quantized engine (the seed's failure) when this build has strategies that need
# one; otherwise a crafted session with that failure.
failure="${FAILURE_SESSION:-$scratch/failure.json}"
if [ -z "${FAILURE_SESSION:-}" ]; then
  if ! "$build/src/cli/optibench-cli" run --qengine none --warmup 10 --iterations 50 --json "$failure" --quiet --no-history \
         >/dev/null 2>&1 || ! grep -q '"status": "failed"' "$failure"; then
    failure=tests/data/sessions/diagnosed-failure.json
  fi
fi
XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" LANG="${LANG:-C.UTF-8}" \
  xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$app" --settings "$scratch/settings.ini" --screenshots "$out" \
         --failure-session "$failure" "$@"
ls -l "$out"/*.png
