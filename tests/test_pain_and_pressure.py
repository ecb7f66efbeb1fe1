"""Issue 18, items 2 and 4: the 0–10 ratings speak the numeric rating scale's words (desktop.model.
pain_scale), pain is asked apart from tension before a session and becomes the next morning's baseline;
your own pressure scale is calibrated, checked, shown beside each step's label, and the pressure used
after a session is kept."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from scripted_dialogs import ScriptedDialogs, gate_for

from desktop.app import App
from desktop.cli import build_parser
from desktop.model import pressure
from desktop.model.history_measures import MeasureStore
from desktop.model.library import load_library
from desktop.model.next_morning import Feel
from desktop.model.pain_scale import PAIN_SCALE, TENSION_SCALE, Ratings
from desktop.model.routine import Pressure
from desktop.model.session_events import SessionState
from desktop.model.session_presenter import SessionPresenter, pressure_label
from desktop.model.session_questions import BEFORE_RATING
from desktop.model.settings import AppSettings
from desktop.model.zones import load_catalogue
from desktop.qt.session_controller import SessionController
from desktop.qt.sound import SoundCues
from desktop.ui import progress_hooks
from desktop.ui.before_rating import BeforeRatingDialog
from desktop.ui.dialogs import SummaryDialog
from desktop.ui.rating import TensionRating

# ---- the model ------------------------------------------------------------------------------------


def test_a_calibration_is_three_increasing_kg_readings_within_bounds() -> None:
    scale = pressure.calibrate("1", "2,5", "4 kg")
    assert (scale.light, scale.moderate, scale.firm) == (1.0, 2.5, 4.0)
    assert pressure.from_text(scale.to_text()) == scale
    for readings, problem in (
        (("a", "2", "3"), "Light: 'a' is not a number of kg"),
        (("3", "2", "4"), "Moderate (2 kg) must be more than light (3 kg)"),
        (("1", "2", "2"), "Firm (2 kg) must be more than moderate (2 kg)"),
        (("1", "2", "300"), "Firm: 300 kg is outside 0.1–30 kg"),
        (("0", "2", "3"), "Light: 0 kg is outside"),
        (("1", "inf", "3"), "Moderate: inf kg is outside"),
        (("1", "2", "3" * 40), "Firm: '333333333333'… is not a number of kg"),
    ):
        with pytest.raises(ValueError, match="^" + problem.replace("(", r"\(").replace(")", r"\)")):
            pressure.calibrate(*readings)


def test_the_stored_calibration_is_read_back_or_dropped_never_guessed() -> None:
    assert AppSettings(pressure_scale="1 2.5 4").validated().pressure_scale == "1 2.5 4"
    for bad in ("4 2.5 1", "1 2", "x y z", "1 2 3 4", "9" * 100, 3):
        assert AppSettings(pressure_scale=bad).validated().pressure_scale is None, bad
    raw = AppSettings(pressure_scale="1.0 2.50 4").to_raw()
    assert raw["pressure_scale"] == "1 2.5 4"
    assert AppSettings.from_raw(raw).pressure_scale == "1 2.5 4"


def test_no_source_gives_kg_so_the_code_and_readme_say_the_figure_is_yours() -> None:
    assert "No published source gives kilogram figures" in (pressure.__doc__ or "")
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Health rules and their sources", 1)[1].split("\n## ", 1)[0]
    assert "desktop/model/pressure.py" in section and "no published source gives kilogram" in section.lower()


def test_each_step_shows_your_figure_beside_its_pressure_label() -> None:
    scale = pressure.calibrate("1", "2.5", "4")
    assert pressure_label(Pressure.MODERATE, scale) == "Moderate pressure (≈ 2.5 kg for you)"
    assert pressure_label(Pressure.DEEP, scale) == "Deep pressure (more than ≈ 4 kg for you)"
    assert pressure_label(Pressure.MODERATE) == "Moderate pressure"  # not calibrated: no figure at all

    controller = SessionController(load_library())
    controller.select_routine("standard")
    presenter = SessionPresenter(load_catalogue())
    presenter.set_plan(controller.plan, "Standard")
    snapshot = controller.snapshot()
    step = snapshot.item.step
    assert "kg" not in presenter.text(snapshot).detail
    assert presenter.set_pressure_scale("1 2.5 4") is True
    assert presenter.set_pressure_scale("1 2.5 4") is False  # unchanged: nothing to redraw
    text = presenter.text(snapshot)
    figure = pressure.figure_text(step.pressure, scale)
    assert (
        text.detail.endswith(f"({figure})") and f"{step.pressure.value.capitalize()} pressure" in text.detail
    )
    assert "kilograms for you" in text.detail_spoken


def test_the_gate_keeps_pain_apart_from_tension(qtbot) -> None:
    controller = SessionController(load_library())
    controller.select_routine("quick-break")
    dialogs = ScriptedDialogs(before=Ratings(pain=3, tension=6))
    gate = gate_for(controller, dialogs)
    given: list[int | None] = []
    controller.set_before_rating = given.append  # what reaches the tension column
    assert gate.start()
    assert given == [6] and gate.take_pain_before() == 3 and gate.take_pain_before() is None
    controller.stop()


# ---- the widgets ----------------------------------------------------------------------------------


def _texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_the_ratings_show_the_scales_words_and_anchors(qtbot) -> None:
    tension = TensionRating()
    qtbot.addWidget(tension)
    assert tension.title() == TENSION_SCALE.question == BEFORE_RATING[1]
    assert {TENSION_SCALE.low_anchor, TENSION_SCALE.high_anchor} <= set(_texts(tension))
    assert tension.button(0).toolTip() == TENSION_SCALE.low_anchor
    assert tension.button(10).toolTip() == TENSION_SCALE.high_anchor
    assert tension.button(3).accessibleName() == "Tension 3 out of 10"

    dialog = BeforeRatingDialog(*BEFORE_RATING)
    qtbot.addWidget(dialog)
    pain = dialog.pain_rating
    assert {PAIN_SCALE.low_anchor, PAIN_SCALE.high_anchor} <= set(_texts(pain))
    assert PAIN_SCALE.low_anchor == "0 = no pain" and "worst pain" in PAIN_SCALE.high_anchor
    assert pain.button(10).toolTip() == PAIN_SCALE.high_anchor
    assert pain.button(4).accessibleName() == "Pain 4 out of 10"
    assert not pain.skip_button().isVisible()  # one Skip for the dialog, under tension


def test_pain_only_selects_and_the_tension_click_closes(qtbot) -> None:
    dialog = BeforeRatingDialog(*BEFORE_RATING)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.pain_rating.button(4), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.pain_rating.button(4).isChecked()
    qtbot.mouseClick(dialog.rating.button(7), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.ratings() == Ratings(pain=4, tension=7)

    skipped = BeforeRatingDialog(*BEFORE_RATING)
    qtbot.addWidget(skipped)
    skipped.show()
    qtbot.keyClick(skipped.rating.button(0), Qt.Key.Key_Escape)
    assert not skipped.isVisible() and skipped.ratings() is None


# ---- in the running app ---------------------------------------------------------------------------


@pytest.fixture
def app(qtbot, tmp_path: Path):
    args = build_parser().parse_args(["--routine", "quick-break", "--side", "right"])
    built = App(
        args,
        history_path=tmp_path / "history.sqlite3",
        sound_factory=lambda parent: SoundCues(parent, sources={}, effect_factory=lambda p: None),
    )
    qtbot.addWidget(built.window)
    built.window.show()
    built.window.remember(safety_checked_on=date.today().isoformat())  # today's check already passed
    answers = ModalAnswers()
    built.answers = answers
    yield built
    answers.stop()
    for window in (getattr(built, "pressure_page", None), getattr(built, "next_morning_dialog", None)):
        if window is not None:
            window.close()
    built.close()


def test_pain_before_a_session_is_stored_apart_and_is_the_next_mornings_baseline(qtbot, app) -> None:
    def rate(dialog: QWidget) -> None:
        assert isinstance(dialog, BeforeRatingDialog)
        qtbot.mouseClick(dialog.pain_rating.button(2), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.rating.button(6), Qt.MouseButton.LeftButton)

    app.answers.then(BeforeRatingDialog, rate)
    qtbot.mouseClick(app.window.timer_panel.start_pause_button, Qt.MouseButton.LeftButton)
    assert app.controller.state is SessionState.RUNNING
    with MeasureStore(app.history.path) as store:
        last = store.last_session()
    assert last is not None and (last.pain_before, last.tension_before) == (2, 6)

    app.answers.then(SummaryDialog, lambda d: d.reject())
    app.window.stop_session()
    qtbot.waitUntil(lambda: app.controller.state is SessionState.IDLE)

    # the next morning compares with the 2 given before: 3 is within a point, 4 is a clear margin
    tomorrow = date.today() + timedelta(days=1)
    dialog = progress_hooks.ask_next_morning(app, today=tomorrow)
    assert dialog is not None
    dialog.choose(Feel.WORSE, pain=3)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert not dialog.offer.lighter and "less than 2 points" in dialog.reason.text()
    dialog.close()
    dialog = progress_hooks.ask_next_morning(app, today=tomorrow)
    dialog.choose(Feel.WORSE, pain=4)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.offer.lighter and "above the 2/10 you gave before" in dialog.reason.text()


def test_without_a_pain_answer_nothing_is_stored_as_pain(qtbot, app) -> None:
    app.answers.then(
        BeforeRatingDialog, lambda d: qtbot.mouseClick(d.rating.button(5), Qt.MouseButton.LeftButton)
    )
    qtbot.mouseClick(app.window.timer_panel.start_pause_button, Qt.MouseButton.LeftButton)
    assert app.controller.state is SessionState.RUNNING
    with MeasureStore(app.history.path) as store:
        last = store.last_session()
    assert last is not None and (last.pain_before, last.tension_before) == (None, 5)


def test_calibration_from_the_menu_is_checked_saved_and_shown_in_both_windows(qtbot, app) -> None:
    app.window.menu_actions.by_id["pressure_scale"].trigger()  # View → Your own pressure scale…
    page = app.pressure_page
    assert page.isVisible() and not page.save_button.isEnabled()
    assert not page.problem.isVisible()  # no empty red band before anything is wrong
    page.set_readings("3", "2", "5")
    assert page.problem.text() == "Moderate (2 kg) must be more than light (3 kg)"
    assert page.problem.isVisible()
    assert not page.save_button.isEnabled()
    page.set_readings("1", "2.5", "99")
    assert "outside" in page.problem.text() and not page.save_button.isEnabled()
    page.set_readings("1", "2,5", "4")
    assert page.problem.text() == "" and "Moderate pressure (≈ 2.5 kg for you)" in page.preview.text()
    assert not page.problem.isVisible()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.isVisible()
    assert app.window.settings.pressure_scale == "1 2.5 4"
    assert app.store.load().pressure_scale == "1 2.5 4"  # in the settings file, for the next launch

    step = app.controller.snapshot().item.step
    figure = pressure.figure_text(step.pressure, pressure.calibrate("1", "2.5", "4"))
    assert f"({figure})" in app.window.timer_panel.detail_label.text()  # shown at once, idle too

    app.window.gate.preparation_read()  # "Got it" on the notes: follow-along opens on its step page
    app.open_follow_along()
    follow = app.follow_along
    qtbot.waitUntil(follow.isVisible)
    assert any(f"({figure})" in text for text in _texts(follow))  # under the zone names
    follow.close()


def test_the_pressure_used_is_kept_after_a_session(qtbot, app) -> None:
    app.window.remember(pressure_scale="1 2.5 4")
    app.answers.then(BeforeRatingDialog, lambda d: d.reject())  # skipped: no rating at all

    def summary(dialog: QWidget) -> None:
        row = dialog.findChild(QWidget, "pressureUsed")
        assert row is not None and row.isVisible()
        assert "moderate 2.5" in " ".join(_texts(row))  # your own figures, to compare with
        row.spin.setValue(3.5)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(app.window.timer_panel.start_pause_button, Qt.MouseButton.LeftButton)
    assert app.controller.state is SessionState.RUNNING
    app.answers.then(SummaryDialog, summary)
    app.window.stop_session()
    qtbot.waitUntil(lambda: app.controller.state is SessionState.IDLE)
    with MeasureStore(app.history.path) as store:
        last = store.last_session()
        extras = store.extras()
    assert last is not None and extras[last.id].pressure_kg == 3.5


def test_the_pressure_used_is_optional(qtbot, app) -> None:
    app.answers.then(BeforeRatingDialog, lambda d: d.reject())
    qtbot.mouseClick(app.window.timer_panel.start_pause_button, Qt.MouseButton.LeftButton)
    app.answers.then(SummaryDialog, lambda d: qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton))
    app.window.stop_session()
    qtbot.waitUntil(lambda: app.controller.state is SessionState.IDLE)
    with MeasureStore(app.history.path) as store:
        assert store.extras() == {}  # "not recorded": nothing kept
