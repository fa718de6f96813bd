"""``score(explain=False)``: the figures alone (what the bureau compares with a submission)
are exactly those of the full engine, for every bundled rubric, the test rubrics and many
random answer sets covering every scoring mode, not-applicable answers under both policies,
vetoes, prerequisites, bonus items (over and under the cap), unanswered items and each kind
of grade rule."""

from __future__ import annotations

import dataclasses
import random
import zlib
from decimal import Decimal as D
from pathlib import Path

import pytest

from inspector.rubrics import Mode, rubric_from_text
from inspector.rubrics.model import Condition
from inspector.scoring import NA, answer_to_json, parse_answers, score
from inspector.sync.submission import recompute, result_figures, score_payload

from .factories import SAMPLE_RUBRIC, full_answers, synthetic_rubric_yaml

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = sorted((ROOT / "rubrics").glob("*.yaml"))
SAMPLE_TEXT = SAMPLE_RUBRIC.read_text(encoding="utf-8")

GRADING = """\
id: grading
title: 等级规则
family: other
school_types: [primary]
version: "1"
scoring: {{step: 0.5, not_applicable: {policy}}}
prerequisites:
  - {{code: P1, title: 办学许可}}
vetoes:
  - {{code: V1, title: 安全事故}}
indicators:
  - code: A1
    title: 甲
    children:
      - {{code: K1, title: 重点项目, points: 10, key: true, na: true}}
      - {{code: X1, title: 普通项目, points: 10, na: true}}
  - code: A2
    title: 乙
    children:
      - {{code: K2, title: 重点项目, points: 8, key: true, mode: pass_fail}}
      - {{code: X2, title: 普通项目, points: 12, na: true}}
bonus:
  cap: 2
  items:
    - {{code: J1, title: 特色, points: 1.5}}
    - {{code: J2, title: 创新, points: 1.5, mode: pass_fail}}
grades:
  - {{name: 优秀, passed: true, min_percent: 90, min_area_percent: 85,
     key_items_min_percent: 80}}
  - {{name: 良好, passed: true, min_total: 30, min_area_percent: 70, areas: [A2]}}
  - {{name: 合格, passed: true, min_total: 24}}
  - {{name: 基本合格, passed: false, min_percent: 40}}
  - {{name: 不合格, passed: false}}
"""


def _rubrics():
    found = [(p.name, p.read_text(encoding="utf-8")) for p in BUNDLED]
    found.append(("sample", SAMPLE_TEXT))
    found.append(("sample-exclude", SAMPLE_TEXT.replace("not_applicable: full_marks",
                                                        "not_applicable: exclude")))
    synthetic = synthetic_rubric_yaml(60, areas=3, groups_per_area=2)
    found.append(("synthetic", synthetic))
    found.append(("synthetic-exclude", synthetic.replace("not_applicable: full_marks",
                                                         "not_applicable: exclude")))
    for policy in ("full_marks", "exclude"):
        found.append((f"grading-{policy}", GRADING.format(policy=policy)))
    out = []
    for name, text in found:
        rubric = rubric_from_text(text, name)
        out.append(pytest.param(rubric, id=name))
    return out


RUBRICS = _rubrics()


def test_the_rubrics_cover_every_mode_and_both_policies():
    rubrics = [p.values[0] for p in RUBRICS]
    modes = {leaf.mode for r in rubrics for leaf in (*r.leaves(), *r.bonus_items())}
    assert modes == set(Mode)
    assert {r.scoring.not_applicable.value for r in rubrics} == {"full_marks", "exclude"}
    assert any(r.bonus for r in rubrics) and any(r.vetoes for r in rubrics)
    assert any(rule.key_items_min_percent is not None for r in rubrics for rule in r.grades)
    assert any(rule.areas for r in rubrics for rule in r.grades)


