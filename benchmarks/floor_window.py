"""The floor under the start-up figure: the main window's kinds of widgets, with none of the app's code.

A bare QMainWindow (the start-up budget's reference) draws no text, no artwork and no style sheet; the
app must. This window builds what the main window shows at its first paint the cheapest way Qt allows:
a menu bar of the same size, the splitter, the view buttons, the diagram as the packaged medial artwork
rendered once into a pixmap in a QGraphicsView, the routine and pace pickers, the foot buttons, a
step list, the timer's labels, progress and buttons, a status bar, and the app's style sheet (read from
desktop.ui.theme, whose import is the only app code here). What the app takes beyond this window is its
own Python: its modules, model, translations and settings (README, Performance).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

MENUS = {"File": 8, "Routine": 12, "Session": 9, "View": 14, "Help": 4}  # about the main window's actions
STEPS = 11  # the standard routine's steps
ARTWORK = "assets/svg/medial.svg"


class _Artwork(QGraphicsItem):
    """The artwork drawn from the SVG once into a pixmap, as desktop.ui.artwork does."""

    def __init__(self, renderer: QSvgRenderer) -> None:
        super().__init__()
        self._renderer = renderer
        size = renderer.defaultSize()
        self._bounds = QRectF(0, 0, size.width(), size.height())
        self._pixmap: QPixmap | None = None

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        device = painter.worldTransform().mapRect(self._bounds)
        if self._pixmap is None:
            width, height = round(device.width()), round(device.height())
            image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            into = QPainter(image)
            into.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer.render(into, QRectF(0, 0, image.width(), image.height()))
            into.end()
            self._pixmap = QPixmap.fromImage(image)
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(round(device.left()), round(device.top()), self._pixmap)
        painter.restore()


class _Diagram(QGraphicsView):
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


def build_floor_window(artwork: bytes, style_sheet: str) -> tuple[QMainWindow, QWidget]:
    """The window (not shown) and the viewport whose first paint is timed."""
    from PySide6.QtWidgets import QApplication

    QApplication.instance().setStyleSheet(style_sheet)
    window = QMainWindow()
    for name, actions in MENUS.items():
        menu = window.menuBar().addMenu(name)
        for n in range(actions):
            menu.addAction(f"{name} action {n + 1}")
    splitter = QSplitter(Qt.Orientation.Horizontal)

    left = QWidget()
    left_box = QVBoxLayout(left)
    top = QHBoxLayout()
    left_box.addLayout(top)
    for view in ("Inner side", "Outer side", "Front", "Back"):
        top.addWidget(QPushButton(view))
    top.addWidget(QLabel("Achilles insertion"), 1)
    top.addWidget(QLabel("Right foot"))
    scene = QGraphicsScene()
    scene.addItem(_Artwork(QSvgRenderer(QByteArray(artwork))))
    diagram = _Diagram(scene)
    left_box.addWidget(diagram, 1)
    left_box.addWidget(QLabel("Click a region to see every technique for it."))

    right = QWidget()
    right_box = QVBoxLayout(right)
    pickers = QHBoxLayout()
    right_box.addLayout(pickers)
    routine = QComboBox()
    routine.addItems(["All-round ankle massage", "Quick break"])
    pickers.addWidget(routine, 1)
    pace = QComboBox()
    pace.addItems(["Normal", "Slower", "Quicker"])
    pickers.addWidget(pace)
    feet = QHBoxLayout()
    right_box.addLayout(feet)
    for foot in ("Right foot", "Left foot", "Both feet"):
        feet.addWidget(QPushButton(foot))
    steps = QListWidget()
    steps.addItems([f"{n}. A step of the routine, with its zone   1:00" for n in range(1, STEPS + 1)])
    right_box.addWidget(steps, 1)
    for text in ("Step 1 of 11", "1:00", "Stroke along the heel cord with the thumb"):
        right_box.addWidget(QLabel(text))
    right_box.addWidget(QProgressBar())
    controls = QHBoxLayout()
    right_box.addLayout(controls)
    for text in ("Previous", "Start", "Next", "Stop", "It hurts"):
        controls.addWidget(QPushButton(text))

    splitter.addWidget(left)
    splitter.addWidget(right)
    window.setCentralWidget(splitter)
    window.statusBar().showMessage("Ready")
    return window, diagram.viewport()
