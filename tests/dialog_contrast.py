"""Text contrast as a person sees it: each label's text and background read from the rendered pixels."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from desktop.model.contrast import contrast_ratio


def _hex(colour: QColor) -> str:
    return colour.name()


def text_contrasts(dialog: QWidget) -> list[tuple[str, float, str, str]]:
    """(text, ratio, text colour, background colour) for every visible, enabled label and button,
    from `dialog.grab()`: the background is the commonest colour in the widget's box, the text colour
    the one that differs most from it (the core of the glyphs)."""
    image: QImage = dialog.grab().toImage()
    ratio = image.width() / max(1, dialog.width())
    found = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisibleTo(dialog):
            continue
        if not widget.isEnabled():  # WCAG 1.4.3 exempts inactive controls (a greyed-out Continue)
            continue
        text = widget.text()
        if not text.strip() or widget.width() < 4 or widget.height() < 4:
            continue
        origin = widget.mapTo(dialog, QPoint(0, 0))
        x0, y0 = round(origin.x() * ratio), round(origin.y() * ratio)
        w, h = round(widget.width() * ratio), round(widget.height() * ratio)
        pixels = Counter(
            image.pixel(x, y)
            for x in range(max(0, x0 + 2), min(image.width(), x0 + w - 2))
            for y in range(max(0, y0 + 2), min(image.height(), y0 + h - 2))
        )
        if not pixels:
            continue
        background = QColor.fromRgb(pixels.most_common(1)[0][0])
        colours = {QColor.fromRgb(p).name() for p in pixels}
        bg = _hex(background)
        fg = max(colours, key=lambda c: contrast_ratio(c, bg))
        found.append((text, contrast_ratio(fg, bg), fg, bg))
    return found
