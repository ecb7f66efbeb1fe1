"""Refuse hostile or broken diagram SVGs before any SVG library sees the bytes (invariants 5 and 7).

svgelements expands nested `<use>` eagerly (exponential time and memory), recurses forever on a `<use>`
of its own ancestor and silently truncates bad path data; QtSvg never raises. So every diagram file
passes this guard first: one streaming pass with a defused expat parser that builds no tree, so memory
stays bounded by the size cap, and each problem becomes one clear line (file, element, field). The checks made
as each element opens are desktop.model.svg_scan's; this module runs the pass and reports.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from desktop.model.i18n import local_decimal, translate
from desktop.model.problems import Problem, ValidationError
from desktop.model.safe_read import FileRefused, read_regular_file
from desktop.model.svg_catalogue_check import check_against_catalogue
from desktop.model.svg_rules import encoding_problem
from desktop.model.svg_scan import Scan, ScanStopped
from desktop.model.zones import VIEWS, ZoneCatalogue, load_catalogue

MAX_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Inspection:
    """What the guard found: its problems and, for a clean file, where its artwork group lies.

    `artwork` is the byte span of `<g id="artwork">…</g>`: geometry needs only the zones and guides, and
    the artwork is most of a file's shapes (QtSvg draws it from the full bytes).
    """

    problems: list[Problem]
    artwork: tuple[int, int] | None = None


def inspect_svg_bytes(
    data: bytes, file: str, *, view: str | None = None, catalogue: ZoneCatalogue | None = None
) -> Inspection:
    """check_svg_bytes, also telling where the artwork group is (one pass over the bytes for both)."""
    if len(data) > MAX_BYTES:
        return Inspection([Problem(file, _too_large(len(data)))])
    encoding = encoding_problem(data)
    if encoding:
        return Inspection([Problem(file, encoding)])
    scan = Scan(file)
    parser = DefusedXMLParser(target=scan, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    scan.line = lambda: parser.parser.CurrentLineNumber
    scan.byte = lambda: parser.parser.CurrentByteIndex
    try:
        for offset in range(0, len(data), 65536):
            parser.feed(data[offset : offset + 65536])
        parser.close()
    except ScanStopped:
        scan.report_refused()
        return Inspection(scan.problems)
    except DTDForbidden:
        return Inspection(
            [
                Problem(
                    file,
                    translate(
                        "svg_guard",
                        "has a DOCTYPE (DTD); it is refused because it can define expanding entities",
                    ),
                )
            ]
        )
    except EntitiesForbidden:
        return Inspection([Problem(file, translate("svg_guard", "declares XML entities, which are refused"))])
    except ExternalReferenceForbidden:
        return Inspection(
            [Problem(file, translate("svg_guard", "refers to an external entity, which is refused"))]
        )
    except (ParseError, DefusedXmlException) as exc:  # the parser's own words for where (English)
        scan.report_refused()
        return Inspection(
            [
                *scan.problems,
                Problem(file, translate("svg_guard", "is not well-formed XML: {error}").format(error=exc)),
            ]
        )
    except (
        LookupError,
        ValueError,
        UnicodeError,
        RecursionError,
        MemoryError,
    ) as exc:  # e.g. an odd encoding
        scan.report_refused()
        return Inspection(
            [
                *scan.problems,
                Problem(
                    file,
                    translate("svg_guard", "cannot be read as XML ({kind}: {error})").format(
                        kind=type(exc).__name__, error=exc
                    ),
                ),
            ]
        )
    if scan.problems:
        return Inspection(scan.problems)
    problems = check_against_catalogue(
        scan.zones, scan.groups, scan.guides, view, catalogue or load_catalogue(), file
    )
    return Inspection(problems, None if problems else scan.artwork_span(data))


def check_svg_bytes(
    data: bytes, file: str, *, view: str | None = None, catalogue: ZoneCatalogue | None = None
) -> list[Problem]:
    """Every problem with one diagram's bytes; empty means svgelements and QtSvg may read them.

    `view` (one of VIEWS) also checks that the file draws every zone the catalogue lists for it.
    """
    return inspect_svg_bytes(data, file, view=view, catalogue=catalogue).problems


def check_svg_file(
    path: Path, *, view: str | None = None, catalogue: ZoneCatalogue | None = None
) -> list[Problem]:
    """Problems with a diagram file; the view comes from the file stem (medial.svg) when not given."""
    file = str(path)
    if view is None and path.stem in VIEWS:
        view = path.stem
    try:  # a named pipe or device is refused by its kind, without being opened
        data = read_regular_file(path, MAX_BYTES, _too_large)
    except FileRefused as exc:
        return [Problem(file, str(exc))]
    try:
        return check_svg_bytes(data, file, view=view, catalogue=catalogue)
    except ValidationError as exc:  # the catalogue itself is broken
        return list(exc.problems)


def _too_large(size: int) -> str:
    return translate("svg_guard", "is {size} MiB; diagrams are limited to {limit} MiB").format(
        size=local_decimal(f"{size / 2**20:.1f}"), limit=MAX_BYTES // 2**20
    )


def require_clean(problems: Iterable[Problem]) -> None:
    """Raise ValidationError listing the problems, if there are any."""
    problems = list(problems)
    if problems:
        raise ValidationError(problems)
