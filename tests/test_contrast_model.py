"""The WCAG 2.1 contrast arithmetic, against values published with the definition and well-known pairs."""

import pytest

from desktop.model.contrast import blend, contrast_ratio, parse_hex, relative_luminance


def test_black_and_white_are_the_extremes() -> None:
    assert relative_luminance("#000000") == 0
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#000", "#fff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)


def test_known_pairs() -> None:
    # #767676 on white is the classic lightest grey that passes AA (4.54:1); #777777 fails (4.48:1).
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    # The order of the two colours does not matter.
    assert contrast_ratio("#2f6f8f", "#ffffff") == contrast_ratio("#ffffff", "#2f6f8f")


def test_blend_and_parse() -> None:
    assert blend("#ffffff", "#000000", 0.5) == "#808080"
    assert parse_hex("#abc") == (0xAA, 0xBB, 0xCC)
    with pytest.raises(ValueError, match="not a #rrggbb colour: 'red'"):
        parse_hex("red")
