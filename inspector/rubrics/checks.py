"""Checks across a whole rubric, once every field has been read: unique codes, reachable
full marks, complete mode parameters, possible and reachable grade rules."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from .model import Mode, Rubric
from .numbers import format_decimal as _fmt

Report = Callable[[int, str | None, str], None]  # (line, code, message)


def check_rubric(rubric: Rubric, problem: Report) -> None:
    """Report what is wrong with a rubric whose every field is well-formed."""
    _check_codes(rubric, problem)
    _check_modes(rubric, problem)
    _check_grades(rubric, problem)


def _check_codes(rubric: Rubric, problem: Report) -> None:
    seen: dict[str, int] = {}
    entries: list[tuple[str, int]] = [(n.code, n.line) for n in rubric.nodes()]
    entries += [(n.code, n.line) for n in rubric.bonus_items()]
    entries += [(c.code, c.line) for c in (*rubric.prerequisites, *rubric.vetoes)]
    for code, line in sorted(entries, key=lambda e: int(e[1])):
        if code in seen:
            problem(line, code, f"the code {code} is used twice (first on line {seen[code]})")
        else:
            seen[code] = line


def _check_modes(rubric: Rubric, problem: Report) -> None:
    for leaf in (*rubric.leaves(), *rubric.bonus_items()):
        mode = leaf.mode
        if mode is Mode.POINTS:
            step = rubric.step_of(leaf)
            if leaf.points % step != 0:
                problem(leaf.line, leaf.code, f"points {_fmt(leaf.points)} is not a multiple of "
                                                f"the step {_fmt(step)}, so full marks are "
                                                f"unreachable")
        elif mode is Mode.COEFFICIENT and not rubric.levels_of(leaf):
            problem(leaf.line, leaf.code, "a coefficient item needs 'levels', here or under "
                                            "'scoring' for the whole rubric")
        elif mode is Mode.BANDS and not rubric.bands_of(leaf):
            problem(leaf.line, leaf.code, "a bands item needs 'bands', here or under 'scoring' "
                                            "for the whole rubric")
        if leaf.na_allowed and mode is Mode.DESCRIPTIVE:
            problem(leaf.line, leaf.code, "a descriptive item cannot be marked not applicable")


def _check_grades(rubric: Rubric, problem: Report) -> None:
    grades = rubric.grades
    if not grades:
        return
    names: dict[str, int] = {}
    max_total = rubric.max_points + (rubric.bonus.cap if rubric.bonus else 0)
    max_percent = max_total * 100 / rubric.max_points if rubric.max_points else Decimal(0)
    area_codes = {a.code for a in rubric.areas}
    has_key_items = any(leaf.key for leaf in rubric.leaves())
    for i, rule in enumerate(grades):
        if rule.name in names:
            problem(rule.line, None, f"grade '{rule.name}' is defined twice "
                                       f"(first on line {names[rule.name]})")
        names[rule.name] = rule.line
        where = f"grade '{rule.name}'"
        if rule.min_total is not None and rule.min_total > max_total:
            problem(rule.line, None, f"{where} needs a total of {_fmt(rule.min_total)}, but at "
                                       f"most {_fmt(max_total)} can be scored")
        if rule.min_percent is not None and rule.min_percent > max_percent:
            problem(rule.line, None, f"{where} needs {_fmt(rule.min_percent)}%, but at most "
                                       f"{_fmt(max_percent.quantize(Decimal('0.01')))}% can be "
                                       f"scored")
        for key, value in (("min_area_percent", rule.min_area_percent),
                           ("key_items_min_percent", rule.key_items_min_percent)):
            if value is not None and value > 100:
                problem(rule.line, None, f"{where}: '{key}' {_fmt(value)} is above 100")
        for code in rule.areas:
            if code not in area_codes:
                problem(rule.line, None, f"{where} names area '{code}', which is not a "
                                           f"top-level indicator")
        if rule.key_items_min_percent is not None and not has_key_items:
            problem(rule.line, None, f"{where} sets 'key_items_min_percent' but no indicator is "
                                       f"marked key (★)")
        if rule.is_fallback and i != len(grades) - 1:
            problem(grades[i + 1].line, None,
                      f"grade '{grades[i + 1].name}' can never be reached: grade '{rule.name}' "
                      f"before it has no condition and always applies")
    if not grades[-1].is_fallback:
        problem(grades[-1].line, None,
                  f"the last grade ('{grades[-1].name}') must have no condition, so that every "
                  f"result gets a grade (e.g. name: 不合格, passed: false)")
    if not any(g.passed for g in grades):
        problem(grades[0].line, None, "no grade has 'passed: true'; nobody could ever pass")
