"""Child program for the real-screen tests: drives the real app under an X server and reads the screen.

Run by tests/real_screen.py with DISPLAY set and QT_QPA_PLATFORM=xcb; never collected by pytest.

Each scenario presses the keys (or moves the pointer) a person would, lets the event loop paint, and then
reads the diagram's pixels from the X server (`QScreen.grabWindow(0, ...)`: what the screen shows, partial
repaints included). It then forces a full repaint of the same state and reads the screen again: a partial
repaint that left anything stale differs from that. It also checks, against the plain artwork (every zone
and cue hidden, fully repainted), that the zones of the step before are back to plain and that the current
zones are marked. Results go to OUT/results.json; the screen captures to OUT/*.png.

    python tests/screen_scenarios.py OUT [SCENARIO ...]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsView, QToolTip, QWidget

SIZE = (1280, 800)
BURST_S = 0.3  # the diagram's motion burst, shortened so each scenario settles quickly
SETTLE_MS = 350  # event-loop time for paints to reach the X server once nothing moves
TOLERANCE = 6  # per-channel difference treated as equal (the X server stores what Qt sent, exactly)


def pump(ms: int) -> None:
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        QApplication.processEvents()
        time.sleep(0.005)


def diagrams_of(window: QWidget) -> QGraphicsView:
    from desktop.ui.diagram_view import DiagramView

    found = [d for d in window.findChildren(DiagramView) if d.isVisible()]
    if not found:
        raise RuntimeError("no visible diagram")
    return found[0]


def settle(diagram) -> None:
    """Let every burst finish and every paint reach the screen."""
    timer = QElapsedTimer()
    timer.start()
    while diagram.animating and timer.elapsed() < 5000:
        pump(20)
    pump(SETTLE_MS)


def screen_pixels(diagram) -> np.ndarray:
    """The diagram viewport's pixels as the X server holds them (H×W×3, uint8)."""
    QToolTip.hideText()  # a tooltip is a window of its own over the diagram, not the diagram's paint
    pump(60)
    viewport = diagram.viewport()
    origin = viewport.mapToGlobal(QPoint(0, 0))
    screen = QGuiApplication.primaryScreen()
    pixmap = screen.grabWindow(0, origin.x(), origin.y(), viewport.width(), viewport.height())
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    rows = data.reshape(height, image.bytesPerLine())[:, : width * 4].reshape(height, width, 4)
    return rows[:, :, 2::-1].copy()  # BGRA in memory → RGB


def steady_pixels(diagram, timeout_ms: int = 6000) -> np.ndarray:
    """The screen once two reads 150 ms apart agree: on a loaded machine paints reach the X server late.

    A stale area never changes by itself, so waiting for the screen to settle cannot hide one."""
    timer = QElapsedTimer()
    timer.start()
    last = screen_pixels(diagram)
    while timer.elapsed() < timeout_ms:
        pump(150)
        now = screen_pixels(diagram)
        if np.array_equal(now, last):
            return now
        last = now
    return last


def full_repaint(diagram) -> np.ndarray:
    """The same state painted whole, as grab() would: the reference for 'nothing stale'."""
    diagram.viewport().repaint()
    pump(SETTLE_MS)
    return steady_pixels(diagram)


def plain_pixels(diagram) -> np.ndarray:
    """The view's artwork with no zone or cue drawn (items hidden, then the whole viewport repainted)."""
    from desktop.ui.zone_item import ZoneItem

    hidden = []
    for item in diagram.scene().items():
        if item.isVisible() and (isinstance(item, ZoneItem) or item.zValue() >= 400):
            item.setVisible(False)
            hidden.append(item)
    plain = full_repaint(diagram)
    for item in hidden:
        item.setVisible(True)
    full_repaint(diagram)
    return plain


def zone_mask(diagram, zone_ids, *, grow: float) -> np.ndarray:
    """Viewport pixels inside these zones' exact shapes, widened by `grow` pixels (glow, outline)."""
    from desktop.ui.zone_item import ZoneItem

    viewport = diagram.viewport()
    image = QImage(viewport.width(), viewport.height(), QImage.Format.Format_Grayscale8)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    transform = diagram.viewportTransform()
    for item in diagram.scene().items():
        if isinstance(item, ZoneItem) and item.zone_id in zone_ids:
            path: QPainterPath = transform.map(item.path())
            painter.fillPath(path, QColor(255, 255, 255))
            if grow > 0:
                from PySide6.QtGui import QPainterPathStroker

                stroker = QPainterPathStroker()
                stroker.setWidth(grow * 2)
                painter.fillPath(stroker.createStroke(path), QColor(255, 255, 255))
    painter.end()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width()] > 0


