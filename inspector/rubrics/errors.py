"""Problems found in a rubric file, reported as ``FILE:LINE: CODE: message``.

A problem is made from a template of :mod:`inspector.rubrics.problem_messages` and its values
(``Problem.of(line, code, pm.REQUIRED, key="title")``). Its ``message`` is the English text,
which ``rubric check`` prints; the app translates the template (Qt context ``RubricProblems``)
and fills in the same values, so that bureau staff read the problem in Chinese. A value that is
itself a sub-sentence ("a mapping", "an indicator") is a :class:`Phrase`, translated with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class Loc(int):
    """A line number that also names the worksheet it is on (rubrics imported from Excel)."""

    sheet: str | None

    def __new__(cls, line: int, sheet: str | None = None) -> Loc:
        obj = super().__new__(cls, line)
        obj.sheet = sheet
        return obj


def render(template: str, values: tuple[tuple[str, Any], ...]) -> str:
    """The template filled in with the values' English text (as is, when it has no values)."""
    return template.format(**{name: str(value) for name, value in values}) if values \
        else template


def _values(values: dict[str, Any]) -> tuple[tuple[str, str | Phrase], ...]:
    """The values as the English text shows them: a phrase stays a phrase (the UI translates
    it), anything else is written as an f-string writes it (numbers formatted as before)."""
    return tuple((name, value if isinstance(value, Phrase) else format(value))
                 for name, value in values.items())


@dataclass(frozen=True)
class Phrase:
    """Part of a problem's sentence that is words, not data (e.g. "a mapping"), made from its
    own template so that it is translated together with the sentence."""

    template: str
    values: tuple[tuple[str, str | Phrase], ...] = ()

    def __str__(self) -> str:
        return render(self.template, self.values)


def phrase(template: str, /, **values: Any) -> Phrase:
    """A :class:`Phrase` from a template of problem_messages and its values."""
    return Phrase(template, _values(values))


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a rubric: where it is, which node, and what is wrong.

    ``message`` is the English text; ``template`` and ``values`` are what it was made from (none
    for a problem made from a plain text). Problems compare by line, code and message."""

    line: int
    code: str | None
    message: str
    template: str | None = field(default=None, compare=False)
    values: tuple[tuple[str, str | Phrase], ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, line: int, code: str | None, template: str, /, **values: Any) -> Problem:
        """The problem made from a template, its English message rendered from the values."""
        filled = _values(values)
        return cls(line, code, render(template, filled), template, filled)

    def format(self, path: str, message: str | None = None) -> str:
        """``FILE:LINE: CODE: message``; ``message`` replaces the English one (a translation)."""
        sheet = getattr(self.line, "sheet", None)
        where = f"{path}[{sheet}]" if sheet else path
        return f"{where}:{int(self.line)}: {self.code or '-'}: {message or self.message}"


class RubricError(Exception):
    """A rubric that cannot be used. Carries every problem found, not only the first."""

    def __init__(self, path: str, problems: list[Problem]):
        self.path = path
        self.problems = sorted(problems, key=lambda p: (p.line, p.code or "", p.message))
        super().__init__("\n".join(p.format(path) for p in self.problems))

    def lines(self) -> list[str]:
        return [p.format(self.path) for p in self.problems]
