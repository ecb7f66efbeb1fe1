"""A small org.freedesktop.Notifications service for tests, run in its own process on a private bus.

It prints one line per notification (NOTIFY <id> <summary> <actions>) and, when PRESS names an action
key, presses that button a moment after each notification, as a person would.
"""

import os

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Service(QObject):
    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self):
        super().__init__()
        self.count = 0

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):
        self.count += 1
        print(f"NOTIFY {self.count} {summary} {list(actions)}", flush=True)
        press, notification = os.environ.get("PRESS"), self.count
        if press:
            QTimer.singleShot(100, lambda: self.ActionInvoked.emit(notification, press))
        return self.count


app = QCoreApplication([])
bus = QDBusConnection.sessionBus()
svc = Service()
options = QDBusConnection.RegisterOption.ExportAllSlots | QDBusConnection.RegisterOption.ExportAllSignals
registered = bus.registerObject("/org/freedesktop/Notifications", svc, options)
named = bus.registerService("org.freedesktop.Notifications")
print("READY" if registered and named else "FAILED", flush=True)
app.exec()
