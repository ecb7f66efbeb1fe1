"""Starting the app: the QApplication, the main window's first paint, and what waits until after it.

The window is shown first; what the first paint does not need waits: the person's own routines, the
reminders and routine-file actions (App.features), the server that answers later launches, speech (if
chosen) right after it, sound (QtMultimedia with FFmpeg, ~18 MB) when the first session is about to
start, and the history window (pyqtgraph, numpy) and follow-along when first opened. The version
(importlib.metadata, ~35 ms and ~3 MB) is read only by --version and the About box, so Qt's
applicationVersion is left unset.
"""

from __future__ import annotations

import argparse
import os
import sys

from desktop import APP_ID, APP_NAME, ORG_NAME, collector


def make_app(argv: list[str]):
    """The QApplication, set up before any widget: names, log filters, no shared pixmap cache."""
    from desktop.qt.pyside_features import skip_source_scans

    skip_source_scans()  # first: before the imports below (and any later) are scanned
    from PySide6.QtGui import QGuiApplication, QPixmapCache
    from PySide6.QtWidgets import QApplication

    from desktop.qt.multimedia_log import NO_DEVICE_MESSAGES, quiet_multimedia_logging
    from desktop.qt.quit_signals import filter_harmless_messages
    from desktop.ui.appearance import mark_style_given, with_style_argument

    quiet_multimedia_logging()  # before QtMultimedia loads (sound is set up at the first start)
    filter_harmless_messages(NO_DEVICE_MESSAGES)
    app = QApplication.instance()
    if app is None:
        app = QApplication(with_style_argument(argv))
        mark_style_given(app)
    # Qt's shared pixmap cache runs a clean-up timer every 10-30 s for as long as it holds anything,
    # so an idle or paused window would never sleep. The diagram keeps its own pixel caches
    # (desktop.ui.pixel_cache); what else used it (the style's button and frame pictures) is cheap
    # to draw when a widget repaints.
    QPixmapCache.setCacheLimit(0)
    app.setApplicationName("ankle-guide")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    return app


def _app_icon():
    from PySide6.QtGui import QIcon

    from desktop import resources

    icon_file = resources.resource("assets/icons/app.svg")
    return QIcon(str(icon_file)) if icon_file.is_file() else QIcon()


def run_app(args: argparse.Namespace, instance=None) -> int:
    """`instance`: a desktop.single_instance.Claim, to answer later launches (desktop.relaunch)."""
    if args.screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # render without a screen, whatever the session has
    from desktop import app as app_module  # looked up now: the benchmarks hook App

    app = make_app(sys.argv[:1])
    # The user's own routine files are read after the first paint, unless no window will paint.
    # The user's history file is opened right after it too.
    paints = not (args.screenshot or args.reminders_only)
    artwork_cache = _use_artwork_cache(app) if paints else None
    built = app_module.App(args, defer_user_routines=paints, defer_history=paints)

    def serve_launches() -> None:
        """Answer later launches. A launch before this waits: the socket was bound and listens since the
        claim (desktop.single_instance), its connection is taken once the server is up."""
        if instance is not None:
            from desktop.relaunch import serve_later_launches

            serve_later_launches(built, instance)

    if args.screenshot:
        from desktop.screenshot import render

        return render(app, built, args, app_module.DEFAULT_SIZE)
    from PySide6.QtCore import QTimer

    from desktop.qt.quit_signals import QuitOnSignals

    quit_on_signals = QuitOnSignals(built.quit, app)  # noqa: F841 - lives as long as the app

    def after_first_paint() -> None:
        collector.resume()  # paused by desktop.cli while the window was built
        built.history  # noqa: B018 - opened now: a damaged file's warning shows below with the others
        built.features  # noqa: B018 - made now: reminders start, a programme's plan can show
        built.load_user_routines()  # first: the routine asked for may be one of them
        serve_launches()
        app.setWindowIcon(_app_icon())  # every window's icon; loading the SVG icon engine takes ~10 ms
        built.start_cues()
        built.show_startup_warnings()
        from desktop.ui import progress_hooks

        progress_hooks.ask_next_morning(built)  # issue 18: the day after a session

    if args.reminders_only:
        collector.resume()  # no window to wait for
        serve_launches()
        if not built.features.reminders.plan.enabled:
            print("ankle-guide: reminders are off; nothing to wait for", file=sys.stderr)
            built.close()
            return 0
        code = app.exec()  # no window until "Start" is pressed on a reminder
        built.close()
        return code
    built.window.show()
    if args.follow_along:

        def follow_along() -> None:
            _after_first_paint(built.open_follow_along(), after_first_paint)

        QTimer.singleShot(0, follow_along)
    else:
        _after_first_paint(built.window, after_first_paint)
    code = app.exec()
    built.close()
    if artwork_cache is not None:
        artwork_cache.flush()  # the size the window closed at is the size it opens at next time
    if built.restarting:
        from desktop.relaunch import start_again

        start_again()
    return code


def _use_artwork_cache(app):
    """The diagram's artwork drawn last time, read back from disk at the first paint (issue 19)."""
    from desktop.paths import artwork_cache_dir
    from desktop.qt.artwork_cache import ArtworkCache
    from desktop.ui import artwork

    cache = ArtworkCache(artwork_cache_dir(), app)
    artwork.use_disk_cache(cache)
    return cache


def _after_first_paint(widget, callback, *, fallback_ms: int = 1000) -> None:
    """Call `callback` once, just after `widget` first paints (or after `fallback_ms` if it never does,
    e.g. a window hidden at once). A zero-delay timer fires before the first paint, and whatever it
    loads (the SVG icon engine, speech) keeps the window blank that much longer."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__(widget)
            self._done = False
            self._fallback = QTimer(self)
            self._fallback.setSingleShot(True)
            self._fallback.timeout.connect(self.fire)
            self._fallback.start(fallback_ms)

        def fire(self) -> None:
            if not self._done:
                self._done = True
                self._fallback.stop()
                widget.removeEventFilter(self)
                callback()

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and not self._done:
                QTimer.singleShot(0, self.fire)  # runs once this paint has finished
            return False

    widget.installEventFilter(_FirstPaint())
