"""What the running app does with a later launch's choices (desktop.single_instance hands them over),
and how it launches itself again ("Restart now" after choosing a language).

The later launch asked for something (a routine, a foot, a step, a view, follow-along) or just for the
app: its choices are applied, unless a session is running, which a launch never interrupts; then the
window in use comes to the front. The choices come over a socket: each is checked again here, and a
message with anything unexpected is ignored whole.

A restart starts the new process only after this one has quit its event loop and closed its socket
(desktop.startup.run_app calls `start_again` last): started earlier, the new launch would find this one
still listening, hand its options over and exit.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.zones import VIEWS

log = logging.getLogger(__name__)

BUSY = QT_TRANSLATE_NOOP(
    "relaunch", "A session is running: stop it first to switch routine, foot, step or view."
)
SIDES = ("right", "left", "both")


class RunningApp(Protocol):
    """What this module needs of desktop.app.App (named here, not imported: only the command line
    imports the app)."""

    window: Any
    controller: Any

    @property
    def follow_along(self) -> Any: ...

    def open_follow_along(self) -> Any: ...


@dataclass(frozen=True)
class Choices:
    """A later launch's options, checked: the same meaning and limits as on the command line."""

    routine: str | None = None
    side: str | None = None
    step: int | None = None
    view: str | None = None
    follow_along: bool = False

    @classmethod
    def from_message(cls, options: dict[str, object]) -> Choices | None:
        """None when any option is unknown or of the wrong kind."""
        unknown = set(options) - set(cls.__dataclass_fields__)
        routine, side, step, view = (options.get(k) for k in ("routine", "side", "step", "view"))
        follow_along = options.get("follow_along", False)
        valid = (
            not unknown
            and (routine is None or isinstance(routine, str))
            and (side is None or side in SIDES)
            and (step is None or (isinstance(step, int) and not isinstance(step, bool)))
            and (view is None or view in VIEWS)
            and isinstance(follow_along, bool)
        )
        if not valid:
            return None
        return cls(routine=routine, side=side, step=step, view=view, follow_along=follow_along)

    @property
    def changes_session(self) -> bool:
        return any(v is not None for v in (self.routine, self.side, self.step, self.view))


def serve_later_launches(built: RunningApp, claim) -> None:
    """Answer later launches on the claimed socket (a desktop.single_instance.Claim) while the app runs."""
    from PySide6.QtCore import QCoreApplication

    from desktop.qt.instance_server import InstanceServer

    app = QCoreApplication.instance()
    server = InstanceServer(claim, app)
    server.arguments_received.connect(lambda options: take_arguments(built, options))
    app.aboutToQuit.connect(server.close)  # removes the socket file


def take_arguments(built: RunningApp, options: dict[str, object]) -> None:
    """Apply a later launch's choices to the running app and raise its window."""
    choices = Choices.from_message(options)
    if choices is None:
        log.warning("ignored a later launch's options: not what the command line sends")
        return
    window = built.window
    if choices.changes_session:
        if built.controller.in_progress:
            window.show_notice(translate("relaunch", BUSY))
        else:
            _apply(built, choices)
    if choices.follow_along and not _follow_along_shown(built):
        built.open_follow_along()
    target = built.follow_along if _follow_along_shown(built) else window
    if target.isMinimized():
        target.showNormal()
    target.show()
    target.raise_()
    target.activateWindow()


def _follow_along_shown(built: RunningApp) -> bool:
    return built.follow_along is not None and built.follow_along.isVisible()


def _apply(built: RunningApp, choices: Choices) -> None:
    from desktop.model.routine import SidePlan
    from desktop.model.session_events import ItemKind

    window, controller = built.window, built.controller
    if choices.side:
        window.set_side_plan(SidePlan(choices.side))
    if choices.routine and not controller.select_routine(choices.routine):
        window.show_notice(
            translate("relaunch", "No routine called '{routine}'.").format(routine=choices.routine)
        )
    if choices.step is not None:
        steps = [item for item in controller.plan if item.kind is ItemKind.STEP]
        if 1 <= choices.step <= len(steps):
            controller.jump_to(steps[choices.step - 1].index)
        else:
            window.show_notice(
                translate("relaunch", "There is no step {number} in this routine.").format(
                    number=choices.step
                )
            )
    if choices.view:
        window.set_view(choices.view)


def restart_command(*, frozen: bool | None = None, executable: str | None = None) -> list[str]:
    """The command that opens the app afresh: the bundle's own program, else this Python with `-m desktop`
    (what the `ankle-guide` script runs). No options: the remembered settings say what to open."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    executable = executable or sys.executable
    return [executable] if frozen else [executable, "-m", "desktop"]


def start_again(spawn: Callable[[Sequence[str]], object] | None = None) -> bool:
    """Start a new instance of the app, detached, once this one has quit; False (logged) if it cannot."""
    command = restart_command()
    try:
        (spawn or _spawn_detached)(command)
    except OSError as exc:
        log.warning("could not start the app again (%s): %s", " ".join(command), exc)
        return False
    return True


def _spawn_detached(command: Sequence[str]) -> None:
    import subprocess  # here, not at start-up: ~7 ms that only a restart needs (issue 19)

    subprocess.Popen(  # our own program, no shell
        list(command), start_new_session=True, close_fds=True, stdin=subprocess.DEVNULL
    )
