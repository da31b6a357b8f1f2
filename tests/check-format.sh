#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what clang-format (Debian's clang-format 14, the
# committed .clang-format) makes of it, and prints the first deviations. Fix with:
#   git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
if ! command -v "$CLANG_FORMAT" >/dev/null; then
  echo "check-format: $CLANG_FORMAT not found (Debian package clang-format)" >&2
  exit 2
fi
files=$(git ls-files '*.cpp' '*.h')
if ! out=$(echo "$files" | xargs "$CLANG_FORMAT" --dry-run --Werror 2>&1); then
  echo "$out" | head -40
  echo "check-format: $(echo "$out" | grep -c 'error:') lines differ from clang-format's output" \
    "in $(echo "$out" | grep 'error:' | cut -d: -f1 | sort -u | wc -l) files" >&2
  exit 1
fi
echo "check-format: $(echo "$files" | wc -l) files formatted as clang-format writes them"
