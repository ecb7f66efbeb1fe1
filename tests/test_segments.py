"""Segments are NamedTuples for start-up's sake (desktop.model.segments), but compare as the dataclasses
they replaced did: only with a segment of their own kind, so a reader that turned a move into a line, or
a snapshot that swapped two kinds, is still caught by the tests that compare geometry."""

from __future__ import annotations

from desktop.model.segments import Close, CubicTo, LineTo, MoveTo, QuadTo


def test_a_segment_equals_only_its_own_kind() -> None:
    assert MoveTo(1.0, 2.0) == MoveTo(1.0, 2.0)
    assert MoveTo(1.0, 2.0) != LineTo(1.0, 2.0)
    assert not MoveTo(1.0, 2.0) == LineTo(1.0, 2.0)  # noqa: SIM201 - __eq__ itself, not only __ne__
    assert QuadTo(1, 2, 3, 4) != CubicTo(1, 2, 3, 4, 0, 0)
    assert MoveTo(1.0, 2.0) != (1.0, 2.0)  # nor a plain pair
    assert (MoveTo(0, 0), Close()) != (LineTo(0, 0), Close())


def test_segments_of_two_kinds_are_two_set_members() -> None:
    assert len({MoveTo(0, 0), LineTo(0, 0), MoveTo(0, 0)}) == 2


def test_every_segment_is_true_close_included() -> None:
    assert all((MoveTo(0, 0), LineTo(0, 0), QuadTo(0, 0, 0, 0), CubicTo(0, 0, 0, 0, 0, 0), Close()))
