"""The reminder plan ⇄ QSettings (group "reminders" of the app's settings file); reading is the model's.

A settings file that is no regular file is not read or written (desktop.qt.settings_store.refusal; the
app says why once): the plan is the default one.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.model.reminders import ReminderPlan, plan_from_raw, plan_to_raw
from desktop.qt.settings_store import default_qsettings, refusal, settings_file

_GROUP = "reminders"


def load_plan(qsettings: QSettings | None = None) -> ReminderPlan:
    qs = _settings(qsettings)
    if qs is None:
        return plan_from_raw({})
    qs.beginGroup(_GROUP)
    raw = {key: qs.value(key) for key in qs.childKeys()}
    qs.endGroup()
    return plan_from_raw(raw)


def save_plan(plan: ReminderPlan, qsettings: QSettings | None = None) -> None:
    qs = _settings(qsettings)
    if qs is None:
        return
    qs.beginGroup(_GROUP)
    for key, value in plan_to_raw(plan).items():
        qs.setValue(key, value)
    qs.endGroup()
    qs.sync()


def _settings(qsettings: QSettings | None) -> QSettings | None:
    if qsettings is not None:
        return qsettings
    return None if refusal(settings_file()) else default_qsettings()
