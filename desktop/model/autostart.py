"""The autostart entry (~/.config/autostart/<app id>.desktop) that exists while reminders are on.

XDG Autostart (specifications.freedesktop.org/autostart-spec): a desktop entry in
$XDG_CONFIG_HOME/autostart is started at login. Only a file this app wrote is ever removed.
"""

from __future__ import annotations

from pathlib import Path

MARK = "X-AnkleGuide-Reminders=true"


def entry_text(name: str, command: str) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={name} reminders\n"
        "Comment=Daily reminders for your ankle massage\n"
        f"Exec={command} --reminders-only\n"
        "X-GNOME-Autostart-enabled=true\n"
        f"{MARK}\n"
    )


def set_autostart(config_dir: Path, app_id: str, on: bool, *, name: str, command: str) -> str | None:
    """Write or remove the entry; None when done, else one line saying why not."""
    path = config_dir / "autostart" / f"{app_id}.desktop"
    try:
        if on:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(entry_text(name, command), encoding="utf-8")
        elif path.exists() and MARK in path.read_text(encoding="utf-8", errors="replace"):
            path.unlink()
    except OSError as exc:
        return f"{path}: {exc.strerror or exc}"
    return None
