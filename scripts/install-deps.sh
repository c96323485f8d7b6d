#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs, idempotently, every Debian 12 package that OptiBench's build, tests and app need.
set -euo pipefail
PKGS=(
  build-essential cmake ninja-build pkg-config git
  libtorch-dev libopenblas0-pthread libdnnl-dev ocl-icd-opencl-dev libxnnpack-dev libpthreadpool-dev
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
  libqt6sql6-sqlite
  libqt6opengl6-dev libxkbcommon-dev libvulkan-dev libgl-dev libspdlog-dev libfmt-dev libbenchmark-dev
  xvfb xauth fonts-noto-cjk poppler-utils
  desktop-file-utils appstream lintian dpkg-dev file
  clang libclang-rt-14-dev
  python3-torch python3-torchvision
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PKGS[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
