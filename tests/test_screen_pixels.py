"""What the X screen shows after each thing a person does, not what `grab()` can draw.

The real app runs under Xvfb (tests/real_screen.py, tests/screen_scenarios.py). After each step change,
view change, foot change, hover, focus move, zone panel and follow-along change, the screen's pixels must
equal a full repaint of the same state (nothing stale), the zones of the step before must be back to
the plain artwork, and the current zones must be marked. Against the code before the stale-highlight fix
(ZoneItem switching to ItemHasNoContents when it went blank) step 2 kept ~58,000 stale pixels and every
focus or hover move left an outline behind.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from real_screen import REQUIRED, missing_tools, run_scenarios, xvfb_display

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(
        bool(missing_tools()) and not REQUIRED, reason="needs Xvfb (packaging/debian-deps.sh)"
    ),
]


@pytest.fixture(scope="module")
def screens(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    assert not missing_tools(), f"missing {missing_tools()}: run packaging/debian-deps.sh"
    out: Path = tmp_path_factory.mktemp("screens")
    with xvfb_display() as display:
        return run_scenarios(out, display)


STATES = [
    "start",
    "step-2",
    "step-3",
    "view-lateral",
    "view-posterior",
    "view-anterior",
    "view-medial",
    "hover-on",
    "hover-off",
    "focus-0",
    "focus-1",
    "focus-2",
    "focus-out",
    "panel-open",
    "panel-closed",
    "foot-left",
    "foot-right",
    "running",
    "paused",
    "follow-start",
    "follow-next",
]


@pytest.mark.parametrize("state", STATES)
def test_the_screen_holds_nothing_stale(screens: dict[str, dict], state: str) -> None:
    result = screens[state]
    assert "error" not in result, result.get("error")
    assert result["stale_pixels"] == 0, f"{state}: {result['stale_pixels']} pixels differ from a full repaint"


@pytest.mark.parametrize("state", ["step-2", "follow-next"])
def test_the_previous_steps_zones_are_back_to_plain(screens: dict[str, dict], state: str) -> None:
    result = screens[state]
    assert result["previous_area"] > 1000, "the scenario must leave zones of the step before on screen"
    assert result["previous_not_plain"] == 0


@pytest.mark.parametrize("state", ["start", "step-2", "step-3", "foot-left", "paused", "follow-next"])
def test_the_current_zones_are_marked_on_screen(screens: dict[str, dict], state: str) -> None:
    result = screens[state]
    assert result["highlighted"], f"{state}: nothing highlighted"
    assert result["current_marked"] > 0.95, f"{state}: only {result['current_marked']:.0%} of the zone marked"


def test_a_step_change_in_one_view_changes_the_highlighted_zone(screens: dict[str, dict]) -> None:
    assert screens["start"]["view"] == screens["step-2"]["view"] == "medial"
    assert screens["start"]["highlighted"] != screens["step-2"]["highlighted"]


def test_a_clicked_zone_stays_marked_while_its_panel_is_open_and_the_drawing_does_not_move(
    screens: dict[str, dict],
) -> None:
    opened, closed = screens["panel-open"], screens["panel-closed"]
    assert opened["selected"] is not None and closed["selected"] is None
    assert opened["transform"] == screens["start"]["transform"] == closed["transform"]
