#!/bin/bash
# Builds the folder that the NVDEC probe (nvdec-probe.sh) needs on a lent GPU machine, whose image
# has no GStreamer: Debian 12's gst-launch/gst-inspect, the few plugins a decode needs, every
# library they load except the C and C++ runtimes (the machine has newer ones), and two 20 s
# 1080p30 test files (H.264 and H.265) encoded here. About 23 MB, well inside the 64 MiB carry.
#
#   tests/bench/gpu/nvdec-carry.sh .gpu      # then: run with carry [".gpu"] and
#                                            # command "bash .gpu/nvdec-probe.sh | tee $OUT/gpu.log"
# The folder must be ignored by git (echo /.gpu/ >> .git/info/exclude).
set -euo pipefail
dest=${1:?usage: nvdec-carry.sh FOLDER}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
plugins=/usr/lib/x86_64-linux-gnu/gstreamer-1.0
root=$work/gpuroot
mkdir -p "$root/lib" "$root/plugins" "$root/bin" "$dest"

(cd "$work" && apt-get download gstreamer1.0-tools >/dev/null && dpkg -x gstreamer1.0-tools_*.deb tools)
cp "$work"/tools/usr/bin/gst-launch-1.0 "$work"/tools/usr/bin/gst-inspect-1.0 "$root/bin/"
cp /usr/lib/x86_64-linux-gnu/gstreamer1.0/gstreamer-1.0/gst-plugin-scanner "$root/bin/"
for p in coreelements isomp4 nvcodec videoparsersbad videoconvertscale app playback typefindfunctions; do
    cp "$plugins/libgst$p.so" "$root/plugins/"
done
for f in "$root"/plugins/*.so "$root"/bin/*; do ldd "$f" | awk '/=>/ {print $3}'; done | sort -u |
    grep -vE '/(libc|libm|libpthread|libdl|librt|ld-linux-x86-64|libstdc\+\+|libgcc_s)\.so' |
    xargs cp -L -t "$root/lib/"
tar -C "$work" -cJf "$dest/gpuroot.tar.xz" gpuroot

# The test files: a moving SMPTE pattern, 600 frames, keyframe every second, as cameras send.
export GST_PLUGIN_SYSTEM_PATH=$plugins
launch=$work/tools/usr/bin/gst-launch-1.0
src="videotestsrc num-buffers=600 pattern=smpte horizontal-speed=4 ! video/x-raw,width=1920,height=1080,framerate=30/1"
$launch -q $src ! x264enc bitrate=4000 key-int-max=30 speed-preset=veryfast tune=zerolatency ! \
    video/x-h264,profile=main ! h264parse ! mp4mux ! filesink location="$dest/h264-1080p.mp4"
$launch -q $src ! x265enc bitrate=3000 key-int-max=30 speed-preset=ultrafast tune=zerolatency ! \
    h265parse ! mp4mux ! filesink location="$dest/h265-1080p.mp4"
cp "$here/nvdec-probe.sh" "$dest/"
du -sh "$dest"
