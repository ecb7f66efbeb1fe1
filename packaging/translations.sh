#!/usr/bin/env bash
# Rebuilds the translation catalogues from the source (issue 16): pyside6-lupdate collects every
# translate()/QT_TRANSLATE_NOOP call in desktop/ into assets/i18n/ankle_guide_<lang>.ts (translators edit
# that file, e.g. with pyside6-linguist), then pyside6-lrelease compiles the .qm the app loads.
# Run it after changing any visible string; tests/test_translations.py fails while the .qm is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV_BIN:-.venv/bin}
for lang in de; do
  ts=assets/i18n/ankle_guide_$lang.ts
  "$BIN/pyside6-lupdate" -silent -extensions py -locations none -no-obsolete desktop -ts "$ts"
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
