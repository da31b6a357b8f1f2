#!/bin/bash
# Runs on a lent GPU machine, from the folder nvdec-carry.sh built: does Debian 12's GStreamer
# 1.22 decode with NVDEC there, which decoder does decodebin pick, and what does it cost. Prints
# each decode's time as "wall, user, sys" (bash's `time`, children included).
cd "$(dirname "$0")"
mkdir -p /tmp/g/run && chmod 700 /tmp/g/run && tar xJf gpuroot.tar.xz -C /tmp/g || exit 1
R=/tmp/g/gpuroot
B=$R/bin
export LD_LIBRARY_PATH=$R/lib GST_PLUGIN_SYSTEM_PATH=$R/plugins GST_PLUGIN_SCANNER=$B/gst-plugin-scanner \
    GST_REGISTRY=/tmp/g/registry.bin XDG_RUNTIME_DIR=/tmp/g/run
TIMEFORMAT="%R s wall, %U s user, %S s sys"
logs=$(mktemp -d)
echo "cores: $(nproc)"
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader || true
echo "== NVDEC elements and their ranks"
$B/gst-inspect-1.0 nvcodec 2>&1 | grep -E "dec:|Version"
for e in nvh264dec nvh265dec nvh264sldec nvh265sldec; do
    printf "%s: " $e
    $B/gst-inspect-1.0 $e 2>/dev/null | grep -m1 "^  Rank" || echo absent
done
dec() { # file parser decoder sync: one decode into fakesink
    timeout 120 $B/gst-launch-1.0 filesrc location=$1 ! qtdemux ! $2 ! $3 ! fakesink $4 2>&1 |
        grep -E "Execution ended|ERROR|WARNING|rror" | head -3
}
many() { # n file parser decoder sync: n decodes at once
    local n=$1
    shift
    for i in $(seq 1 $n); do dec "$@" >"$logs/$i.log" & done
    wait
    echo "$(cat "$logs"/*.log | grep -c "Execution ended") of $n ended"
    cat "$logs"/*.log | grep -v "Execution ended" | sort | uniq -c | head -3
    rm -f "$logs"/*.log
}
for round in 1 2; do
    echo "== round $round: 1080p30 files of 600 frames (20 s), decoded as fast as they go"
    echo "-- H.264 nvh264dec x1"; time dec h264-1080p.mp4 h264parse nvh264dec sync=false
    echo "-- H.265 nvh265dec x1"; time dec h265-1080p.mp4 h265parse nvh265dec sync=false
    echo "-- H.264 nvh264dec x16"; time many 16 h264-1080p.mp4 h264parse nvh264dec sync=false
    echo "-- H.265 nvh265dec x16"; time many 16 h265-1080p.mp4 h265parse nvh265dec sync=false
    echo "-- H.264 nvh264dec x48"; time many 48 h264-1080p.mp4 h264parse nvh264dec sync=false
done
echo "== 16 H.264 streams in real time (a 4x4 wall of 1080p30 cameras, 20 s of footage)"
time many 16 h264-1080p.mp4 h264parse nvh264dec sync=true
echo "== what decodebin picks with the default ranks"
for f in h264-1080p.mp4 h265-1080p.mp4; do
    printf "%s: " $f
    $B/gst-launch-1.0 -v filesrc location=$f ! decodebin ! fakesink sync=false 2>&1 |
        grep -oE ":(nvh26[45](sl)?dec|avdec_h26[45])[0-9]*" | sort -u | tr '\n' ' '
    echo
done
