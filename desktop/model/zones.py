"""The zone catalogue (assets/zones.toml): names, plain descriptions, cautions and views of each zone."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from desktop import resources
from desktop.model.i18n import ENGLISH, QT_TRANSLATE_NOOP, current_language, translate
from desktop.model.problems import Problem, ValidationError
from desktop.model.toml_snapshot import packaged_table
from desktop.model.views import VIEWS
from desktop.model.zone_words import packaged_zone_words

VIEW_LABELS = {  # shown as translate("zones", VIEW_LABELS[view])
    "medial": QT_TRANSLATE_NOOP("zones", "Inner side"),
    "lateral": QT_TRANSLATE_NOOP("zones", "Outer side"),
    "posterior": QT_TRANSLATE_NOOP("zones", "From behind"),
    "anterior": QT_TRANSLATE_NOOP("zones", "From the front"),
}
REQUIRED_ZONES: frozenset[str] = frozenset(
    {
        "achilles_insertion",
        "achilles_tendon",
        "calf_belly",
        "medial_malleolus",
        "lateral_malleolus",
        "inner_ankle_concavity",
        "tibialis_anterior_path",
        "medial_ligaments",
        "lateral_ligaments",
        "heel",
        "sole_heel_transition",
        "forefoot",
        "lower_leg",
    }
)


class Zone(NamedTuple):
    """One zone of the catalogue: its names, plain description, caution and the views that show it.

    A NamedTuple, not a dataclass: a frozen dataclass costs ~0.5 ms to create at start-up (issue 19).
    """

    id: str
    name: str
    plain: str
    description: str
    views: tuple[str, ...]
    caution: str | None = None
    no_press: bool = False
    palpation: bool = False  # an injury-check point (desktop.model.ottawa), never a massage target


class ZoneCatalogue:
    """All zones by id, in file order. `problems`: those of its words in the app's language (a zone
    whose translation has one is kept in English; desktop.model.zone_words)."""

    def __init__(self, zones: list[Zone], problems: Iterable[Problem] = ()) -> None:
        self._zones = {z.id: z for z in zones}
        self.problems: tuple[Problem, ...] = tuple(problems)

    def __contains__(self, zone_id: object) -> bool:
        return zone_id in self._zones

    def __getitem__(self, zone_id: str) -> Zone:
        return self._zones[zone_id]

    def __iter__(self):
        return iter(self._zones.values())

    def __len__(self) -> int:
        return len(self._zones)

    def get(self, zone_id: str) -> Zone | None:
        return self._zones.get(zone_id)

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(self._zones)

    def words(self) -> dict[str, dict[str, str | None]]:
        """Each zone's words by id, as a translation is checked against them (desktop.model.zone_words)."""
        return {
            z.id: {"name": z.name, "plain": z.plain, "description": z.description, "caution": z.caution}
            for z in self._zones.values()
        }

    def in_view(self, view: str) -> list[Zone]:
        return [z for z in self._zones.values() if view in z.views]

    def plain_names(self, zone_ids: Iterable[str], *, mid_sentence: bool = False) -> str:
        """The zones as a person would say them: "The heel cord, the calf and the whole lower leg"
        ("the heel cord, ..." `mid_sentence`).

        Step lists and follow-along are read quickly, often from across the room, so they use the plain
        names; the anatomical ones stay in the zone panel. Unknown ids are tidied, not dropped."""
        names: list[str] = []
        for zone_id in zone_ids:
            zone = self._zones.get(zone_id)
            name = (zone.plain or zone.name) if zone else zone_id.replace("_", " ").capitalize()
            if (names or mid_sentence) and not name[:2].isupper():  # lower case, except an acronym
                name = name[:1].lower() + name[1:]
            names.append(name)
        if len(names) <= 1:
            return "".join(names)
        return translate("zones", "{some} and {last}", "a list of zone names").format(
            some=", ".join(names[:-1]), last=names[-1]
        )


def parse_catalogue(text: str, file: str = "zones.toml") -> ZoneCatalogue:
    """Parse and validate a catalogue; raises ValidationError listing every problem."""
    import tomllib  # here: the packaged catalogue usually comes from desktop.model.toml_snapshot

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError([Problem(file, f"invalid TOML: {exc}")]) from None
    return catalogue_from_table(data, file)


def catalogue_from_table(data: dict, file: str = "zones.toml") -> ZoneCatalogue:
    """Validate a catalogue already read from TOML; raises ValidationError listing every problem."""
    table = data.get("zones")
    if not isinstance(table, dict) or not table:
        raise ValidationError([Problem(file, "needs a [zones.<id>] table per zone", field="zones")])
    problems: list[Problem] = []
    zones: list[Zone] = []
    for zone_id, raw in table.items():
        where = f"zone '{zone_id}'"
        if not isinstance(raw, dict):
            problems.append(Problem(file, "must be a table", step=where))
            continue
        for key in ("name", "plain", "description"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                problems.append(Problem(file, "must be a non-empty string", step=where, field=key))
        views = raw.get("views")
        if not isinstance(views, list) or not views or any(v not in VIEWS for v in views):
            problems.append(
                Problem(file, f"must be a list drawn from {', '.join(VIEWS)}", step=where, field="views")
            )
            views = []
        caution = raw.get("caution")
        if caution is not None and not isinstance(caution, str):
            problems.append(Problem(file, "must be a string", step=where, field="caution"))
            caution = None
        no_press = raw.get("no_press", False)
        if not isinstance(no_press, bool):
            problems.append(Problem(file, "must be true or false", step=where, field="no_press"))
            no_press = False
        palpation = raw.get("palpation", False)
        if not isinstance(palpation, bool):
            problems.append(Problem(file, "must be true or false", step=where, field="palpation"))
            palpation = False
        zones.append(
            Zone(
                id=zone_id,
                name=str(raw.get("name", zone_id)),
                plain=str(raw.get("plain", "")),
                description=str(raw.get("description", "")),
                views=tuple(views),
                caution=caution,
                no_press=no_press,
                palpation=palpation,
            )
        )
    missing = REQUIRED_ZONES - {z.id for z in zones}
    for zone_id in sorted(missing):
        problems.append(Problem(file, "required zone is missing", step=f"zone '{zone_id}'"))
    if problems:
        raise ValidationError(problems)
    return ZoneCatalogue(zones)


CATALOGUE_FILE = "assets/zones.toml"
_catalogues: dict[str, ZoneCatalogue] = {}


def load_catalogue(language: str | None = None) -> ZoneCatalogue:
    """The packaged catalogue, parsed once per language: with its words in `language` (default: the
    app's, desktop.model.i18n) where a translation ships, else in English."""
    language = language or current_language()
    if ENGLISH not in _catalogues:
        data = resources.read_bytes(CATALOGUE_FILE)
        table = packaged_table(CATALOGUE_FILE, data)
        _catalogues[ENGLISH] = (
            catalogue_from_table(table, CATALOGUE_FILE)
            if table is not None
            else parse_catalogue(data.decode())
        )
    if language not in _catalogues:
        english = _catalogues[ENGLISH]
        words, problems = packaged_zone_words(language, english.words())
        zones = [z._replace(**words[z.id]) if z.id in words else z for z in english]
        _catalogues[language] = ZoneCatalogue(zones, problems)
    return _catalogues[language]
