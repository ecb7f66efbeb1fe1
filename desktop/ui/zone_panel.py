"""The zone panel: what a clicked area of the diagram is, how to treat it, and the steps that work on it.

A plain frame (not a dialog) that the main window shows over or beside the diagram. "Start here" on a
step of another routine says so in its label ("Switch & start here"): the person sees that the routine
will change before they press it, and the main window decides how to switch.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.model.i18n import translate
from desktop.model.routine import Routine, Step
from desktop.model.timefmt import format_remaining
from desktop.model.zones import Zone
from desktop.ui import layouts, style
from desktop.ui.caution_box import CautionBox


def _label(text: str = "", scale: float = 1.0, *, bold: bool = False, italic: bool = False) -> QLabel:
    label = QLabel(text)
    label.setFont(style.scaled_font(label.font(), scale, bold=bold, italic=italic))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class _EntryCard(QFrame):
    """One step that works on the zone, with its two buttons.

    Cards are pooled by the panel and refilled with `show_entry`: building one (three labels, two
    buttons, two layouts, style polish) costs ~2 ms, and a zone with nine steps made a click take 20 ms.
    Its look comes from the panel's style sheet (object names), not a sheet of its own.
    """

    def __init__(self) -> None:
        super().__init__()
        self.routine_id = self.step_id = ""
        self.setObjectName("entryCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.SPACING, style.SPACING, style.SPACING, style.SPACING)
        layout.setSpacing(style.TIGHT)
        self.routine_label = _label(scale=style.SMALL_SCALE)
        self.routine_label.setObjectName("entryRoutine")
        self.title_label = _label(scale=1.05, bold=True)
        self.detail_label = _label(scale=style.SMALL_SCALE)
        layout.addWidget(self.routine_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)

        buttons = layouts.row(layout)
        buttons.setSpacing(style.SPACING - 2)
        self._buttons = buttons
        self.start_button = QPushButton()
        self.practise_button = QPushButton(translate("zone_panel", "Practise this"))
        self.practise_button.setToolTip(translate("zone_panel", "Run this step on its own, on one foot"))
        for button in (self.start_button, self.practise_button):
            button.setMinimumHeight(30)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.practise_button)
        buttons.addStretch(1)

    def minimumSizeHint(self) -> QSize:
        """As narrow as its widest button: the buttons stack when side by side they would not fit, so
        the panel's scroll area never has to cut the card (or the description above it) at the right."""
        hint = super().minimumSizeHint()
        margins = self.layout().contentsMargins()
        widest = max(b.minimumSizeHint().width() for b in (self.start_button, self.practise_button))
        return QSize(widest + margins.left() + margins.right(), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        margins = self.layout().contentsMargins()
        room = event.size().width() - margins.left() - margins.right()
        side_by_side = (
            self.start_button.sizeHint().width()
            + self.practise_button.sizeHint().width()
            + self._buttons.spacing()
        )
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side <= room else QBoxLayout.Direction.TopToBottom
        )
        if self._buttons.direction() != direction:
            self._buttons.setDirection(direction)

    def show_entry(self, routine: Routine, step: Step, in_current: bool, has_current: bool) -> None:
        """Show this step; "Switch & start here" when it belongs to another routine than the current one."""
        self.routine_id, self.step_id = routine.id, step.id
        self.routine_label.setText(routine.title)
        self.title_label.setText(step.title)
        self.detail_label.setText(
            translate("zone_panel", "{technique} · {duration}").format(
                technique=step.technique.label, duration=format_remaining(step.duration_s)
            )
        )
        switching = has_current and not in_current
        self.start_button.setText(
            translate("zone_panel", "Switch && start here")
            if switching
            else translate("zone_panel", "Start here")
        )
        self.start_button.setToolTip(
            translate("zone_panel", "Switch to “{routine}” and start at this step").format(
                routine=routine.title
            )
            if switching
            else translate("zone_panel", "Start the session at this step")
        )
        self.start_button.setAccessibleName(
            translate("zone_panel", "Switch to {routine} and start at {step}").format(
                routine=routine.title, step=step.title
            )
            if switching
            else translate("zone_panel", "Start at {step}").format(step=step.title)
        )
        self.practise_button.setAccessibleName(
            translate("zone_panel", "Practise {step}").format(step=step.title)
        )
        self.setAccessibleName(
            translate("zone_panel", "{step}, in {routine}").format(step=step.title, routine=routine.title)
        )


