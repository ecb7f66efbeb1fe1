"""View → Appearance: theme, text size and motion, applied as they are picked.

Why live: a person with low vision judges a theme or a text size by seeing it, not by its name. The
dialog only reports choices (`chosen`); the window remembers them and the app applies them
(desktop.ui.appearance).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.model import appearance
from desktop.model.settings import AppSettings


class AppearanceDialog(QDialog):
    """Signals:
    chosen(object): the AppSettings with the new theme, text size or motion, at every change.
    """

    chosen = Signal(object)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appearanceDialog")
        self.setWindowTitle("Appearance")
        self.setAccessibleName("Appearance")
        self.setAccessibleDescription("Colours, text size and motion. Changes show at once.")
        self._settings = settings
        root = QVBoxLayout(self)
        fields = QWidget()  # a widget, not a nested layout (desktop.ui.layouts' rule)
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        root.addWidget(fields)
        self.theme_box = self._combo(
            appearance.THEME_CHOICES, appearance.theme_labels(), settings.theme, "Colours",
            "Follow the system uses dark or high contrast when your desktop does.",
        )  # fmt: skip
        self.text_box = self._combo(
            appearance.TEXT_SCALE_STEPS, {s: f"{s} %" for s in appearance.TEXT_SCALE_STEPS},
            _nearest_step(settings.text_scale), "Text size", "Larger text, up to twice the system size.",
        )  # fmt: skip
        self.motion_box = self._combo(
            appearance.MOTION_CHOICES, appearance.motion_labels(), settings.motion, "Motion",
            "Reduced motion shows still arrows on the diagram and nothing pulses.",
        )  # fmt: skip
        for label, box in (("&Colours:", self.theme_box), ("&Text size:", self.text_box),
                           ("&Motion:", self.motion_box)):  # fmt: skip
            form.addRow(label, box)
        note = QLabel("Follow the system: dark or high contrast when your desktop asks for it.")
        note.setWordWrap(True)
        root.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close appearance")
        root.addWidget(buttons)
        for box in (self.theme_box, self.text_box, self.motion_box):
            box.activated.connect(self._changed)

    def _combo(self, values, labels, current, name: str, description: str) -> QComboBox:
        box = QComboBox()
        for value in values:
            box.addItem(labels[value], value)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.setAccessibleName(name)
        box.setAccessibleDescription(description)
        box.setToolTip(description)
        return box

    def _changed(self, _index: int = 0) -> None:
        self._settings = replace(
            self._settings,
            theme=self.theme_box.currentData(),
            text_scale=self.text_box.currentData(),
            motion=self.motion_box.currentData(),
        ).validated()
        self.chosen.emit(self._settings)


def _nearest_step(percent: int) -> int:
    return min(appearance.TEXT_SCALE_STEPS, key=lambda step: abs(step - percent))
