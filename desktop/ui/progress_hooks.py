"""Where issue 18's pages meet the app: the knee-to-wall test (View menu), the mobility plot in the
history window, and the next-morning question on the first launch of the day after a session.

Kept out of app.py and the windows (a line each calls in here); every import is inside the function
that needs it, so none of this costs the first paint.
"""

from __future__ import annotations

from datetime import date
from typing import Any


def measures(app: Any):
    """The measurement store beside the app's history, or None when history cannot be used."""
    from desktop.model.history_measures import MeasureStore
    from desktop.model.history_record import HistoryUnavailable

    if not getattr(app.history, "available", False):
        return None
    try:
        return MeasureStore(app.history.path)
    except HistoryUnavailable:
        return None


def read_all(app: Any):
    """For the export: a callable giving desktop.model.history_measures.read_measures' dict, or None."""
    from desktop.model.history_measures import read_measures

    if not getattr(app.history, "available", False):
        return None
    return lambda: read_measures(app.history.path)


def install(app: Any) -> None:
    """Connect the menu entry and the end of a session (called once the window exists)."""
    app.window.lunge_test_requested.connect(lambda: open_lunge_test(app))
    app.controller.session_ended.connect(lambda summary: after_session(app, summary))
    app.controller.session_event.connect(lambda event: session_started(app, event))
    app.window.pressure_scale_requested.connect(lambda: open_pressure_scale(app))
    from desktop.ui.session_dialogs import WindowDialogs

    dialogs = app.window.gate.dialogs
    if isinstance(dialogs, WindowDialogs):  # the end-of-session summary asks the pressure used too
        dialogs.record_pressure = lambda session_id, kg: record_pressure(app, session_id, kg)
        dialogs.pressure_scale = lambda: app.window.presenter.pressure_scale


def open_pressure_scale(app: Any):
    """View → Your own pressure scale…: the calibration page (window-modal); Save keeps it in the
    settings, and the step on screen shows the new figure at once."""
    from desktop.ui.pressure_calibration import PressureCalibrationPage

    window = app.window
    page = PressureCalibrationPage(
        window,
        save=lambda scale: window.remember(pressure_scale=scale.to_text()),
        current=window.presenter.pressure_scale,
    )
    app.pressure_page = page
    page.open()
    return page


def record_pressure(app: Any, session_id: int, kg: float) -> None:
    """The pressure used in a session, in kg, beside its record (desktop.model.history_measures)."""
    store = measures(app)
    if store is not None:
        with store:
            store.set_pressure(session_id, kg)


def session_started(app: Any, event) -> None:
    """A session began: store the pain rating given before it beside its record, apart from tension
    (the controller emits this after it has created the record, which is then the newest one)."""
    from desktop.model.history_record import Outcome
    from desktop.model.session_events import Started

    if not isinstance(event, Started):
        return
    pain = app.window.gate.take_pain_before()
    store = measures(app) if pain is not None else None
    if store is None:
        return
    with store:
        last = store.last_session()
        if last is not None and last.outcome == Outcome.INTERRUPTED.value:  # the one just begun
            store.set_pain(last.id, before=pain)


# A "before" test counts for a session when taken this long before it started (the app's own choice of
# window for tying records together; not a health rule).
BEFORE_WINDOW_S = 2 * 3600


def after_session(app: Any, summary) -> None:
    """After a finished session that had a knee-to-wall test before it: tie that test to the session and
    offer the same test again, "after", so the two can be compared (connected after the session gate,
    so its end-of-session questions come first)."""
    from datetime import timedelta

    if not summary.finished or summary.history_id is None:
        return
    follow = getattr(app, "follow_along", None)
    if follow is not None and follow.isVisible():
        return  # its summary page is up; the menu entry stays there for later
    store = measures(app)
    if store is None:
        return
    with store:
        last = store.last_session()
        if last is None or last.id != summary.history_id:
            return
        linked = store.link_before(last.id, last.started_at - timedelta(seconds=BEFORE_WINDOW_S))
    if linked:
        open_lunge_test(app, timing="after", session_id=summary.history_id)


def open_lunge_test(app: Any, *, timing: str = "alone", session_id: int | None = None):
    """Open the knee-to-wall test page (window-modal, the event loop keeps running); returns it."""
    from desktop.ui.lunge_test import LungeTestPage

    store = measures(app)
    tests = store.lunge_tests() if store else []

    def record(result, chosen_timing: str) -> None:
        if store is not None:
            store.add_lunge(result, timing=chosen_timing, session_id=session_id)
            refresh_mobility(app)

    page = LungeTestPage(app.window, record=record, previous=tests[-1] if tests else None, timing=timing)
    page.finished.connect(lambda _code: store.close() if store else None)
    app.lunge_page = page
    page.open()
    return page


def attach_mobility(app: Any) -> None:
    """Add the mobility plot under the history window's own content (once), then fill it."""
    window = app.history_window
    if window is None or getattr(window, "mobility_plot", None) is not None:
        refresh_mobility(app)
        return
    from desktop.ui.mobility_plot import MobilityPlot

    window.mobility_plot = MobilityPlot(window)
    window.add_chart(window.mobility_plot, window.mobility_plot.tab_title())
    refresh_mobility(app)


def refresh_mobility(app: Any) -> None:
    plot = getattr(getattr(app, "history_window", None), "mobility_plot", None)
    store = measures(app) if plot is not None else None
    if plot is None or store is None:
        return
    with store:
        plot.set_tests(store.lunge_tests())


def ask_next_morning(app: Any, today: date | None = None):
    """On the first launch of the day after a session, ask how the ankle feels; returns the dialog
    (opened window-modal) or None when nothing is due."""
    from desktop.model import next_morning
    from desktop.ui.next_morning_dialog import NextMorningDialog

    store = measures(app)
    if store is None:
        return None
    last = store.last_session()
    answered = last is not None and store.morning(last.id) is not None
    if last is None or not next_morning.due(
        last.started_at.astimezone().date(), today or date.today(), answered
    ):
        store.close()
        return None
    routine = app.library.get(last.routine_id)
    hurt = None
    if routine is not None:
        index = next_morning.hurt_step_index(last.outcome, last.steps_completed, len(routine.steps))
        hurt = routine.steps[index] if index is not None else None
    dialog = NextMorningDialog(
        last.id,
        app.window,
        pain_before=last.pain_before,
        hurt_step_id=hurt.id if hurt else None,
        hurt_step_title=hurt.title if hurt else "",
    )

    def done(code: int) -> None:
        with store:
            if code and dialog.answer is not None:
                store.set_morning(dialog.answer, hurt_step=hurt.id if hurt else None)
        if dialog.use_lighter and dialog.offer is not None and routine is not None:
            apply_offer(app, routine, dialog.offer)

    dialog.finished.connect(done)
    app.next_morning_dialog = dialog
    dialog.open()
    return dialog


def apply_offer(app: Any, routine, offer) -> None:
    """Make today's session the lighter one: lighter pressure labels, the step that hurt left out, the
    gentlest pace for this session only (the remembered pace is untouched); say why."""
    from desktop.model.next_morning import LIGHTER_PACE, lighter_routine

    controller = app.controller
    controller.pace = LIGHTER_PACE
    box = app.window.ui.pace_box
    box.setCurrentIndex(max(0, box.findData(LIGHTER_PACE)))
    controller.use(lighter_routine(routine, offer))
    app.window.show_notice(offer.reason)
