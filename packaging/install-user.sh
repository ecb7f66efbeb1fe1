#!/usr/bin/env bash
# Installs Ankle Guide for the current user, no root needed:
#   - the app: with pipx when it is on PATH and no prefix is given, else into <data>/ankle-guide/venv
#     with a launcher symlink <bin>/ankle-guide;
#   - the desktop entry, icons (hicolor PNGs + scalable SVG) and AppStream metainfo under <data>.
# <data> is $XDG_DATA_HOME (default ~/.local/share) and <bin> is ~/.local/bin, or <prefix>/share and
# <prefix>/bin with --prefix DIR or ANKLE_GUIDE_PREFIX=DIR.
# ANKLE_GUIDE_INSTALL_SKIP_APP=1 installs only the desktop files (tests use it); PYTHON picks the interpreter.
# Existing desktop/icon caches are refreshed; none is created. packaging/uninstall-user.sh undoes all this.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=packaging/user-dirs.sh
. "$HERE/user-dirs.sh"
parse_prefix "$@"

PYTHON=${PYTHON:-python3}
launcher="$BIN_DIR/$APP_CMD"

install_app() {
  if [ "${ANKLE_GUIDE_INSTALL_SKIP_APP:-}" = 1 ]; then
    echo "install-user: skipping the app itself (ANKLE_GUIDE_INSTALL_SKIP_APP=1)"
    return
  fi
  if [ -z "${ANKLE_GUIDE_PREFIX:-}" ] && command -v pipx >/dev/null; then
    echo "install-user: installing the app with pipx"
    pipx install --force --python "$PYTHON" "$REPO"
    launcher="$(pipx environment --value PIPX_BIN_DIR 2>/dev/null || echo "$BIN_DIR")/$APP_CMD"
    return
  fi
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "install-user: $PYTHON is older than Python 3.11; set PYTHON=python3.11 or newer" >&2; exit 1; }
  echo "install-user: installing the app into $VENV_DIR"
  [ -x "$VENV_DIR/bin/python" ] || "$PYTHON" -m venv "$VENV_DIR"
  "$VENV_DIR/bin/python" -m pip install --quiet --upgrade pip
  "$VENV_DIR/bin/python" -m pip install --quiet --upgrade "$REPO"
  mkdir -p "$BIN_DIR"
  if [ -e "$launcher" ] && [ ! -L "$launcher" ]; then
    echo "install-user: $launcher exists and is not our launcher; leaving it, the menu entry uses the venv" >&2
    launcher="$VENV_DIR/bin/$APP_CMD"
  else
    ln -sfn "$VENV_DIR/bin/$APP_CMD" "$launcher"
  fi
}

install_app

# The menu entry runs the launcher by its full path: ~/.local/bin is not on every session's PATH.
mkdir -p "$DATA_DIR/applications" "$DATA_DIR/metainfo" "$DATA_DIR/icons/hicolor/scalable/apps"
sed "s|^Exec=$APP_CMD\$|Exec=$launcher|" "$HERE/$APP_ID.desktop" > "$DATA_DIR/applications/$APP_ID.desktop"
chmod 644 "$DATA_DIR/applications/$APP_ID.desktop"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$DATA_DIR/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$HERE/icons/$APP_ID.svg" "$DATA_DIR/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $ICON_SIZES; do
  install -D -m 644 "$HERE/icons/${size}x${size}/$APP_ID.png" "$DATA_DIR/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done

refresh_caches
echo "install-user: done; start it from the menu or run $launcher"
