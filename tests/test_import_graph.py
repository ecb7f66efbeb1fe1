"""The main window's parts import downwards only: the window imports its layout and menus, never the
other way round (not even for type hints), so each can be read and tested on its own."""

from __future__ import annotations

import grimp
import pytest

GRAPH = grimp.build_graph("desktop", include_external_packages=False)

PARTS = (
    "desktop.ui.main_window_layout",
    "desktop.ui.menus",
    "desktop.ui.timer_panel",
    "desktop.ui.session_dialogs",
    "desktop.model.session_presenter",
    "desktop.model.session_gate",
    "desktop.model.commands",
    "desktop.model.command_table",
    "desktop.model.command_types",
)


@pytest.mark.parametrize("part", PARTS)
def test_no_part_of_the_window_imports_the_window(part: str) -> None:
    assert GRAPH.find_shortest_chain(importer=part, imported="desktop.ui.main_window") is None


def test_the_window_and_its_layout_and_menus_form_no_circle() -> None:
    modules = ("desktop.ui.main_window", "desktop.ui.main_window_layout", "desktop.ui.menus")
    for a in modules:
        for b in modules:
            if a != b:
                there = GRAPH.find_shortest_chain(importer=a, imported=b)
                back = GRAPH.find_shortest_chain(importer=b, imported=a)
                assert there is None or back is None, (a, b)


def test_only_the_start_up_imports_the_app() -> None:
    """The composition root is built in one place (desktop.startup), reached only from the command line."""
    assert GRAPH.find_modules_that_directly_import("desktop.app") <= {"desktop.startup"}
    assert GRAPH.find_modules_that_directly_import("desktop.startup") <= {"desktop.cli", "desktop.__main__"}


def test_no_module_of_the_app_imports_itself_back() -> None:
    """No import circle anywhere in desktop/ (type-hint imports included)."""
    circles = {
        tuple(sorted((module, imported)))
        for module in GRAPH.modules
        for imported in GRAPH.find_modules_directly_imported_by(module)
        if GRAPH.find_shortest_chain(importer=imported, imported=module)
    }
    assert circles == set()
