"""Keyboard access to a DiagramView's zones, and what a screen reader is told about them.

The diagram is ONE tab stop: Tab and Shift+Tab enter it (on the zone focused last, else the first)
and leave it at the next press, so eleven zones never stand between a person and the controls.
Inside, the arrow keys cycle through the zones, Home and End jump to the ends, and Enter opens the
focused zone as a click would. Space is left to the window (start/pause, desktop.ui.keyboard).
Zones are not Qt accessible objects themselves, so the view's accessible name and description
follow the keyboard-focused zone (Qt announces the name change).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent

from desktop.model.i18n import QT_TRANSLATE_NOOP, translate
from desktop.model.zones import ZoneCatalogue
from desktop.ui.zone_item import ZoneItem

# Whole phrases, translated where spoken: a view's label is not spliced in lower case.
_WHERE = {
    "medial": QT_TRANSLATE_NOOP("zone_keyboard", "inner side"),
    "lateral": QT_TRANSLATE_NOOP("zone_keyboard", "outer side"),
    "posterior": QT_TRANSLATE_NOOP("zone_keyboard", "from behind"),
    "anterior": QT_TRANSLATE_NOOP("zone_keyboard", "from the front"),
}
_FOOT = {
    "right": QT_TRANSLATE_NOOP("zone_keyboard", "right foot"),
    "left": QT_TRANSLATE_NOOP("zone_keyboard", "left foot"),
}

_NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
_PREV_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)
_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_KEYBOARD_REASONS = (
    Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason,
    Qt.FocusReason.OtherFocusReason,  # e.g. Esc closed the zone panel and gave the focus back
)  # fmt: skip


class ZoneKeyboardMixin:
    """Mixed into DiagramView (before QGraphicsView), which provides `zone_items()`, `zone_anchor()`,
    `view_name`, `side`, `_catalogue` and the `zone_clicked` signal."""

    _focus_zone: str | None = None
    _catalogue: ZoneCatalogue

    @property
    def focused_zone(self) -> str | None:
        """The zone the keyboard focus ring is on, if any."""
        return self._focus_zone if self._focus_zone in self.zone_items() else None

    def focus_order(self) -> list[str]:
        """Zones in reading order on screen: top to bottom, then left to right (after mirroring)."""

        def key(zone_id: str) -> tuple[float, float]:
            point = self.mapFromScene(self.zone_anchor(zone_id))
            return (round(point.y() / 40), point.x())

        return sorted(self.zone_items(), key=key)

    def _set_focus_zone(self, zone_id: str | None) -> None:
        self._focus_zone = zone_id
        items: dict[str, ZoneItem] = self.zone_items()
        for item_id, item in items.items():
            item.set_state(focused=item_id == zone_id and self.hasFocus())
        if zone_id in items:
            self.ensureVisible(items[zone_id].sceneBoundingRect(), 8, 8)
        self.update_accessible_text()

    def _step_focus(self, step: int, *, wrap: bool) -> bool:
        """Move the focus ring `step` zones along; False when it would leave the ends without wrapping."""
        order = self.focus_order()
        if not order:
            return False
        current = self.focused_zone
        if current is None:
            self._set_focus_zone(order[0] if step > 0 else order[-1])
            return True
        target = order.index(current) + step
        if not wrap and not 0 <= target < len(order):
            self._set_focus_zone(None)
            return False
        self._set_focus_zone(order[target % len(order)])
        return True

    def update_accessible_text(self) -> None:
        view = _WHERE.get(self.view_name or "")
        if view:
            foot = translate("zone_keyboard", _FOOT[self.side])  # DiagramView.set_side allows only these
            where = translate("zone_keyboard", "Ankle diagram, {view}, {foot}").format(
                view=translate("zone_keyboard", view), foot=foot
            )
        else:
            where = translate("zone_keyboard", "Ankle diagram")
        zone = self._catalogue.get(self.focused_zone) if self.focused_zone else None
        self.setAccessibleName(
            translate("zone_keyboard", "{where}: {zone}").format(where=where, zone=zone.name)
            if zone
            else where
        )
        self.viewport().setAccessibleName(
            translate("zone_keyboard", "Drawing: {where}").format(where=where)
        )  # it takes the focus for the view
        if zone:
            description = (
                translate("zone_keyboard", "{plain}. Caution: {caution}").format(
                    plain=zone.plain, caution=zone.caution
                )
                if zone.caution
                else zone.plain
            )
        else:
            description = translate(
                "zone_keyboard", "Arrow keys move between the zones; Enter shows what to do on one."
            )
        self.setAccessibleDescription(description)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        order = self.focus_order()
        if order and self.focused_zone is None and event.reason() in _KEYBOARD_REASONS:
            self._set_focus_zone(order[0])  # the ring shows where the arrows start
        else:
            self._set_focus_zone(self.focused_zone)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        for item in self.zone_items().values():
            item.set_state(focused=False)

    def event(self, event: QEvent) -> bool:
        """While the diagram has focus, its keys beat the window's shortcuts (arrows: next zone,
        not next step; Space/Enter: open the zone, not start the session)."""
        if event.type() == QEvent.Type.ShortcutOverride and self.focus_order():
            key = event.key()
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            ours = _NEXT_KEYS + _PREV_KEYS + (Qt.Key.Key_Home, Qt.Key.Key_End)
            if plain and (key in ours or (key in _ACTIVATE_KEYS and self.focused_zone)):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        order = self.focus_order()
        if order and key in _NEXT_KEYS + _PREV_KEYS:
            self._step_focus(1 if key in _NEXT_KEYS else -1, wrap=True)
        elif order and key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self._set_focus_zone(order[0] if key == Qt.Key.Key_Home else order[-1])
        elif key in _ACTIVATE_KEYS and self.focused_zone:
            self.zone_clicked.emit(self.focused_zone)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def zone_anchor(self, zone_id: str) -> QPointF:  # pragma: no cover - provided by the host
        raise NotImplementedError
