#!/usr/bin/env bash
# Builds dist/ankle-guide_<version>_<arch>.deb from the PyInstaller bundle (make deb; packaging/README.md).
#   bash packaging/build-deb.sh
# The bundle (dist/ankle-guide/) is rebuilt by packaging/build.sh only when its sources changed since it
# was last built (build.sh --if-changed). Uses dpkg-deb directly: nothing is fetched from the network.
# Needs dpkg-dev, binutils and lintian (bash packaging/debian-deps.sh deb installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

APP_ID=io.github.ankleguide.AnkleGuide
PKG=ankle-guide
MAINTAINER=${DEBFULLNAME:-Ankle Guide developers}" <${DEBEMAIL:-ankle-guide@users.noreply.github.com}>"
ARCH=$(dpkg --print-architecture)
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
# A reproducible build: every file gets the date of the newest release (metainfo), unless one is given.
release_date=$(python3 -c 'import re,sys; print(re.search(r"<release version=\"[^\"]+\" date=\"([0-9-]+)\"", open(sys.argv[1]).read()).group(1))' \
    "packaging/$APP_ID.metainfo.xml")
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date -u -d "$release_date" +%s)}

bash packaging/build.sh --if-changed

BUNDLE=dist/ankle-guide
STAGE=build/deb/root
OUT=dist/${PKG}_${VERSION}_${ARCH}.deb
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/metainfo" "$STAGE/usr/share/man/man1" "$STAGE/usr/share/doc/$PKG" \
    "$STAGE/usr/share/lintian/overrides" "$STAGE/usr/share/icons/hicolor/scalable/apps"

# The app: the one-folder bundle under /opt, started through /usr/bin (the bundle finds its files from
# its own resolved path, so a symlink is enough).
cp -a "$BUNDLE" "$STAGE/opt/$PKG"
ln -s "/opt/$PKG/ankle-guide" "$STAGE/usr/bin/ankle-guide"

# Desktop integration, in the standard places (the menu entry's Exec=ankle-guide is on PATH here).
install -m 644 "packaging/$APP_ID.desktop" "$STAGE/usr/share/applications/"
install -m 644 "packaging/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/"
install -m 644 "packaging/icons/$APP_ID.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/"
for png in packaging/icons/*x*/"$APP_ID.png"; do
  size=$(basename "$(dirname "$png")")
  install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/$size/apps/$APP_ID.png"
done

# The man page, from the argparse parser.
python3 packaging/make_manpage.py "$STAGE/usr/share/man/man1/$PKG.1" "$VERSION"
gzip -9n "$STAGE/usr/share/man/man1/$PKG.1"

# Documentation Debian asks for: copyright, a changelog in Debian's format, and the README.
install -m 644 packaging/debian/copyright "$STAGE/usr/share/doc/$PKG/copyright"
install -m 644 README.md "$STAGE/usr/share/doc/$PKG/README.md"
changelog_date=$(date -u -R -d "@$SOURCE_DATE_EPOCH")
printf '%s (%s) unstable; urgency=medium\n\n  * Release %s; every change is listed in README.md and in CHANGELOG.md\n    of the source.\n\n -- %s  %s\n' \
    "$PKG" "$VERSION" "$VERSION" "$MAINTAINER" "$changelog_date" > "$STAGE/usr/share/doc/$PKG/changelog"
gzip -9n "$STAGE/usr/share/doc/$PKG/changelog"
install -m 644 packaging/debian/lintian-overrides "$STAGE/usr/share/lintian/overrides/$PKG"

# Binaries as Debian wants them. A search path into the build machine (a pyenv interpreter's
# /root/.pyenv/..., libpulse's /usr/lib/.../pulseaudio) is removed: the bundle's loader finds those
# libraries in _internal. Paths relative to $ORIGIN (Qt, wheels) stay. The interpreter's own libraries
# are stripped; wheel libraries are not (stripping patchelf-edited libraries can break them).
while IFS= read -r -d '' elf; do
  runpath=$(objdump -p "$elf" | awk '$1 == "RUNPATH" || $1 == "RPATH" {print $2}')
  if [ -n "$runpath" ] && [[ "$runpath" != *'$ORIGIN'* ]]; then
    chrpath -d "$elf" >/dev/null
  fi
done < <(find "$STAGE/opt/$PKG" -type f -name '*.so*' -print0)
strip --strip-unneeded --remove-section=.comment --remove-section=.note \
    "$STAGE/opt/$PKG"/_internal/libpython3*.so* "$STAGE/opt/$PKG"/_internal/python3*/lib-dynload/*.so

# Ownership and modes as Debian wants them: root-owned (dpkg-deb --root-owner-group), directories 755,
find "$STAGE" -type d -exec chmod 755 {} +
# files 644 except the executable (a shared library needs no execute bit to be loaded).
find "$STAGE" -type f ! -path "*/DEBIAN/*" -exec chmod 644 {} +
chmod 755 "$STAGE/opt/$PKG/ankle-guide"

# Depends: exactly the libraries the bundle leaves to the system (a checked step: it fails, naming the
# library, when one cannot be traced to an installed package). fontconfig-config: the bundled fontconfig
# reads the system's /etc/fonts, and it brings a font (fonts-dejavu-core or another); no ELF file says so.
deps=$(python3 packaging/deb_depends.py "$STAGE/opt/$PKG")
depends="$(sed -n 's/^Depends: //p' <<<"$deps"), fontconfig-config"
recommends=$(sed -n 's/^Recommends: //p' <<<"$deps")
# Spoken cues talk to the speech-dispatcher service (its client library is in the bundle, or recommended).
installed_size=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)

cat > "$STAGE/DEBIAN/control" <<EOF
Package: $PKG
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $installed_size
Depends: $depends
Recommends: $recommends
Suggests: speech-dispatcher
Section: misc
Priority: optional
Description: guided self-massage for ankle pain and tension
 Ankle Guide walks you through massaging your own ankle, one timed step at a
 time. A diagram of the foot and lower leg shows where your hands go; a step
 list and a timer say what to do, how firmly and for how long. It keeps a
 history of how tense the ankle felt before and after each session.
 .
 It is not medical advice. It works offline and sends nothing anywhere.
 .
 This package holds a self-contained build (Python, Qt and the libraries the
 app needs) in /opt/ankle-guide.
EOF
# The md5sums dpkg checks installed files against (dpkg --verify).
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
  | xargs -0 md5sum > DEBIAN/md5sums)
chmod 644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"

mkdir -p dist
rm -f "$OUT"
# xz at a low level: most of the size is already-compressed libraries, and level 6 takes minutes more.
dpkg-deb --root-owner-group -Zxz -z3 --build "$STAGE" "$OUT"
echo "build-deb: $OUT ($(du -h "$OUT" | cut -f1)); Depends: $depends"
echo "build-deb: Recommends: $recommends"

if command -v lintian >/dev/null; then
  echo "build-deb: lintian"
  # Errors fail the build; every warning left is either fixed or overridden with its reason
  # (packaging/debian/lintian-overrides).
  lintian --fail-on error,warning --tag-display-limit 0 "$OUT"
else
  echo "build-deb: lintian is not installed; the package was not checked (bash packaging/debian-deps.sh deb)" >&2
  exit 1
fi
