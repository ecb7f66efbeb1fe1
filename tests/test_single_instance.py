"""One running window per user: a second launch hands its arguments over and exits; stale sockets.

The two-instance tests start the real command twice (subprocesses, offscreen). The first runs through
a small harness that prints what desktop.relaunch receives, so the test can see it arrive.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from desktop import single_instance
from desktop.single_instance import Claim, NotOurs, Outcome, claim_or_hand_over, socket_dir

REPO = Path(__file__).resolve().parent.parent

FIRST = textwrap.dedent(
    """
    import sys
    import desktop.relaunch as relaunch

    serve, take = relaunch.serve_later_launches, relaunch.take_arguments

    def serving(built, claim):
        serve(built, claim)
        print("serving", flush=True)

    def taking(built, options):
        take(built, options)
        asked = " ".join(f"{k}={v}" for k, v in sorted(options.items()) if v is not None)
        follow = built.follow_along is not None and built.follow_along.isVisible()
        routine = built.controller.routine.id
        print("received", asked, "| routine", routine, "| follow-along", follow, flush=True)

    relaunch.serve_later_launches, relaunch.take_arguments = serving, taking
    from desktop.cli import main
    sys.exit(main([]))
    """
)


@pytest.fixture
def runtime_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return runtime


def _stale_socket(path: Path) -> None:
    """A socket file nobody listens on, as a crashed instance leaves it."""
    path.parent.mkdir(mode=0o700, exist_ok=True)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(path))
    sock.close()
    assert stat.S_ISSOCK(path.lstat().st_mode)


def _read_line(proc: subprocess.Popen[str], prefix: str, timeout: float) -> str:
    """The first line of `proc`'s stdout starting with `prefix`, waiting up to `timeout` seconds."""
    found: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(prefix):
                found.append(line.strip())
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    if not found:
        proc.kill()
        _, err = proc.communicate(timeout=10)
        pytest.fail(f"no '{prefix}' line from the first instance within {timeout} s; stderr:\n{err[-2000:]}")
    return found[0]


