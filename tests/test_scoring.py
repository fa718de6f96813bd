"""The scoring engine, mode by mode, against totals computed by hand.

Expected figures are Decimal literals with the arithmetic in a comment. Most tests use
tests/data/rubrics/sample.yaml (max 40, bonus cap 3):

    A1 办学条件 20 = B1: C1 bands 4 ★ | C2 deduction 6 | C3 points 5 (na, step 0.5) | C4 pass_fail 5
    A2 教育教学 20 = B2: C5 coefficient 10 ★ | C6 points 10 (na, step 1) | C7 descriptive
    bonus (cap 3): J1 pass_fail 2 | J2 points 2 (step 0.5)
    prerequisite P1, veto V1
    grades: 优秀 (≥ 90 % and every area ≥ 80 %) → 合格 (total ≥ 28) → 不合格

Each test names the behaviour it pins down; comments show the hand arithmetic.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

from inspector.rubrics import RubricError, rubric_from_text
from inspector.scoring import NA, AnswerError, loads_answers_json, parse_answers, score

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PATH = ROOT / "tests" / "data" / "rubrics" / "sample.yaml"
SAMPLE_TEXT = SAMPLE_PATH.read_text(encoding="utf-8")
SAMPLE = rubric_from_text(SAMPLE_TEXT, str(SAMPLE_PATH))

# Every item of the sample answered for full base marks (40) and no bonus.
FULL = {"P1": True, "V1": False, "C1": 100, "C2": [], "C3": 5, "C4": True, "C5": "优",
        "C6": 10, "C7": "课程特色鲜明。", "J1": False, "J2": 0}


# --- helpers ---------------------------------------------------------------------------------


def variant(*edits: tuple[str, str]):
    """The sample rubric with text replacements (each ``old`` must occur exactly once)."""
    text = SAMPLE_TEXT
    for old, new in edits:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
        text = text.replace(old, new)
    return rubric_from_text(text, "variant.yaml")


def run(rubric, answers: dict):
    """Check raw answers (as JSON would give them) and score them."""
    return score(rubric, parse_answers(rubric, answers))


def full(**changes):
    """FULL with some answers changed; a value of None removes the answer."""
    answers = {**FULL, **changes}
    return {code: value for code, value in answers.items() if value is not None}


def leaf_score(code: str, raw, rubric=SAMPLE) -> D:
    return run(rubric, {code: raw}).nodes[code].score


def refused(code: str, raw, *fragments: str, rubric=SAMPLE) -> None:
    """The answer ``raw`` for ``code`` is refused, naming the code and saying why."""
    with pytest.raises(AnswerError) as info:
        parse_answers(rubric, {code: raw})
    assert info.value.code == code
    assert all(f in info.value.message for f in fragments), info.value.message


def small_rubric(indicators: str, grades: str, scoring: str = "step: 1") -> object:
    """A minimal rubric with the given indicators and grade list (YAML fragments)."""
    return rubric_from_text(f"""\
id: small
title: 小测试标准
family: other
school_types: [primary]
version: "1"
scoring: {{{scoring}}}
indicators:
{indicators}
grades:
{grades}
""", "small.yaml")


# Two areas, max 40: A1 = K1 (key ★) 10 + X1 10, A2 = X2 20. Points mode, step 1.
GRADING_INDICATORS = """\
  - code: A1
    title: 甲
    children:
      - {code: K1, title: 重点项目, points: 10, key: true}
      - {code: X1, title: 普通项目, points: 10}
  - code: A2
    title: 乙
    children:
      - {code: X2, title: 普通项目, points: 20}
