"""The interactive ankle diagram: shared SVG artwork plus one exact-shape item per zone.

Zones are hit-tested by their exact path (invariant 3); the smallest zone wins where zones overlap,
because zones are stacked by area. The left foot is the right foot mirrored by the view transform,
so scene coordinates are always the SVG's px coordinates.

The pulse and the motion cues share one frame timer (desktop.ui.diagram_animation) that never runs
while the widget is hidden or paused, nor while nothing moves (invariant 2). By default (the main
window) they move in a short burst whenever something changes (a new step, a phase turning the other
way, resuming, the pointer coming onto the drawing) and then hold a still frame: full glow, arrows in
place. `set_animation_policy(None, fps)` keeps them moving for as long as the session runs
(follow-along, watched from a distance).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from desktop.model.anatomy import ViewGeometry, best_view, load_view
from desktop.model.i18n import translate
from desktop.model.problems import ValidationError
from desktop.model.routine import Direction, MotionCue
from desktop.model.zones import VIEW_LABELS, VIEWS, ZoneCatalogue, load_catalogue
from desktop.ui.cue_overlay import CueItem, CueOverlay
from desktop.ui.diagram_animation import DiagramAnimator, pulse_level
from desktop.ui.diagram_scene import BuiltView, build_view_scene
from desktop.ui.pixel_cache import Backdrop
from desktop.ui.viewports import own_viewport
from desktop.ui.zone_item import LitGroup, ZoneItem
from desktop.ui.zone_keyboard import ZoneKeyboardMixin
from desktop.ui.zone_labels import ZoneLabel, layout_labels
from desktop.ui.zone_pointer import ZonePointerMixin


class DiagramView(ZoneKeyboardMixin, ZonePointerMixin, QGraphicsView):
    """One view of the right (or mirrored left) foot with clickable zones and motion cues.

    Its keys are desktop.ui.zone_keyboard's, its clicks desktop.ui.zone_pointer's.

    Signals:
        zone_clicked(str): a zone was clicked, or activated with Enter/Space; carries the zone id.
        empty_clicked(): a click landed on no zone.
        view_changed(str): another view (medial/lateral/posterior/anterior) is now shown.
        view_failed(str, list): a view's diagram could not be loaded; carries the view and one line
            per problem. The view shows a short notice instead (invariant 5).
    """

    zone_clicked = Signal(str)
    empty_clicked = Signal()
    view_changed = Signal(str)
    view_failed = Signal(str, list)

    def __init__(
        self,
        catalogue: ZoneCatalogue | None = None,
        loader: Callable[[str], ViewGeometry] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        own_viewport(self)  # read before the first paint (desktop.ui.viewports says why)
        self._catalogue = catalogue or load_catalogue()
        self._loader = loader or load_view
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        # Each view's scene is built once and kept: coming back to a view (auto-view between steps)
        # reuses its zone items and its artwork's cached pixmap instead of re-rendering the SVG.
        self._built: dict[str, BuiltView] = {}
        self._view: str | None = None
        self._geometry: ViewGeometry | None = None
        self._failed: dict[str, list[str]] = {}
        self._side = "right"
        self._paused = False
        self._reduced_motion = False
        self._auto_view = True
        self._labels_visible = False
        self._highlighted: tuple[str, ...] = ()
        self._tints: dict[str, float] = {}
        self._items: dict[str, ZoneItem] = {}
        self._labels: dict[str, ZoneLabel] = {}
        self._cues = CueOverlay()
        self._focus_zone: str | None = None
        self._selected_zone: str | None = None
        self._pressed_zone: str | None = None
        self._on_screen = False  # between show and hide events, including a minimised window's
        self._artwork = None
        self._backdrop = Backdrop()  # background and artwork, one opaque copy per repaint (issue 19)
        self._lit: LitGroup | None = None  # the lit zones' layer, composed over the backdrop

        self._animator = DiagramAnimator(
            self, live=self._animation_live, show_frame=self._show_frame, hold_still=self._hold_still
        )

        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor(250, 249, 246))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(160, 200)
        self.update_accessible_text()

    # -- public state

    @property
    def view_name(self) -> str | None:
        return self._view

    @property
    def side(self) -> str:
        return self._side

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def auto_view(self) -> bool:
        return self._auto_view

    @property
    def animating(self) -> bool:
        """True while the pulse and cues move; False while they hold a still frame."""
        return self._animator.running

    @property
    def animation_policy(self) -> tuple[float | None, int]:
        """(burst seconds or None for no end, frames per second)."""
        return self._animator.policy

    def zone_anchor(self, zone_id: str) -> QPointF:
        """A point inside the zone, near the middle of its guide: where its label and focus order sit."""
        return self._labels[zone_id].pos()

    def zone_items(self) -> dict[str, ZoneItem]:
        """The zone items of the view shown, by zone id (for tests and screenshots)."""
        return dict(self._items)

    def cue_items(self) -> list[CueItem]:
        return self._cues.items

    def view_geometry(self) -> ViewGeometry | None:
        return self._geometry

    def sizeHint(self) -> QSize:
        return QSize(420, 540)

    # -- public API

    def set_view(self, view: str) -> bool:
        """Show `view`; False (and view_failed) when its diagram cannot be loaded."""
        if view not in VIEWS:
            raise ValueError(f"unknown view {view!r}")
        if view == self._view:
            return view not in self._failed
        try:
            geometry = self._loader(view)
        except ValidationError as exc:
            self._failed[view] = [str(p) for p in exc.problems]
            geometry = None
        self._view = view
        self._geometry = geometry
        self._rebuild()
        self.view_changed.emit(view)
        if geometry is None:
            self.view_failed.emit(view, self._failed[view])
        return geometry is not None

    def set_side(self, side: str) -> None:
        """Show the right foot, or the left foot as the right-foot drawing mirrored."""
        if side not in ("right", "left"):
            raise ValueError(f"side must be 'right' or 'left', not {side!r}")
        if side != self._side:
            self._side = side
            self._cues.set_side(side)
            self._fit()
            self.update_accessible_text()

    def set_auto_view(self, enabled: bool) -> None:
        self._auto_view = enabled

    def highlight(
        self,
        zone_ids: Sequence[str],
        *,
        motion: MotionCue | None = None,
        phase_direction: Direction | None = None,
    ) -> None:
        """Pulse these zones and animate `motion` over them; switches view first when auto_view is on."""
        self._highlighted = tuple(z for z in zone_ids if z in self._catalogue)
        self._cues.set_step(motion, phase_direction)
        if self._auto_view and self._highlighted:
            best = self.best_view_for(self._highlighted)
            if best is not None and best != self._view:
                self.set_view(best)
                return  # set_view re-applies the highlight
        self._apply_highlight()

    def set_phase_direction(self, direction: Direction | None) -> None:
        """A phase changed direction (e.g. clockwise, then counter-clockwise): show the new way moving."""
        if self._cues.set_phase_direction(direction):
            self.replay()

    def set_hold_progress(self, fraction: float | None) -> None:
        """How far through a sustained press we are (0..1); None lets the ring breathe instead."""
        self._cues.set_hold_progress(fraction)

    def set_reduced_motion(self, reduced: bool) -> None:
        """No pulse and no moving cues, only the still frame (arrows in place): for people whom motion
        distracts or unsettles (WCAG 2.1 SC 2.2.2 Pause, Stop, Hide; SC 2.3.3 Animation from Interactions)."""
        self._reduced_motion = reduced
        self._animator.sync()

    @property
    def reduced_motion(self) -> bool:
        return self._reduced_motion

    def set_paused(self, paused: bool) -> None:
        resumed = self._paused and not paused
        self._paused = paused
        if resumed:
            self._animator.replay()
        else:
            self._animator.sync()

    def set_animation_policy(self, burst_s: float | None, fps: int) -> None:
        """Move for `burst_s` seconds after each change, then hold a still frame (None: no end), at
        `fps` frames per second. A person who has seen the motion needs only the still frame."""
        self._animator.set_policy(burst_s, fps)

    def replay(self) -> None:
        """Move again from the start (a new burst), as after a change; nothing moves while paused."""
        self._animator.replay()

    def set_labels_visible(self, visible: bool) -> None:
        self._labels_visible = visible
        for label in self._labels.values():
            label.setVisible(visible)
        self._layout_labels()

    def set_zone_tints(self, tints: Mapping[str, float]) -> None:
        """Shade zones by intensity 0..1 (e.g. how often each was worked); others are cleared."""
        self._tints = {z: max(0.0, min(1.0, float(v))) for z, v in tints.items() if v > 0}
        for zone_id, item in self._items.items():
            item.set_state(tint=self._tints.get(zone_id, 0.0))

    def set_selected_zone(self, zone_id: str | None) -> None:
        """Mark the zone whose panel is open with a solid outline (None: no zone's panel is open)."""
        self._selected_zone = zone_id
        for item_id, item in self._items.items():
            item.set_state(selected=item_id == zone_id)

    @property
    def selected_zone(self) -> str | None:
        return self._selected_zone

    def best_view_for(self, zone_ids: Sequence[str]) -> str | None:
        """The view auto_view would show for these zones (views that failed to load are skipped)."""
        return best_view(zone_ids, self._catalogue, current=self._view, unavailable=set(self._failed))

    # -- building the scene

    def _rebuild(self) -> None:
        """Show the scene of the current view: the one built before, or a new one."""
        self._cues.clear()
        self._focus_zone = None
        if self._lit is not None:  # the zones of another scene
            self._lit.set_composed(False)
            self._lit = None
        geometry = self._geometry
        built = self._built.get(self._view or "") if geometry is not None else None
        if built is None or built.geometry is not geometry:
            built = build_view_scene(geometry, self._catalogue, parent=self)
            if geometry is not None and self._view is not None:
                self._built[self._view] = built
        self._scene, self._artwork = built.scene, built.artwork
        if self._artwork is not None:
            self._artwork.setVisible(False)  # drawBackground draws it, under everything else
        self._items, self._labels = built.items, built.labels
        self.setScene(self._scene)
        if geometry is None:
            self._show_failure()
            self._animator.sync()
            return
        for zone_id, item in self._items.items():
            item.set_state(
                tint=self._tints.get(zone_id, 0.0),
                hovered=False,
                focused=False,
                selected=zone_id == self._selected_zone,
            )
        for label in self._labels.values():
            label.setVisible(self._labels_visible)
        self._apply_highlight()
        self._fit()
        self.update_accessible_text()

    def _show_failure(self) -> None:
        if self._view in VIEW_LABELS:
            label = translate("zones", VIEW_LABELS[self._view])
        else:
            label = translate("diagram_view", "this view")
        failure = translate(
            "diagram_view", "The “{view}” drawing could not be loaded.\nThe other views still work."
        )
        text = self._scene.addText(failure.format(view=label))
        font = QFont()
        font.setPointSizeF(11)
        text.setFont(font)
        self._scene.setSceneRect(text.boundingRect().adjusted(-20, -20, 20, 20))
        self._fit()

    def _apply_highlight(self) -> None:
        shown = set(self._highlighted)
        lit = [item for zone_id, item in self._items.items() if zone_id in shown]
        if self._lit is not None:
            self._lit.set_composed(False)
        self._lit = LitGroup(lit, self._items.values()) if lit else None
        self._backdrop.drop_frames()
        group = self._lit if len(lit) > 1 else None  # one layer, one blend per frame (issue 19)
        for zone_id, item in self._items.items():
            item.set_group(group if zone_id in shown else None)
            item.set_state(highlighted=zone_id in shown, pulse=1.0)
        self._cues.rebuild(
            self._scene, self._geometry, self._highlighted, self._view, self.viewportTransform()
        )
        self.replay()

    # -- animations (invariant 2)

    def _animation_live(self) -> bool:
        shown = self._on_screen and self.isVisible() and not self._paused and not self._reduced_motion
        return shown and (bool(self._cues) or any(item.highlighted for item in self._items.values()))

    def _hold_still(self) -> None:
        """The frame shown whenever nothing moves: the full glow and every cue's rest pose."""
        for item in self._items.values():
            item.set_state(pulse=1.0)
        self._cues.hold_still()
        self._backdrop.drop_frames()  # the pulse's other levels are not needed until it moves again

    def _show_frame(self, frame: int, fps: int) -> None:
        level = pulse_level(frame, fps)
        for item in self._items.values():
            if item.highlighted:
                item.set_state(pulse=level)
        self._cues.show_frame(frame, fps)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._on_screen = True
        self._fit()
        self._animator.replay()  # back on screen (e.g. restored): show the motion again

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._on_screen = False
        self._animator.sync()

    def enterEvent(self, event) -> None:
        """The pointer coming onto the drawing replays a finished burst: a look is a request to see it."""
        super().enterEvent(event)
        self._animator.nudge()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """The background colour and the artwork, copied from one opaque pixmap (desktop.ui.pixel_cache),
        with the lit zones' pulse composed over it while nothing lies between them."""
        colour = self.backgroundBrush().color()
        size = self.viewport().size()
        self._backdrop.paint(painter, size, colour, self._artwork, rect, self._lit, self._cues.tracks)

    # -- fitting and mirroring

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        rect = self._scene.sceneRect()
        viewport = self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        scale = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        mirror = -1.0 if self._side == "left" else 1.0
        self.setTransform(QTransform.fromScale(mirror * scale, scale))
        self.centerOn(rect.center())
        self._cues.set_device_transform(self.viewportTransform())
        self._layout_labels()

    def _layout_labels(self) -> None:
        if self._labels_visible and self._labels:
            by_area = sorted(self._labels.values(), key=lambda label: self._items[label.zone.id].area)
            layout_labels(by_area, lambda p: QPointF(self.mapFromScene(p)), QRectF(self.viewport().rect()))
