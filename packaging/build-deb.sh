#!/usr/bin/env bash
# Builds Pantau's Debian packages, pantau and pantau-recorder, the Debian way: a fresh copy of
# this working tree (tracked and untracked, not ignored files) gets packaging/debian/ as its
# debian/ folder, then `dpkg-buildpackage -us -uc -b` builds it (debhelper, CMake, Ninja).
#
#   packaging/build-deb.sh [OUTPUT_DIR]      (default: build-deb/out)
#
# Needs packaging/install-deps.sh's packages plus debhelper, dpkg-dev and fakeroot. The copy and
# the build tree live in build-deb/ (ignored by git); the .deb, .buildinfo and .changes files end
# in OUTPUT_DIR. DEB_BUILD_OPTIONS (e.g. parallel=2, noautodbgsym) is passed through.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(realpath -m "${1:-$ROOT/build-deb/out}")
WORK=$ROOT/build-deb
VERSION=$(dpkg-parsechangelog -l "$ROOT/packaging/debian/changelog" -S Version)
SRC=$WORK/src/pantau-$VERSION

rm -rf "$SRC"
mkdir -p "$SRC" "$OUT"
if git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
  (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard |
    tar --null --files-from=- --ignore-failed-read -cf -) | tar -xf - -C "$SRC"
else
  tar -C "$ROOT" --exclude='./build*' --exclude=./debian -cf - . | tar -xf - -C "$SRC"
fi
rm -rf "$SRC/debian"
cp -rL "$ROOT/packaging/debian" "$SRC/debian" # -L: debian/pantau-recorder.service is a link

rm -f "$WORK"/src/pantau*_"$VERSION"_*
(cd "$SRC" && dpkg-buildpackage -us -uc -b)
mv "$WORK"/src/pantau*_"$VERSION"_*.{deb,buildinfo,changes} "$OUT"/
echo "packages in $OUT:"
ls -1 "$OUT"
