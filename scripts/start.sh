#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds OptiBench and starts it: the workbench when a display is present, otherwise the default headless run.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh dev
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/dev/src/app/optibench "$@"
else
  echo "No display: running the default benchmark headless (optibench-cli run)." >&2
  exec ./build/dev/src/cli/optibench-cli run "$@"
fi
