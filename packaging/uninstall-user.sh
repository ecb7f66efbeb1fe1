#!/usr/bin/env bash
# Removes what packaging/install-user.sh installed, with the same --prefix / ANKLE_GUIDE_PREFIX /
# XDG_DATA_HOME / HOME. Your own routines and session history (~/.local/share/AnkleGuide/) are kept.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=packaging/user-dirs.sh
. "$HERE/user-dirs.sh"
parse_prefix "$@"

launcher="$BIN_DIR/$APP_CMD"

if [ -z "${ANKLE_GUIDE_PREFIX:-}" ] && command -v pipx >/dev/null && pipx list --short 2>/dev/null | grep -q "^$APP_CMD "; then
  echo "uninstall-user: removing the app with pipx"
  pipx uninstall "$APP_CMD"
fi
# Only our own symlink into our venv: a different ankle-guide on PATH is not ours to delete.
if [ -L "$launcher" ] && [ "$(readlink "$launcher")" = "$VENV_DIR/bin/$APP_CMD" ]; then
  rm -f "$launcher"
fi
if [ -d "$VENV_DIR" ]; then
  rm -rf "$VENV_DIR"
  rmdir "$(dirname "$VENV_DIR")" 2>/dev/null || true
fi

rm -f "$DATA_DIR/applications/$APP_ID.desktop" \
      "$DATA_DIR/metainfo/$APP_ID.metainfo.xml" \
      "$DATA_DIR/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $ICON_SIZES; do
  rm -f "$DATA_DIR/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done

refresh_caches
echo "uninstall-user: done"
