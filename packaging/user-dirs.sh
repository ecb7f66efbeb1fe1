# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this file
# Shared by install-user.sh and uninstall-user.sh (sourced, not run): names and where things go,
# so the two scripts can never disagree about a path.
APP_ID=io.github.ankleguide.AnkleGuide
APP_CMD=ankle-guide
ICON_SIZES="16 32 48 64 128 256"
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# parse_prefix [--prefix DIR]: sets DATA_DIR, BIN_DIR and VENV_DIR.
parse_prefix() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --prefix) [ $# -ge 2 ] || { echo "--prefix needs a directory" >&2; exit 2; }; ANKLE_GUIDE_PREFIX=$2; shift 2 ;;
      --prefix=*) ANKLE_GUIDE_PREFIX=${1#--prefix=}; shift ;;
      -h|--help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
      *) echo "unknown argument: $1 (only --prefix DIR)" >&2; exit 2 ;;
    esac
  done
  if [ -n "${ANKLE_GUIDE_PREFIX:-}" ]; then
    DATA_DIR="$ANKLE_GUIDE_PREFIX/share"
    BIN_DIR="$ANKLE_GUIDE_PREFIX/bin"
  else
    : "${HOME:?HOME is not set}"
    DATA_DIR="${XDG_DATA_HOME:-$HOME/.local/share}"
    BIN_DIR="$HOME/.local/bin"
  fi
  VENV_DIR="$DATA_DIR/ankle-guide/venv"
}

# Refresh the menu and icon caches that already exist; creating one where there was none would only
# hide icons installed later by others.
refresh_caches() {
  if [ -f "$DATA_DIR/applications/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$DATA_DIR/applications" || true
  fi
  local hicolor="$DATA_DIR/icons/hicolor"
  if [ -f "$hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
    if find "$hicolor" -mindepth 3 -type f -print -quit | grep -q .; then
      gtk-update-icon-cache -q -f -t "$hicolor" || true
    else
      rm -f "$hicolor/icon-theme.cache"  # the tool writes nothing for an empty theme: drop the stale cache
    fi
  fi
}
