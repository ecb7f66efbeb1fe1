"""View → Appearance: theme, text size and motion, applied as they are picked; and the language.

Why live: a person with low vision judges a theme or a text size by seeing it, not by its name. The
dialog only reports choices (`chosen`); the window remembers them and the app applies them
(desktop.ui.appearance). The language is the exception: every text is built when its window is made,
so a new language shows from the next start, and the dialog says so and offers to restart now.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.model import appearance, i18n
from desktop.model.i18n import translate
from desktop.model.settings import AppSettings


def language_labels(system_language: str) -> dict[str, str]:
    """The chooser's entries by setting value: the system's choice names the language it resolves to, and
    each language is named in its own language, so a person who cannot read the current one finds theirs."""
    system = translate("appearance_dialog", "System default ({language})").format(
        language=i18n.LANGUAGES[system_language]
    )
    return {appearance.SYSTEM: system, **i18n.LANGUAGES}


class AppearanceDialog(QDialog):
    """Signals:
    chosen(object): the AppSettings with the new theme, text size, motion or language, at every change.
    restart_requested(): "Restart now" was pressed, to show a newly chosen language.
    """

    chosen = Signal(object)
    restart_requested = Signal()

    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        system_language: str = i18n.ENGLISH,
        running_language: str | None = None,
    ) -> None:
        """`system_language`: what "System default" resolves to (desktop.model.i18n.choose_language);
        `running_language`: the language the app shows now (default: the one installed)."""
        super().__init__(parent)
        self.setObjectName("appearanceDialog")
        self.setWindowTitle(translate("appearance_dialog", "Appearance"))
        self.setAccessibleName(translate("appearance_dialog", "Appearance"))
        self.setAccessibleDescription(
            translate(
                "appearance_dialog",
                "Colours, text size, motion and language. Colours, text and motion change at once.",
            )
        )
        self._settings = settings
        self._system_language = system_language
        self._running = running_language or i18n.current_language()
        root = QVBoxLayout(self)
        fields = QWidget()  # a widget, not a nested layout (desktop.ui.layouts' rule)
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        root.addWidget(fields)
        self.theme_box = self._combo(
            appearance.THEME_CHOICES,
            appearance.theme_labels(),
            settings.theme,
            translate("appearance_dialog", "Colours"),
            translate(
                "appearance_dialog", "Follow the system uses dark or high contrast when your desktop does."
            ),
        )
        sizes = {
            s: translate("appearance_dialog", "{percent} %").format(percent=s)
            for s in appearance.TEXT_SCALE_STEPS
        }
        self.text_box = self._combo(
            appearance.TEXT_SCALE_STEPS,
            sizes,
            _nearest_step(settings.text_scale),
            translate("appearance_dialog", "Text size"),
            translate("appearance_dialog", "Larger text, up to twice the system size."),
        )
        self.motion_box = self._combo(
            appearance.MOTION_CHOICES,
            appearance.motion_labels(),
            settings.motion,
            translate("appearance_dialog", "Motion"),
            translate(
                "appearance_dialog", "Reduced motion shows still arrows on the diagram and nothing pulses."
            ),
        )
        self.language_box = self._combo(
            (appearance.SYSTEM, *i18n.LANGUAGES),
            language_labels(system_language),
            settings.language,
            translate("appearance_dialog", "Language"),
            translate(
                "appearance_dialog", "The language of every window. It changes when Ankle Guide starts again."
            ),
        )
        rows = (
            (translate("appearance_dialog", "&Colours:"), self.theme_box),
            (translate("appearance_dialog", "&Text size:"), self.text_box),
            (translate("appearance_dialog", "&Motion:"), self.motion_box),
            (translate("appearance_dialog", "&Language:"), self.language_box),
        )
        for label, box in rows:
            form.addRow(label, box)
        note = QLabel(
            translate(
                "appearance_dialog", "Follow the system: dark or high contrast when your desktop asks for it."
            )
        )
        note.setWordWrap(True)
        root.addWidget(note)
        root.addWidget(self._build_restart_row())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("appearance_dialog", "Close appearance"))
        root.addWidget(buttons)
        for box in (self.theme_box, self.text_box, self.motion_box, self.language_box):
            box.activated.connect(self._changed)
        self._show_restart_offer()

    def _build_restart_row(self) -> QWidget:
        """ "The new language shows after a restart" and "Restart now", shown once the language chosen is
        not the one on screen."""
        self.restart_row = QWidget()
        row = QHBoxLayout(self.restart_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.restart_note = QLabel()
        self.restart_note.setWordWrap(True)
        self.restart_button = QPushButton(translate("appearance_dialog", "&Restart now"))
        self.restart_button.setAccessibleDescription(
            translate("appearance_dialog", "Closes Ankle Guide and opens it again in the language chosen.")
        )
        self.restart_button.clicked.connect(self.restart_requested)
        row.addWidget(self.restart_note, 1)
        row.addWidget(self.restart_button)
        return self.restart_row

    def _combo(self, values, labels, current, name: str, description: str) -> QComboBox:
        box = QComboBox()
        for value in values:
            box.addItem(labels[value], value)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.setAccessibleName(name)
        box.setAccessibleDescription(description)
        box.setToolTip(description)
        return box

    def chosen_language(self) -> str:
        """The language the current choice starts in ("System default" resolved)."""
        setting = self.language_box.currentData()
        return self._system_language if setting == appearance.SYSTEM else setting

    def _show_restart_offer(self) -> None:
        language = self.chosen_language()
        self.restart_note.setText(
            translate("appearance_dialog", "Ankle Guide shows {language} after a restart.").format(
                language=i18n.LANGUAGES[language]
            )
        )
        self.restart_row.setVisible(language != self._running)

    def _changed(self, _index: int = 0) -> None:
        self._settings = replace(
            self._settings,
            theme=self.theme_box.currentData(),
            text_scale=self.text_box.currentData(),
            motion=self.motion_box.currentData(),
            language=self.language_box.currentData(),
        ).validated()
        self._show_restart_offer()
        self.chosen.emit(self._settings)


def _nearest_step(percent: int) -> int:
    return min(appearance.TEXT_SCALE_STEPS, key=lambda step: abs(step - percent))
