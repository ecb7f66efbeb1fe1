"""Colour contrast as WCAG 2.x defines it, so tests can hold every text colour to 4.5:1.

Source: W3C, Web Content Accessibility Guidelines (WCAG) 2.1, success criterion 1.4.3 "Contrast
(Minimum)" and the definitions of "relative luminance" and "contrast ratio"
(https://www.w3.org/TR/WCAG21/#dfn-relative-luminance).
"""

from __future__ import annotations

MIN_TEXT_CONTRAST = 4.5  # WCAG 2.1 SC 1.4.3, normal-size text


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """Relative luminance of "#rrggbb" (0 black .. 1 white)."""
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"expected #rrggbb, got {colour!r}")
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05), the lighter luminance on top: 1 (none) .. 21 (black on white)."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)
