"""Validation problems: one clear line each, naming file, step and field (invariant 5)."""

from __future__ import annotations

from typing import NamedTuple

from desktop.model.i18n import translate
from desktop.model.plain_text import plain_line


class Problem(NamedTuple):
    """One thing wrong with one input file.

    `step` names the step as a person would find it ("step 3 'warm-up'"); `field` is the
    dotted field path inside it ("duration", "phases[1].seconds"). Both are optional for
    whole-file problems (invalid TOML, oversized file, hostile SVG). A NamedTuple, not a dataclass: a
    frozen dataclass costs ~0.5 ms to create at start-up (issue 19).
    """

    file: str
    message: str
    step: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = [self.file]
        if self.step:
            where.append(self.step)
        if self.field:
            where.append(translate("problems", "field '{field}'").format(field=self.field))
        return plain_line(f"{': '.join(where)}: {self.message}")  # a file name may hold anything


class ValidationError(Exception):
    """Raised with every problem found in one file, never a bare traceback."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
