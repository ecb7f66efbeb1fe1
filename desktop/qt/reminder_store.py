"""The reminder plan ⇄ QSettings (group "reminders" of the app's settings file); reading is the model's."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.model.reminders import ReminderPlan, plan_from_raw, plan_to_raw
from desktop.qt.settings_store import default_qsettings

_GROUP = "reminders"


def load_plan(qsettings: QSettings | None = None) -> ReminderPlan:
    qs = qsettings if qsettings is not None else default_qsettings()
    qs.beginGroup(_GROUP)
    raw = {key: qs.value(key) for key in qs.childKeys()}
    qs.endGroup()
    return plan_from_raw(raw)


def save_plan(plan: ReminderPlan, qsettings: QSettings | None = None) -> None:
    qs = qsettings if qsettings is not None else default_qsettings()
    qs.beginGroup(_GROUP)
    for key, value in plan_to_raw(plan).items():
        qs.setValue(key, value)
    qs.endGroup()
    qs.sync()