def cue_mask(diagram) -> np.ndarray:
    """Pixels under the motion cues and labels (drawn above zones; they may cover a previous zone)."""
    viewport = diagram.viewport()
    mask = np.zeros((viewport.height(), viewport.width()), dtype=bool)
    for item in diagram.scene().items():
        if item.isVisible() and item.zValue() >= 400:
            rect = diagram.mapFromScene(item.sceneBoundingRect()).boundingRect().adjusted(-3, -3, 3, 3)
            x0, y0 = max(0, rect.left()), max(0, rect.top())
            mask[y0 : max(y0, rect.bottom() + 1), x0 : max(x0, rect.right() + 1)] = True
    return mask


def _transform_of(diagram) -> tuple[float, ...]:
    """Where the drawing sits in the viewport (scale and offset): equal values mean it did not move."""
    t = diagram.viewportTransform()
    origin = diagram.viewport().mapTo(diagram.window(), QPoint(0, 0))
    return (t.m11(), t.m22(), t.dx() + origin.x(), t.dy() + origin.y())


def differing(a: np.ndarray, b: np.ndarray, where: np.ndarray | None = None) -> int:
    diff = np.abs(a.astype(np.int16) - b.astype(np.int16)).max(axis=2) > TOLERANCE
    if where is not None:
        diff &= where
    return int(diff.sum())


def save(pixels: np.ndarray, path: Path) -> None:
    rgba = np.dstack([pixels, np.full(pixels.shape[:2], 255, np.uint8)]).copy()
    image = QImage(rgba.data, rgba.shape[1], rgba.shape[0], rgba.shape[1] * 4, QImage.Format.Format_RGBA8888)
    image.save(str(path))


def _skip_safety_and_ratings() -> None:
    """These scenarios are about painting: today's safety check counts as done, and any dialog that
    still opens (the optional ratings) is dismissed as a person skipping it would."""
    from dataclasses import replace
    from datetime import date

    from PySide6.QtCore import QTimer

    from desktop.qt.settings_store import SettingsStore

    store = SettingsStore()
    store.save(replace(store.load(), safety_checked_on=date.today().isoformat(), get_ready=False))

    def dismiss() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and hasattr(dialog, "reject"):
            dialog.reject()

    timer = QTimer(QApplication.instance())
    timer.timeout.connect(dismiss)
    timer.start(100)


class _NoToolTips(QObject):
    """Tooltips are windows of their own that may pop up over the diagram between two reads."""

    def eventFilter(self, watched, event) -> bool:
        return event.type() == QEvent.Type.ToolTip


class Probe:
    """One app, one window, and the checks made after each thing a person does."""

    def __init__(self, out: Path) -> None:
        from desktop.app import App
        from desktop.cli import build_parser
        from desktop.startup import make_app

        self.out = out
        self.qapp = make_app([sys.argv[0]])
        _skip_safety_and_ratings()
        self._no_tips = _NoToolTips()
        self.qapp.installEventFilter(self._no_tips)
        args = build_parser().parse_args(
            ["--routine", "standard", "--side", "right", "--view", "medial", "--size", f"{SIZE[0]}x{SIZE[1]}"]
        )
        self.app = App(args, history_path=out / "history.sqlite3")
        self.window = self.app.window
        self.window.move(0, 0)
        self.window.show()
        self.window.activateWindow()
        QTest.qWaitForWindowExposed(self.window)
        for diagram in self._diagrams():
            diagram.set_animation_policy(BURST_S, 12)
        self.results: dict[str, dict] = {}

    def _diagrams(self):
        from desktop.ui.diagram_view import DiagramView

        windows = [self.window] + ([self.app.follow_along] if self.app.follow_along is not None else [])
        return [d for w in windows for d in w.findChildren(DiagramView)]

    def highlighted(self, diagram) -> set[str]:
        return {z for z, item in diagram.zone_items().items() if item.highlighted}

    def check(self, name: str, target: QWidget, before: set[str] | None = None) -> None:
        """Record, for the state now on screen: stale pixels, and the previous/current zones' look."""
        for diagram in self._diagrams():
            diagram.set_animation_policy(BURST_S, 12) if diagram.animation_policy[0] != BURST_S else None
        diagram = diagrams_of(target)
        settle(diagram)
        shown = steady_pixels(diagram)
        whole = full_repaint(diagram)
        plain = plain_pixels(diagram)
        plain_shot = self.out / f"plain-{diagram.view_name}-{diagram.side}.png"
        if not plain_shot.exists():  # the bare artwork of each view and foot, as the screen showed it
            save(plain, plain_shot)
        now = self.highlighted(diagram)
        result = {
            "stale_pixels": differing(shown, whole),
            "pixels": int(shown.shape[0] * shown.shape[1]),
            "highlighted": sorted(now),
            "view": diagram.view_name,
            "selected": diagram.selected_zone,
            "transform": [round(v, 3) for v in _transform_of(diagram)],
        }
        current = zone_mask(diagram, now, grow=16) if now else np.zeros(shown.shape[:2], bool)
        if now:
            inside = zone_mask(diagram, now, grow=0)
            result["current_marked"] = differing(shown, plain, inside) / max(1, int(inside.sum()))
        if before is not None:
            gone = before - now
            if gone:
                previous = zone_mask(diagram, gone, grow=16) & ~current & ~cue_mask(diagram)
                result["previous_area"] = int(previous.sum())
                result["previous_not_plain"] = differing(shown, plain, previous)
        save(shown, self.out / f"{name}.png")
        if result["stale_pixels"]:
            save(whole, self.out / f"{name}-whole.png")
        self.results[name] = result

    def key(self, key: Qt.Key, target: QWidget | None = None, text: str = "") -> None:
        QTest.keyClick(target or QApplication.focusWidget() or self.window, key)
        pump(50)


