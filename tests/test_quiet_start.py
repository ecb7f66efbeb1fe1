"""A session start prints nothing: QtMultimedia's symbol resolver, the FFmpeg banner and the no-sound-
server warnings are silenced through Qt's logging rules and message handler (desktop.qt.sound), not by
hiding stderr. Run in a fresh process, as QtMultimedia logs only the first time it loads."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop.app import App
    from desktop.startup import make_app
    from desktop.cli import build_parser
    from desktop.model.session_events import SessionState

    class Yes:
        def safety_check(self): return True
        def before_rating(self): return 4
        def pain_advice(self, *, recording): pass
        def after_session(self, summary): return None
        def confirm(self, title, text): return True

    app = make_app(["ankle-guide"])
    built = App(build_parser().parse_args([]), history_path=Path(sys.argv[1]), dialogs=Yes())
    built.window.show()
    app.processEvents()
    built.window.start_or_toggle()  # the real sound set-up (QtMultimedia, FFmpeg) happens here
    assert built.controller.state is SessionState.RUNNING, built.controller.state
    assert built.controller.sound is not None
    for _ in range(20):
        app.processEvents()
    built.controller.stop()
    app.processEvents()
    built.window.close()
    built.close()
    print("started and stopped")
    """
)


def test_a_session_start_leaves_stderr_empty(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.pop("QT_LOGGING_RULES", None)  # the app's own rules are under test, not the test suite's
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "history.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "started and stopped"
    assert done.stderr == ""


def test_without_the_rules_qt_multimedia_would_talk(tmp_path: Path) -> None:
    """The check above can fail: the same start with Qt's default rules prints the chatter."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.multimedia*=true")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "history.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "qt.multimedia" in done.stderr
