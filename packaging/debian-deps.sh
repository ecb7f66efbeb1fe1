#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Qt needs (X/xcb libraries, GL, fonts, libpulse0 for QtMultimedia,
# Xvfb, xdotool and xwd (x11-apps) for headless runs and the real-X click test) when any is missing. Uses sudo unless already root.
set -euo pipefail
pkgs=(libegl1 libgl1 libfontconfig1 fonts-dejavu-core libpulse0 libdbus-1-3
      libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-image0 libxcb-randr0
      libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0
      xvfb xauth xdotool x11-apps imagemagick desktop-file-utils appstream)
command -v dpkg-query >/dev/null || { echo "debian-deps: not a Debian/Ubuntu system; install the Qt X11 libraries yourself" >&2; exit 0; }
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "debian-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
