"""How the answers several members gave to one item become the team's answer.

Numbers (a points score; the percent met of a bands item) are merged by the policy — mean,
trimmed mean or median — rounded half-up to the item's unit and kept within range, but only
when the members are close: if the scores their answers earn differ by more than the
threshold × the item's points, the item is a disagreement instead.

Every other value cannot be averaged: pass/fail, veto, prerequisite, coefficient level,
deduction list (compared as a set of shortfalls, in any order) and written text merge only when
everyone who answered gave the same value; otherwise it is a disagreement for the lead. So a
veto reported by any member is either everyone's finding or a disagreement, never dropped.
NA is a value like the others: all NA gives NA, NA next to any other answer is a disagreement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ..rubrics.model import Condition, Mode, Node, Rubric
from ..rubrics.numbers import format_decimal as fmt
from ..scoring.answers import NA, Answer, describe_answer
from .model import MemberValue, Method, Policy

ZERO, ONE, HUNDRED = Decimal(0), Decimal(1), Decimal(100)
PERCENT_UNIT = Decimal("0.01")  # a merged percent met keeps two decimals, as the engine's percents
SHOWN = Decimal("0.0001")  # an inexact mean is shown to 4 places before rounding
NUMERIC = frozenset({Mode.POINTS, Mode.BANDS})


@dataclass(frozen=True)
class Outcome:
    """What the team's answers to one item come to. ``disagreement`` says why there is no
    answer (the explanation adds the members' values); it is empty when the answers merged."""

    answer: Answer | None
    method: Method
    used: tuple[str, ...]
    explanation: str
    disagreement: str = ""


def team_outcome(rubric: Rubric, item: Node | Condition, values: Sequence[MemberValue],
                 policy: Policy, threshold: Decimal, trim_min: int) -> Outcome:
    """Merge ``values`` (at least one, by member id) of the whole team for ``item``."""
    numeric = isinstance(item, Node) and item.mode in NUMERIC
    if numeric and len(values) > 1 and all(v.answer is not NA for v in values):
        return merge_numbers(rubric, item, values, policy, threshold, trim_min)
    return agree(rubric, item, values)


# --- numbers ---------------------------------------------------------------------------------


def merge_numbers(rubric: Rubric, leaf: Node, values: Sequence[MemberValue], policy: Policy,
                  threshold: Decimal, trim_min: int) -> Outcome:
    """Two or more numbers: a disagreement when their scores spread too far, else the policy.

    For the trimmed mean the highest and lowest are dropped first (ties broken by member id),
    so the spread is measured over the scores kept; below ``trim_min`` scores nothing is dropped
    and the plain mean is taken.
    """
    ordered = sorted(values, key=lambda v: (v.answer, v.member_id))
    listed = "、".join(f"{v.member_name} {describe_answer(rubric, leaf.code, v.answer)}"
                       for v in values)
    kept, method, lead_in = ordered, Method.MEAN, ""
    if policy is Policy.MEDIAN:
        method = Method.MEDIAN
    elif policy is Policy.TRIMMED_MEAN and len(ordered) >= trim_min:
        low, high, kept, method = ordered[0], ordered[-1], ordered[1:-1], Method.TRIMMED_MEAN
        lead_in = (f"去掉一个最高分 {fmt(high.answer)}（{high.member_name}）和一个最低分 "
                   f"{fmt(low.answer)}（{low.member_name}），")
    elif policy is Policy.TRIMMED_MEAN:
        lead_in = f"{len(ordered)} 人评分，少于 {trim_min} 人，不去掉最高分和最低分，"
    used = tuple(sorted(v.member_id for v in kept))

    earned = [earned_score(rubric, leaf, v.answer) for v in kept]
    spread, limit = max(earned) - min(earned), threshold * leaf.points
    if spread > limit:
        reason = (f"得分相差 {fmt(spread)} 分，超过允许的 {fmt(limit)} 分"
                  f"（满分 {fmt(leaf.points)} 分的 {fmt(threshold * HUNDRED)}%）")
        return Outcome(None, Method.NONE, (), f"{listed}；{lead_in}{reason}", reason)

    numbers = [v.answer for v in kept]
    raw, how = median(numbers) if method is Method.MEDIAN else mean(numbers)
    answer = round_to_unit(rubric, leaf, raw)
    if answer != raw:
        unit = f"按步长 {fmt(rubric.step_of(leaf))} " if leaf.mode is Mode.POINTS \
            else "保留两位小数"
        how += f"，{unit}四舍五入为 {fmt(answer)}"
    return Outcome(answer, method, used, f"{listed}；{lead_in}{how}")


def mean(numbers: Sequence[Decimal]) -> tuple[Decimal, str]:
    total = sum(numbers, ZERO)
    value = total / len(numbers)
    return value, f"平均 ({' + '.join(fmt(n) for n in numbers)}) ÷ {len(numbers)} {_equals(value)}"


def median(numbers: Sequence[Decimal]) -> tuple[Decimal, str]:
    """The middle number; of an even count, the mean of the two middle ones."""
    ordered = sorted(numbers)
    half = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[half], f"中位数 {fmt(ordered[half])}"
    a, b = ordered[half - 1], ordered[half]
    value = (a + b) / 2
    return value, f"中位数 ({fmt(a)} + {fmt(b)}) ÷ 2 {_equals(value)}"


def _equals(value: Decimal) -> str:
    shown = value.quantize(SHOWN, ROUND_HALF_UP)
    return f"= {fmt(value)}" if shown == value else f"≈ {fmt(shown)}"


def round_to_unit(rubric: Rubric, leaf: Node, value: Decimal) -> Decimal:
    """A points score to the leaf's step, a percent met to 0.01; half-up; within range."""
    if leaf.mode is Mode.POINTS:
        unit, top = rubric.step_of(leaf), leaf.points
    else:
        unit, top = PERCENT_UNIT, HUNDRED
    rounded = (value / unit).quantize(ONE, ROUND_HALF_UP) * unit
    return min(max(rounded, ZERO), top)


def earned_score(rubric: Rubric, leaf: Node, value: Decimal) -> Decimal:
    """The points a numeric answer earns (as the engine scores it): the score itself, or for
    a bands item points × the fraction of the band the percent falls in."""
    if leaf.mode is Mode.POINTS:
        return value
    band = next(b for b in rubric.bands_of(leaf) if value >= b.min_percent)
    return leaf.points * band.fraction


# --- everything else: agreement --------------------------------------------------------------


def agree(rubric: Rubric, item: Node | Condition, values: Sequence[MemberValue]) -> Outcome:
    """The common value of everyone who answered, or a disagreement naming each answer."""
    distinct = {canonical(item, v.answer) for v in values}
    if len(distinct) == 1:
        answer = canonical(item, values[0].answer)
        said = describe_answer(rubric, item.code, answer)
        who = f"仅{values[0].member_name}作答" if len(values) == 1 else f"全组 {len(values)} 人一致"
        return Outcome(answer, Method.AGREEMENT, tuple(v.member_id for v in values),
                       f"{who}：{said}")
    listed = "、".join(f"{v.member_name} {describe_answer(rubric, item.code, v.answer)}"
                       for v in values)
    reason = f"{_what_differs(rubric, item, distinct)}：{listed}"
    return Outcome(None, Method.NONE, (), reason, reason)


def canonical(item: Node | Condition, answer: Answer) -> Answer:
    """Deduction lists in the rubric's order, so that the same shortfalls compare equal."""
    if isinstance(item, Node) and item.mode is Mode.DEDUCTION and isinstance(answer, tuple):
        order = {d.key: i for i, d in enumerate(item.deductions)}
        return tuple(sorted(answer, key=order.__getitem__))
    return answer


def _what_differs(rubric: Rubric, item: Node | Condition, distinct: set) -> str:
    if NA in distinct:
        return "是否适用意见不一"
    if isinstance(item, Condition):
        if rubric.is_veto(item.code):
            return "否决项意见不一（有成员报告发生，须由组长裁定）"
        return "基本条件是否满足意见不一"
    return {
        Mode.PASS_FAIL: "达标判定不一",
        Mode.COEFFICIENT: "评定等级不一",
        Mode.DEDUCTION: "所勾扣分项不一",
        Mode.DESCRIPTIVE: "文字评价不一（由组长写定全组评价）",
    }.get(item.mode, "评分不一")