@pytest.mark.slow
@pytest.mark.parametrize("leftover", ["none", "stale socket"])
def test_second_launch_hands_its_arguments_to_the_first_and_exits(runtime_dir: Path, leftover: str) -> None:
    if leftover == "stale socket":
        _stale_socket(runtime_dir / "ankle-guide" / "instance")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        _read_line(first, "serving", timeout=60)

        start = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "desktop", "--routine", "quick-break", "--side", "left", "--follow-along"],
            env=env,
            capture_output=True,
            text=True,
            timeout=2,
        )
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - start < 2
        received = _read_line(first, "received", timeout=10)
        asked = "follow_along=True routine=quick-break side=left"
        assert received == f"received {asked} | routine quick-break | follow-along True"

        # The commands that never open a window work as always while the window runs.
        version = subprocess.run(
            [sys.executable, "-m", "desktop", "--version"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert version.returncode == 0 and version.stdout.startswith("ankle-guide "), version.stderr
        listed = subprocess.run(
            [sys.executable, "-m", "desktop", "--list-routines"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert listed.returncode == 0 and "quick-break\t" in listed.stdout, listed.stderr
        shot = runtime_dir.parent / "shot.png"
        rendered = subprocess.run(
            [sys.executable, "-m", "desktop", "--screenshot", str(shot), "--size", "640x480"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert rendered.returncode == 0, rendered.stderr
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"  # rendered on its own, not handed over
        assert first.poll() is None  # and the first is still running
    finally:
        first.kill()
        first.communicate(timeout=10)


def test_socket_folder_is_private_to_the_user(runtime_dir: Path) -> None:
    folder = socket_dir()
    assert folder == runtime_dir / "ankle-guide"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700

    folder.chmod(0o755)  # made by an older version, or by hand: closed again
    assert stat.S_IMODE(socket_dir().stat().st_mode) == 0o700


def test_without_xdg_runtime_dir_the_socket_goes_to_a_private_temp_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    folder = socket_dir()
    assert folder == tmp_path / f"ankle-guide-{os.getuid()}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(os.getuid() != 0, reason="giving a folder to another user needs root")
def test_a_socket_folder_of_another_user_is_never_used(runtime_dir: Path) -> None:
    theirs = runtime_dir / "ankle-guide"
    theirs.mkdir(mode=0o700)
    os.chown(theirs, 65534, 65534)  # nobody
    with pytest.raises(NotOurs):
        socket_dir()
    assert claim_or_hand_over({"routine": "x"}) is Outcome.ALONE  # runs on its own, sends nothing


def test_a_file_in_the_sockets_place_is_left_alone(runtime_dir: Path) -> None:
    folder = runtime_dir / "ankle-guide"
    folder.mkdir(mode=0o700)
    (folder / "instance").write_text("not a socket")
    assert claim_or_hand_over({}) is Outcome.ALONE
    assert (folder / "instance").read_text() == "not a socket"


@pytest.mark.parametrize("odd", ["fifo", "folder"])
def test_a_lock_file_that_is_no_file_is_left_alone_at_once(runtime_dir: Path, odd: str) -> None:
    """A named pipe where the lock file goes: opening it to write would wait for a reader for ever,
    before any window showed."""
    folder = runtime_dir / "ankle-guide"
    folder.mkdir(mode=0o700)
    lock = folder / "instance.lock"
    os.mkfifo(lock) if odd == "fifo" else lock.mkdir()
    started = time.monotonic()
    assert claim_or_hand_over({}) is Outcome.ALONE
    assert time.monotonic() - started < 5  # not a timeout: refused as it was met
    assert stat.S_ISFIFO(lock.lstat().st_mode) if odd == "fifo" else lock.is_dir()


def test_a_stale_socket_is_replaced_and_then_answers(runtime_dir: Path, qtbot) -> None:
    from desktop.qt.instance_server import InstanceServer

    path = runtime_dir / "ankle-guide" / "instance"
    _stale_socket(path)
    claim = claim_or_hand_over({})
    assert isinstance(claim, Claim) and claim.path == path
    server = InstanceServer(claim)
    try:
        outcome: list[Claim | Outcome] = []
        sender = threading.Thread(target=lambda: outcome.append(claim_or_hand_over({"view": "posterior"})))
        with qtbot.waitSignal(server.arguments_received, timeout=5000) as received:
            sender.start()
        sender.join(5)
        assert received.args == [{"view": "posterior"}]
        assert outcome == [Outcome.HANDED_OVER]
    finally:
        server.close()
    assert not path.exists()  # closing removes the socket file


def test_a_message_that_is_not_a_command_line_is_refused(runtime_dir: Path, qtbot) -> None:
    from desktop.qt.instance_server import InstanceServer

    claim = claim_or_hand_over({})
    assert isinstance(claim, Claim)
    server = InstanceServer(claim)
    replies: list[bytes] = []

    def send(payload: bytes) -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(5)
            client.connect(str(claim.path))
            client.sendall(payload)
            replies.append(client.recv(16))

    try:
        too_long = b"x" * (70 * 1024)  # no end of line in sight: dropped unanswered, not buffered forever
        for payload in (b"not json\n", json.dumps({"options": [1, 2]}).encode() + b"\n", too_long):
            with qtbot.assertNotEmitted(server.arguments_received, wait=200):
                thread = threading.Thread(target=send, args=(payload,))
                thread.start()
                qtbot.waitUntil(lambda t=thread: not t.is_alive(), timeout=5000)
        assert replies == [b"bad\n", b"bad\n", b""]
    finally:
        server.close()


def test_an_instance_that_does_not_answer_is_not_joined_by_a_second_window(
    runtime_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = socket_dir()
    silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # listens, never answers (hung)
    silent.bind(str(folder / "instance"))
    silent.listen(1)
    monkeypatch.setattr(single_instance, "HANDOVER_TIMEOUT", 0.2)
    try:
        args = argparse.Namespace(follow_along=True, routine=None)
        assert single_instance.claim_for_window(args) == (1, None)
    finally:
        silent.close()
    assert "already running but does not answer" in capsys.readouterr().err


# --- what the running window does with a later launch's choices ------------------------------------------


@pytest.fixture
def running(qtbot, tmp_path: Path):
    from desktop.app import App
    from desktop.cli import build_parser

    built = App(
        build_parser().parse_args(["--routine", "standard", "--side", "right"]),
        history_path=tmp_path / "h.db",
    )
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    if built.follow_along is not None:
        built.follow_along.close()
    built.close()


def _routine_box(window):
    """The window's routine chooser: the combo box that lists routine ids."""
    from PySide6.QtWidgets import QComboBox

    boxes = [b for b in window.findChildren(QComboBox) if b.findData("quick-break") >= 0]
    assert len(boxes) == 1
    return boxes[0]


def test_a_later_launch_switches_routine_foot_step_and_view_and_raises_the_window(running, qtbot) -> None:
    from desktop.model.session_events import ItemKind
    from desktop.relaunch import take_arguments

    running.window.showMinimized()
    take_arguments(running, {"routine": "quick-break", "side": "left", "step": 2, "view": "posterior"})
    assert running.controller.routine.id == "quick-break"
    assert _routine_box(running.window).currentData() == "quick-break"  # the window shows it too
    assert running.controller.side_plan.value == "left"
    steps = [item for item in running.controller.plan if item.kind is ItemKind.STEP]
    assert running.controller.snapshot().index == steps[1].index
    assert running.window.diagram.view_name == "posterior"
    assert running.window.isVisible() and not running.window.isMinimized()


def test_a_later_launch_never_interrupts_a_running_session(running, qtbot) -> None:
    from desktop.model.session_events import SessionState
    from desktop.relaunch import BUSY, take_arguments

    running.controller.start_guard = None  # started without the safety questions: not what is tested here
    running.controller.start()
    qtbot.waitUntil(lambda: running.controller.state is SessionState.RUNNING)
    take_arguments(running, {"routine": "quick-break", "side": "left"})
    assert running.controller.routine.id == "standard" and running.controller.side_plan.value == "right"
    assert running.controller.state is SessionState.RUNNING
    assert running.window.statusBar().currentMessage() == BUSY


def test_a_later_launch_asking_for_follow_along_opens_it(running, qtbot) -> None:
    from desktop.relaunch import take_arguments

    take_arguments(running, {"follow_along": True})
    qtbot.waitUntil(lambda: running.follow_along is not None and running.follow_along.isVisible())


@pytest.mark.parametrize(
    "options",
    [
        {"routine": 3},
        {"side": "middle"},
        {"step": True},
        {"step": "2"},
        {"view": "top"},
        {"follow_along": "yes"},
        {"screenshot": "/tmp/x.png"},  # not something a later launch may ask
    ],
)
def test_choices_that_the_command_line_could_not_send_are_ignored_whole(running, options) -> None:
    from desktop.relaunch import Choices, take_arguments

    assert Choices.from_message(options) is None
    take_arguments(running, {"routine": "quick-break", **options})
    assert running.controller.routine.id == "standard"
