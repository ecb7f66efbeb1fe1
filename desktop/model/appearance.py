"""How the app looks and moves: the person's choices and the rules that turn them, with what the desktop
asks for, into one theme, one text size and motion on or off.

Pure rules, tested without Qt; desktop.ui.appearance reads the desktop's wishes and applies the result.
Reduced motion follows WCAG 2.1 SC 2.2.2 (Pause, Stop, Hide) and 2.3.3 (Animation from Interactions):
with it, the diagram shows still arrows and no pulse.
"""

from __future__ import annotations

from typing import Final

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate

SYSTEM: Final = "system"
THEME_CHOICES: Final = (SYSTEM, "light", "dark", "high_contrast")
THEME_LABELS: Final = {  # shown through label(): the language is chosen after import
    SYSTEM: QT_TRANSLATE_NOOP("appearance", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("appearance", "Light"),
    "dark": QT_TRANSLATE_NOOP("appearance", "Dark"),
    "high_contrast": QT_TRANSLATE_NOOP("appearance", "High contrast"),
}
MOTION_CHOICES: Final = (SYSTEM, "reduced", "full")
MOTION_LABELS: Final = {
    SYSTEM: QT_TRANSLATE_NOOP("appearance", "Follow the system"),
    "reduced": QT_TRANSLATE_NOOP("appearance", "Reduced: still arrows, no pulsing"),
    "full": QT_TRANSLATE_NOOP("appearance", "Full: moving arrows and a gentle pulse"),
}


def theme_labels() -> dict[str, str]:
    """THEME_LABELS in the app's language, for the chooser."""
    return {choice: translate("appearance", text) for choice, text in THEME_LABELS.items()}


def motion_labels() -> dict[str, str]:
    """MOTION_LABELS in the app's language, for the chooser."""
    return {choice: translate("appearance", text) for choice, text in MOTION_LABELS.items()}


TEXT_SCALE_MIN: Final = 100  # percent of the system font
TEXT_SCALE_MAX: Final = 200
TEXT_SCALE_STEPS: Final = (100, 125, 150, 175, 200)


def theme_choice(value: object, default: str = SYSTEM) -> str:
    """A known theme choice from a stored value (any case, spaces, '-' for '_'), else `default`."""
    if isinstance(value, str):
        word = value.strip().lower().replace("-", "_").replace(" ", "_")
        if word in THEME_CHOICES:
            return word
    return default


def motion_choice(value: object, default: str = SYSTEM) -> str:
    if isinstance(value, str) and value.strip().lower() in MOTION_CHOICES:
        return value.strip().lower()
    return default


def text_scale(value: object, default: int = TEXT_SCALE_MIN) -> int:
    """A whole percentage in 100–200 from a number or numeric string; bools and junk give `default`."""
    if isinstance(value, bool):
        return default
    try:
        number = float(value.strip()) if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    if number != number or number in (float("inf"), float("-inf")):
        return default
    return int(min(max(round(number), TEXT_SCALE_MIN), TEXT_SCALE_MAX))


def theme_for(choice: str, *, system_dark: bool, system_high_contrast: bool) -> str:
    """The theme to show: the person's choice, or for "system" what the desktop asks (high contrast
    first, then dark or light)."""
    if choice != SYSTEM:
        return choice
    if system_high_contrast:
        return "high_contrast"
    return "dark" if system_dark else "light"


NO_DESKTOP_PLATFORMS: Final = frozenset({"offscreen", "minimal", "vnc", "linuxfb", "eglfs"})


def desktop_asks_reduced_motion(platform: str, current_desktop: str, effects_enabled: bool) -> bool:
    """Whether the desktop asked for less motion. Qt reports a desktop's animation switch as its
    general UI effect (GNOME's enable-animations, KDE's animation speed, Windows' and macOS' reduce
    motion) only through a platform theme: with no desktop (a bare X server, offscreen, an unknown
    Linux session: XDG_CURRENT_DESKTOP unset) the effect is off by default and says nothing."""
    if platform in NO_DESKTOP_PLATFORMS:
        return False
    if platform in ("xcb", "wayland") and not current_desktop.strip():
        return False
    return not effects_enabled


def reduced_motion(choice: str, *, desktop_reduces: bool) -> bool:
    """Motion is reduced when chosen, or when following a desktop that turned its animations off."""
    if choice == SYSTEM:
        return desktop_reduces
    return choice == "reduced"
