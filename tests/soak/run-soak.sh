#!/usr/bin/env bash
# Soak: 16 streams for M minutes (default 10) while their RTSP server restarts at random.
# Prints the soak's JSON lines, then whether the process crashed. Not run by CI.
#   tests/soak/run-soak.sh [minutes] [build-dir] [more pantau-soak options, e.g. --keyframes-only]
set -u
minutes=${1:-10}
build=${2:-build}
shift $(( $# < 2 ? $# : 2 ))
"$build/bin/pantau-soak" --minutes "$minutes" "$@" 2>/dev/null
rc=$?
if [ $rc -ge 128 ]; then
  echo "{\"event\":\"crash\",\"signal\":$((rc - 128))}"
else
  echo "{\"event\":\"exit\",\"code\":$rc,\"crashes\":0}"
fi
exit $rc
