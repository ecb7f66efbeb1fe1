"""Your own pressure scale (View → Your own pressure scale…), and "pressure used" after a session.

A kitchen or bathroom scale pressed with a thumb turns "light", "moderate" and "firm" into the person's
own kilograms. No published source gives kg figures for massage pressure labels, so the app has none of
its own: this calibration is the reference (desktop.model.pressure). Validation is the model's; the page
only shows its one-line answer and hands a valid PressureScale to `save`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.model import pressure
from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.pressure import CALIBRATED, MAX_KG, PressureScale, format_kg
from desktop.model.session_presenter import pressure_label, pressure_used_hint
from desktop.ui import layouts, style
from desktop.ui.style import DANGER_BG, DANGER_TEXT

TITLE = QT_TRANSLATE_NOOP("pressure_calibration", "Your own pressure scale")
HOW_TO = QT_TRANSLATE_NOOP(
    "pressure_calibration",
    "Put a kitchen or bathroom scale on a table and set it to zero. Press the middle of it with your "
    "thumb, the way you would for each pressure below, hold it steady for a moment and read the "
    "kilograms. Write down what you read: light first, then moderate, then firm.",
)
WHY_YOURS = QT_TRANSLATE_NOOP(
    "pressure_calibration",
    "No published source gives kilogram figures for massage pressure, and what feels moderate differs a "
    "lot from person to person. So these are your own figures: each step shows yours beside its label.",
)
CAPTIONS = {  # by the pressure label's value; translated where shown
    "light": QT_TRANSLATE_NOOP("pressure_calibration", "&Light (kg):"),
    "moderate": QT_TRANSLATE_NOOP("pressure_calibration", "&Moderate (kg):"),
    "firm": QT_TRANSLATE_NOOP("pressure_calibration", "&Firm (kg):"),
}
FIELD_NAMES = {
    "light": QT_TRANSLATE_NOOP("pressure_calibration", "Light pressure, kilograms"),
    "moderate": QT_TRANSLATE_NOOP("pressure_calibration", "Moderate pressure, kilograms"),
    "firm": QT_TRANSLATE_NOOP("pressure_calibration", "Firm pressure, kilograms"),
}
FIELD_MAX_CHARS = 8  # "12.5 kg" fits; a pasted page does not


class PressureCalibrationPage(QDialog):
    """Three readings, checked by desktop.model.pressure; Save calls `save(scale)` and closes."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        save: Callable[[PressureScale], None],
        current: PressureScale | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pressureCalibration")
        self.setWindowTitle(translate("pressure_calibration", TITLE))
        style.dialog_look(self)
        self._save = save
        self.scale: PressureScale | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        root.setSpacing(style.SPACING)
        heading = QLabel(translate("pressure_calibration", TITLE))
        heading.setFont(style.scaled_font(heading.font(), style.HEADING_SCALE, bold=True))
        root.addWidget(heading)
        for text in (HOW_TO, WHY_YOURS):
            label = QLabel(translate("pressure_calibration", text))
            label.setWordWrap(True)
            root.addWidget(label)

        form = layouts.grid(root)
        self.fields: dict[str, QLineEdit] = {}
        for n, label in enumerate(CALIBRATED):
            edit = QLineEdit(format_kg(current.kg(label) or 0) if current else "")
            edit.setObjectName(f"kg_{label.value}")
            edit.setMaxLength(FIELD_MAX_CHARS)
            edit.setPlaceholderText(translate("pressure_calibration", "kg, e.g. 2.5"))
            edit.setAccessibleName(translate("pressure_calibration", FIELD_NAMES[label.value]))
            edit.textChanged.connect(self._check)
            caption = QLabel(translate("pressure_calibration", CAPTIONS[label.value]))
            caption.setBuddy(edit)
            form.addWidget(caption, n, 0)
            form.addWidget(edit, n, 1)
            self.fields[label.value] = edit

        self.preview = QLabel("")
        self.preview.setObjectName("pressurePreview")
        self.preview.setWordWrap(True)
        root.addWidget(self.preview)
        self.problem = QLabel("")
        self.problem.setObjectName("pressureProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {DANGER_TEXT}; background: {DANGER_BG}; font-weight: bold;")
        self.problem.hide()  # shown with a problem: empty, its red band looked like a glitch
        root.addWidget(self.problem)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(translate("pressure_calibration", "Save"))
        self.save_button.setObjectName("pressureSave")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)
        self._check()

    def set_readings(self, light: str, moderate: str, firm: str) -> None:
        """Type the three readings (tests, and a person's keyboard, do the same)."""
        for edit, text in zip(self.fields.values(), (light, moderate, firm), strict=True):
            edit.setText(text)

    def _texts(self) -> tuple[str, str, str]:
        texts = {name: edit.text() for name, edit in self.fields.items()}
        return texts["light"], texts["moderate"], texts["firm"]

    def _read(self) -> PressureScale:
        return pressure.calibrate(*self._texts())

    def _check(self) -> None:
        """Show what the steps will say, or the one thing that is wrong; Save only when all is right.
        A field not filled in yet is not wrong: the page names it quietly, not in the red band."""
        texts = self._texts()
        if not any(text.strip() for text in texts):
            self._show_problem("")
            self.preview.setText("")
            self.save_button.setEnabled(False)
            return
        try:
            scale = pressure.check_typed(*texts)
        except ValueError as exc:
            self._show_problem(str(exc))  # the model words it (desktop.model.pressure)
            self.preview.setText("")
            self.save_button.setEnabled(False)
            return
        self._show_problem("")
        if scale is None:
            self.preview.setText(pressure.still_empty(*texts))
            self.save_button.setEnabled(False)
            return
        labels = " · ".join(pressure_label(p, scale) for p in CALIBRATED)
        self.preview.setText(
            translate("pressure_calibration", "Steps will show: {labels}").format(labels=labels)
        )
        self.save_button.setEnabled(True)

    def _accept(self) -> None:
        try:
            self.scale = self._read()
        except ValueError as exc:
            self._show_problem(str(exc))  # the model words it (desktop.model.pressure)
            return
        self._save(self.scale)
        self.accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


class PressureUsedRow(QWidget):
    """ "Pressure used (kg)", optional, for the end-of-session summary: `kg()` is None unless set."""

    def __init__(self, scale: PressureScale | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pressureUsed")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.spin = QDoubleSpinBox()
        self.spin.setObjectName("pressureUsedKg")
        self.spin.setRange(0.0, MAX_KG)  # 0 shows "not recorded"
        self.spin.setDecimals(1)
        self.spin.setSingleStep(0.5)
        self.spin.setSuffix(" kg")
        self.spin.setSpecialValueText(translate("pressure_calibration", "not recorded"))
        self.spin.setAccessibleName(translate("pressure_calibration", "Pressure used, kilograms (optional)"))
        label = QLabel(translate("pressure_calibration", "&Pressure used:"))
        label.setBuddy(self.spin)
        hint = QLabel(pressure_used_hint(scale))
        hint.setWordWrap(True)
        row.addWidget(label)
        row.addWidget(self.spin)
        row.addWidget(hint, 1)

    def kg(self) -> float | None:
        value = round(self.spin.value(), 1)
        return value if value >= pressure.MIN_KG else None


def add_pressure_used(dialog: QDialog, scale: PressureScale | None) -> PressureUsedRow:
    """Put the optional "pressure used" row into an end-of-session dialog, above its last row (Save)."""
    row = PressureUsedRow(scale, dialog)
    layout = dialog.layout()
    layout.insertWidget(max(0, layout.count() - 1), row)
    return row
