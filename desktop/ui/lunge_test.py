"""The knee-to-wall lunge test page: how to do it (a drawing and steps), three tries per foot, best kept.

The rule (best of three, the side-to-side difference, when a change is real) is desktop.model.mobility;
the page lays it out and hands a LungeResult to whoever records it.

Signals:
    saved(object): the LungeResult recorded (after `record` accepted it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.model import mobility
from desktop.model.history_record import LungeRecord
from desktop.model.mobility import Foot, LungeResult
from desktop.ui import layouts, style

STEPS = (
    "Stand facing a wall, barefoot. Put the foot you are testing flat on the floor, pointing straight at "
    "the wall; step the other foot back for balance.",
    "Bend the front knee forward until it touches the wall, keeping the heel flat on the floor.",
    "Slide the foot back a little at a time and try again. Stop at the furthest point where the knee "
    "still touches the wall without the heel lifting.",
    "Measure in centimetres along the floor from the wall to the tip of your big toe (a tape measure "
    "laid on the floor, its zero against the wall). Read to the nearest half centimetre.",
    f"Do it {mobility.TRIES_PER_FOOT} times on each foot; the page keeps the best (longest) distance.",
)
NOT_MEASURED = "—"  # the spin box's text for "no try"
TIMINGS = {"alone": "On its own", "before": "Before a session", "after": "After a session"}


class LungeDrawing(QWidget):
    """A side view of the test, drawn with QPainter: wall, floor, tape in cm, foot flat, knee to the wall."""

    def sizeHint(self) -> QSize:
        return QSize(340, 300)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        ink = self.palette().windowText().color()
        floor_y, wall_x = h * 0.82, w * 0.82
        cm = min(w, h) * 0.045  # drawing scale: pixels per cm
        toe_x = wall_x - 10 * cm  # the drawing shows a 10 cm reading
        painter.fillRect(QRectF(wall_x, h * 0.06, w * 0.08, floor_y - h * 0.06), QColor(200, 200, 205))
        painter.setPen(QPen(ink, 2))
        painter.drawLine(QPointF(w * 0.04, floor_y), QPointF(w * 0.96, floor_y))
        painter.drawLine(QPointF(wall_x, h * 0.06), QPointF(wall_x, floor_y))
        # The tape: zero at the wall, a tick each cm, numbers every 5 cm.
        tape = QRectF(wall_x - 16 * cm, floor_y + 4, 16 * cm, h * 0.07)
        painter.fillRect(tape, QColor(250, 220, 90))
        painter.setPen(QPen(QColor(60, 50, 20), 1))
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.75))
        painter.setFont(small)
        for n in range(17):
            x = wall_x - n * cm
            painter.drawLine(QPointF(x, tape.top()), QPointF(x, tape.top() + (8 if n % 5 == 0 else 4)))
            if n % 5 == 0:
                painter.drawText(
                    QRectF(x - 12, tape.top() + 8, 24, tape.height() - 8),
                    Qt.AlignmentFlag.AlignCenter,
                    str(n),
                )
        # The foot, flat on the floor, toes pointing at the wall; heel marked "down".
        heel_x = toe_x - 10 * cm
        foot = QPainterPath(QPointF(heel_x, floor_y))
        foot.lineTo(toe_x, floor_y)
        foot.quadTo(QPointF(toe_x, floor_y - 1.6 * cm), QPointF(toe_x - 3 * cm, floor_y - 2.2 * cm))
        foot.lineTo(heel_x + 2.6 * cm, floor_y - 4.2 * cm)
        foot.quadTo(QPointF(heel_x - 0.4 * cm, floor_y - 3.5 * cm), QPointF(heel_x, floor_y))
        painter.setPen(QPen(QColor(141, 94, 72), 2))
        painter.setBrush(QColor(241, 210, 184))
        painter.drawPath(foot)
        # The shin from the ankle forward to the knee touching the wall.
        ankle = QPointF(heel_x + 2.6 * cm, floor_y - 4.0 * cm)
        knee = QPointF(wall_x - 0.6 * cm, floor_y - 17 * cm)
        painter.setPen(
            QPen(QColor(141, 94, 72), 2.2 * cm / 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        )
        painter.drawLine(ankle, knee)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # What to look at: knee touches, heel stays down, the reading at the big toe.
        accent = QColor(0, 90, 200)
        painter.setPen(QPen(accent, 2))
        painter.drawEllipse(knee, 0.9 * cm, 0.9 * cm)
        painter.drawLine(QPointF(toe_x, floor_y - 2.5 * cm), QPointF(toe_x, tape.bottom()))
        painter.drawText(QPointF(knee.x() - 9 * cm, knee.y() - 0.6 * cm), "knee touches the wall")
        painter.drawText(QPointF(heel_x - 1.5 * cm, floor_y - 5 * cm), "heel stays down")
        painter.drawText(
            QPointF(toe_x - 4 * cm, tape.bottom() + small.pointSizeF() * 1.8), "read here: 10 cm"
        )
        painter.end()


class LungeTestPage(QDialog):
    """Guided knee-to-wall test; `record(result, timing)` stores it (the app passes the history's)."""

    saved = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        record: Callable[[LungeResult, str], object] | None = None,
        previous: LungeRecord | None = None,
        timing: str = "alone",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Ankle mobility: knee-to-wall test")
        self.resize(940, 640)
        self._record = record
        self._previous = previous
        self.result: LungeResult | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        title = QLabel("How far can your knee go? The knee-to-wall test")
        title.setFont(style.scaled_font(title.font(), style.HEADING_SCALE, bold=True))
        root.addWidget(title)
        body = layouts.row(root, 1)
        self.drawing = LungeDrawing()
        body.addWidget(self.drawing, 5)
        right = layouts.column(body, 6)
        steps = QLabel("\n".join(f"{n}. {text}" for n, text in enumerate(STEPS, start=1)))
        steps.setWordWrap(True)
        right.addWidget(steps)
        grid = layouts.grid(right)
        self.tries: dict[Foot, list[QDoubleSpinBox]] = {}
        for column, number in enumerate(range(1, mobility.TRIES_PER_FOOT + 1), start=1):
            grid.addWidget(QLabel(f"Try {number}"), 0, column)
        self.best_labels: dict[Foot, QLabel] = {}
        for row, foot in enumerate(Foot, start=1):
            grid.addWidget(QLabel(f"{foot.value.capitalize()} foot"), row, 0)
            boxes = []
            for column in range(1, mobility.TRIES_PER_FOOT + 1):
                box = QDoubleSpinBox()
                box.setRange(-0.5, mobility.MAX_CM)
                box.setSingleStep(0.5)
                box.setDecimals(1)
                box.setSuffix(" cm")
                box.setSpecialValueText(NOT_MEASURED)
                box.setValue(-0.5)
                box.setAccessibleName(f"{foot.value} foot, try {column}")
                box.valueChanged.connect(self._refresh)
                grid.addWidget(box, row, column)
                boxes.append(box)
            self.tries[foot] = boxes
            self.best_labels[foot] = QLabel()
            grid.addWidget(self.best_labels[foot], row, mobility.TRIES_PER_FOOT + 1)
        timing_row = layouts.row(right)
        timing_row.addWidget(QLabel("When:"))
        self.timing_box = QComboBox()
        for key, label in TIMINGS.items():
            self.timing_box.addItem(label, key)
        self.timing_box.setCurrentIndex(max(0, self.timing_box.findData(timing)))
        timing_row.addWidget(self.timing_box)
        timing_row.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Result")
        right.addWidget(self.summary)
        right.addStretch(1)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton("Save measurement")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self._save)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)
        self._refresh()

    def set_tries(self, foot: Foot | str, values: list[float]) -> None:
        """Type the tries of one foot (as a person would, one box each)."""
        for box, value in zip(self.tries[Foot(foot)], values, strict=False):
            box.setValue(value)

    def _values(self, foot: Foot) -> list[float]:
        return [box.value() for box in self.tries[foot] if box.value() >= 0]

    def current(self) -> LungeResult | None:
        right, left = self._values(Foot.RIGHT), self._values(Foot.LEFT)
        return mobility.measure(right, left) if right or left else None

    def _refresh(self) -> None:
        result = self.current()
        self.save_button.setEnabled(result is not None)
        for foot, label in self.best_labels.items():
            best = None if result is None else (result.right_cm if foot is Foot.RIGHT else result.left_cm)
            label.setText("" if best is None else f"best {best:.1f} cm")
        self.summary.setText(self._summary(result))

    def _summary(self, result: LungeResult | None) -> str:
        if result is None:
            return "Enter at least one try for one foot."
        lines = []
        diff = result.side_difference_cm
        if diff is not None:
            beyond = "more than" if result.sides_differ else "within"
            lines.append(
                f"Right minus left: {diff:+.1f} cm — {beyond} the {mobility.SIDE_DIFF_MDC_CM:g} cm the test "
                "can tell apart."
            )
        previous = self._previous
        for foot, now in ((Foot.RIGHT, result.right_cm), (Foot.LEFT, result.left_cm)):
            before = (
                None if previous is None else (previous.right_cm if foot is Foot.RIGHT else previous.left_cm)
            )
            if now is not None and before is not None:
                lines.append("Since last time: " + mobility.change_words(foot, before, now))
        return "\n".join(lines)

    def _save(self) -> None:
        result = self.current()
        if result is None:
            return
        if self._record is not None:
            self._record(result, self.timing_box.currentData())
        self.result = result
        self.saved.emit(result)
        self.accept()
