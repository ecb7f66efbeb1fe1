"""Applies the look app-wide: theme (palette + style sheet), text size, and reduced motion on every diagram.

Why one object: the theme can change while the app runs (the desktop switches to dark at sunset, or the
person picks another in View → Appearance), and every window, dialog and diagram must follow at once.
The rules (what "Follow the system" means) are desktop.model.appearance; this only asks the desktop and
applies. Diagrams register with `add_diagram` and get `set_reduced_motion` now and at every change.
"""

from __future__ import annotations

import os
import weakref

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QGraphicsView

from desktop.model import appearance
from desktop.model.settings import AppSettings
from desktop.ui import theme

STYLE = "Fusion"  # the palette and style sheet are drawn the same on every desktop
_STYLE_GIVEN = "ankleGuideStyleGiven"  # a property make_app sets on the QApplication it creates


def with_style_argument(argv: list[str]) -> list[str]:
    """The arguments to create the QApplication with: the style chosen at creation (Qt's documented
    `-style` option) is the same as setStyle(STYLE) later, but setStyle returns the QStyle to Python, and
    PySide then builds QStyle's class with its 17 enums (~6 ms before the first paint)."""
    return [*argv, "-style", STYLE]


def mark_style_given(app: QApplication) -> None:
    """Say that `app` was created by with_style_argument's arguments, so Appearance needs no setStyle."""
    app.setProperty(_STYLE_GIVEN, True)


def desktop_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def desktop_wants_high_contrast() -> bool:
    """QAccessibilityHints.contrastPreference (Qt 6.10+). Its Python wrapper was seen to go stale after
    QtMultimedia loaded (RuntimeError "already deleted"): then the desktop is taken to ask for nothing."""
    try:
        hints = QGuiApplication.styleHints().accessibility()
        return hints.contrastPreference() == Qt.ContrastPreference.HighContrast
    except RuntimeError:
        return False


def platform_name() -> str:
    return QGuiApplication.platformName()


def desktop_reduces_motion() -> bool:
    """Qt 6.11 has no "reduce motion" style hint; a desktop that turned its UI animations off says so
    through the general UI effect (desktop.model.appearance.desktop_asks_reduced_motion)."""
    return appearance.desktop_asks_reduced_motion(
        platform_name(),
        os.environ.get("XDG_CURRENT_DESKTOP", ""),
        QApplication.isEffectEnabled(Qt.UIEffect.UI_General),
    )


class Appearance(QObject):
    """Signals:
    changed(str): the theme name now in use, after it was applied.
    motion_changed(bool): reduced motion is now on (True) or off.
    """

    changed = Signal(str)
    motion_changed = Signal(bool)

    def __init__(self, app: QApplication, settings: AppSettings) -> None:
        super().__init__()  # held by the app object: it goes with it (tests build many)
        self._app = app
        self._settings = settings
        self._system_font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self._diagrams: list[weakref.ref] = []
        self.theme_name = ""
        self.reduced_motion = False
        self.text_scale = 0
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._refresh)
        hints.accessibility().contrastPreferenceChanged.connect(self._refresh)
        self.apply(settings)

    def apply(self, settings: AppSettings) -> None:
        """Use these settings' theme, text size and motion (only what changed is redone)."""
        self._settings = settings
        self._apply_theme()
        self._apply_text_scale(settings.text_scale)
        reduced = appearance.reduced_motion(settings.motion, desktop_reduces=desktop_reduces_motion())
        if reduced != self.reduced_motion:
            self.reduced_motion = reduced
            self.motion_changed.emit(reduced)
        for view in self.diagrams():
            view.set_reduced_motion(reduced)

    def add_diagram(self, view) -> None:
        """A DiagramView to keep in step with the reduced-motion setting (held weakly)."""
        self._diagrams.append(weakref.ref(view))
        view.set_reduced_motion(self.reduced_motion)

    def diagrams(self) -> list:
        alive = [ref() for ref in self._diagrams]
        self._diagrams = [weakref.ref(v) for v in alive if v is not None]
        return [v for v in alive if v is not None]

    def _refresh(self, *_args) -> None:
        self._apply_theme()

    def _apply_theme(self) -> None:
        name = appearance.theme_for(
            self._settings.theme,
            system_dark=desktop_is_dark(),
            system_high_contrast=desktop_wants_high_contrast(),
        )
        if name == self.theme_name:
            return
        self.theme_name = name
        chosen = theme.THEMES[name]
        theme.set_current(chosen)
        if not self._app.property(_STYLE_GIVEN):
            self._app.setStyle(STYLE)  # resets the palette; set next
        self._app.setPalette(theme.palette(chosen))
        self._app.setStyleSheet(theme.style_sheet(chosen))
        for widget in self._app.allWidgets():
            if isinstance(widget, QGraphicsView):
                widget.viewport().update()  # the diagram's colours changed in place
        self.changed.emit(name)

    def _apply_text_scale(self, percent: int) -> None:
        if percent == self.text_scale:
            return
        self.text_scale = percent
        font = QFont(self._system_font)
        size = font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * percent / 100)
        else:
            font.setPixelSize(max(1, round(font.pixelSize() * percent / 100)))
        self._app.setFont(font)
