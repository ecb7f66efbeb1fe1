"""Reminders on a real clock: one single-shot QTimer aimed at the next moment (desktop.model.reminders).

The timer never sleeps longer than RECHECK, so a clock set forward or a resume from suspend is noticed
within that time and gives its one catch-up (rule R2). Nothing runs while reminders are off.

Signals:
    start_requested(): the person pressed "Start" on a reminder.
    reminded(str): a reminder was shown (its Fire value), or could not be (then "failed").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.reminders import Fire, ReminderPlan, check, snooze, start_state, wake_at

RECHECK_MS = 5 * 60 * 1000
# The notification's buttons (action key, label) and titles; the words are translated when shown.
ACTIONS = (
    ("start", QT_TRANSLATE_NOOP("reminder_driver", "Start")),
    ("snooze", QT_TRANSLATE_NOOP("reminder_driver", "Snooze 10 min")),
)
WORDS = {
    Fire.ON_TIME: QT_TRANSLATE_NOOP("reminder_driver", "Time for your ankle massage"),
    Fire.CATCH_UP: QT_TRANSLATE_NOOP("reminder_driver", "You missed an ankle massage reminder"),
    Fire.SNOOZED: QT_TRANSLATE_NOOP("reminder_driver", "Time for your ankle massage (snoozed)"),
}


def local_now() -> datetime:
    return datetime.now().astimezone()


class ReminderDriver(QObject):
    start_requested = Signal()
    reminded = Signal(str)

    def __init__(
        self,
        notifications,
        *,
        now: Callable[[], datetime] = local_now,
        in_session: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        """`notifications` has notify(summary, body, actions) -> id | None and action_invoked(int, str)."""
        super().__init__(parent)
        self._notifications = notifications
        self._now = now
        self._in_session = in_session
        self.plan = ReminderPlan()
        self.state = start_state(now())
        self.fallback: Callable[[str, str], bool] | None = None  # e.g. the tray's message, if any
        self.timer = QTimer(self)
        self.timer.setObjectName("reminderTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check_now)
        notifications.action_invoked.connect(self._on_action)

    def set_plan(self, plan: ReminderPlan) -> None:
        """Use `plan` from now on; nothing already past is reminded of."""
        self.plan = plan
        self.state = start_state(self._now())
        self._arm()

    def stop(self) -> None:
        self.timer.stop()

    def check_now(self) -> Fire:
        now = self._now()
        fire, self.state = check(self.plan, self.state, now, in_session=self._in_session())
        if fire is not Fire.NONE:
            title = translate("reminder_driver", WORDS[fire])
            body = translate(
                "reminder_driver", "A few minutes for your ankle: press Start when you are ready."
            )
            actions = tuple((key, translate("reminder_driver", label)) for key, label in ACTIONS)
            shown = self._notifications.notify(title, body, actions) is not None
            if not shown and self.fallback is not None:
                shown = self.fallback(title, body)
            self.reminded.emit(fire.value if shown else "failed")
        self._arm()
        return fire

    def _arm(self) -> None:
        now = self._now()
        wake = wake_at(self.plan, self.state, now)
        if wake is None:
            self.timer.stop()
            return
        ms = int((wake - now).total_seconds() * 1000)
        self.timer.start(max(1000, min(ms, RECHECK_MS)))

    def _on_action(self, _notification: int, key: str) -> None:
        if key == "start":
            self.start_requested.emit()
        elif key == "snooze":
            self.state = snooze(self.state, self._now())
            self._arm()