"""


def grading(rule: str):
    """The two-area rubric with grade ``rule`` (passing) then the fallback 未达标."""
    return small_rubric(GRADING_INDICATORS,
                        f"  - {{name: 达标, passed: true, {rule}}}\n"
                        "  - {name: 未达标, passed: false}\n")


# === points =================================================================================


@pytest.mark.parametrize("code, raw, expected", [
    ("C3", 0, D("0")),
    ("C3", 3.5, D("3.5")),      # on the default step 0.5
    ("C3", D("4.5"), D("4.5")),
    ("C3", 5, D("5")),
    ("C6", 7, D("7")),          # the item's own step 1
])
def test_points_on_the_step(code, raw, expected):
    assert leaf_score(code, raw) == expected


@pytest.mark.parametrize("code, raw, fragment", [
    ("C3", 3.25, "not a multiple of the step 0.5"),
    ("C6", 7.5, "not a multiple of the step 1"),
    ("C3", 5.5, "out of range 0–5"),
    ("C3", -0.5, "out of range 0–5"),
    ("C3", True, "expected a number, got true"),
    ("C3", False, "expected a number, got false"),
    ("C3", "3", 'expected a number, got "3"'),
    ("C3", [3], "expected a number"),
])
def test_points_refused(code, raw, fragment):
    refused(code, raw, fragment)


# === deduction ==============================================================================
# C2 is worth 6: science 2, music 2, art 3, room 1 (repeatable).


@pytest.mark.parametrize("keys, expected", [
    ([], D("6")),                                    # nothing found: full marks
    (["science"], D("4")),                           # 6 − 2
    (["science", "art"], D("1")),                    # 6 − 2 − 3
    (["science", "music", "room"], D("1")),          # 6 − 2 − 2 − 1
    (["room", "room"], D("4")),                      # 6 − 1 − 1: a repeatable key counts twice
    (["art", "room", "room", "room"], D("0")),       # 6 − 3 − 1 − 1 − 1 = 0 exactly
    (["science", "music", "art"], D("0")),           # 6 − 2 − 2 − 3 = −1 → 0 (扣完为止)
    (["science", "music", "art", "room", "room"], D("0")),  # 6 − 9 = −3 → 0
])
def test_deduction(keys, expected):
    assert leaf_score("C2", keys) == expected


def test_deduction_floor_is_explained():
    node = run(SAMPLE, {"C2": ["science", "music", "art"]}).nodes["C2"]
    assert "扣完为止" in node.explanation
    exact = run(SAMPLE, {"C2": ["art", "room", "room", "room"]}).nodes["C2"]
    assert "扣完为止" not in exact.explanation  # 6 − 6 = 0 is not a floor


@pytest.mark.parametrize("raw, fragment", [
    (["science", "science"], "'science' can only be listed once"),
    (["gym"], "unknown deduction key 'gym'"),
    ("science", "expected a list of deduction keys"),
    ([1], "expected a list of deduction keys"),
])
def test_deduction_refused(raw, fragment):
    refused("C2", raw, fragment)


# === coefficient ============================================================================


@pytest.mark.parametrize("level, expected", [
    ("优", D("10")),     # 10 × 1.0
    ("良", D("8")),      # 10 × 0.8
    ("合格", D("6")),    # 10 × 0.6
    ("不合格", D("2")),  # 10 × 0.2
])
def test_coefficient(level, expected):
    assert leaf_score("C5", level) == expected


@pytest.mark.parametrize("raw", ["中", "优秀", 1, True])
def test_coefficient_unknown_level_refused(raw):
    refused("C5", raw, "expected one of the levels 优/良/合格/不合格")


# === bands ==================================================================================
# C1 is worth 4; bands ≥100 → 1, ≥80 → 0.8, ≥60 → 0.5, ≥0 → 0.


@pytest.mark.parametrize("percent, expected", [
    (100, D("4")),          # 4 × 1
    (D("99.99"), D("3.2")),  # 4 × 0.8
    (80, D("3.2")),         # 4 × 0.8
    (D("79.99"), D("2")),   # 4 × 0.5
    (60, D("2")),           # 4 × 0.5
    (D("59.99"), D("0")),   # 4 × 0
    (0, D("0")),            # 4 × 0
])
def test_bands_boundaries(percent, expected):
    assert leaf_score("C1", percent) == expected


@pytest.mark.parametrize("raw, fragment", [
    (D("100.01"), "out of range 0–100"),
    (101, "out of range 0–100"),
    (-1, "out of range 0–100"),
    (True, "expected a number"),
    ("80%", "expected a number"),
])
def test_bands_refused(raw, fragment):
    refused("C1", raw, fragment)


# === pass_fail ==============================================================================


def test_pass_fail():
    assert leaf_score("C4", True) == D("5")
    assert leaf_score("C4", False) == D("0")


@pytest.mark.parametrize("raw", ["达标", 1, 0, "true"])
def test_pass_fail_needs_a_boolean(raw):
    refused("C4", raw, "expected true (达标) or false (不达标)")


# === descriptive ============================================================================


def test_descriptive_scores_zero_and_is_not_in_the_maximum():
    result = run(SAMPLE, full(C7="办学特色鲜明，社团活动丰富。"))
    assert result.nodes["C7"].score == D("0")
    assert result.nodes["C7"].max == D("0")
    assert result.max == D("40")                 # 20 + 20: C7 adds nothing
    assert result.areas[1].max == D("20")        # A2 = C5 10 + C6 10
    assert result.total == D("40")


@pytest.mark.parametrize("raw", ["", "   ", 3, True, ["x"]])
def test_descriptive_needs_text(raw):
    refused("C7", raw, "expected a written finding")


# === not applicable =========================================================================


def test_na_under_full_marks_scores_full():
    result = run(SAMPLE, full(C3="NA", C6="NA"))
    assert result.nodes["C3"].score == D("5")
    assert result.nodes["C3"].na is True
    assert result.nodes["C6"].score == D("10")
    assert result.total == D("40")              # nothing lost
    assert result.applicable_max == D("40")


def test_na_python_value_is_accepted_too():
    assert parse_answers(SAMPLE, {"C3": NA}) == {"C3": NA}


@pytest.mark.parametrize("code", ["C1", "C2", "C4", "C5", "J1", "J2"])
def test_na_refused_where_not_allowed(code):
    refused(code, "NA", "cannot be marked not applicable")


def test_na_under_exclude_rescales_the_total():
    rubric = variant(("not_applicable: full_marks", "not_applicable: exclude"))
    result = run(rubric, full(C2=["science"], C3="NA", C5="良", C6=6))
    # raw: C1 4 + C2 (6 − 2 = 4) + C3 NA + C4 5 + C5 (10 × 0.8 = 8) + C6 6 = 27
    # applicable: 40 − C3's 5 = 35
    # base: 27 × 40 ÷ 35 = 30.857142… → 30.86 (half up to 0.01)
    assert result.raw_total == D("27")
    assert result.applicable_max == D("35")
    assert result.base_total == D("30.86")
    assert result.total == D("30.86")
    assert result.max == D("40")
    assert result.percent == D("77.15")          # 30.86 × 100 ÷ 40
    # areas against their applicable maximum: A1 13 / 15 = 86.67 %, A2 14 / 20 = 70 %
    assert [(a.score, a.max, a.percent) for a in result.areas] == [
        (D("13"), D("15"), D("86.67")), (D("14"), D("20"), D("70.00"))]
    assert result.grade == "合格"                # 30.86 ≥ 28 (without rescaling 27 < 28)
    assert any("27 × 40 ÷ 35 = 30.86" in line for line in result.trace)


def test_na_under_exclude_rounds_half_up():
    rubric = small_rubric("""\
  - code: A1
    title: 甲
    children:
      - {code: X, title: 可不适用, points: 2, na: true}
      - {code: Y, title: 赋分, points: 8}
