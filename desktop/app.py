"""Application start-up: one QApplication, the main window, and --screenshot rendering."""

from __future__ import annotations

import argparse
import sys

from desktop import APP_NAME, ORG_NAME, __version__


def _make_app(argv: list[str]):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("ankle-guide")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    return app


def run_app(args: argparse.Namespace) -> int:
    app = _make_app(sys.argv[:1])
    from PySide6.QtWidgets import QLabel, QMainWindow

    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    window.setCentralWidget(QLabel(f"{APP_NAME} {__version__}"))
    window.resize(*args.size)
    if args.screenshot:
        window.show()
        app.processEvents()
        ok = window.grab().save(str(args.screenshot))
        return 0 if ok else 1
    window.show()
    return app.exec()
