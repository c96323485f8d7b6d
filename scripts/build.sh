#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, configures and builds OptiBench. Usage: scripts/build.sh [preset] (default: dev).
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
./scripts/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