class ZonePanel(QFrame):
    """Details of one zone and every routine step that works on it.

    Signals:
        start_here(str, str): routine id, step id — begin (or switch to) that routine at that step.
        practise(str, str): routine id, step id — run that step alone (see model.practice).
        closed(): the close button or Esc hid the panel.
    """

    start_here = Signal(str, str)
    practise = Signal(str, str)
    closed = Signal()

    PREFERRED_WIDTH = 360

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zonePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)  # so it can sit over the diagram
        self._apply_style()
        self.setMinimumWidth(280)
        self.setAccessibleName(translate("zone_panel", "Zone details"))
        self.zone_id: str | None = None
        self.cards: list[_EntryCard] = []  # the cards showing now, in order
        self._pool: list[_EntryCard] = []  # every card made so far; the unused ones are hidden
        self._built = False

    def _build(self) -> None:
        """The panel's widgets, made when a zone is first shown, so the window starts without them."""
        self._built = True
        root = QVBoxLayout(self)
        root.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        root.setSpacing(style.SPACING)
        header = layouts.row(root)
        self.name_label = _label(scale=style.HEADING_SCALE, bold=True)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(translate("zone_panel", "Close (Esc)"))
        self.close_button.setAccessibleName(translate("zone_panel", "Close zone details"))
        self.close_button.setAutoRaise(True)
        self.close_button.setMinimumSize(32, 32)
        self.close_button.setFont(style.scaled_font(self.close_button.font(), 1.3))
        self.close_button.clicked.connect(self.close_panel)
        header.addWidget(self.name_label, 1)
        header.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

        body = QWidget()
        self._body = QVBoxLayout(body)
        self._body.setContentsMargins(0, 0, style.TIGHT, 0)
        self._body.setSpacing(style.SPACING)
        self.plain_label = _label(italic=True)
        self.no_press_label = _label(bold=True)
        self.description_label = _label()
        self.caution_box = CautionBox(translate("zone_panel", "Caution"))
        self.steps_heading = _label(translate("zone_panel", "Steps that work here"), 1.1, bold=True)
        self.empty_label = _label(translate("zone_panel", "No routine has a step for this area yet."))
        for widget in (self.plain_label, self.no_press_label, self.description_label, self.caution_box):
            self._body.addWidget(widget)
        self._body.addSpacing(style.TIGHT)
        self._body.addWidget(self.steps_heading)
        self._body.addWidget(self.empty_label)
        self._cards_box = layouts.column(self._body)
        self._cards_box.setSpacing(style.SPACING - 2)
        self._body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        root.addWidget(scroll, 1)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_panel)

    def _apply_style(self) -> None:
        """One style sheet for the panel and all its cards, set once (each card's own sheet was slow)."""
        muted = style.muted_color(self.palette()).name()
        self.setStyleSheet(
            "QFrame#zonePanel { background: palette(window); border: 1px solid palette(mid); }"
            " QFrame#entryCard { border: 1px solid palette(mid); border-radius: 6px; }"
            f" QLabel#entryRoutine {{ color: {muted}; }}"
        )

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setWidth(self.PREFERRED_WIDTH)
        return hint

    def show_zone(
        self, zone: Zone, entries: Sequence[tuple[Routine, Step]], current_routine_id: str | None
    ) -> None:
        """Fill the panel for `zone`, list `entries` (current routine's steps first), show it, take focus."""
        if not self._built:
            self._build()
        self.zone_id = zone.id
        self.name_label.setText(zone.name)
        self.plain_label.setText(zone.plain)
        # "Heel" is its own plain name: say it once
        self.plain_label.setVisible(bool(zone.plain) and zone.plain.casefold() != zone.name.casefold())
        self.no_press_label.setText(
            translate("zone_panel", "Glide only — never press here.") if zone.no_press else ""
        )
        self.no_press_label.setVisible(zone.no_press)
        self.description_label.setText(zone.description)
        self.caution_box.set_lines([zone.caution] if zone.caution else [])
        self.setAccessibleDescription(
            translate("zone_panel", "{name}: {plain}").format(name=zone.name, plain=zone.plain)
        )

        ordered = sorted(entries, key=lambda e: e[0].id != current_routine_id)  # stable: keeps given order
        has_current = current_routine_id is not None
        while len(self._pool) < len(ordered):
            self._pool.append(self._new_card())
        self.cards = self._pool[: len(ordered)]
        for card, (routine, step) in zip(self.cards, ordered, strict=True):
            card.show_entry(routine, step, routine.id == current_routine_id, has_current)
            card.show()
        for card in self._pool[len(ordered) :]:
            card.hide()
        self.empty_label.setVisible(not self.cards)
        self.show()
        if not self.isWindow():  # over the diagram: stack above its siblings
            self.raise_()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _new_card(self) -> _EntryCard:
        card = _EntryCard()
        card.start_button.clicked.connect(lambda: self.start_here.emit(card.routine_id, card.step_id))
        card.practise_button.clicked.connect(lambda: self.practise.emit(card.routine_id, card.step_id))
        self._cards_box.addWidget(card)
        return card

    def close_panel(self) -> None:
        """Hide the panel and say so (the diagram can then clear its selection)."""
        if self.isHidden():
            return
        self.hide()
        self.closed.emit()
