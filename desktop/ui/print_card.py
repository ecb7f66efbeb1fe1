"""A routine as a printed card (File → Print / save as PDF…, `--print-routine`): one or two A4 pages.

The words come from desktop.model.card; this module lays them out with QPainter on any paged device (a
QPdfWriter or a QPrinter) and draws each step's diagram as the app shows it (its zones highlighted and
its motion cue in its still pose) with one hidden DiagramView.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtWidgets import QWidget

from desktop.model.card import Card, CardStep, card_for
from desktop.model.i18n import translate
from desktop.model.routine import Routine
from desktop.model.zones import ZoneCatalogue
from desktop.qt.save_file import write_atomically
from desktop.ui.diagram_view import DiagramView
from desktop.ui.page_flow import PageFlow, font

RESOLUTION = 150  # dots per inch of the PDF's page: the diagrams are drawn as pictures at about this
DIAGRAM_SIZE = QSize(420, 540)
COLUMNS = 2


class _Pages(PageFlow):
    """Paints a Card down the pages of `device`, starting a new page when the next block does not fit."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter, diagram: DiagramView) -> None:
        super().__init__(device, painter)
        self.diagram = diagram

    def header(self, card: Card) -> None:
        width = self.area.width()
        self.y += self.text(card.title, font(18, bold=True), QRectF(0, self.y, width, self.tall))
        self.y += self.gap(0.4)
        for line in card.lines:
            self.y += self.text(line, font(10), QRectF(0, self.y, width, self.tall))
            self.y += self.gap(0.25)
        self.y += self.gap(0.5)

    def steps(self, steps: tuple[CardStep, ...]) -> None:
        """Two steps a row; a row is as tall as its taller step (its picture, or its words)."""
        spacing = self.gap(0.6)
        pad = self.gap(0.5)
        cell_w = (self.area.width() - spacing * (COLUMNS - 1)) / COLUMNS
        picture_w = (cell_w - 2 * pad) * 0.42
        picture_h = picture_w * DIAGRAM_SIZE.height() / DIAGRAM_SIZE.width()
        text_w = cell_w - 3 * pad - picture_w
        for start in range(0, len(steps), COLUMNS):
            row = steps[start : start + COLUMNS]
            height = max(max(picture_h, self.words_height(step, text_w)) for step in row) + 2 * pad
            self.room(height)
            for col, step in enumerate(row):
                cell = QRectF(col * (cell_w + spacing), self.y, cell_w, height)
                self.step(step, cell, pad, QRectF(cell.left() + pad, cell.top() + pad, picture_w, picture_h))
            self.y += height + spacing

    @staticmethod
    def words(step: CardStep) -> list[tuple[str, QFont, QColor | None]]:
        return [
            (f"{step.number}. {step.title}", font(10.5, bold=True), None),
            (f"“{step.cue}”", font(10, italic=True), QColor("#2f6f8f")),
            (step.detail, font(8.5), QColor("#4a4a4a")),
            *((f"⚠ {c}", font(8.5), QColor("#7a4f00")) for c in step.cautions),
        ]

    def words_height(self, step: CardStep, width: float) -> float:
        return sum(self.measure(text, face, width) + self.gap(0.3) for text, face, _c in self.words(step))

    def step(self, step: CardStep, cell: QRectF, pad: float, picture: QRectF) -> None:
        p = self.painter
        p.setPen(QPen(QColor("#b9c4ca"), max(1.0, self.device.resolution() / 100)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(cell, self.gap(0.5), self.gap(0.5))
        p.drawPixmap(picture.toRect(), self.picture(step))
        text = QRectF(
            picture.right() + pad, picture.top(), cell.right() - pad - picture.right() - pad, self.tall
        )
        y = text.top()
        for words, face, color in self.words(step):
            y += self.text(words, face, QRectF(text.left(), y, text.width(), cell.bottom() - y), color)
            y += self.gap(0.3)

    def picture(self, step: CardStep):
        self.diagram.highlight(step.zones, motion=step.motion)
        return self.diagram.grab()

    def safety(self, card: Card) -> None:
        width = self.area.width()
        indent = self.gap(1.2)
        heading, body, after = font(11, bold=True), font(9), font(9, italic=True)
        height = (
            self.measure(card.safety_heading, heading, width)
            + sum(self.measure(q, body, width - indent) + self.gap(0.15) for q in card.safety)
            + self.measure(card.safety_after, after, width)
            + self.gap(1.5)
        )
        self.room(height)
        self.y += self.text(card.safety_heading, heading, QRectF(0, self.y, width, self.tall))
        self.y += self.gap(0.4)
        for question in card.safety:
            self.text("•", body, QRectF(indent * 0.3, self.y, indent, self.tall))
            self.y += self.text(question, body, QRectF(indent, self.y, width - indent, self.tall)) + self.gap(
                0.15
            )
        self.y += self.gap(0.4)
        self.y += self.text(card.safety_after, after, QRectF(0, self.y, width, self.tall))


def paint_card(device: QPagedPaintDevice, routine: Routine, catalogue: ZoneCatalogue) -> int:
    """Draw the card of `routine` on `device` (A4 portrait, 15 mm margins); returns the page count."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    diagram = DiagramView(catalogue)
    diagram.set_labels_visible(False)
    diagram.resize(DIAGRAM_SIZE)
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        pages = _Pages(device, painter, diagram)
        card = card_for(routine)
        pages.header(card)
        pages.steps(card.steps)
        pages.safety(card)
    finally:
        painter.end()
        diagram.deleteLater()
    return pages.pages


def write_card_pdf(
    path: Path, routine: Routine, catalogue: ZoneCatalogue, *, resolution: int = RESOLUTION
) -> tuple[int, str | None]:
    """The card as a PDF file, written all at once: (pages, None) or (0, why it was not written)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(resolution)
    writer.setTitle(routine.title)
    writer.setCreator("Ankle Guide")
    pages = paint_card(writer, routine, catalogue)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    error = write_atomically(path, bytes(buffer.data()))
    return (0, error) if error else (pages, None)


def print_dialog(parent: QWidget, routine: Routine, catalogue: ZoneCatalogue) -> None:
    """File → Print / save as PDF…: Qt's print dialog, whose printers include "Print to file (PDF)"."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(routine.title)
    printer.setOutputFileName(str(Path.home() / f"{routine.id}.pdf"))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("print_card", "Print “{title}”").format(title=routine.title))
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        paint_card(printer, routine, catalogue)
