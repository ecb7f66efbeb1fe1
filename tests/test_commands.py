"""The command table (desktop.model.command_table) is the one list of keys: the menus, tooltips, Help and
follow-along's key map come from it, and every key Help lists does what it says in every window it names.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from scripted_dialogs import ScriptedDialogs

from desktop.app import App
from desktop.cli import build_parser
from desktop.model.command_table import COMMANDS
from desktop.model.command_types import Window
from desktop.model.commands import BY_ID, help_rows
from desktop.model.session_events import SessionState
from desktop.model.session_outcome import AfterSession
from desktop.model.zones import VIEWS
from desktop.ui import dialogs as dialogs_module
from desktop.ui.menus import CHECKABLE


class QuietSound:
    """Sound cues that play nothing (the real ones load QtMultimedia for every test)."""

    muted = False

    def __init__(self, _parent=None) -> None:
        pass

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def on_event(self, _event) -> None:
        pass

    def play(self, _cue: str) -> bool:
        return True


@pytest.fixture
def built(qtbot, tmp_path: Path):
    args = build_parser().parse_args(["--routine", "quick-break", "--side", "right"])
    app = App(
        args,
        history_path=tmp_path / "history.sqlite3",
        sound_factory=QuietSound,
        dialogs=ScriptedDialogs(after=AfterSession(None)),
    )
    qtbot.addWidget(app.window)
    app.window.show()
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)  # window shortcuts need an active window
    yield app
    for window in (app.follow_along, app.history_window):
        if window is not None:
            window.close()
    app.close()


def press(target: QWidget, key: str) -> None:
    combo = QKeySequence(key)[0]
    QTest.keyClick(target, combo.key(), combo.keyboardModifiers())


def running(app: App) -> None:
    app.window.gate.start()
    assert app.controller.state is SessionState.RUNNING


def outcome(app: App) -> str:
    return app.history.sessions()[0].outcome.value


# What each key must do: (set-up before the key, check after it). `where` is the window pressed in.
Check = tuple[Callable[[App], None], Callable[[App, str, str], None]]


def _restart_setup(app: App) -> None:
    running(app)
    app.controller.add_time(10)


def _full_step_again(app: App, *_: str) -> None:
    snap = app.controller.snapshot()
    assert snap.item.duration_s - 1 < snap.remaining_s <= snap.item.duration_s


def _add_time_setup(app: App) -> None:
    running(app)
    app.before = app.controller.snapshot().remaining_s  # type: ignore[attr-defined]


def _ended_in_summary(app: App) -> None:
    running(app)
    app.controller.stop()


CHECKS: dict[str, Check] = {
    "start_pause": (lambda app: None, lambda app, where, *_: _started(app, where)),
    "previous": (
        lambda app: (running(app), app.controller.next()),
        lambda app, *_: app.controller.snapshot().index == 0 or _fail(),
    ),
    "next": (running, lambda app, *_: app.controller.snapshot().index == 1 or _fail()),
    "restart": (_restart_setup, _full_step_again),
    "add_time": (
        _add_time_setup,
        lambda app, *_: app.controller.snapshot().remaining_s > app.before + 9 or _fail(),  # type: ignore[attr-defined]
    ),
    "stop": (running, lambda app, *_: outcome(app) == "stopped" or _fail()),
    "hurts": (running, lambda app, *_: outcome(app) == "stopped_pain" or _fail()),
    "cycle_side": (lambda app: None, lambda app, *_: app.controller.side_plan.value == "left" or _fail()),
    **{
        f"view_{view}": (
            (lambda app, v=view: app.window.set_view(VIEWS[(VIEWS.index(v) + 1) % len(VIEWS)])),
            (lambda app, *_, v=view: app.window.diagram.view_name == v or _fail()),
        )
        for view in VIEWS
    },
    "follow_along": (lambda app: None, lambda app, where, *_: _follow_toggled(app, where)),
    "leave": (lambda app: None, lambda app, *_: not app.follow_along.isVisible() or _fail()),
    "rate": (_ended_in_summary, lambda app, _where, key: _rated(app, int(key))),
    "history": (lambda app: None, lambda app, *_: app.history_window.isVisible() or _fail()),
    "quit": (running, lambda app, *_: _quit_saved(app)),
    "shortcuts": (lambda app: None, lambda app, *_: _help_shown(app)),
    "next_chart": (
        lambda app: None,
        lambda app, *_: app.history_window.charts.currentIndex() == 1 or _fail(),
    ),
    "previous_chart": (  # from the first of two charts, round to the last
        lambda app: None,
        lambda app, *_: app.history_window.charts.currentIndex() == 1 or _fail(),
    ),
    "delete_sessions": (
        lambda app: (running(app), app.controller.stop()),
        lambda app, *_: _asked_before_deleting(app),
    ),
    "close_history": (lambda app: None, lambda app, *_: not app.history_window.isVisible() or _fail()),
}


def _fail() -> bool:
    raise AssertionError("the key did not do what the table says")


def _started(app: App, where: str) -> None:
    if where == Window.FOLLOW and app.settings.get_ready:
        assert app.follow_along.get_ready is not None  # the count-in runs first, then the session
    else:
        assert app.controller.state is SessionState.RUNNING


def _rated(app: App, value: int) -> None:
    assert app.follow_along.showing_summary
    assert app.history.sessions()[0].tension_after == value


def _follow_toggled(app: App, where: str) -> None:
    if where == Window.MAIN:
        assert app.follow_along is not None and app.follow_along.isVisible()
    else:
        assert not app.follow_along.isVisible() and app.window.isVisible()


def _quit_saved(app: App) -> None:
    assert not app.window.isVisible()
    assert app.follow_along is None or not app.follow_along.isVisible()
    assert outcome(app) == "stopped"


def _chart_shown(app: App, index: int) -> None:
    assert app.history_window.charts.count() == 2 and app.history_window.charts.currentIndex() == index


def _asked_before_deleting(app: App) -> None:
    assert app.asked_to_delete == ["Delete sessions"]  # type: ignore[attr-defined]
    assert len(app.history.sessions()) == 1  # answered No: nothing deleted


def _open_history(qtbot, app: App, command_id: str) -> QWidget:
    """The history window, active, with its first session chosen in the table (the Delete key's place)."""
    app.open_history_window()
    window = app.history_window
    qtbot.waitUntil(window.isVisible)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    if command_id != "delete_sessions":
        return window
    qtbot.waitUntil(lambda: window.table.model().rowCount() > 0)  # rows are read as the table shows
    flags = QItemSelectionModel.SelectionFlag  # not selectRow: it reads the keyboard's modifiers
    first = window.table.model().index(0, 0)
    window.table.selectionModel().select(first, flags.ClearAndSelect | flags.Rows)
    assert window.table.selected_ids()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    return window.table


def _help_shown(app: App) -> None:
    assert app.shown_help and "Ctrl+H" in app.shown_help[0]  # type: ignore[attr-defined]


KEYED = [
    pytest.param(window, cmd.id, key, id=f"{window}-{cmd.id}-{key}")
    for cmd in COMMANDS
    for window in sorted(cmd.windows)
    for key in cmd.keys
]


@pytest.mark.parametrize(("where", "command_id", "key"), KEYED)
def test_every_key_does_what_the_table_says(qtbot, built: App, monkeypatch, where, command_id, key) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs_module.QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    built.shown_help = shown  # type: ignore[attr-defined]
    setup, check = CHECKS[command_id]  # a KeyError here: a new keyed command needs a check
    if where == Window.FOLLOW:
        built.open_follow_along()
        qtbot.waitUntil(built.follow_along.isVisible)
        target = built.follow_along
        setup(built)
    elif where == Window.HISTORY:
        setup(built)  # first: what the window shows is read as it opens
        target = _open_history(qtbot, built, command_id)
        asked = built.asked_to_delete = []  # type: ignore[attr-defined]
        monkeypatch.setattr(
            built.history_window, "_confirm", lambda title, _text: asked.append(title) and False
        )
    else:
        target = built.window
        setup(built)
    press(target, key)
    check(built, where, key)


def test_help_lists_every_key_of_the_table_and_nothing_else() -> None:
    text = dialogs_module.shortcuts_html()
    for cmd in COMMANDS:
        if cmd.keys:
            assert cmd.key_text in text and cmd.help in text
    assert len(help_rows()) == sum(1 for c in COMMANDS if c.keys)


def test_menus_hold_every_main_window_command_with_its_keys(built: App) -> None:
    actions = built.window.menu_actions.by_id
    in_menus = {a for menu in built.window.menuBar().actions() for a in menu.menu().actions()}
    for cmd in COMMANDS:
        if Window.MAIN not in cmd.windows or not cmd.label:
            continue
        action = actions[cmd.id]
        assert action in in_menus, cmd.id
        assert [s.toString() for s in action.shortcuts()] == [QKeySequence(k).toString() for k in cmd.keys]
        assert action.isCheckable() == (cmd.id in CHECKABLE)


def test_tooltips_name_only_keys_that_work_in_their_window(built: App, qtbot) -> None:
    """A button's "(key)" must be a key of its own command in that window (the Stop "(S)" once was not)."""
    built.open_follow_along()
    qtbot.waitUntil(built.follow_along.isVisible)
    panel = built.window.timer_panel
    main_tips = {
        "previous": panel.previous_button, "next": panel.next_button, "restart": panel.restart_button,
        "add_time": panel.add_time_button, "stop": panel.stop_button, "hurts": panel.hurts_button,
        "start_pause": panel.start_pause_button,
    }  # fmt: skip
    bar = built.follow_along.controls
    follow_tips = {
        "previous": bar.previous_button, "next": bar.next_button, "add_time": bar.add_time_button,
        "stop": bar.stop_button, "hurts": bar.hurts_button, "start_pause": bar.toggle_button,
        "leave": bar.leave_button,
    }  # fmt: skip
    for window, tips in ((Window.MAIN, main_tips), (Window.FOLLOW, follow_tips)):
        for cmd_id, button in tips.items():
            cmd = BY_ID[cmd_id]
            assert window in cmd.windows
            assert button.toolTip().endswith(f"({cmd.key_text})"), (cmd_id, button.toolTip())


def test_s_stops_a_session_in_the_main_window(built: App) -> None:
    """The Stop button's tooltip says (S): S stops, and the session is saved as stopped."""
    running(built)
    QTest.keyClick(built.window, QKeySequence("S")[0].key())
    assert outcome(built) == "stopped"
    assert built.window.gate.dialogs.asked.count("after") == 1  # the summary was offered once
