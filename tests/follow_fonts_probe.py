"""Run in a fresh process by tests/test_follow_along_fonts.py: which font sizes follow-along makes Qt load.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python tests/follow_fonts_probe.py ROUTINE_ID

Qt logs one `qt.text.font.match` message per (family, pixel size, weight, ...) it loads a font engine
for; each engine counts in Qt's process-wide font cache, whose clean-up timer wakes the process every
10 s once ~20 of them are loaded (issue 19). A fresh process, so nothing loaded by other tests hides a
size. The window is built, shown at the screen's size, and a session of the routine is played through
every item (preparation notes first), paused, then finished to the summary. Prints one JSON object:
the (pixel size, weight) pairs requested by the session (running and paused) and by the end (summary
included), the window's size and its screen unit.
"""

from __future__ import annotations

import json
import re
import sys

from PySide6.QtCore import QLoggingCategory, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

REQUESTS: set[tuple[int, int]] = set()


def _record(mode, context, message: str) -> None:
    if context.category == "qt.text.font.match" and "request:" in message:
        size, weight = re.search(r"pixelSize: (\d+)", message), re.search(r"weight: (\d+)", message)
        if size and weight:
            REQUESTS.add((int(size.group(1)), int(weight.group(1))))


def main(routine_id: str) -> None:
    app = QApplication([])
    qInstallMessageHandler(_record)
    QLoggingCategory.setFilterRules("qt.text.font.match.debug=true")
    from fake_inhibitor import FakeInhibitor
    from scripted_dialogs import gate_for

    from desktop.model.clock import FakeClock
    from desktop.model.library import load_library
    from desktop.model.settings import AppSettings
    from desktop.model.zones import load_catalogue
    from desktop.qt.session_controller import SessionController
    from desktop.ui.follow_along import FollowAlongWindow
    from desktop.ui.follow_along_parts import unit_for

    controller = SessionController(load_library(), clock=FakeClock())
    controller.select_routine(routine_id)
    window = FollowAlongWindow(
        controller,
        load_catalogue(),
        settings=AppSettings(get_ready=False),
        inhibitor=FakeInhibitor(),
        gate=gate_for(controller, preparation_read=False),
    )
    window.enter()  # fullscreen on the (configured) screen
    app.processEvents()
    controller.start()
    app.processEvents()
    for _ in range(len(controller.plan) - 1):
        controller.next()
        app.processEvents()
    controller.pause()
    app.processEvents()
    session = sorted(REQUESTS)  # running and paused: what the session itself loaded
    controller.start()
    controller.next()  # past the last item: the summary
    app.processEvents()
    size = [window.width(), window.height()]
    result = {
        "session": session,
        "pairs": sorted(REQUESTS),
        "size": size,
        "unit": unit_for(*size),
        "summary": window.showing_summary,
    }
    print(json.dumps(result))
    window.close()


if __name__ == "__main__":
    main(sys.argv[1])
