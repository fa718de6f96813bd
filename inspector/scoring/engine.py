"""The scoring engine: a pure function from (rubric, answers) to a result with its reasons.

Decimal arithmetic throughout, so 0.1 + 0.2 is 0.3 and the same answers always give the same
figures. Besides every number, the result carries a *trace*: sentences that say how each
figure was computed and which grade rule decided the grade — what inspectors and schools need
to trust a total.

Rules, as documented for authors in docs/rubric-format.md:

* an unanswered item scores 0 (the running total is what has been earned so far);
* a not-applicable item scores full marks, or — with ``not_applicable: exclude`` — leaves the
  denominator, and the base total is rescaled to the rubric's full marks;
* bonus points are added after the base total, up to the cap;
* grade rules are tried in order; a rule with ``passed: true`` can never be awarded while a
  veto is triggered or a prerequisite is answered "not met".
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

from ..rubrics.model import Mode, Node, NotApplicablePolicy, Rubric
from ..rubrics.numbers import format_decimal as fmt
from .answers import NA, Answer
from .result import AreaResult, NodeResult, Result, RuleCheck

ZERO = Decimal(0)
HUNDRED = Decimal(100)
_POINTS, _PASS_FAIL, _COEFFICIENT = Mode.POINTS, Mode.PASS_FAIL, Mode.COEFFICIENT
_BANDS, _DEDUCTION, _DESCRIPTIVE = Mode.BANDS, Mode.DEDUCTION, Mode.DESCRIPTIVE
CENT = Decimal("0.01")


def _percent(score: Decimal, maximum: Decimal) -> Decimal | None:
    if maximum <= 0:
        return None
    return (score * HUNDRED / maximum).quantize(CENT, ROUND_HALF_UP)


class _Scorer:
    def __init__(self, rubric: Rubric, answers: Mapping[str, Answer], explain: bool = True):
        self.rubric = rubric
        self.answers = answers
        self.explain = explain
        self.exclude_na = rubric.scoring.not_applicable is NotApplicablePolicy.EXCLUDE
        self.nodes: dict[str, NodeResult] = {}
        self.unanswered: list[str] = []
        self.trace: list[str] = []

    # --- leaves ----------------------------------------------------------------------------
    def leaf(self, leaf: Node) -> NodeResult:
        value = self.answers.get(leaf.code)
        points = leaf.points
        explain = self.explain
        if value is None:
            self.unanswered.append(leaf.code)
            res = NodeResult.make(leaf.code, leaf.title, ZERO, points, points, 0, 1,
                             explanation=f"{leaf.code} 未作答，暂计 0 分" if explain else "")
        elif value is NA:
            if self.exclude_na:
                res = NodeResult.make(leaf.code, leaf.title, ZERO, points, ZERO, 1, 1, na=True,
                                 explanation=f"{leaf.code} 不适用，不计入满分（满分 {fmt(points)} "
                                             f"从分母中扣除）" if explain else "")
            else:
                res = NodeResult.make(leaf.code, leaf.title, points, points, points, 1, 1, na=True,
                                 explanation=f"{leaf.code} 不适用，按规定直接得满分 {fmt(points)}"
                                 if explain else "")
        else:
            score = self.leaf_score(leaf, value)
            res = NodeResult.make(leaf.code, leaf.title, score, points, points, 1, 1,
                             explanation=f"{leaf.code} {self.leaf_how(leaf, value, score)}"
                             if explain else "")
        self.nodes[leaf.code] = res
        return res

    def leaf_score(self, leaf: Node, value: Answer) -> Decimal:
        mode, points = leaf.mode, leaf.points
        if mode is _POINTS:
            assert isinstance(value, Decimal)
            return value
        if mode is _PASS_FAIL:
            return points if value else ZERO
        if mode is _COEFFICIENT:
            return points * self.level(leaf, value).coefficient
        if mode is _BANDS:
            assert isinstance(value, Decimal)
            return points * self.band(leaf, value).fraction
        if mode is _DEDUCTION:
            assert isinstance(value, tuple)
            if not value:
                return points
            return max(ZERO, points - self.taken(leaf, value))
        if mode is _DESCRIPTIVE:
            return ZERO
        raise AssertionError(mode)  # pragma: no cover

    def level(self, leaf: Node, value: Answer):
        return next(lv for lv in self.rubric.levels_of(leaf) if lv.name == value)

    def band(self, leaf: Node, value: Decimal):
        return next(b for b in self.rubric.bands_of(leaf) if value >= b.min_percent)

    @staticmethod
    def taken(leaf: Node, value: tuple[str, ...]) -> Decimal:
        by_key = {d.key: d for d in leaf.deductions}
        return sum((by_key[k].points for k in value), ZERO)

    def leaf_how(self, leaf: Node, value: Answer, score: Decimal) -> str:
        """The sentence explaining a scored leaf's figure (only when explaining)."""
        mode, points = leaf.mode, leaf.points
        if mode is Mode.POINTS:
            return f"评分 {fmt(value)} / {fmt(points)}"
        if mode is Mode.PASS_FAIL:
            return f"达标，得满分 {fmt(points)}" if value else f"不达标，得 0 分（满分 {fmt(points)}）"
        if mode is Mode.COEFFICIENT:
            level = self.level(leaf, value)
            return (f"评为“{level.name}”，{fmt(points)} × {fmt(level.coefficient)} = "
                    f"{fmt(score)}")
        if mode is Mode.BANDS:
            band = self.band(leaf, value)
            return (f"达成 {fmt(value)}%（≥{fmt(band.min_percent)}% 档），"
                    f"{fmt(points)} × {fmt(band.fraction)} = {fmt(score)}")
        if mode is Mode.DEDUCTION:
            if not value:
                return f"无扣分项，得满分 {fmt(points)}"
            by_key = {d.key: d for d in leaf.deductions}
            parts = " − ".join(f"{fmt(by_key[k].points)}（{by_key[k].text}）" for k in value)
            floor = "，扣完为止" if points - self.taken(leaf, value) < 0 else ""
            return f"{fmt(points)} − {parts} = {fmt(score)}{floor}"
        if mode is Mode.DESCRIPTIVE:
            return "已填写描述性评价（不计分）"
        raise AssertionError(mode)  # pragma: no cover

    # --- groups ----------------------------------------------------------------------------
    def node(self, node: Node) -> NodeResult:
        if not node.children:  # a leaf
            return self.leaf(node)
        kids = [self.node(c) for c in node.children]
        score, applicable, answered, leaves, na = ZERO, ZERO, 0, 0, True
        for k in kids:  # one pass: the sums, and whether every child is not applicable
            score += k.score
            applicable += k.applicable_max
            answered += k.answered
            leaves += k.leaves
            na = na and k.na
        res = NodeResult.make(node.code, node.title, score, node.points, applicable,
                         answered, leaves, na=na,
                         explanation=f"{node.code} = {' + '.join(k.code for k in kids)} = "
                                     f"{fmt(score)} / {fmt(applicable)}" if self.explain else "")
        self.nodes[node.code] = res
        return res

    # --- whole rubric ----------------------------------------------------------------------
    def run(self) -> Result:
        rubric = self.rubric
        areas = [self.node(a) for a in rubric.areas]
        maximum = rubric.max_points
        raw = sum((a.score for a in areas), ZERO)
        applicable = sum((a.applicable_max for a in areas), ZERO)
        rescaled = self.exclude_na and applicable != maximum
        if rescaled:
            base = (raw * maximum / applicable).quantize(CENT, ROUND_HALF_UP) if applicable \
                else ZERO
        else:
            base = raw
        bonus_raw, bonus = ZERO, ZERO
        if rubric.bonus is not None:
            items = [self.leaf(n) for n in rubric.bonus.items]
            bonus_raw = sum((i.score for i in items if not i.na), ZERO)
            bonus = min(bonus_raw, rubric.bonus.cap)
        total = base + bonus
        percent = _percent(total, maximum) or ZERO

        vetoes = [v for v in rubric.vetoes if self.answers.get(v.code) is True]
        unmet = [p for p in rubric.prerequisites if self.answers.get(p.code) is False]
        for cond in (*rubric.prerequisites, *rubric.vetoes):
            if cond.code not in self.answers:
                self.unanswered.append(cond.code)
        position = rubric.answer_positions
        self.unanswered.sort(key=position.__getitem__)
        area_results = [AreaResult(a.code, a.title, a.score, a.applicable_max,
                                   _percent(a.score, a.applicable_max)) for a in areas]
        checks, decided = self.grade(total, maximum, areas, vetoes, unmet)
        complete = not self.unanswered
        if self.explain:
            self.write_trace(areas, raw, applicable, rescaled, base, bonus_raw, bonus, total,
                             percent, vetoes, unmet, checks)
        return Result(
            rubric_id=rubric.id, rubric_version=rubric.version,
            rubric_hash=rubric.content_hash, total=total, max=maximum,
            percent=percent, base_total=base, raw_total=raw,
            applicable_max=applicable, bonus=bonus, bonus_raw=bonus_raw,
            grade=decided.name, passed=decided.passed,
            veto=[v.code for v in vetoes], prerequisites_unmet=[p.code for p in unmet],
            unanswered=self.unanswered, complete=complete, areas=area_results,
            nodes=self.nodes, rule_checks=checks, trace=self.trace,
        )

    def write_trace(self, areas, raw, applicable, rescaled, base, bonus_raw, bonus, total,
                    percent, vetoes, unmet, checks) -> None:
        """The sentences saying how the figures ``run`` computed came about."""
        rubric, trace = self.rubric, self.trace
        maximum = rubric.max_points
        trace.append("一、得分计算")
        for area, node in zip(areas, rubric.areas, strict=True):
            trace.append(f"{area.code} {area.title}：{fmt(area.score)} / "
                         f"{fmt(area.applicable_max)}")
            trace.extend("　　" + self.nodes[leaf.code].explanation
                         for leaf in rubric.area_leaves[node.code])
        if rescaled:
            trace.append(
                f"不适用项满分合计 {fmt(maximum - applicable)} 分不计入满分：基本得分 {fmt(raw)} / "
                f"{fmt(applicable)}，折算为 {fmt(raw)} × {fmt(maximum)} ÷ {fmt(applicable)} = "
                f"{fmt(base)}")
        else:
            trace.append(f"基本得分 = {' + '.join(fmt(a.score) for a in areas)} = {fmt(base)}"
                         f" / {fmt(maximum)}")
        if rubric.bonus is not None:
            capped = f"，超过上限 {fmt(rubric.bonus.cap)} 分，按上限计" \
                if bonus_raw > rubric.bonus.cap else f"（上限 {fmt(rubric.bonus.cap)} 分）"
            trace.append(f"加分项合计 {fmt(bonus_raw)}{capped}：加 {fmt(bonus)} 分")
        trace.append(f"总分 = {fmt(base)} + {fmt(bonus)} = {fmt(total)}，满分 {fmt(maximum)}，"
                     f"得分率 {fmt(percent)}%")
        trace.append("二、等级判定" + ("" if not self.unanswered else
                                     f"（尚有 {len(self.unanswered)} 项未作答，为预估等级）"))
        for v in vetoes:
            trace.append(f"否决项 {v.code}“{v.title}”已发生：一票否决，不能评为合格及以上等级")
        for p in unmet:
            trace.append(f"基本条件 {p.code}“{p.title}”未满足：不能评为合格及以上等级")
        pending = [c.code for c in rubric.prerequisites if c.code not in self.answers]
        if pending:
            trace.append(f"基本条件 {', '.join(pending)} 尚未确认，预估时按满足计")
        for check in checks:
            trace.append(check.sentence())

    def grade(self, total, maximum, areas, vetoes, unmet):
        """Try the grade rules in order. Each condition is decided first; its sentence (met
        or failed) is written only when explaining."""
        checks: list[RuleCheck] = []
        explain = self.explain
        by_code = {a.code: a for a in areas}
        key_leaves = [self.nodes[leaf.code] for leaf in self.rubric.leaves() if leaf.key]
        for rule in self.rubric.grades:
            met, failed = [], []
            satisfied = True
            if rule.passed and vetoes:
                satisfied = False
                if explain:
                    failed.append(f"否决项 {', '.join(v.code for v in vetoes)} 已发生")
            if rule.passed and unmet:
                satisfied = False
                if explain:
                    failed.append(f"基本条件 {', '.join(p.code for p in unmet)} 未满足")
            if rule.min_total is not None:
                ok = total >= rule.min_total
                satisfied = satisfied and ok
                if explain:
                    (met if ok else failed).append(
                        f"总分 {fmt(total)} {'≥' if ok else '<'} {fmt(rule.min_total)}")
            if rule.min_percent is not None:
                ok = total * HUNDRED >= rule.min_percent * maximum
                satisfied = satisfied and ok
                if explain:
                    (met if ok else failed).append(
                        f"得分率 {fmt(_percent(total, maximum) or ZERO)}% {'≥' if ok else '<'} "
                        f"{fmt(rule.min_percent)}%")
            if rule.min_area_percent is not None:
                wanted = [by_code[c] for c in rule.areas] if rule.areas else areas
                low = [a for a in wanted if a.applicable_max > 0
                       and a.score * HUNDRED < rule.min_area_percent * a.applicable_max]
                satisfied = satisfied and not low
                if explain:
                    scope = "、".join(rule.areas) if rule.areas else "各一级指标"
                    (failed if low else met).append(
                        _floor_check(scope, rule.min_area_percent, low))
            if rule.key_items_min_percent is not None:
                p = rule.key_items_min_percent
                low = [k for k in key_leaves if not k.na and k.score * HUNDRED < p * k.applicable_max]
                satisfied = satisfied and not low
                if explain:
                    (failed if low else met).append(_floor_check("重点项目（★）", p, low))
            check = RuleCheck(rule.name, rule.passed, satisfied, tuple(met), tuple(failed),
                              rule.description)
            checks.append(check)
            if satisfied:
                return checks, rule
        raise AssertionError("the validated rubric ends with a fallback grade")  # pragma: no cover


def _floor_check(scope: str, floor: Decimal, low: list) -> str:
    """A grade rule's percent floor in words: met, or which ones fell below it and how far."""
    if not low:
        return f"{scope}得分率均 ≥ {fmt(floor)}%"
    return f"{scope}得分率均须 ≥ {fmt(floor)}%，但 " + "、".join(
        f"{n.code} 为 {fmt(_percent(n.score, n.applicable_max))}%" for n in low)


def score(rubric: Rubric, answers: Mapping[str, Answer], *, explain: bool = True) -> Result:
    """Score checked answers (see :func:`inspector.scoring.answers.parse_answers`).

    ``explain=False`` computes the same figures by the same arithmetic but writes no
    sentences: node explanations are empty, the trace is empty and each rule check lists
    no conditions (``satisfied`` still says how the rule fared). For a caller that only
    compares figures, such as the bureau re-scoring a submission."""
    return _Scorer(rubric, answers, explain).run()