def run(out: Path, only: set[str]) -> dict[str, dict]:
    probe = Probe(out)
    window = probe.window
    diagram = diagrams_of(window)

    def want(name: str) -> bool:
        return not only or name in only

    probe.check("start", window)
    if want("steps"):
        for number in (2, 3):
            before = probe.highlighted(diagram)
            probe.key(Qt.Key.Key_Right, window)
            probe.check(f"step-{number}", window, before)
    if want("views"):
        for key, view in ((Qt.Key.Key_2, "lateral"), (Qt.Key.Key_3, "posterior"), (Qt.Key.Key_4, "anterior")):
            probe.key(key, window)
            probe.check(f"view-{view}", window)
        probe.key(Qt.Key.Key_1, window)
        probe.check("view-medial", window)
    if want("hover"):
        before_hover = diagram.zone_items()
        target = max(before_hover.values(), key=lambda item: item.area)
        point = diagram.mapFromScene(target.sceneBoundingRect().center())
        QTest.mouseMove(diagram.viewport(), point)
        pump(100)
        probe.check("hover-on", window)
        QTest.mouseMove(diagram.viewport(), QPoint(3, 3))
        pump(100)
        probe.check("hover-off", window)
    if want("focus"):
        diagram.setFocus(Qt.FocusReason.TabFocusReason)
        pump(50)
        for index in range(3):
            probe.key(Qt.Key.Key_Right, diagram)
            probe.check(f"focus-{index}", window)
        window.setFocus()
        pump(50)
        probe.check("focus-out", window)
    if want("panel"):
        items = diagram.zone_items()
        heel = items.get("heel") or next(iter(items.values()))
        point = diagram.mapFromScene(diagram.zone_anchor(heel.zone_id))
        QTest.mouseClick(diagram.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
        pump(100)
        probe.check("panel-open", window)
        probe.key(Qt.Key.Key_Escape, diagram)
        probe.check("panel-closed", window)
    if want("foot"):
        before = probe.highlighted(diagram)
        probe.key(Qt.Key.Key_L, window)
        probe.check("foot-left", window, before)
        probe.key(Qt.Key.Key_L, window)
        probe.key(Qt.Key.Key_L, window)
        probe.check("foot-right", window)
    if want("pause"):
        probe.key(Qt.Key.Key_Space, window)
        pump(200)
        probe.check("running", window)
        probe.key(Qt.Key.Key_Space, window)
        probe.check("paused", window)
    if want("follow"):
        probe.key(Qt.Key.Key_F, window)
        pump(500)
        follow = probe.app.follow_along
        if follow is not None and follow.isVisible():
            probe.check("follow-start", follow)
            before = probe.highlighted(diagrams_of(follow))
            probe.key(Qt.Key.Key_Right, follow)
            probe.check("follow-next", follow, before)
            probe.key(Qt.Key.Key_Escape, follow)
            pump(300)
        else:
            probe.results["follow-start"] = {"error": "follow-along did not open"}
    probe.app.close()
    return probe.results


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    results = run(out, set(argv[2:]))
    (out / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
