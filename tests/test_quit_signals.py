"""SIGTERM and SIGINT quit the app through Qt: a running session is saved as stopped, the exit code is 0,
and nothing of Qt's offscreen chatter reaches stderr."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.model.history import HistoryStore

CHILD = textwrap.dedent(
    """
    import sys
    from desktop import app as app_module
    from desktop import startup as startup_module
    from desktop.cli import build_parser

    class Quiet:  # the session gate's questions, answered as a person in a hurry would
        def safety_check(self): return True
        def before_rating(self): return None
        def pain_advice(self, *, recording): pass
        def after_session(self, summary): return None
        def confirm(self, title, text): return True

    class StartingApp(app_module.App):
        def __init__(self, args, **kwargs):
            super().__init__(args, dialogs=Quiet(), sound_factory=None, **kwargs)
            from PySide6.QtCore import QTimer
            QTimer.singleShot(0, self._begin)

        def ensure_sound(self):  # no QtMultimedia in this test
            pass

        def _begin(self):
            self.window.gate.start()
            print("running" if self.controller.in_progress else "not running", flush=True)

    app_module.App = StartingApp
    args = build_parser().parse_args(["--routine", "quick-break", "--side", "right"])
    sys.exit(startup_module.run_app(args))
    """
)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_quits_cleanly_and_saves_the_session_as_stopped(tmp_path: Path, sig: signal.Signals) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    env.pop("QT_LOGGING_RULES", None)  # the app's own filtering is under test, not the test suite's
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = child.stdout.readline().strip()
        assert line == "running"
        child.send_signal(sig)
        _, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err
    assert "propagateSizeHints" not in err
    (db,) = (tmp_path / "data").rglob("history.sqlite3")
    store = HistoryStore(db)
    try:
        (record,) = store.sessions()
        assert record.outcome.value == "stopped"
    finally:
        store.close()
