#!/usr/bin/env bash
# Installs every Debian 12 package Pantau needs to build, run and test. Nothing is downloaded
# from anywhere else. Runs as root (CI) or through sudo (a developer's machine).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends \
  build-essential cmake ninja-build pkg-config \
  qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools \
  qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev libxkbcommon-dev \
  libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev libgstrtspserver-1.0-dev \
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad \
  gstreamer1.0-plugins-ugly gstreamer1.0-libav \
  qtkeychain-qt6-dev libqt6opengl6-dev qt6-serialport-dev libsdl2-dev libswscale-dev \
  libqt6sql6-sqlite libssl-dev \
  libopencv-dev \
  catch2 fonts-dejavu-core iproute2 dbus-daemon gnome-keyring \
  xvfb libgl1-mesa-dri libglx-mesa0
