"""File → Reminders…: on or off (off by default), the times and the days, and what this desktop can do.

The dialog says plainly when desktop notifications or a tray are missing, instead of offering reminders
that would never show. It holds no rules: times are read by desktop.model.reminders.parse_times.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.model.i18n import translate
from desktop.model.reminders import DAY_NAMES, ReminderPlan, day_name, parse_times
from desktop.ui import style


def _note(text: str, *, warning: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if warning:
        label.setStyleSheet(f"color: {style.DANGER};")
    return label


class ReminderDialog(QDialog):
    def __init__(
        self, plan: ReminderPlan, *, notifications: str, tray: str, parent: QWidget | None = None
    ) -> None:
        """`notifications` and `tray` are "" when available, else one sentence saying what is missing."""
        super().__init__(parent)
        self.setObjectName("reminderDialog")
        self.setWindowTitle(translate("reminder_dialog", "Reminders"))
        layout = QVBoxLayout(self)
        self.enabled_box = QCheckBox(translate("reminder_dialog", "&Remind me to massage my ankle"))
        self.enabled_box.setChecked(plan.enabled)
        layout.addWidget(self.enabled_box)
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        self.times_edit = QLineEdit(", ".join(t.strftime("%H:%M") for t in plan.times))
        self.times_edit.setPlaceholderText(translate("reminder_dialog", "18:00, or several: 08:00, 18:30"))
        self.times_edit.setAccessibleName(translate("reminder_dialog", "Reminder times"))
        form.addRow(translate("reminder_dialog", "&Times"), self.times_edit)
        self.times_problem = _note("", warning=True)
        self.times_problem.setObjectName("timesProblem")
        self.times_problem.hide()
        form.addRow("", self.times_problem)
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.day_boxes = []
        for n in range(len(DAY_NAMES)):
            box = QCheckBox(day_name(n))
            box.setChecked(n in plan.days)
            row.addWidget(box)
            self.day_boxes.append(box)
        form.addRow(translate("reminder_dialog", "Days"), days)
        layout.addWidget(form_widget)
        self.notifications_label = _note(
            notifications
            or translate("reminder_dialog", "Desktop notifications: ready, with Start and Snooze buttons."),
            warning=bool(notifications),
        )
        self.notifications_label.setObjectName("notificationsStatus")
        self.tray_label = _note(
            tray or translate("reminder_dialog", "Tray icon: shown while reminders are on."),
            warning=bool(tray),
        )
        self.tray_label.setObjectName("trayStatus")
        layout.addWidget(self.notifications_label)
        layout.addWidget(self.tray_label)
        if notifications and tray:
            layout.addWidget(
                _note(
                    translate(
                        "reminder_dialog", "This desktop can show neither, so reminders could not reach you."
                    ),
                    warning=True,
                )
            )
        layout.addWidget(
            _note(
                translate(
                    "reminder_dialog",
                    "While reminders are on, Ankle Guide also starts quietly when you log in, so they come "
                    "even if you have not opened it. A reminder that falls while you are asleep or in a "
                    "session is not repeated later, apart from one catch-up soon after.",
                )
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.enabled_box.toggled.connect(form_widget.setEnabled)
        form_widget.setEnabled(plan.enabled)
        self._plan = plan

    def plan(self) -> ReminderPlan:
        return self._plan

    def _accept(self) -> None:
        times, problem = parse_times(self.times_edit.text())
        days = frozenset(n for n, box in enumerate(self.day_boxes) if box.isChecked())
        if self.enabled_box.isChecked() and not problem and not days:
            problem = translate("reminder_dialog", "choose at least one day")
        if problem and self.enabled_box.isChecked():
            self.times_problem.setText(f"⚠ {problem[0].upper()}{problem[1:]}.")
            self.times_problem.show()
            return
        if problem:  # off: keep what was there before
            times, days = self._plan.times, self._plan.days or frozenset(range(7))
        self._plan = ReminderPlan(enabled=self.enabled_box.isChecked(), times=times, days=days)
        self.accept()
