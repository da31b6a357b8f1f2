#!/bin/sh
# Runs a test inside a fresh user + network namespace whose only interface is a loopback that
# carries multicast, so WS-Discovery's multicast probe (239.255.255.250:3702) can be tested
# without a packet leaving the machine. Exits 77 (CTest: skipped) where namespaces are not allowed.
set -e
if ! command -v ip >/dev/null || ! unshare -rn true 2>/dev/null; then
  echo "SKIP: this machine does not allow user and network namespaces"
  exit 77
fi
exec unshare -rn sh -c 'ip link set lo up && ip link set lo multicast on && ip route add 239.0.0.0/8 dev lo src 127.0.0.1 && PANTAU_IN_NETNS=1 exec "$@"' sh "$@"
