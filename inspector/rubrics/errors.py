"""Problems found in a rubric file, reported as ``FILE:LINE: CODE: message``."""

from __future__ import annotations

from dataclasses import dataclass


class Loc(int):
    """A line number that also names the worksheet it is on (rubrics imported from Excel)."""

    sheet: str | None

    def __new__(cls, line: int, sheet: str | None = None) -> Loc:
        obj = super().__new__(cls, line)
        obj.sheet = sheet
        return obj


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a rubric: where it is, which node, and what is wrong."""

    line: int
    code: str | None
    message: str

    def format(self, path: str) -> str:
        sheet = getattr(self.line, "sheet", None)
        where = f"{path}[{sheet}]" if sheet else path
        return f"{where}:{int(self.line)}: {self.code or '-'}: {self.message}"


class RubricError(Exception):
    """A rubric that cannot be used. Carries every problem found, not only the first."""

    def __init__(self, path: str, problems: list[Problem]):
        self.path = path
        self.problems = sorted(problems, key=lambda p: (p.line, p.code or "", p.message))
        super().__init__("\n".join(p.format(path) for p in self.problems))

    def lines(self) -> list[str]:
        return [p.format(self.path) for p in self.problems]