def _random_value(rng: random.Random, rubric, code: str, quality: float):
    """A valid raw answer for ``code``; ``quality`` near 1 gives mostly full marks (so the
    sets reach the higher grades too)."""
    item = rubric.find(code)
    if isinstance(item, Condition):
        roll = rng.random()
        if roll < 0.04:
            return None
        bad = roll < 0.04 + 0.3 * (1 - quality) ** 3
        return (not bad) if rubric.is_prerequisite(code) else bad
    roll = rng.random()
    if roll < 0.1 * (1 - quality):
        return None
    if roll < 0.2 and item.na_allowed:
        return "NA"
    best = rng.random() < quality
    mode, points = item.mode, item.points
    if mode is Mode.POINTS:
        step = rubric.step_of(item)
        steps = int(points / step)
        return step * (steps if best else rng.choice([0, rng.randint(0, steps)]))
    if mode is Mode.BANDS:
        return 100 if best else rng.choice([0, rng.randint(0, 100),
                                            D(rng.randint(0, 1000)) / 10])
    if mode is Mode.COEFFICIENT:
        levels = rubric.levels_of(item)
        return (levels[0] if best else rng.choice(levels)).name
    if mode is Mode.PASS_FAIL:
        return best or rng.choice([True, False])
    if mode is Mode.DEDUCTION:
        keys = []
        if not best:
            for d in item.deductions:
                keys += [d.key] * (rng.randint(0, 4) if d.repeatable else rng.randint(0, 1))
            rng.shuffle(keys)
        return keys
    if mode is Mode.DESCRIPTIVE:
        return rng.choice(["情况良好", "  有待改进  "])
    raise AssertionError(mode)


def _answer_sets(rubric, count: int, seed: int):
    rng = random.Random(seed)
    codes = rubric.answerable_codes()
    yield {}
    yield full_answers(rubric)
    for _ in range(count):
        quality = rng.random() ** 0.5
        raw = {code: _random_value(rng, rubric, code, quality) for code in codes}
        yield {code: value for code, value in raw.items() if value is not None}


def _figures(result):
    """Every field of a result except the sentences."""
    out = {f.name: getattr(result, f.name) for f in dataclasses.fields(result)
           if f.name not in ("trace", "nodes", "rule_checks")}
    out["nodes"] = {code: dataclasses.replace(n, explanation="")
                    for code, n in result.nodes.items()}
    out["rule_checks"] = [(c.grade, c.passed, c.satisfied, c.description)
                          for c in result.rule_checks]
    return out


@pytest.mark.parametrize("rubric", RUBRICS)
def test_figures_only_equal_the_full_engine(rubric):
    seen_grades, seen_na, seen_capped = set(), False, False
    for n, raw in enumerate(_answer_sets(rubric, 150, seed=zlib.crc32(rubric.id.encode()))):
        answers = parse_answers(rubric, raw)
        full = score(rubric, answers)
        lean = score(rubric, answers, explain=False)
        assert _figures(lean) == _figures(full), (rubric.id, n, raw)
        assert lean.trace == [] and all(not x.explanation for x in lean.nodes.values())
        assert full.trace and all(x.explanation for x in full.nodes.values())
        seen_grades.add(full.grade)
        seen_na |= any(v is NA for v in answers.values())
        seen_capped |= bool(rubric.bonus) and full.bonus_raw > full.bonus
    assert len(seen_grades) >= 2 and seen_na  # the random answers reach several grades
    if rubric.id == "grading":
        assert seen_capped


@pytest.mark.parametrize("rubric", RUBRICS)
def test_vetoes_and_unmet_prerequisites_decide_alike(rubric):
    answers = parse_answers(rubric, full_answers(rubric))
    for cond, value in ([(v.code, True) for v in rubric.vetoes]
                        + [(p.code, False) for p in rubric.prerequisites]):
        changed = {**answers, cond: value}
        full, lean = score(rubric, changed), score(rubric, changed, explain=False)
        assert _figures(lean) == _figures(full)
        assert not lean.passed


def test_the_bureau_recompute_uses_the_same_figures():
    """``recompute`` (figures only) gives the figures of the fully explained result."""
    import json

    rubric = RUBRICS[-1].values[0]
    for raw in _answer_sets(rubric, 40, seed=7):
        checked = parse_answers(rubric, raw)
        payload = {"answers": {code: {"value": json.dumps(answer_to_json(value),
                                                            ensure_ascii=False)}
                               for code, value in checked.items()}}
        explained = score_payload(rubric, payload)
        assert explained.trace
        assert recompute(rubric, payload) == result_figures(explained)
        assert result_figures(score(rubric, checked)) == recompute(rubric, payload)


def test_node_results_made_quickly_are_the_same_values():
    from inspector.scoring.result import NodeResult

    args = ("A1", "办学条件", D("3.5"), D("4"), D("4"), 2, 3)
    for extra in ({}, {"na": True, "explanation": "A1 = B1"}):
        quick, plain = NodeResult.make(*args, **extra), NodeResult(*args, **extra)
        assert quick == plain and vars(quick) == vars(plain)
        assert list(vars(quick)) == [f.name for f in dataclasses.fields(NodeResult)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.score = D(0)
