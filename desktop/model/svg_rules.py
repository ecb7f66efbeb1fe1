"""The diagram guard's rules for text encodings, references, CSS and number lists (svg_guard uses them).

A diagram must be drawable from its own bytes alone: QtSvg follows `url(...)` in presentation
attributes and styles, loads `<image>` payloads (sniffing their content, so an SVG labelled as PNG
would be read as SVG and could reach a local file), and its CSS understands `@import`. So no CSS is
accepted beyond plain declarations in a `style` attribute, `url()` may only point at an element of the
same file (`#id`), and the only embedded data is a PNG or JPEG picture whose bytes really are one.
Expat reads UTF-8, UTF-16, US-ASCII and ISO-8859-1 itself; any other declared encoding goes through
Python codecs expat cannot always use, so it is refused here with one line instead.
"""

from __future__ import annotations

import base64
import binascii
import math
import re

from desktop.model.i18n import translate

ENCODINGS = frozenset(
    {"utf-8", "utf8", "utf-16", "utf16", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1"}
)
_DECLARATION = re.compile(r"<\?xml\b[^>]{0,200}?\bencoding\s*=\s*([\"'])([^\"'>]{0,64})\1")
_URL = re.compile(r"url\(", re.IGNORECASE)
_LOCAL_URL = re.compile(r"""url\(\s*(["']?)#[A-Za-z_][\w.:-]*\1\s*\)""", re.IGNORECASE)
_DATA_IMAGE = re.compile(r"data:image/(png|jpeg|jpg);base64,([A-Za-z0-9+/=\s]*)", re.IGNORECASE)
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_TRANSFORM_ITEM = re.compile(r"\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^()]*)\)\s*,?", re.ASCII)
_TRANSFORM_ARGS = {"matrix": (6,), "translate": (1, 2), "scale": (1, 2), "rotate": (1, 3)}
_MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "jpeg": b"\xff\xd8\xff", "jpg": b"\xff\xd8\xff"}


def encoding_problem(data: bytes) -> str | None:
    """Why the bytes' text encoding is refused (UTF-32, or a declared one off the list), else None."""
    if data.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\x00<", b"<\x00\x00\x00")):
        return translate("svg_rules", "is UTF-32 text; save it as UTF-8")
    head = data[:512]
    if head.startswith((b"\xff\xfe", b"<\x00")):
        text = head.decode("utf-16-le", errors="replace")
    elif head.startswith((b"\xfe\xff", b"\x00<")):
        text = head.decode("utf-16-be", errors="replace")
    else:
        text = head.removeprefix(b"\xef\xbb\xbf").decode("latin-1")
    text = text.lstrip("\ufeff")
    found = _DECLARATION.match(text)
    if found is None or found.group(2).strip().lower() in ENCODINGS:
        return None
    shown = "".join(c if c.isprintable() else "?" for c in found.group(2))
    return translate(
        "svg_rules",
        "declares the text encoding '{encoding}'; diagrams must be UTF-8, UTF-16, ASCII or ISO-8859-1",
    ).format(encoding=shown)


def url_problem(value: str) -> str | None:
    """Why an attribute value's `url(...)` or `@import` is refused, else None."""
    if "@import" in value.lower():
        return translate("svg_rules", "uses CSS @import; diagrams hold no CSS")
    urls = len(_URL.findall(value))
    if urls and urls != len(_LOCAL_URL.findall(value)):
        return translate(
            "svg_rules", "refers with url(...) to something outside this file; only url(#id) is allowed"
        )
    return None


def style_problem(value: str) -> str | None:
    """Why a `style` attribute is refused: a CSS escape could spell url( or @import unseen."""
    if "\\" in value:
        return translate("svg_rules", "holds a CSS escape (a backslash); write the style plainly")
    return url_problem(value)


def href_problem(element: str, value: str) -> str | None:
    """Why a link (href) is refused: anything but `#id`, or a PNG/JPEG picture embedded in an <image>."""
    value = value.strip()
    if not value or value.startswith("#"):
        return None
    if element != "image" or value[:5].lower() != "data:":
        return translate("svg_rules", "refers to an outside resource; diagrams must be self-contained")
    found = _DATA_IMAGE.fullmatch(value)
    if found is None:
        return translate(
            "svg_rules",
            "embeds data other than a base64 PNG or JPEG picture (e.g. another SVG), which is refused",
        )
    try:
        payload = base64.b64decode(re.sub(r"\s+", "", found.group(2)), validate=True)
    except (binascii.Error, ValueError):
        return translate("svg_rules", "embeds a picture whose base64 data does not decode")
    if not payload.startswith(_MAGIC[found.group(1).lower()]):
        return translate("svg_rules", "embeds data labelled {kind} that is not a {kind} picture").format(
            kind=found.group(1).upper()
        )
    return None


def numbers_problem(text: str, *, even: bool) -> str | None:
    """Why a list of numbers (polygon points, transform arguments) is unusable, or None."""
    parts = [p for p in re.split(r"[\s,]+", text.strip()) if p]
    for part in parts:
        if not _NUMBER.fullmatch(part) or not math.isfinite(float(part)):
            return translate("svg_rules", "{text} is not a number").format(text=repr(part[:20]))
    if even and len(parts) % 2:
        return translate("svg_rules", "needs an even count of numbers (x y pairs)")
    return None


def transform_problem(text: str) -> str | None:
    """Why a transform attribute is unusable (only the SVG 1.1 functions, with their counts), or None."""
    pos = 0
    while pos < len(text.rstrip()):
        match = _TRANSFORM_ITEM.match(text, pos)
        if match is None:
            return translate("svg_rules", "does not parse at character {position} ({text})").format(
                position=pos, text=repr(text[pos:].strip()[:24])
            )
        name, args = match.groups()
        error = numbers_problem(args, even=False)
        if error:
            return f"{name}(): {error}"
        count = len([p for p in re.split(r"[\s,]+", args.strip()) if p])
        if count not in _TRANSFORM_ARGS.get(name, (1,)):
            return translate("svg_rules", "{name}() cannot take {count} numbers").format(
                name=name, count=count
            )
        pos = match.end()
    return None
