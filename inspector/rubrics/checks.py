"""Checks across a whole rubric, once every field has been read: unique codes, reachable
full marks, complete mode parameters, possible and reachable grade rules."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from . import problem_messages as pm
from .model import Mode, Rubric
from .numbers import format_decimal as _fmt

Report = Callable[..., None]  # (line, code, template, **values), as _Builder.problem


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
            problem(line, code, pm.CODE_TWICE, code=code, first=seen[code])
        else:
            seen[code] = line


def _check_modes(rubric: Rubric, problem: Report) -> None:
    for leaf in (*rubric.leaves(), *rubric.bonus_items()):
        mode = leaf.mode
        if mode is Mode.POINTS:
            step = rubric.step_of(leaf)
            if leaf.points % step != 0:
                problem(leaf.line, leaf.code, pm.POINTS_OFF_STEP, points=_fmt(leaf.points),
                        step=_fmt(step))
        elif mode is Mode.COEFFICIENT and not rubric.levels_of(leaf):
            problem(leaf.line, leaf.code, pm.COEFFICIENT_NEEDS_LEVELS)
        elif mode is Mode.BANDS and not rubric.bands_of(leaf):
            problem(leaf.line, leaf.code, pm.BANDS_ITEM_NEEDS_BANDS)
        if leaf.na_allowed and mode is Mode.DESCRIPTIVE:
            problem(leaf.line, leaf.code, pm.DESCRIPTIVE_NOT_APPLICABLE)


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
            problem(rule.line, None, pm.GRADE_TWICE, name=rule.name, first=names[rule.name])
        names[rule.name] = rule.line
        if rule.min_total is not None and rule.min_total > max_total:
            problem(rule.line, None, pm.GRADE_TOTAL_UNREACHABLE, name=rule.name,
                    total=_fmt(rule.min_total), maximum=_fmt(max_total))
        if rule.min_percent is not None and rule.min_percent > max_percent:
            problem(rule.line, None, pm.GRADE_PERCENT_UNREACHABLE, name=rule.name,
                    percent=_fmt(rule.min_percent),
                    maximum=_fmt(max_percent.quantize(Decimal("0.01"))))
        for key, value in (("min_area_percent", rule.min_area_percent),
                           ("key_items_min_percent", rule.key_items_min_percent)):
            if value is not None and value > 100:
                problem(rule.line, None, pm.GRADE_PERCENT_ABOVE_100, name=rule.name, key=key,
                        value=_fmt(value))
        for code in rule.areas:
            if code not in area_codes:
                problem(rule.line, None, pm.GRADE_UNKNOWN_AREA, name=rule.name, code=code)
        if rule.key_items_min_percent is not None and not has_key_items:
            problem(rule.line, None, pm.GRADE_WITHOUT_KEY_ITEMS, name=rule.name)
        if rule.is_fallback and i != len(grades) - 1:
            problem(grades[i + 1].line, None, pm.GRADE_UNREACHABLE, name=grades[i + 1].name,
                    fallback=rule.name)
    if not grades[-1].is_fallback:
        problem(grades[-1].line, None, pm.LAST_GRADE_HAS_CONDITION, name=grades[-1].name)
    if not any(g.passed for g in grades):
        problem(grades[0].line, None, pm.NO_PASSING_GRADE)
