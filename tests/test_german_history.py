"""The history window, its plots, and the routine editor in German: what a person reads is the
catalogue's German, dates are written the German way, and the routine files keep their English values.

The catalogue is compiled from its source (.ts) for the test, so this tests the translations in the
repository, not a stale .qm: the merged assets/i18n/ankle_guide_de.ts when it exists, else this area's
part (assets/i18n/parts/history.ts).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QPushButton

from desktop.qt import translations
from desktop.qt.translations import catalogue_path, install_translations, remove_translations

REPO = Path(__file__).resolve().parent.parent
MERGED = REPO / "assets/i18n/ankle_guide_de.ts"
PART = REPO / "assets/i18n/ankle_guide_de.ts"  # the merged catalogue
FILES = [
    REPO / "desktop/ui" / f"{stem}.py"
    for stem in (
        "history_plot",
        "history_table",
        "history_totals",
        "history_window",
        "history_zones",
        "mobility_plot",
        "print_history",
        "export_dialog",
        "routine_editor",
        "routine_editor_fields",
        "routine_editor_programme",
        "routine_editor_steps",
        "routine_editor_zones",
        "routine_actions",
    )
]
NOW = datetime(2024, 6, 20, 21, 30, tzinfo=UTC)
# Qt calls whose text argument a person reads: a literal (or f-string) there is a string left English.
SHOWN_BY = {
    "QLabel", "QPushButton", "QAction", "QGroupBox", "QCheckBox", "QRadioButton", "setText",
    "setWindowTitle", "setToolTip", "setStatusTip", "setAccessibleName", "setAccessibleDescription",
    "setPlaceholderText", "setTitle", "addItem", "addMenu", "addRow", "setLabel", "setSuffix",
    "setHorizontalHeaderLabels", "warning", "question", "information", "critical", "getSaveFileName",
    "getOpenFileName", "createUndoAction", "createRedoAction", "TextItem",
}  # fmt: skip
PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def _catalogue_source() -> Path:
    return MERGED if MERGED.exists() else PART


def _messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) → the <message> element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            found[key] = message
    return found


def _german(context: str, source: str, comment: str = "") -> str:
    return _messages(_catalogue_source())[(context, source, comment)].findtext("translation")


def _marked_strings() -> set[tuple[str, str, str]]:
    """Every translate()/QT_TRANSLATE_NOOP call with literal text in this area's files."""
    marked = set()
    for path in FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") in ("translate", "QT_TRANSLATE_NOOP")
            ):
                continue
            args = node.args
            if all(isinstance(a, ast.Constant) for a in args[:2]):
                comment = args[2].value if len(args) > 2 and isinstance(args[2], ast.Constant) else None
                marked.add((args[0].value, args[1].value, comment or ""))
    return marked


def _literal_text(node: ast.expr) -> bool:
    """Words written in place: "Close", f"{n} sessions" (not "", "#fff", f"{n}" or f"{a} ({b})")."""
    if isinstance(node, ast.JoinedStr):
        return any(_literal_text(part) for part in node.values if isinstance(part, ast.Constant))
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and bool(re.search(r"[A-Za-z]{2}", node.value))
    )


def test_no_visible_text_in_this_area_is_passed_to_qt_untranslated() -> None:
    left = []
    for path in FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", "")
            if name not in SHOWN_BY:
                continue
            args = node.args[1:] if name == "setLabel" else node.args  # setLabel("left", text)
            texts = list(args) + [k.value for k in node.keywords if k.arg in ("name", "text", "title")]
            left += [f"{path.name}:{node.lineno}: {ast.unparse(a)}" for a in texts if _literal_text(a)]
    assert not left, "\n".join(left)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease"
    )
    assert lrelease, "pyside6-lrelease (PySide6's own tool) is needed to compile the catalogue"
    qm = tmp_path_factory.mktemp("i18n") / "ankle_guide_de.qm"
    subprocess.run([lrelease, "-silent", str(_catalogue_source()), "-qm", str(qm)], check=True)
    return qm.read_bytes()


@pytest.fixture
def german(qapp: QApplication, compiled: bytes, monkeypatch: pytest.MonkeyPatch):
    """The app speaking German from here on (as at start-up), English again afterwards."""
    real = translations.resources.read_bytes
    wanted = catalogue_path("de")
    monkeypatch.setattr(
        translations.resources, "read_bytes", lambda rel: compiled if rel == wanted else real(rel)
    )
    locale = QLocale()
    assert install_translations(qapp, "de") == "de"
    yield
    remove_translations(qapp)
    QLocale.setDefault(locale)  # remove_translations leaves Qt's default locale German


# ---- the catalogue itself ------------------------------------------------------------------------


