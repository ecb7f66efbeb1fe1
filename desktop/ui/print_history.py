"""The history report for a clinician (File → Print history report…, `--print-history OUT.pdf`): totals,
a plot of the tension ratings before and after each session, every session in a table, and the notes.

The words and numbers come from desktop.model.history_report; this module only lays them out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QDate, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtWidgets import QWidget

from desktop.model.history_report import HistoryReport
from desktop.model.i18n import translate
from desktop.qt.save_file import write_atomically
from desktop.ui.history_table import display_locale
from desktop.ui.page_flow import PageFlow, font

RESOLUTION = 150
COLUMN_SHARES = (0.19, 0.31, 0.08, 0.2, 0.09, 0.13)  # of the page width: when, routine, foot, …
BEFORE = QColor("#b3261e")
AFTER = QColor("#2f6f8f")


class _Report(PageFlow):
    def heading(self, report: HistoryReport) -> None:
        width = self.area.width()
        self.y += self.text(report.title, font(18, bold=True), QRectF(0, self.y, width, self.tall))
        self.y += self.gap(0.3)
        self.y += self.text(report.period, font(10), QRectF(0, self.y, width, self.tall))
        self.y += self.gap(0.4)
        for line in report.totals:
            self.y += self.text(f"•  {line}", font(10), QRectF(0, self.y, width, self.tall))
        self.y += self.gap(0.8)

    def plot(self, report: HistoryReport) -> None:
        """Tension 0–10 per rated session, oldest on the left: red before, blue after, joined by a line."""
        if not report.ratings:
            return
        width, height = self.area.width(), self.area.height() * 0.22
        label_h = self.measure("Tension", font(8), width)
        self.room(height + label_h * 3)
        title = translate(
            "print_history", "Tension before (red) and after (blue) each rated session, 0 to 10"
        )
        self.y += self.text(title, font(10, bold=True), QRectF(0, self.y, width, self.tall))
        self.y += self.gap(0.3)
        left = self.measure("10", font(8), width) * 2.5
        box = QRectF(left, self.y, width - left, height)
        p = self.painter
        p.setPen(QPen(QColor("#c8cdd0"), max(1.0, self.device.resolution() / 150)))
        for level in (0, 5, 10):
            y = box.bottom() - box.height() * level / 10
            p.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
            self.text(str(level), font(8), QRectF(0, y - label_h / 2, left * 0.8, label_h), QColor("#555555"))
        count = len(report.ratings)
        radius = self.device.resolution() * 0.03
        for i, rating in enumerate(report.ratings):
            x = box.left() + box.width() * ((i + 0.5) / count)
            points = {}
            for value, color in ((rating.before, BEFORE), (rating.after, AFTER)):
                if value is not None:
                    points[color.name()] = QPointF(x, box.bottom() - box.height() * value / 10)
            if len(points) == 2:
                p.setPen(QPen(QColor("#8a9aa3"), max(1.0, self.device.resolution() / 200)))
                p.drawLine(*points.values())
            for value, color in ((rating.before, BEFORE), (rating.after, AFTER)):
                if value is not None:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(color)
                    p.drawEllipse(points[color.name()], radius, radius)
        first, last = _day_text(report.ratings[0].day), _day_text(report.ratings[-1].day)
        self.y = box.bottom() + self.gap(0.2)
        self.text(first, font(8), QRectF(box.left(), self.y, box.width(), self.tall), QColor("#555555"))
        right = QRectF(box.left(), self.y, box.width(), label_h * 1.5)
        p.setPen(QColor("#555555"))
        p.drawText(right, int(Qt.AlignmentFlag.AlignRight), last)
        self.y += label_h + self.gap(0.8)

    def table(self, report: HistoryReport) -> None:
        width = self.area.width()
        lefts, x = [], 0.0
        for share in COLUMN_SHARES:
            lefts.append(x)
            x += share * width
        line_h = self.measure("Xg", font(8.5), width) + self.gap(0.15)
        self.room(line_h * 3)
        self.y += self.text(
            translate("print_history", "Sessions, newest first"),
            font(10, bold=True),
            QRectF(0, self.y, width, self.tall),
        )
        self.y += self.gap(0.2)
        for row_index, row in enumerate((report.header, *report.rows)):
            self.room(line_h)
            bold = row_index == 0
            for left, share, cell in zip(lefts, COLUMN_SHARES, row, strict=True):
                rect = QRectF(left, self.y, share * width - self.gap(0.2), line_h)
                self.painter.setFont(font(8.5, bold=bold))
                self.painter.setPen(QColor("#1d1d1d"))
                shown = self.painter.fontMetrics().elidedText(
                    cell, Qt.TextElideMode.ElideRight, int(rect.width())
                )
                self.painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), shown)
            self.y += line_h
        if report.more:
            self.y += self.text(report.more, font(8.5, italic=True), QRectF(0, self.y, width, self.tall))
        self.y += self.gap(0.8)

    def notes(self, report: HistoryReport) -> None:
        if not report.notes:
            return
        width = self.area.width()
        self.room(self.measure("Notes", font(10, bold=True), width) * 3)
        self.y += self.text(
            translate("print_history", "Notes written after sessions"),
            font(10, bold=True),
            QRectF(0, self.y, width, self.tall),
        )
        self.y += self.gap(0.2)
        for note in report.notes:
            height = self.measure(note, font(9), width)
            self.room(height)
            self.y += self.text(note, font(9), QRectF(0, self.y, width, self.tall)) + self.gap(0.15)


def _day_text(day: date) -> str:
    """A day under the plot: 2024-11-12 in English, as the app's language writes dates otherwise."""
    pattern = translate(
        "print_history", "yyyy-MM-dd", "Qt date format of the first and last day under the plot"
    )
    return display_locale().toString(QDate(day.year, day.month, day.day), pattern)


def paint_report(device: QPagedPaintDevice, report: HistoryReport) -> int:
    """Draw the report on `device` (A4 portrait); returns the page count."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pages = _Report(device, painter)
        pages.heading(report)
        pages.plot(report)
        pages.table(report)
        pages.notes(report)
    finally:
        painter.end()
    return pages.pages


def write_report_pdf(path: Path, report: HistoryReport) -> tuple[int, str | None]:
    """The report as a PDF file, written all at once: (pages, None) or (0, why not)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(report.title)
    writer.setCreator("Ankle Guide")
    pages = paint_report(writer, report)
    del writer
    buffer.close()
    error = write_atomically(path, bytes(buffer.data()))
    return (0, error) if error else (pages, None)


def print_report_dialog(parent: QWidget, report: HistoryReport) -> None:
    """File → Print history report…: Qt's print dialog (its "Print to file" writes a PDF)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(report.title)
    printer.setOutputFileName(str(Path.home() / "ankle-history.pdf"))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("print_history", "Print the session history"))
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        paint_report(printer, report)
