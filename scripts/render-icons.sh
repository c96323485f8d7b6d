#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders resources/icons/optibench.svg into the PNG sizes, the Windows .ico and the macOS .icns that are committed.
# Needs librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns); run it after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for s in 16 24 32 48 64 128 256 512; do
  mkdir -p "hicolor/${s}x${s}/apps"
  rsvg-convert -w "$s" -h "$s" optibench.svg -o "hicolor/${s}x${s}/apps/optibench.png"
done
/usr/bin/convert hicolor/16x16/apps/optibench.png hicolor/24x24/apps/optibench.png hicolor/32x32/apps/optibench.png \
        hicolor/48x48/apps/optibench.png hicolor/64x64/apps/optibench.png hicolor/256x256/apps/optibench.png \
        ../../packaging/windows/optibench.ico
png2icns ../../packaging/macos/optibench.icns hicolor/16x16/apps/optibench.png hicolor/32x32/apps/optibench.png \
        hicolor/48x48/apps/optibench.png hicolor/128x128/apps/optibench.png hicolor/256x256/apps/optibench.png \
        hicolor/512x512/apps/optibench.png >/dev/null
echo "icons rendered"
