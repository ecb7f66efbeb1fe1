"""One way for tests to build the follow-along window, as the app does but without D-Bus or a main window.

Eight test files built FollowAlongWindow with the same arguments; a change to its constructor now
changes one place. tests/follow_fonts_probe.py runs in a process of its own and builds its window itself.
"""

from __future__ import annotations

from fake_inhibitor import FakeInhibitor
from pytestqt.qtbot import QtBot
from scripted_dialogs import gate_for

from desktop.model.session_gate import SessionGate
from desktop.model.settings import AppSettings
from desktop.model.zones import ZoneCatalogue, load_catalogue
from desktop.qt.session_controller import SessionController
from desktop.ui.follow_along import FollowAlongWindow


def follow_window(
    qtbot: QtBot,
    controller: SessionController,
    *,
    catalogue: ZoneCatalogue | None = None,
    settings: AppSettings | None = None,
    inhibitor: FakeInhibitor | None = None,
    gate: SessionGate | None = None,
    preparation_read: bool = True,
) -> FollowAlongWindow:
    """A follow-along window on `controller`, handed to qtbot (not shown, not entered).

    Unless given: the packaged zone catalogue in the app's language, no get-ready count-in, a fake
    screen-saver inhibitor (pass one to look at its calls), and a gate with scripted answers whose
    preparation notes count as read today (`preparation_read=False` for the "Before you start" page).
    """
    window = FollowAlongWindow(
        controller,
        catalogue if catalogue is not None else load_catalogue(),
        settings=settings if settings is not None else AppSettings(get_ready=False),
        inhibitor=inhibitor if inhibitor is not None else FakeInhibitor(),
        gate=gate if gate is not None else gate_for(controller, preparation_read=preparation_read),
    )
    qtbot.addWidget(window)
    return window
