#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds OptiBench and runs every test through CTest. Fails when no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
./scripts/build.sh "$preset"
ctest --preset "$preset" --no-tests=error
