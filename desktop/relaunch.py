"""What the running app does with a later launch's arguments (desktop.single_instance hands them over).

The later launch asked for something (a routine, a foot, a view, follow-along) or just for the app: its
choices are applied, unless a session is running, which a launch never interrupts; then the window in
use comes to the front.
"""

from __future__ import annotations

import contextlib
import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.app import App
    from desktop.single_instance import Claim

BUSY = "A session is running: stop it first to switch routine, foot, step or view."


def serve_later_launches(built: App, claim: Claim) -> None:
    """Answer later launches on the claimed socket for as long as the app runs."""
    from PySide6.QtCore import QCoreApplication

    from desktop.qt.instance_server import InstanceServer

    app = QCoreApplication.instance()
    server = InstanceServer(claim, app)
    server.arguments_received.connect(lambda argv: take_arguments(built, argv))
    app.aboutToQuit.connect(server.close)  # removes the socket file
    built.instance_server = server


def take_arguments(built: App, argv: list[str]) -> None:
    """Apply a later launch's command line to the running app and raise its window."""
    from desktop.cli import build_parser

    with contextlib.redirect_stderr(io.StringIO()):
        try:
            args = build_parser().parse_args(argv)
        except SystemExit:  # the later launch checked them already; a hand-made message may not be valid
            return
    window = built.window
    if any((args.routine, args.side, args.step, args.view)):
        if built.controller.in_progress:
            window.show_notice(BUSY)
        else:
            _apply_choices(built, args)
    if args.follow_along and not _follow_along_shown(built):
        built.open_follow_along()
    target = built.follow_along if _follow_along_shown(built) else window
    if target.isMinimized():
        target.showNormal()
    target.show()
    target.raise_()
    target.activateWindow()


def _follow_along_shown(built: App) -> bool:
    return built.follow_along is not None and built.follow_along.isVisible()


def _apply_choices(built: App, args) -> None:
    from desktop.model.routine import SidePlan
    from desktop.model.session_events import ItemKind

    window, controller = built.window, built.controller
    if args.side:
        window.set_side_plan(SidePlan(args.side))
    if args.routine and not controller.select_routine(args.routine):
        window.show_notice(f"No routine called '{args.routine}'.")
    if args.step:
        steps = [item for item in controller.plan if item.kind is ItemKind.STEP]
        if 1 <= args.step <= len(steps):
            controller.jump_to(steps[args.step - 1].index)
        else:
            window.show_notice(f"There is no step {args.step} in this routine.")
    if args.view:
        window.set_view(args.view)
