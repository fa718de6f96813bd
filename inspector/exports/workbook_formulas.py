"""Sheet names and the formulas that refer to cells: valid, unique sheet names, quoted
references, and ``SUM`` over row ranges (nested when Excel's argument limit would be passed).

Shared by the per-evaluation workbook (:mod:`.workbook`) and the roll-up (:mod:`.rollup`).
"""

from __future__ import annotations

from collections.abc import Iterable

EXCEL_SHEET_NAME_MAX = 31
_SHEET_NAME_BAD = str.maketrans({c: "_" for c in "[]:*?/\\'"})
_MAX_SUM_ARGS = 200  # Excel takes at most 255 arguments per function


def quote_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def sheet_name(text: str, used: set[str]) -> str:
    """A valid, unique (case-insensitively, as Excel compares) sheet name of ≤ 31 chars."""
    base = text.translate(_SHEET_NAME_BAD).strip() or "Sheet"
    base = base[:EXCEL_SHEET_NAME_MAX]
    name, n = base, 1
    while name.casefold() in used:
        n += 1
        suffix = f"~{n}"
        name = base[:EXCEL_SHEET_NAME_MAX - len(suffix)] + suffix
    used.add(name.casefold())
    return name


def runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive row numbers merged into (first, last) runs."""
    out: list[tuple[int, int]] = []
    for r in sorted(rows):
        if out and r == out[-1][1] + 1:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out


def sum_formula(col: str, rows: Iterable[int], sheet: str | None = None) -> str:
    """``SUM`` over the given rows of one column, as ranges (``=SUM('明细'!K7:K9,'明细'!K11)``);
    ``0`` when there are none."""
    prefix = quote_sheet(sheet) + "!" if sheet else ""
    args = [f"{prefix}{col}{a}" if a == b else f"{prefix}{col}{a}:{col}{b}"
            for a, b in runs(rows)]
    return _sum_of(args)


def _sum_of(args: list[str]) -> str:
    if not args:
        return "0"
    if len(args) <= _MAX_SUM_ARGS:
        return f"SUM({','.join(args)})"
    return _sum_of([_sum_of(args[i:i + _MAX_SUM_ARGS])
                    for i in range(0, len(args), _MAX_SUM_ARGS)])
