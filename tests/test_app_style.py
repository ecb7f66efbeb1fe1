"""The app draws with Fusion on every desktop, whichever way its QApplication was made: by make_app (the
style given at creation, with no setStyle call) or by someone else (Appearance sets it)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QApplication

from desktop.model.settings import AppSettings
from desktop.ui import theme
from desktop.ui.appearance import Appearance

SCRIPT = textwrap.dedent(
    """
    from PySide6.QtGui import QPalette
    from desktop.startup import make_app
    from desktop.model.settings import AppSettings
    from desktop.ui import theme
    from desktop.ui.appearance import Appearance

    app = make_app(["ankle-guide"])
    given = app.style().metaObject().className()  # before a style sheet wraps it
    look = Appearance(app, AppSettings(theme="dark"))
    window = app.palette().color(QPalette.ColorRole.Window).name()
    print(given, look.theme_name, window == theme.THEMES["dark"].window)
    """
)


def test_the_started_app_uses_fusion_even_when_the_desktop_asks_for_another_style() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_STYLE_OVERRIDE": "Windows"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["QFusionStyle", "dark", "True"]


def test_appearance_sets_fusion_on_an_application_made_elsewhere(qapp: QApplication) -> None:
    qapp.setStyle("Windows")
    sheet = qapp.styleSheet()
    try:
        Appearance(qapp, AppSettings(theme="light"))
        assert qapp.palette().color(qapp.palette().ColorRole.Window).name() == theme.THEMES["light"].window
        qapp.setStyleSheet("")  # the style sheet wraps the style: look at the style beneath
        assert qapp.style().metaObject().className() == "QFusionStyle"
    finally:
        qapp.setStyle("Fusion")
        qapp.setStyleSheet(sheet)
        theme.set_current(theme.THEMES["light"])
