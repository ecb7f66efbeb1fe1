"""The knee-to-wall lunge test page: how to do it (a drawing and steps), three tries per foot, best kept.

The rule (best of three, the side-to-side difference, when a change is real) is desktop.model.mobility;
the page lays it out and hands a LungeResult to whoever records it.

Signals:
    saved(object): the LungeResult recorded (after `record` accepted it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
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
from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.mobility import Foot, LungeResult
from desktop.qt.screens import resize_to_fit
from desktop.ui import layouts, style

STEPS = (  # translated where shown; the last one's {tries} is filled in then
    QT_TRANSLATE_NOOP(
        "lunge_test",
        "Stand facing a wall, barefoot. Put the foot you are testing flat on the floor, pointing straight at "
        "the wall; step the other foot back for balance.",
    ),
    QT_TRANSLATE_NOOP(
        "lunge_test",
        "Bend the front knee forward until it touches the wall, keeping the heel flat on the floor.",
    ),
    QT_TRANSLATE_NOOP(
        "lunge_test",
        "Slide the foot back a little at a time and try again. Stop at the furthest point where the knee "
        "still touches the wall without the heel lifting.",
    ),
    QT_TRANSLATE_NOOP(
        "lunge_test",
        "Measure in centimetres along the floor from the wall to the tip of your big toe (a tape measure "
        "laid on the floor, its zero against the wall). Read to the nearest half centimetre.",
    ),
    QT_TRANSLATE_NOOP(
        "lunge_test", "Do it {tries} times on each foot; the page keeps the best (longest) distance."
    ),
)
NOT_MEASURED = "—"  # the spin box's text for "no try"
TIMINGS = {  # key stored in history → label, translated where shown
    "alone": QT_TRANSLATE_NOOP("lunge_test", "On its own"),
    "before": QT_TRANSLATE_NOOP("lunge_test", "Before a session"),
    "after": QT_TRANSLATE_NOOP("lunge_test", "After a session"),
}
FOOT_LABELS = {
    Foot.RIGHT: QT_TRANSLATE_NOOP("lunge_test", "Right foot"),
    Foot.LEFT: QT_TRANSLATE_NOOP("lunge_test", "Left foot"),
}
FOOT_TRY = {
    Foot.RIGHT: QT_TRANSLATE_NOOP("lunge_test", "right foot, try {number}"),
    Foot.LEFT: QT_TRANSLATE_NOOP("lunge_test", "left foot, try {number}"),
}


def cm_text(value: float, *, signed: bool = False) -> str:
    """A length to one decimal as the spin boxes write it (the locale's decimal mark: "9,5" in German)."""
    text = QLocale().toString(float(value), "f", 1)
    return f"+{text}" if signed and value >= 0 else text


def steps_text() -> str:
    """The numbered how-to, in the app's language."""
    return "\n".join(
        f"{n}. {translate('lunge_test', text).format(tries=mobility.TRIES_PER_FOOT)}"
        for n, text in enumerate(STEPS, start=1)
    )


class LungeDrawing(QWidget):
    """A side view of the test, drawn with QPainter: wall, floor, tape in cm, foot flat, knee to the wall."""

    def sizeHint(self) -> QSize:
        return QSize(340, 300)

    def paintEvent(self, event) -> None:
        """Drawn in cm from where the wall meets the floor (x: away from the wall, y: up), then scaled to
        fit: a 25 cm foot flat on the floor, the big toe 10 cm from the wall, a 40 cm shin to the knee."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        cm = min((w - 24) / 42.0, (h - 24) / 50.0)
        wall_x, floor_y = w - 12 - 4 * cm, h - 12 - 7 * cm

        def at(x: float, y: float) -> QPointF:
            return QPointF(wall_x - x * cm, floor_y - y * cm)

        ink = self.palette().windowText().color()
        painter.fillRect(QRectF(wall_x, floor_y - 44 * cm, 3 * cm, 44 * cm), QColor(200, 200, 205))
        painter.setPen(QPen(ink, 2))
        painter.drawLine(at(40, 0), at(-3, 0))
        painter.drawLine(at(0, 0), at(0, 44))
        # The tape: zero at the wall, a tick each cm, numbers every 5 cm.
        tape = QRectF(at(20, 0).x(), floor_y + 2, 20 * cm, 3.2 * cm)
        painter.fillRect(tape, QColor(250, 220, 90))
        painter.setPen(QPen(QColor(60, 50, 20), 1))
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        painter.setFont(small)
        for n in range(21):
            x = at(n, 0).x()
            painter.drawLine(
                QPointF(x, tape.top()), QPointF(x, tape.top() + (0.9 if n % 5 == 0 else 0.5) * cm)
            )
            if n % 5 == 0:
                box = QRectF(x - 2 * cm, tape.top() + cm, 4 * cm, tape.height() - cm)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(n))
        # The foot, flat on the floor, toes pointing at the wall.
        skin, line = QColor(241, 210, 184), QColor(141, 94, 72)
        foot = QPainterPath(at(35, 0))
        foot.lineTo(at(10, 0))
        foot.quadTo(at(10, 2.2), at(14, 3.0))
        foot.lineTo(at(26, 7.5))
        foot.lineTo(at(31.5, 9.5))
        foot.quadTo(at(36.5, 6), at(35, 0))
        painter.setPen(QPen(line, 2))
        painter.setBrush(skin)
        painter.drawPath(foot)
        # Shin (40 cm) from the ankle forward to the knee at the wall, and the start of the thigh.
        ankle, knee = at(30, 8), at(1.5, 8 + (40.0**2 - 28.5**2) ** 0.5)
        hip = at(16, 44)
        for pen_colour, extra in ((line, 0.35), (skin, 0.0)):  # an outline, then the limb over it
            for a, b, width in ((ankle, knee, 4.2), (knee, hip, 5.5)):
                pen = QPen(pen_colour, (width + extra) * cm, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawLine(a, b)
        painter.setPen(QPen(line, 2))
        painter.setBrush(skin)
        painter.drawPath(foot)  # the foot over the end of the shin
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # What to look at: knee touches, heel stays down, the reading at the big toe.
        accent = QColor(0, 90, 200)
        painter.setPen(QPen(accent, 2))
        painter.drawEllipse(knee, 2.2 * cm, 2.2 * cm)
        painter.drawLine(at(10, 3), QPointF(at(10, 0).x(), tape.bottom()))
        painter.drawLine(at(35.5, -0.2), at(31, -0.2))
        painter.drawText(
            QRectF(at(30, 44).x(), at(0, 40).y(), 26 * cm, 3 * cm),
            translate("lunge_test", "knee touches the wall"),
        )
        painter.drawText(
            QRectF(max(2.0, at(40, 0).x()), at(0, 15).y(), 18 * cm, 3 * cm),
            translate("lunge_test", "heel stays down"),
        )
        painter.drawText(
            QRectF(at(22, 0).x(), tape.bottom(), 22 * cm, 3 * cm),
            translate("lunge_test", "read at the big toe: 10 cm"),
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
        self.setWindowTitle(translate("lunge_test", "Ankle mobility: knee-to-wall test"))
        resize_to_fit(self, (940, 640), parent)  # smaller on a smaller screen
        self._record = record
        self._previous = previous
        self.result: LungeResult | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        title = QLabel(translate("lunge_test", "How far can your knee go? The knee-to-wall test"))
        title.setFont(style.scaled_font(title.font(), style.HEADING_SCALE, bold=True))
        root.addWidget(title)
        body = layouts.row(root, 1)
        self.drawing = LungeDrawing()
        body.addWidget(self.drawing, 5)
        right = layouts.column(body, 6)
        steps = QLabel(steps_text())
        steps.setWordWrap(True)
        right.addWidget(steps)
        grid = layouts.grid(right)
        self.tries: dict[Foot, list[QDoubleSpinBox]] = {}
        for column, number in enumerate(range(1, mobility.TRIES_PER_FOOT + 1), start=1):
            grid.addWidget(QLabel(translate("lunge_test", "Try {number}").format(number=number)), 0, column)
        self.best_labels: dict[Foot, QLabel] = {}
        for row, foot in enumerate(Foot, start=1):
            grid.addWidget(QLabel(translate("lunge_test", FOOT_LABELS[foot])), row, 0)
            boxes = []
            for column in range(1, mobility.TRIES_PER_FOOT + 1):
                box = QDoubleSpinBox()
                box.setRange(-0.5, mobility.MAX_CM)
                box.setSingleStep(0.5)
                box.setDecimals(1)
                box.setSuffix(" cm")
                box.setSpecialValueText(NOT_MEASURED)
                box.setValue(-0.5)
                box.setAccessibleName(translate("lunge_test", FOOT_TRY[foot]).format(number=column))
                box.valueChanged.connect(self._refresh)
                grid.addWidget(box, row, column)
                boxes.append(box)
            self.tries[foot] = boxes
            self.best_labels[foot] = QLabel()
            grid.addWidget(self.best_labels[foot], row, mobility.TRIES_PER_FOOT + 1)
        timing_row = layouts.row(right)
        timing_row.addWidget(QLabel(translate("lunge_test", "When:")))
        self.timing_box = QComboBox()
        for key, label in TIMINGS.items():
            self.timing_box.addItem(translate("lunge_test", label), key)
        self.timing_box.setCurrentIndex(max(0, self.timing_box.findData(timing)))
        timing_row.addWidget(self.timing_box)
        timing_row.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("lunge_test", "Result"))
        right.addWidget(self.summary)
        right.addStretch(1)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(translate("lunge_test", "Save measurement"))
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
            label.setText(
                "" if best is None else translate("lunge_test", "best {cm} cm").format(cm=cm_text(best))
            )
        self.summary.setText(self._summary(result))

    def _summary(self, result: LungeResult | None) -> str:
        if result is None:
            return translate("lunge_test", "Enter at least one try for one foot.")
        lines = []
        diff = result.side_difference_cm
        if diff is not None:
            if result.sides_differ:
                words = translate(
                    "lunge_test",
                    "Right minus left: {diff} cm — more than the {mdc} cm the test can tell apart.",
                )
            else:
                words = translate(
                    "lunge_test", "Right minus left: {diff} cm — within the {mdc} cm the test can tell apart."
                )
            lines.append(
                words.format(diff=cm_text(diff, signed=True), mdc=cm_text(mobility.SIDE_DIFF_MDC_CM))
            )
        previous = self._previous
        for foot, now in ((Foot.RIGHT, result.right_cm), (Foot.LEFT, result.left_cm)):
            before = (
                None if previous is None else (previous.right_cm if foot is Foot.RIGHT else previous.left_cm)
            )
            if now is not None and before is not None:
                change = mobility.change_words(foot, before, now)
                lines.append(translate("lunge_test", "Since last time: {change}").format(change=change))
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