""", "  - {name: 合格, passed: true, min_total: 3.13}\n  - {name: 不合格, passed: false}\n",
        scoring="step: 0.5, not_applicable: exclude")
    result = run(rubric, {"X": "NA", "Y": 2.5})
    # 2.5 × 10 ÷ 8 = 3.125 → 3.13 half up (half-even would give 3.12)
    assert result.base_total == D("3.13")
    assert result.grade == "合格"


# === bonus ==================================================================================


@pytest.mark.parametrize("j1, j2, raw, bonus", [
    (False, 0, D("0"), D("0")),
    (False, 1.5, D("1.5"), D("1.5")),   # 0 + 1.5, below the cap 3
    (True, 1, D("3"), D("3")),          # 2 + 1 = 3, exactly the cap
    (True, 2, D("4"), D("3")),          # 2 + 2 = 4, capped at 3
])
def test_bonus_cap(j1, j2, raw, bonus):
    result = run(SAMPLE, full(J1=j1, J2=j2))
    assert result.bonus_raw == raw
    assert result.bonus == bonus
    assert result.base_total == D("40")
    assert result.total == D("40") + bonus


def test_bonus_over_the_cap_is_explained():
    result = run(SAMPLE, full(J1=True, J2=2))
    assert result.total == D("43")               # 40 + min(4, 3)
    assert result.percent == D("107.50")         # 43 × 100 ÷ 40
    assert any("超过上限 3 分" in line for line in result.trace)


# === veto and prerequisites =================================================================


def test_veto_skips_passing_grades_even_with_full_marks():
    result = run(SAMPLE, full(V1=True, J1=True, J2=2))
    assert result.total == D("43")               # the points still count
    assert result.grade == "不合格"
    assert result.passed is False
    assert result.veto == ["V1"]
    assert [c.grade for c in result.rule_checks] == ["优秀", "合格", "不合格"]
    assert "否决项 V1 已发生" in result.rule_checks[0].failed
    assert any("一票否决" in line for line in result.trace)


def test_unmet_prerequisite_skips_passing_grades():
    result = run(SAMPLE, full(P1=False))
    assert result.total == D("40")
    assert result.grade == "不合格"
    assert result.passed is False
    assert result.prerequisites_unmet == ["P1"]
    assert "基本条件 P1 未满足" in result.rule_checks[0].failed
    assert any("基本条件 P1" in line and "未满足" in line for line in result.trace)


@pytest.mark.parametrize("missing", ["P1", "V1"])
def test_unanswered_conditions_do_not_block_the_projected_grade(missing):
    result = run(SAMPLE, full(**{missing: None}))
    assert result.grade == "优秀"
    assert result.passed is True
    assert result.complete is False
    assert result.unanswered == [missing]
    assert any("预估" in line for line in result.trace)


def test_met_conditions_and_every_answer_make_a_complete_result():
    result = run(SAMPLE, FULL)
    assert result.complete is True
    assert result.unanswered == []
    assert result.grade == "优秀"


# === grade rules ============================================================================


def answers_for(total: int) -> dict:
    """K1, X1, X2 of the grading rubric filled in that order up to ``total``."""
    k1 = min(10, total)
    x1 = min(10, total - k1)
    return {"K1": k1, "X1": x1, "X2": total - k1 - x1}


@pytest.mark.parametrize("total, grade", [(30, "达标"), (29, "未达标")])
def test_min_total(total, grade):
    assert run(grading("min_total: 30"), answers_for(total)).grade == grade


@pytest.mark.parametrize("total, grade", [
    (30, "达标"),    # 30 × 100 ÷ 40 = 75 %: the boundary counts
    (29, "未达标"),  # 72.5 %
])
def test_min_percent(total, grade):
    assert run(grading("min_percent: 75"), answers_for(total)).grade == grade


def test_min_area_percent_every_area():
    rubric = grading("min_area_percent: 50")
    # A1 (10 + 10) / 20 = 100 %, A2 10 / 20 = 50 %
    assert run(rubric, {"K1": 10, "X1": 10, "X2": 10}).grade == "达标"
    # A2 9 / 20 = 45 %
    low = run(rubric, {"K1": 10, "X1": 10, "X2": 9})
    assert low.grade == "未达标"
    assert "A2 为 45%" in low.rule_checks[0].failed[0]


def test_min_area_percent_restricted_to_named_areas():
    rubric = grading("min_area_percent: 50, areas: [A1]")
    # A2 0 % does not matter, A1 (5 + 5) / 20 = 50 %
    assert run(rubric, {"K1": 5, "X1": 5, "X2": 0}).grade == "达标"
    # A1 (5 + 4) / 20 = 45 %, even though A2 is full
    assert run(rubric, {"K1": 5, "X1": 4, "X2": 20}).grade == "未达标"


def test_key_items_min_percent():
    rubric = grading("key_items_min_percent: 60")
    # K1 6 / 10 = 60 %, all else 0
    assert run(rubric, {"K1": 6, "X1": 0, "X2": 0}).grade == "达标"
    # K1 5 / 10 = 50 % fails although the total is 35 / 40
    low = run(rubric, {"K1": 5, "X1": 10, "X2": 20})
    assert low.grade == "未达标"
    assert "K1 为 50%" in low.rule_checks[0].failed[0]


ORDERED_GRADES = """\
  - {name: 优秀, passed: true, min_percent: 90}
  - {name: 良好, passed: true, min_percent: 75}
  - {name: 合格, passed: true, min_percent: 60}
  - {name: 不合格, passed: false}
