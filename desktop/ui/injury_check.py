"""The injury check: the Ottawa ankle and midfoot rules as guided palpation on the diagram.

Offered when the safety check's "recent injury" question is answered "yes". The person presses each
point the diagram shows and answers tender / not tender, then the four-step weight-bearing questions.
The rule and every word of advice come from desktop.model.ottawa; this module only lays them out. The
session stays blocked whatever the answers (a fresh injury is not massaged); a positive finding says to
get it checked first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.model import ottawa
from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.ottawa import OttawaAnswers, OttawaResult, PalpationPoint
from desktop.model.zones import ZoneCatalogue, load_catalogue
from desktop.qt.screens import resize_to_fit
from desktop.ui import layouts, style
from desktop.ui.caution_box import CautionBox
from desktop.ui.palpation_view import PalpationView

# The order a hand finds them: outer side (ankle bone, then the foot), then inner side.
ORDER = (
    PalpationPoint.LATERAL_MALLEOLUS,
    PalpationPoint.FIFTH_METATARSAL,
    PalpationPoint.MEDIAL_MALLEOLUS,
    PalpationPoint.NAVICULAR,
)
RULES = "ottawa"  # the context of desktop.model.ottawa's own words (prompts, questions, advice)
INTRO = QT_TRANSLATE_NOOP(
    "injury_check",
    "You said this ankle or foot was hurt recently. Doctors use a short check, the Ottawa ankle rules, "
    "to decide whether an injured ankle or foot needs an X-ray. Press each point the drawing shows with "
    "one fingertip, firmly enough to feel the bone, and say whether that spot is tender. Then answer the "
    "two walking questions. This gives advice, not a diagnosis.",
)


class _Pair(QFrame):
    """A question and an explicit answer pair (nothing is pre-ticked)."""

    def __init__(self, title: str, text: str, yes: str, no: str) -> None:
        super().__init__()
        self.setObjectName("pairRow")
        self.setStyleSheet("QFrame#pairRow { border: 1px solid palette(mid); border-radius: 6px; }")
        self.setAccessibleName(title or text)
        box = QVBoxLayout(self)
        box.setContentsMargins(style.SPACING, style.TIGHT + 2, style.SPACING, style.TIGHT + 2)
        box.setSpacing(style.TIGHT)
        if title:
            heading = QLabel(title)
            heading.setFont(style.scaled_font(heading.font(), bold=True))
            box.addWidget(heading)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        box.addWidget(self.label)
        buttons = layouts.row(box)
        self.yes, self.no = QRadioButton(yes), QRadioButton(no)
        self.group = QButtonGroup(self)
        for button in (self.yes, self.no):
            button.setAccessibleDescription(text)
            self.group.addButton(button)
            buttons.addWidget(button)
        buttons.addStretch(1)

    def answer(self) -> bool | None:
        return True if self.yes.isChecked() else False if self.no.isChecked() else None

    def set_current(self, current: bool) -> None:
        border = "2px solid palette(highlight)" if current else "1px solid palette(mid)"
        self.setStyleSheet(f"QFrame#pairRow {{ border: {border}; border-radius: 6px; }}")


class InjuryCheck(QDialog):
    """Modal guided check; `result()` is the model's verdict on what was answered (it always blocks)."""

    def __init__(
        self, parent: QWidget | None = None, *, side: str = "right", catalogue: ZoneCatalogue | None = None
    ) -> None:
        super().__init__(parent)
        catalogue = catalogue or load_catalogue()
        self.setWindowTitle(translate("injury_check", "Injury check"))
        self.setModal(True)
        resize_to_fit(self, (980, 720), parent)  # smaller on a smaller screen
        root = QVBoxLayout(self)
        root.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        root.setSpacing(style.SPACING)
        title = QLabel(translate("injury_check", "Injury check: should this ankle be looked at first?"))
        title.setFont(style.scaled_font(title.font(), style.HEADING_SCALE, bold=True))
        intro = QLabel(f"{translate('injury_check', INTRO)} {ottawa.old_injury_note()}")
        intro.setWordWrap(True)
        root.addWidget(title)
        root.addWidget(intro)

        body = layouts.row(root, 1)
        left = layouts.column(body, 5)
        self.diagram = PalpationView(catalogue)
        self.diagram.set_side(side)
        self.diagram.point_clicked.connect(self._on_point_clicked)
        left.addWidget(self.diagram, 1)
        switch = layouts.row(left)
        self.outer_button = QPushButton(translate("injury_check", "Outer side"))
        self.inner_button = QPushButton(translate("injury_check", "Inner side"))
        self.outer_button.clicked.connect(lambda: self.diagram.set_view("lateral"))
        self.inner_button.clicked.connect(lambda: self.diagram.set_view("medial"))
        switch.addWidget(self.outer_button)
        switch.addWidget(self.inner_button)
        switch.addStretch(1)
        self.right_button = QPushButton(translate("injury_check", "Right foot"))
        self.left_button = QPushButton(translate("injury_check", "Left foot"))
        for button, foot in ((self.right_button, "right"), (self.left_button, "left")):
            button.setCheckable(True)
            button.setChecked(foot == side)
            button.setAutoExclusive(True)
            button.clicked.connect(lambda _=False, foot=foot: self.diagram.set_side(foot))
            switch.addWidget(button)
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        left.addWidget(self.where_label)

        panel = QWidget()
        questions = QVBoxLayout(panel)
        questions.setContentsMargins(0, 0, style.TIGHT, 0)
        questions.setSpacing(style.SPACING)
        self._points: dict[PalpationPoint, _Pair] = {}
        for number, point in enumerate(ORDER, start=1):
            zone = catalogue[point.value]
            pair = _Pair(
                f"{number}. {zone.plain}",
                translate(RULES, ottawa.POINT_PROMPTS[point]),
                translate("injury_check", "Tender"),
                translate("injury_check", "Not tender"),
            )
            pair.group.buttonToggled.connect(self._on_answer)
            questions.addWidget(pair)
            self._points[point] = pair
        yes, no = translate("injury_check", "Yes"), translate("injury_check", "No")
        walking = translate("injury_check", "5. Walking")
        self.walked_then = _Pair(walking, ottawa.weight_question_immediate(), yes, no)
        self.walks_now = _Pair("", ottawa.weight_question_now(), yes, no)
        for pair in (self.walked_then, self.walks_now):
            pair.group.buttonToggled.connect(self._on_answer)
            questions.addWidget(pair)
        questions.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll = scroll
        body.addWidget(scroll, 6)

        self.verdict = CautionBox(ottawa.headline(ottawa.STILL_REST_HEADLINE), "caution")
        self.verdict.setAccessibleName(translate("injury_check", "Check result"))
        root.addWidget(self.verdict)
        buttons = QDialogButtonBox()
        self.done_button = QPushButton(translate("injury_check", "Close — no massage today"))
        buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        root.addWidget(buttons)
        self._current: PalpationPoint | None = None
        self._refresh()

    # ---- answers -----------------------------------------------------------------------------------

    def answers(self) -> OttawaAnswers:
        return OttawaAnswers(
            {p: pair.answer() for p, pair in self._points.items()},
            walked_immediately=self.walked_then.answer(),
            walks_now=self.walks_now.answer(),
        )

    def result(self) -> OttawaResult:
        return ottawa.assess(self.answers())

    def answer_point(self, point: PalpationPoint | str, tender: bool) -> None:
        """Tick a point's answer, as a click on its radio button would."""
        pair = self._points[PalpationPoint(point)]
        (pair.yes if tender else pair.no).setChecked(True)

    def answer_walking(self, immediately: bool, now: bool) -> None:
        (self.walked_then.yes if immediately else self.walked_then.no).setChecked(True)
        (self.walks_now.yes if now else self.walks_now.no).setChecked(True)

    def point_row(self, point: PalpationPoint | str) -> _Pair:
        return self._points[PalpationPoint(point)]

    @property
    def current_point(self) -> PalpationPoint | None:
        return self._current

    # ---- reactions ---------------------------------------------------------------------------------

    def _on_point_clicked(self, zone_id: str) -> None:
        """A press on a point of the drawing makes it the one being asked about."""
        self._set_current(PalpationPoint(zone_id))

    def _on_answer(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._refresh()

    def _set_current(self, point: PalpationPoint | None) -> None:
        self._current = point
        self.diagram.set_current(point.value if point else None)
        for p, pair in self._points.items():
            pair.set_current(p is point)
        if point is not None:
            self._scroll.ensureWidgetVisible(self._points[point], 0, style.MARGIN)
            self.where_label.setText(
                translate("injury_check", "Now: {prompt}").format(
                    prompt=translate(RULES, ottawa.POINT_PROMPTS[point])
                )
            )
        else:
            self.where_label.setText(
                translate("injury_check", "All points answered. Answer the walking questions.")
            )

    def _refresh(self) -> None:
        unanswered = [p for p in ORDER if self._points[p].answer() is None]
        if self._current is None or self._current not in unanswered:
            self._set_current(unanswered[0] if unanswered else None)
        result = self.result()
        if result.positive or result.complete:
            findings = "; ".join(translate(RULES, finding) for finding in result.findings)
            reported = translate("injury_check", "You reported: {findings}.").format(findings=findings)
            lines = [reported if findings else "", translate(RULES, result.advice)]
            self.verdict.set_heading(translate(RULES, result.headline))
            self.verdict.setStyleSheet(
                style.box_qss(self.verdict.objectName(), "danger" if result.positive else "caution")
            )
            self.verdict.set_lines([line for line in lines if line])
        else:
            self.verdict.set_lines([])
