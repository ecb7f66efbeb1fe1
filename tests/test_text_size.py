"""Text size: at 200 % of the system font, in a 1280×800 window, every label's text fits its rectangle
(none clipped; a label made to elide long text, desktop.ui.elided_label, shows its full text on hover)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from desktop.app import App
from desktop.cli import build_parser
from desktop.model.settings import AppSettings
from desktop.qt.settings_store import SettingsStore
from desktop.ui.elided_label import ElidedLabel


def _clipped(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.textFormat() == 1 or "<" in text:  # rich text lays itself out
        return None
    rect = label.contentsRect()
    metrics = QFontMetrics(label.font())
    if label.wordWrap():
        needed = label.heightForWidth(rect.width())
        return None if needed <= rect.height() + 1 else f"needs {needed} px high, has {rect.height()}"
    widest = max(metrics.horizontalAdvance(line) for line in text.splitlines())
    high = metrics.height() * len(text.splitlines())
    if widest <= rect.width() + 1 and high <= rect.height() + 1:
        return None
    return f"needs {widest}×{high}, has {rect.width()}×{rect.height()}"


@pytest.mark.parametrize(("percent", "language"), [(100, "en"), (200, "en"), (200, "de")])
def test_no_label_is_clipped_at_large_text(qtbot, tmp_path: Path, percent: int, language: str) -> None:
    """German is the longer language: 200 % German must fit as well."""
    store = SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    store.save(AppSettings(text_scale=percent, language=language))
    args = build_parser().parse_args(["--size", "1280x800"])
    built = App(args, history_path=tmp_path / "h.sqlite3", store=store)
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitExposed(built.window)
    qtbot.wait(200)  # let the layouts settle at the new font
    base = built.appearance._system_font.pointSizeF()
    assert QApplication.font().pointSizeF() == pytest.approx(base * percent / 100)
    problems = []
    least = built.window.minimumSizeHint().width()
    if built.window.width() > 1280 or least > 1280:  # wider than the screen
        problems.append(f"window {built.window.width()} px wide, at least {least}")
    for label in built.window.findChildren(QLabel):
        if not label.isVisible() or isinstance(label, ElidedLabel):
            continue
        why = _clipped(label)
        if why:
            problems.append(f"{label.objectName() or label.accessibleName() or label.text()[:30]!r}: {why}")
    for button in built.window.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            need = button.sizeHint()
            if button.height() < need.height() - 1 or button.width() < need.width() - 1:
                problems.append(
                    f"button {button.text()!r}: needs {need.width()}×{need.height()}, "
                    f"has {button.width()}×{button.height()}"
                )
    caption = built.window.ui.target_caption  # where the step works: its name must be readable
    shown = caption.shown_text()
    if len(shown.rstrip("…")) < min(len(caption.text()), 25):
        problems.append(f"step caption {caption.text()!r} shown as {shown!r}")
    built.close()
    assert not problems, "\n".join(problems)