"""


@pytest.mark.parametrize("total, grade, tried", [
    (40, "优秀", 1),
    (36, "优秀", 1),    # 90 %
    (35, "良好", 2),    # 87.5 %
    (30, "良好", 2),    # 75 %
    (29, "合格", 3),    # 72.5 %
    (24, "合格", 3),    # 60 %
    (23, "不合格", 4),  # 57.5 %
    (0, "不合格", 4),
])
def test_grade_rules_are_tried_in_order(total, grade, tried):
    rubric = small_rubric(GRADING_INDICATORS, ORDERED_GRADES)
    result = run(rubric, answers_for(total))
    assert result.total == D(total)
    assert result.grade == grade
    assert result.passed is (grade != "不合格")
    assert len(result.rule_checks) == tried   # rules after the deciding one are not tried
    assert result.deciding_rule.satisfied


def test_sample_grades():
    # 优秀 needs ≥ 90 % and every area ≥ 80 %.
    # C1 0 %: A1 = 0 + 6 + 5 + 5 = 16 / 20 = 80 % (the boundary holds); total 16 + 20 + 3 = 39
    boundary = run(SAMPLE, full(C1=0, J1=True, J2=2))
    assert (boundary.total, boundary.percent, boundary.grade) == (D("39"), D("97.50"), "优秀")
    # also C3 4.5: A1 = 15.5 / 20 = 77.5 % blocks 优秀 although 38.5 / 40 = 96.25 %
    low_area = run(SAMPLE, full(C1=0, C3=4.5, J1=True, J2=2))
    assert (low_area.total, low_area.percent) == (D("38.5"), D("96.25"))
    assert low_area.areas[0].percent == D("77.50")
    assert low_area.grade == "合格"              # 38.5 ≥ 28
    assert "A1 为 77.5%" in low_area.rule_checks[0].failed[0]


# === decimal exactness ======================================================================

TENTHS = """\
  - code: A1
    title: 甲
    children:
      - {code: P, title: 一角, points: 0.1, step: 0.1}
      - {code: Q, title: 两角, points: 0.2, step: 0.1}
