#!/usr/bin/env bash
# The Debian/Ubuntu packages each task needs, installed only when missing (with sudo unless root):
#   bash packaging/debian-deps.sh runtime      # what the app needs to run            (make run)
#   bash packaging/debian-deps.sh test         # runtime + test tools + package build  (make test)
#   bash packaging/debian-deps.sh deb          # runtime + package build tools         (make deb)
#   bash packaging/debian-deps.sh bundle       # runtime + binutils                    (make bundle)
#   bash packaging/debian-deps.sh setup        # make and python3-venv, which make itself needs
#   bash packaging/debian-deps.sh --list GROUP # print a group's packages on one line (README, tests)
# When sudo is missing or refused, it prints the exact apt-get line to run and exits 1: nothing half-done.
# The README's Quick start lists these groups word for word (tests/test_setup_deps.py checks it).
set -euo pipefail

# Needed before `make` can do anything: make, and venv for `python3 -m venv` (optional on Debian/Ubuntu).
SETUP=(make python3-venv)
# Qt's X11/xcb libraries, GL, fonts, D-Bus, libpulse0 (QtMultimedia needs it even without sound), and
# gdbus (libglib2.0-bin), which sends reminder notifications (PySide6 cannot pass Notify's uint32).
RUNTIME=(libegl1 libgl1 libfontconfig1 fonts-dejavu-core libpulse0 libdbus-1-3
         libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-image0 libxcb-randr0
         libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 libglib2.0-bin)
# Headless runs and the real-X tests (Xvfb, xdotool, xwd from x11-apps, ImageMagick), metadata validators,
# pdftotext/pdftoppm for the printed-card tests (poppler-utils), a session bus for the notification and
# screen-reader tests (dbus), and the AT-SPI registry and its Python reader for the screen-reader test.
TEST=(xvfb xauth xdotool x11-apps imagemagick desktop-file-utils appstream poppler-utils dbus
      at-spi2-core python3-pyatspi)
# make deb: dpkg-deb/dpkg-shlibdeps (dpkg-dev), objdump and strip (binutils), chrpath, lintian, and the
# optional libraries the bundle's plugins use, so their packages can be named in Recommends.
DEB=(dpkg-dev binutils chrpath lintian libspeechd2 libwayland-client0 libwayland-cursor0 libwayland-egl1)

group=${1:-}
list_only=0
if [ "$group" = "--list" ]; then
  list_only=1
  group=${2:-}
fi
case "$group" in
  setup)   pkgs=("${SETUP[@]}") ;;
  runtime) pkgs=("${RUNTIME[@]}") ;;
  test)    pkgs=("${RUNTIME[@]}" "${TEST[@]}" "${DEB[@]}") ;;
  deb)     pkgs=("${RUNTIME[@]}" "${DEB[@]}") ;;
  bundle)  pkgs=("${RUNTIME[@]}" binutils) ;;
  test-tools) pkgs=("${TEST[@]}") ;;
  deb-tools)  pkgs=("${DEB[@]}") ;;
  *) echo "usage: debian-deps.sh [--list] setup|runtime|test|bundle|deb|test-tools|deb-tools" >&2; exit 2 ;;
esac
if [ "$list_only" -eq 1 ]; then
  echo "${pkgs[*]}"
  exit 0
fi

command -v dpkg-query >/dev/null || {
  echo "debian-deps: not a Debian/Ubuntu system; install the equivalent of: ${pkgs[*]}" >&2
  exit 0
}
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

line="apt-get install --no-install-recommends ${missing[*]}"
give_up() {
  echo "debian-deps: $1. Install the missing packages yourself, then run make again:" >&2
  echo "  sudo $line" >&2
  exit 1
}
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null; then
  sudo=(sudo)
else
  give_up "${missing[*]} missing, and sudo is not available"
fi
echo "debian-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq || give_up "apt-get update failed (or sudo was refused)"
# shellcheck disable=SC2086 # $line is words on purpose
"${sudo[@]}" $line -y -qq || give_up "apt-get install failed (or sudo was refused)"
