"""A framed notice: ⚠ heading plus word-wrapped lines, used for cautions and safety advice."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.model.i18n import translate
from desktop.ui import style


class CautionBox(QFrame):
    """Shows a ⚠ heading and one paragraph per line; hides itself when given no lines.

    `kind` is "caution" (amber) or "danger" (red). The symbol and the heading word carry the meaning,
    the colour only repeats it.
    """

    def __init__(
        self, heading: str | None = None, kind: str = "caution", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if heading is None:  # translated here, not as a default: the language is installed after imports
            heading = translate("caution_box", "Caution")
        name = "dangerBox" if kind == "danger" else "cautionBox"
        self.setObjectName(name)
        # its colours: the theme's application style sheet, by object name (desktop.ui.theme)
        self.setAccessibleName(heading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.SPACING, style.MARGIN, style.SPACING)
        layout.setSpacing(style.TIGHT + 2)
        self._heading = QLabel()
        self._heading.setFont(style.scaled_font(self.font(), bold=True))
        self._heading.setWordWrap(True)
        layout.addWidget(self._heading)
        self._lines: list[QLabel] = []
        self._layout = layout
        self.set_heading(heading)
        self.hide()

    def set_heading(self, heading: str) -> None:
        self._heading.setText(f"⚠  {heading}")
        self.setAccessibleName(heading)

    def heading(self) -> str:
        return self._heading.text()

    def set_lines(self, lines: Sequence[str]) -> None:
        """Replace the paragraphs; an empty sequence hides the box."""
        while len(self._lines) < len(lines):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._layout.addWidget(label)
            self._lines.append(label)
        for label, text in zip(self._lines, lines, strict=False):
            label.setText(text)
            label.show()
        for label in self._lines[len(lines) :]:
            label.hide()
        self.setVisible(bool(lines))
        self.setAccessibleDescription(" ".join(lines))

    def lines(self) -> list[str]:
        return [label.text() for label in self._lines if not label.isHidden()]
