#!/usr/bin/env bash
# Renders the committed hicolor PNGs from pantau.svg (run once after changing the SVG; needs
# librsvg2-bin). The PNGs are committed so that building Pantau needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p png
for size in 16 22 24 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" pantau.svg --output "png/pantau-$size.png"
done