"""


def test_tenths_add_up_exactly():
    rubric = small_rubric(TENTHS, "  - {name: 满分, passed: true, min_total: 0.3}\n"
                                  "  - {name: 其他, passed: false}\n")
    result = run(rubric, {"P": 0.1, "Q": 0.2})
    assert result.total == D("0.3")              # not 0.30000000000000004
    assert result.max == D("0.3")
    assert result.percent == D("100.00")
    assert result.grade == "满分"                # 0.1 + 0.2 ≥ 0.3 holds exactly
    assert result.to_json()["total"] == 0.3


def test_answers_from_json_text_stay_exact():
    rubric = small_rubric(TENTHS, "  - {name: 满分, passed: true, min_total: 0.3}\n"
                                  "  - {name: 其他, passed: false}\n")
    raw = loads_answers_json('{"P": 0.1, "Q": 0.2}')
    assert raw == {"P": D("0.1"), "Q": D("0.2")}
    assert score(rubric, parse_answers(rubric, raw)).total == D("0.3")
    refused("Q", D("0.15"), "not a multiple of the step 0.1", rubric=rubric)


def test_coefficients_and_fractions_stay_exact():
    # C1 at 80 %: 4 × 0.8 = 3.2; C5 良: 10 × 0.8 = 8; C3 4.5; C6 7
    result = run(SAMPLE, full(C1=80, C5="良", C3=4.5, C6=7))
    # A1: 3.2 + 6 + 4.5 + 5 = 18.7; A2: 8 + 7 = 15; total 33.7
    assert result.areas[0].score == D("18.7")
    assert result.total == D("33.7")
    assert result.percent == D("84.25")          # 33.7 × 100 ÷ 40


def test_long_decimal_coefficient_is_refused_by_the_loader():
    # Rubric numbers carry at most 4 decimal places, so every score fits a JSON number exactly.
    with pytest.raises(RubricError, match="more than 4 decimal places"):
        variant(("良: 0.8", "良: 0.123456789012345678"))


# === determinism, order, shape ==============================================================


def test_same_answers_give_identical_results():
    answers = full(C1=85, C2=["room", "science"], C3="NA", C5="合格", J2=1.5)
    first = run(SAMPLE, answers).to_json()
    again = run(SAMPLE, answers).to_json()
    reordered = run(SAMPLE, dict(reversed(list(answers.items())))).to_json()
    assert first == again == reordered
    assert json.dumps(first, ensure_ascii=False) == json.dumps(reordered, ensure_ascii=False)


def test_unanswered_items_in_document_order():
    result = run(SAMPLE, {"P1": True, "V1": False, "C4": True, "J1": False})
    assert result.unanswered == ["C1", "C2", "C3", "C5", "C6", "C7", "J2"]
    assert result.complete is False


def test_unanswered_conditions_come_first_as_in_the_document():
    # Regression (fixed; inspector/scoring/engine.py, _Scorer.run): prerequisites and vetoes are appended to
    # `unanswered` after every indicator and bonus item, though they come first in the file
    # (and in Rubric.answerable_codes(), "in document order"). Expected
    # [P1, V1, C1 … C7, J1, J2]; actual [C1 … C7, J1, J2, P1, V1].
    result = run(SAMPLE, {})
    assert result.unanswered == ["P1", "V1", "C1", "C2", "C3", "C4", "C5", "C6", "C7",
                                 "J1", "J2"]
    assert result.unanswered == SAMPLE.answerable_codes()


def test_nothing_answered_scores_zero():
    result = run(SAMPLE, {})
    assert result.total == D("0")
    assert result.grade == "不合格"
    assert result.complete is False


def test_to_json_shape():
    data = run(SAMPLE, full(C2=["science"], J1=True)).to_json()
    json.dumps(data)  # plain JSON types only
    assert {"total", "max", "percent", "grade", "passed", "veto", "unanswered", "areas",
            "trace"} <= set(data)
    # base 40 − 2 = 38, bonus 2 → 40
    assert (data["total"], data["max"], data["percent"]) == (40, 40, 100)
    assert (data["grade"], data["passed"], data["veto"], data["unanswered"]) == \
        ("优秀", True, [], [])
    assert data["areas"] == [
        {"code": "A1", "title": "办学条件", "score": 18, "max": 20, "percent": 90},
        {"code": "A2", "title": "教育教学", "score": 20, "max": 20, "percent": 100},
    ]
    assert data["trace"] and all(isinstance(line, str) for line in data["trace"])
    assert data["rubric"] == {"id": "test-sample", "version": "1.0", "hash": SAMPLE.content_hash}


def test_answers_must_be_a_mapping():
    with pytest.raises(AnswerError):
        parse_answers(SAMPLE, ["C1", 100])


@pytest.mark.parametrize("code, raw, fragment", [
    ("ZZ", 1, "no such item"),
    ("A1", 10, "group indicator"),
    ("V1", "NA", "true or false"),
    ("P1", 1, "true or false"),
])
def test_other_bad_answers(code, raw, fragment):
    refused(code, raw, fragment)


# === the `score` command ====================================================================


def score_cli(tmp_path: Path, answers_text: str, *options: str) -> subprocess.CompletedProcess:
    answers = tmp_path / "answers.json"
    answers.write_text(answers_text, encoding="utf-8")
    environ = {k: v for k, v in os.environ.items() if k != "INSPECTOR_RUBRICS"}
    environ.update(INSPECTOR_HOME=str(tmp_path / "home"), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "main.py", "score", str(SAMPLE_PATH), str(answers), *options],
        cwd=ROOT, env=environ, capture_output=True, text=True, encoding="utf-8", timeout=60)


def test_score_cli_json_matches_the_in_process_result(tmp_path):
    answers = full(C1=85, C2=["room", "room"], C3="NA", C5="良", C6=9, J1=True, J2=0.5)
    proc = score_cli(tmp_path, json.dumps(answers, ensure_ascii=False), "--json")
    assert proc.returncode == 0, proc.stderr
    printed = json.loads(proc.stdout)
    # C1 4 × 0.8 = 3.2, C2 6 − 1 − 1 = 4, C3 NA 5, C4 5, C5 8, C6 9 → 34.2; bonus 2 + 0.5
    assert printed["total"] == 36.7
    expected = run(SAMPLE, loads_answers_json(json.dumps(answers))).to_json()
    assert printed == json.loads(json.dumps(expected))


def test_score_cli_text_output(tmp_path):
    proc = score_cli(tmp_path, json.dumps(FULL, ensure_ascii=False))
    assert proc.returncode == 0, proc.stderr
    assert "总分 40 / 40（100%）  等级：优秀" in proc.stdout


@pytest.mark.parametrize("answers, code, fragment", [
    ({"ZZ": 1}, "ZZ", "no such item"),
    ({"C3": 6}, "C3", "out of range"),
    ({"C5": 3}, "C5", "expected one of the levels"),
    ({"C2": ["gym"]}, "C2", "unknown deduction key"),
], ids=["unknown code", "out of range", "wrong kind", "unknown deduction"])
def test_score_cli_refuses_a_bad_answer(tmp_path, answers, code, fragment):
    proc = score_cli(tmp_path, json.dumps(answers), "--json")
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert f"bad answer for {code}" in proc.stderr
    assert fragment in proc.stderr
    assert "Traceback" not in proc.stderr
