"""A window whose desktop.ui.announcer.Announcer says two things and whose status bar
(desktop.ui.notice_bar) shows a notice (run by tests/test_atspi_tree.py)."""

import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from desktop.model.announcements import Announcement
from desktop.ui.announcer import Announcer
from desktop.ui.notice_bar import NoticeBar


class _Controller(QObject):
    snapshot_changed = Signal(object)


app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Ankle Guide"))
bar = NoticeBar(window)
window.setStatusBar(bar)
window.show()
announcer = Announcer(_Controller(), lambda snap: None, window)
QTimer.singleShot(1500, lambda: announcer.announce(Announcement("Step 2 of 6: Circles", "step")))
QTimer.singleShot(2000, lambda: announcer.announce(Announcement("3", "ending")))
QTimer.singleShot(2500, lambda: bar.show_notice("No routine called 'x'; showing another one.", 15000))
QTimer.singleShot(4000, app.quit)
app.exec()
