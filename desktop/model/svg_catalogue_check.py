"""Whether a diagram draws what the zone catalogue expects (desktop.model.svg_guard runs it last).

Kept apart from the streaming guard: the guard proves the bytes are safe to parse and collects which
groups, zones and guides exist; this compares that inventory with the catalogue, in the person's words.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.model.i18n import translate
from desktop.model.problems import Problem
from desktop.model.zones import ZoneCatalogue

REQUIRED_GROUPS = ("artwork", "zones", "guides")


def element_label(element_id: str) -> str:
    """How a problem names an element: by its id (kept as written in the file)."""
    return translate("svg_catalogue_check", "element '{id}'").format(id=element_id)


def check_against_catalogue(
    zones: Mapping[str, int],
    groups: Mapping[str, str],
    guides: Mapping[str, str],
    view: str | None,
    catalogue: ZoneCatalogue,
    file: str,
) -> list[Problem]:
    """What a well-formed diagram lacks: the three groups, zones the catalogue knows (and lists for
    `view`), a shape in each zone and a guide for each. `zones`: zone id → shapes drawn in it;
    `groups`: required group id → its tag; `guides`: zone id → its guide's tag (from the guard's scan)."""
    problems = []
    if not zones:
        problems.append(
            Problem(
                file,
                translate(
                    "svg_catalogue_check",
                    'draws no zone: a diagram needs <g id="zone-..."> shapes in <g id="zones">',
                ),
            )
        )
    for group in REQUIRED_GROUPS:
        if group not in groups:
            problems.append(
                Problem(
                    file,
                    translate("svg_catalogue_check", 'lacks the required <g id="{group}">').format(
                        group=group
                    ),
                )
            )
        elif groups[group] != "g":
            problems.append(
                Problem(
                    file, translate("svg_catalogue_check", "must be a <g> group"), step=element_label(group)
                )
            )
    for zone_id, shapes in sorted(zones.items()):
        step = element_label(f"zone-{zone_id}")
        if zone_id not in catalogue:
            problems.append(
                Problem(
                    file,
                    translate("svg_catalogue_check", "zone '{zone}' is not in the zone catalogue").format(
                        zone=zone_id
                    ),
                    step=step,
                )
            )
        elif view is not None and view not in catalogue[zone_id].views:
            problems.append(
                Problem(
                    file,
                    translate(
                        "svg_catalogue_check", "the catalogue does not list the {view} view for this zone"
                    ).format(view=view),
                    step=step,
                )
            )
        if not shapes:
            problems.append(
                Problem(file, translate("svg_catalogue_check", "this zone draws no shape"), step=step)
            )
    for zone_id in sorted(set(guides) - set(zones)):
        problems.append(
            Problem(
                file,
                translate("svg_catalogue_check", "guide for a zone this file does not draw"),
                step=element_label(f"guide-{zone_id}"),
            )
        )
    if view is not None:
        for zone in catalogue.in_view(view):
            if zone.id not in zones:
                problems.append(
                    Problem(
                        file,
                        translate(
                            "svg_catalogue_check",
                            "the catalogue lists this zone for the {view} view, "
                            "but the file does not draw it",
                        ).format(view=view),
                        step=element_label(f"zone-{zone.id}"),
                    )
                )
            elif zone.id not in guides:
                problems.append(
                    Problem(
                        file,
                        translate("svg_catalogue_check", "zone has no guide path for motion cues"),
                        step=element_label(f"guide-{zone.id}"),
                    )
                )
    return problems
