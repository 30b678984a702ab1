#!/usr/bin/env bash
# Draws Sapar's mark (a ticket under the steppe sun) and makes every icon the bundler needs.
# Needs ImageMagick (`convert`) and the npm packages (`npm ci`). Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."

src="$(mktemp -d)/sapar-1024.png"
convert -size 1024x1024 xc:none \
  -fill '#0a8fb0' -draw "roundrectangle 64,64 960,960 200,200" \
  -fill '#fec50c' -draw "circle 700,330 700,210" \
  -fill white -draw "roundrectangle 200,470 824,800 48,48" \
  -fill '#0a8fb0' -draw "circle 200,635 200,695" -draw "circle 824,635 824,695" \
  -stroke '#0a8fb0' -strokewidth 14 -fill none -draw "stroke-dasharray 28 24 line 600,500 600,770" \
  -stroke none -fill '#0a8fb0' \
  -draw "roundrectangle 290,560 540,600 20,20" -draw "roundrectangle 290,650 490,690 20,20" \
  "PNG32:$src"

npx tauri icon "$src" --output icons
# Desktop bundles only: the mobile sets are not shipped.
rm -rf icons/android icons/ios
echo "icons written to icons/"
