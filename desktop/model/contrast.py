"""Colour contrast as WCAG 2.1 defines it, so a test can check every text and focus colour of every theme.

Source: W3C, Web Content Accessibility Guidelines (WCAG) 2.1, definitions of "relative luminance" and
"contrast ratio" (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance,
https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). Thresholds: success criterion 1.4.3 Contrast
(Minimum), 4.5:1 for normal text (AA); 1.4.11 Non-text Contrast, 3:1 for focus indicators and the
outlines that identify a control's state. The sRGB linearisation threshold is 0.04045 (the sRGB
standard's value; WCAG 2.1's text says 0.03928, which gives the same result for 8-bit colours).
"""

from __future__ import annotations

from typing import Final

TEXT_AA: Final = 4.5  # WCAG 2.1 SC 1.4.3, normal-size text
NON_TEXT: Final = 3.0  # WCAG 2.1 SC 1.4.11, focus rings and state outlines


def parse_hex(colour: str) -> tuple[int, int, int]:
    """(r, g, b) from "#rrggbb" or "#rgb"; a clear ValueError for anything else."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    try:
        return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
    except ValueError:
        raise ValueError(f"not a #rrggbb colour: {colour!r}") from None


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str | tuple[int, int, int]) -> float:
    """0 for black to 1 for white: L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised channels."""
    r, g, b = parse_hex(colour) if isinstance(colour, str) else colour
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(a: str | tuple[int, int, int], b: str | tuple[int, int, int]) -> float:
    """(L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1 (same colour) to 21 (black on white)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    lighter, darker = max(la, lb), min(la, lb)
    return (lighter + 0.05) / (darker + 0.05)


def blend(top: str, bottom: str, alpha: float) -> str:
    """`top` painted at opacity `alpha` over `bottom`, as the colour a person then sees."""
    t, u = parse_hex(top), parse_hex(bottom)
    mixed = (round(x * alpha + y * (1 - alpha)) for x, y in zip(t, u, strict=True))
    return "#{:02x}{:02x}{:02x}".format(*mixed)
