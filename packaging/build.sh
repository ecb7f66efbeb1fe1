#!/usr/bin/env bash
# Builds the one-folder bundle dist/ankle-guide/ from a clean checkout, then smoke-tests it.
#   bash packaging/build.sh                # always rebuilds
#   bash packaging/build.sh --if-changed   # reuses dist/ankle-guide/ when its sources are unchanged
# Uses its own venv (build/venv, or $ANKLE_GUIDE_BUILD_VENV) with the app installed from source, not
# editable, plus PyInstaller: the bundle then carries the package metadata that --version reads.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${ANKLE_GUIDE_BUILD_VENV:-build/venv}
BUNDLE=dist/ankle-guide
start=$(date +%s)

# What the bundle is built from; its hash, kept in build/ after a good build, lets make deb and the
# tests reuse the bundle instead of building it again (a few minutes on a small machine).
STAMP=build/bundle-source.sha256
source_hash() {
  find desktop assets routines pyproject.toml packaging/ankle-guide.spec packaging/build.sh -type f \
      ! -path '*/__pycache__/*' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}
hash=$(source_hash)
if [ "${1:-}" = "--if-changed" ] && [ -x "$BUNDLE/ankle-guide" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$hash" ]; then
  echo "build: $BUNDLE is up to date with its sources ($STAMP); not rebuilt"
  exit 0
fi
rm -f "$STAMP"

[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
# A local directory is always rebuilt and reinstalled, so the bundle has today's sources.
"$VENV/bin/python" -m pip install --quiet '.[package]'

"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/ankle-guide.spec

# A self-built interpreter (pyenv) carries debug info: strip it. Wheel libraries are left as they are
# (stripping patchelf-edited libraries can break them).
if command -v strip >/dev/null; then
  strip --strip-debug "$BUNDLE"/_internal/libpython3*.so* "$BUNDLE"/_internal/python3*/lib-dynload/*.so
fi

echo "build: smoke-testing $BUNDLE"
# The bundle runs in a throw-away home: no real user file is read or touched.
sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
mkdir -m 700 "$sandbox/runtime"
run_bundle() {
  HOME="$sandbox" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" \
    XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/runtime" QT_QPA_PLATFORM=offscreen \
    "$BUNDLE/ankle-guide" "$@"
}
want=$("$VENV/bin/python" -c 'import desktop; print(desktop.__version__)')
got=$(run_bundle --version)
[ "$got" = "ankle-guide $want" ] || { echo "build: --version printed '$got', expected 'ankle-guide $want'" >&2; exit 1; }

# The Qt pieces the app relies on must have come along (see the hiddenimports in the spec).
for f in libQt6Svg.so.6 libQt6Multimedia.so.6 plugins/imageformats/libqsvg.so plugins/iconengines/libqsvgicon.so \
         plugins/platforms/libqxcb.so plugins/platforms/libqoffscreen.so; do
  found=$(find "$BUNDLE/_internal" -path "*/PySide6/Qt/*" -path "*/$f" -print -quit)
  [ -n "$found" ] || { echo "build: $f is missing from the bundle" >&2; exit 1; }
done
find "$BUNDLE/_internal" -path "*/plugins/multimedia/*.so" | grep -q . \
  || { echo "build: no Qt multimedia plugin in the bundle" >&2; exit 1; }
[ -d "$BUNDLE/_internal/desktop/_data/assets" ] || { echo "build: assets missing from the bundle" >&2; exit 1; }
[ -f "$BUNDLE/_internal/desktop/_data/assets/i18n/ankle_guide_de.qm" ] || { echo "build: the German catalogue is missing from the bundle" >&2; exit 1; }
# Every shipped routine must load from inside the bundle.
shipped=$(find routines -maxdepth 1 -name '*.toml' | wc -l)
listed=$(run_bundle --list-routines | wc -l)
[ "$listed" -eq "$shipped" ] || { echo "build: bundle lists $listed routines, routines/ has $shipped" >&2; exit 1; }

# Show the window once, offscreen, and save it.
shot=${ANKLE_GUIDE_SMOKE_SHOT:-build/smoke-screenshot.png}
mkdir -p "$(dirname "$shot")"
rm -f "$shot"
run_bundle --screenshot "$shot"
[ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] \
  || { echo "build: --screenshot did not write a PNG to $shot" >&2; exit 1; }

mkdir -p build
echo "$hash" > "$STAMP"
echo "build: OK in $(( $(date +%s) - start )) s: $BUNDLE is $(du -sh "$BUNDLE" | cut -f1), screenshot $shot"