def test_every_translation_of_this_area_keeps_placeholders_mnemonics_and_line_breaks() -> None:
    contexts = {context for context, _, _ in _marked_strings()}
    for (context, source, _), message in _messages(_catalogue_source()).items():
        if context not in contexts:
            continue
        german = message.findtext("translation") or ""
        where = f"{context}: {source!r} → {german!r}"
        assert sorted(PLACEHOLDER.findall(german)) == sorted(PLACEHOLDER.findall(source)), where
        assert german.count("&") == source.count("&"), where
        assert german.count("\n") == source.count("\n"), where


# ---- the history window --------------------------------------------------------------------------


@pytest.fixture
def history_window(qtbot, tmp_path: Path, german):
    from desktop.model.history import HistoryStore
    from desktop.model.history_sample import sample_sessions
    from desktop.ui.history_window import HistoryWindow

    with HistoryStore(tmp_path / "history.sqlite3") as store:
        sample_sessions(store, days=30, seed=1, now=NOW)
        window = HistoryWindow(store, now=lambda: NOW)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        yield window


def test_the_history_window_reads_german(history_window) -> None:
    w = history_window
    assert w.windowTitle() == _german("history_window", "Session history — Ankle Guide")
    assert [w.period.itemText(i) for i in range(w.period.count())] == [
        _german("history_window", text) for text in ("Last 4 weeks", "Last 3 months", "All time")
    ]
    buttons = {b.text() for b in w.findChildren(QPushButton)}
    assert {_german("history_window", "Export CSV…"), _german("history_window", "Close")} <= buttons
    headers = [w.table.model().headerData(c, w.table.horizontalHeader().orientation()) for c in range(8)]
    assert headers[0] == _german("history_table", "Date") == "Datum"
    assert headers[-1] == _german("history_table", "Note")
    # the totals speak of the chosen period inside a German sentence
    caption = w.totals["minutes"][1].text()
    assert _german("history_window", "last 4 weeks") in caption
    assert caption.startswith(("Minute ", "Minuten "))
    assert _german(
        "history_plot", "Point at a dot to see that session; click it to find it in the table."
    ) in {label.text() for label in w.findChildren(QLabel)}


def test_history_dates_and_numbers_are_written_the_german_way(history_window) -> None:
    w = history_window
    first_date = w.table.row_texts()[0][0]
    assert re.fullmatch(r"(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. \S+ \d{4}, \d\d:\d\d", first_date), first_date
    sides = {row[2] for row in w.table.row_texts()}
    assert sides <= {_german("history_table", s) for s in ("Right", "Left", "Both")}
    drop = w.totals["drop"][0].text()
    assert re.fullmatch(r"[↓↑]? ?\d+,\d", drop), drop  # a decimal comma


def test_the_plot_axis_names_months_in_the_apps_language(german) -> None:
    from desktop.ui.history_axis import localised

    may = datetime(2024, 5, 3, 9, 0)
    assert localised(may, "%d %b", QLocale("de")) == "03 Mai"
    assert localised(may, "%a %d", QLocale("de")) == "Fr. 03"
    assert localised(may, "%d %b", QLocale("en")) == "03 May"


# ---- the routine editor --------------------------------------------------------------------------


@pytest.fixture
def editor(qtbot, tmp_path: Path, german):
    from desktop.model.routine_edit import blank_routine
    from desktop.model.zones import load_catalogue
    from desktop.ui.routine_editor import RoutineEditor

    window = RoutineEditor(blank_routine(()), load_catalogue(), folder=tmp_path, ask=lambda _w: "discard")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _form_labels(form) -> list[str]:
    layout = form.form
    return [
        layout.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text() for row in range(layout.rowCount())
    ]


def test_the_routine_editor_reads_german(editor) -> None:
    assert editor.windowTitle().endswith(_german("routine_editor", "{name} – Routine editor").split("}")[-1])
    assert _form_labels(editor.routine_form)[1] == _german("routine_editor_fields", "&Title") == "&Titel"
    assert _german("routine_editor_fields", "&Pressure") in _form_labels(editor.step_form)
    menus = [action.text() for action in editor.menuBar().actions()]
    assert menus == [_german("routine_editor", "&File"), _german("routine_editor", "&Edit")]
    assert editor.step_list.add_button.text() == _german("routine_editor_steps", "&Add step")


def test_a_change_is_named_in_german_in_the_edit_menu(editor, qtbot) -> None:
    qtbot.keyClicks(editor.step_form.title_edit, "Ausstreichen")
    expected = "{} {}".format(
        _german("routine_editor", "&Undo"),
        _german("routine_editor", "Change step {number}'s {field}").format(
            number=1, field=_german("routine_editor", "title")
        ),
    )
    assert editor.undo_action.text() == expected == "&Rückgängig: Titel von Schritt 1 ändern"


def test_a_german_choice_keeps_the_english_value_in_the_routine(editor) -> None:
    box = editor.step_form.pressure_box
    firm = box.findText(_german("routine_editor_fields", "firm"))
    assert firm >= 0, [box.itemText(i) for i in range(box.count())]
    box.activated.emit(firm)  # as a click on the item does
    assert editor.edit.steps[0].pressure == "firm"
