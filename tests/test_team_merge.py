"""Merging an expert team's scoresheets, against figures computed by hand.

The rubric below (max 45) has every kind of answer:

    P1 prerequisite, V1 veto
    A1 办学条件 25: C1 points 10 (step 0.5, na) | C2 bands 4 | C3 deduction 6 | C4 pass_fail 5
    A2 教育教学 20: C5 points 10 (step 1) | C6 coefficient 10 | C7 descriptive
    grades: 优秀 (≥ 90 %) → 合格 (total ≥ 30) → 不合格

Default threshold: a spread above 20 % of the item's points is a disagreement (C1: 2 points).
Comments show the arithmetic.
"""

from __future__ import annotations

import itertools
import json
from decimal import Decimal as D

import pytest

from inspector.rubrics import rubric_from_text
from inspector.scoring import NA, loads_answers_json, score
from inspector.team import (
    Method,
    Policy,
    Scoresheet,
    Status,
    TeamError,
    Unsettled,
    merge,
    merge_to_json,
    recompute,
    verify,
)

RUBRIC_YAML = """\
format: 1
id: team-test
title: 专家组合并测试
family: other
school_types: [primary]
version: "1"
scoring:
  step: 0.5
  not_applicable: full_marks
  levels: {优: 1.0, 良: 0.8, 合格: 0.6, 不合格: 0.3}
  bands:
    - {min: 100, fraction: 1}
    - {min: 80, fraction: 0.8}
    - {min: 60, fraction: 0.5}
    - {min: 0, fraction: 0}
prerequisites:
  - {code: P1, title: 依法取得办学许可证}
vetoes:
  - {code: V1, title: 发生重大安全责任事故}
indicators:
  - code: A1
    title: 办学条件
    children:
      - {code: C1, title: 校舍面积, points: 10, mode: points, na: true}
      - {code: C2, title: 生均用地达成度, points: 4, mode: bands}
      - code: C3
        title: 专用教室配备
        points: 6
        mode: deduction
        deductions:
          - {key: science, text: 缺科学实验室, points: 2}
          - {key: music, text: 缺音乐教室, points: 2}
          - {key: room, text: 每缺一间其他专用教室, points: 1, repeatable: true}
      - {code: C4, title: 校园安全设施, points: 5, mode: pass_fail}
  - code: A2
    title: 教育教学
    children:
      - {code: C5, title: 课堂教学, points: 10, mode: points, step: 1}
      - {code: C6, title: 课程计划执行, points: 10, mode: coefficient}
      - {code: C7, title: 办学特色, mode: descriptive}
grades:
  - {name: 优秀, passed: true, min_percent: 90}
  - {name: 合格, passed: true, min_total: 30}
  - {name: 不合格, passed: false}
"""
RUBRIC = rubric_from_text(RUBRIC_YAML, "team-test.yaml")
NAMES = {"m1": "张三", "m2": "李四", "m3": "王五", "m4": "赵六", "m5": "钱七"}


def sheet(member: str, notes: dict | None = None, **answers) -> Scoresheet:
    """A member's sheet; answers as JSON gives them (merge checks them against the rubric)."""
    return Scoresheet(member, NAMES[member], answers, notes or {})


def on(code: str, *values, policy=Policy.MEAN, **options):
    """Members m1, m2 … answering ``code`` with ``values`` in turn; the merged item."""
    sheets = [sheet(f"m{i + 1}", **{code: v}) for i, v in enumerate(values)]
    return merge(RUBRIC, sheets, policy, **options).item(code)


def roundtrip(result) -> dict:
    return json.loads(json.dumps(merge_to_json(result), ensure_ascii=False))


# --- numeric policies ------------------------------------------------------------------------


def test_trimmed_mean_drops_one_highest_and_one_lowest():
    # 5 scores 7, 8, 8.5, 9, 10: drop 10 and 7 → (8 + 8.5 + 9) ÷ 3 = 25.5 ÷ 3 = 8.5
    # (spread of the scores kept: 9 − 8 = 1 ≤ 2, so no disagreement)
    item = on("C1", 7, 8, 8.5, 9, 10, policy=Policy.TRIMMED_MEAN)
    assert (item.status, item.method, item.answer) == (Status.MERGED, Method.TRIMMED_MEAN, D("8.5"))
    assert item.used == ("m2", "m3", "m4")
    assert "去掉一个最高分 10（钱七）和一个最低分 7（张三）" in item.explanation
    assert "(8 + 8.5 + 9) ÷ 3 = 8.5" in item.explanation


def test_trimmed_mean_breaks_ties_by_member_id():
    # 6, 7, 7, 8, 8 on C5 (step 1): drop m1's 6 and the highest 8, m5's (ties by id)
    # → (7 + 7 + 8) ÷ 3 = 22 ÷ 3 ≈ 7.3333 → 7
    item = on("C5", 6, 7, 7, 8, 8, policy=Policy.TRIMMED_MEAN)
    assert item.answer == D(7)
    assert item.used == ("m2", "m3", "m4")
    assert "≈ 7.3333，按步长 1 四舍五入为 7" in item.explanation


def test_trimmed_mean_below_the_minimum_falls_back_to_the_mean():
    # 3 scores < 5: nothing dropped; (7.5 + 8 + 9.5) ÷ 3 = 25 ÷ 3 ≈ 8.3333 → /0.5 = 16.67 → 17
    # → 8.5
    item = on("C1", 7.5, 8, 9.5, policy=Policy.TRIMMED_MEAN)
    assert (item.method, item.answer) == (Method.MEAN, D("8.5"))
    assert "3 人评分，少于 5 人，不去掉最高分和最低分" in item.explanation
    # trim_min=3: drop 9.5 and 7.5 → 8 (the median, which is why the default is 5)
    item = on("C1", 7.5, 8, 9.5, policy=Policy.TRIMMED_MEAN, trim_min=3)
    assert (item.method, item.answer) == (Method.TRIMMED_MEAN, D(8))


def test_median_of_odd_and_even_counts():
    # odd: 6.5, 7, 8 → 7
    item = on("C1", 8, 6.5, 7, policy=Policy.MEDIAN)
    assert (item.method, item.answer) == (Method.MEDIAN, D(7))
    # even: 7.5, 8, 8.5, 9 → (8 + 8.5) ÷ 2 = 8.25 → /0.5 = 16.5 → half-up 17 → 8.5
    item = on("C1", 9, 7.5, 8.5, 8, policy=Policy.MEDIAN)
    assert item.answer == D("8.5")
    assert "中位数 (8 + 8.5) ÷ 2 = 8.25，按步长 0.5 四舍五入为 8.5" in item.explanation
    # even on C5 (step 1): 7, 8 → 7.5 → half-up 8
    assert on("C5", 7, 8, policy=Policy.MEDIAN).answer == D(8)


def test_mean_rounds_half_up_to_the_leaf_step():
    # (8 + 8.5) ÷ 2 = 8.25 → /0.5 = 16.5 → half-up 17 → 8.5 (half-even would give 8)
    assert on("C1", 8, 8.5).answer == D("8.5")
    # (8 + 8 + 8.5) ÷ 3 ≈ 8.1667 → /0.5 = 16.33 → 16 → 8
    assert on("C1", 8, 8, 8.5).answer == D(8)
    # C5 step 1: (7 + 8 + 8) ÷ 3 ≈ 7.6667 → 8
    assert on("C5", 7, 8, 8).answer == D(8)


def test_bands_merge_the_percent_met_to_two_decimals():
    # (85 + 90 + 91) ÷ 3 = 266 ÷ 3 ≈ 88.6667 → 88.67 %; every score earns 4 × 0.8 = 3.2
    item = on("C2", 85, 90, 91)
    assert item.answer == D("88.67")
    assert "保留两位小数四舍五入为 88.67" in item.explanation


# --- disagreements ---------------------------------------------------------------------------


def test_a_spread_above_the_threshold_is_a_disagreement_with_values_and_notes():
    sheets = [sheet("m1", {"C1": "南楼未验收"}, C1=6), sheet("m2", {"C1": "面积达标"}, C1=8.5)]
    result = merge(RUBRIC, sheets)
    # spread 8.5 − 6 = 2.5 > 20 % × 10 = 2
    item = result.item("C1")
    assert (item.status, item.answer) == (Status.DISAGREEMENT, None)
    assert result.unsettled == ("C1",)
    (dis,) = result.disagreements
    assert dis.code == "C1" and not dis.settled
    assert "得分相差 2.5 分，超过允许的 2 分（满分 10 分的 20%）" in dis.reason
    assert [(v.member_name, v.answer, v.note) for v in dis.values] == [
        ("张三", D(6), "南楼未验收"), ("李四", D("8.5"), "面积达标")]
    with pytest.raises(Unsettled, match="C1"):
        result.require_settled()


def test_a_spread_equal_to_the_threshold_merges_and_the_threshold_is_a_parameter():
    # 8 − 6 = 2, not more than 2 → (6 + 8) ÷ 2 = 7
    assert on("C1", 6, 8).answer == D(7)
    # threshold 30 % → 3: 6 and 8.5 merge, (6 + 8.5) ÷ 2 = 7.25 → /0.5 = 14.5 → 15 → 7.5
    assert on("C1", 6, 8.5, threshold="0.3").answer == D("7.5")


def test_bands_disagree_when_the_scores_earned_differ():
    # 79 % earns 4 × 0.5 = 2, 81 % earns 4 × 0.8 = 3.2: spread 1.2 > 20 % × 4 = 0.8
    item = on("C2", 79, 81)
    assert item.status is Status.DISAGREEMENT
    # 60 % and 79 % both earn 2: no disagreement; (60 + 79) ÷ 2 = 69.5
    assert on("C2", 60, 79).answer == D("69.5")


def test_different_pass_fail_verdicts_are_a_disagreement():
    item = on("C4", True, False, True)
    assert item.status is Status.DISAGREEMENT
    assert "达标判定不一：张三 达标、李四 不达标、王五 达标" in item.explanation
    assert on("C4", False, False).answer is False


def test_a_veto_reported_by_anyone_is_never_dropped():
    item = on("V1", False, True, False)
    assert (item.status, item.answer) == (Status.DISAGREEMENT, None)
    assert "李四 发生" in item.explanation
    # reported by all: the veto holds, and the grade cannot pass
    result = merge(RUBRIC, [sheet("m1", V1=True), sheet("m2", V1=True)])
    assert result.answers["V1"] is True
    assert score(RUBRIC, result.answers).veto == ["V1"]
    assert on("V1", False, False).answer is False


def test_deduction_lists_agree_as_sets_of_shortfalls():
    # the same shortfalls in another order agree; merged in the rubric's order
    item = on("C3", ["room", "science", "room"], ["science", "room", "room"])
    assert (item.method, item.answer) == (Method.AGREEMENT, ("science", "room", "room"))
    assert on("C3", ["room"], ["room", "room"]).status is Status.DISAGREEMENT
    assert on("C3", [], ["music"]).status is Status.DISAGREEMENT


def test_levels_and_texts_must_agree():
    assert on("C6", "良", "良").answer == "良"
    assert "评定等级不一" in on("C6", "良", "优").explanation
    assert on("C7", "特色鲜明", "特色鲜明 ").answer == "特色鲜明"  # texts are trimmed
    assert on("C7", "特色鲜明", "有特色").status is Status.DISAGREEMENT


def test_not_applicable_all_or_disagreement():
    assert on("C1", "NA", "NA").answer is NA
    item = on("C1", "NA", 8)
    assert item.status is Status.DISAGREEMENT
    assert "是否适用意见不一" in item.explanation


def test_members_who_did_not_answer_are_skipped():
    result = merge(RUBRIC, [sheet("m1", C1=8), sheet("m2", C1=9), sheet("m3", C4=True)])
    # C1: only m1 and m2: (8 + 9) ÷ 2 = 8.5
    assert (result.item("C1").answer, result.item("C1").used) == (D("8.5"), ("m1", "m2"))
    assert result.item("C4").explanation == "仅王五作答：达标"
    assert result.item("C5").status is Status.UNANSWERED
    assert "C5" in result.unanswered and "C5" not in result.unsettled


# --- owner, lead, settlements ----------------------------------------------------------------


def test_split_by_area_takes_the_owners_answers():
    sheets = [sheet("m1", C1=8, C4=True, V1=False),
              sheet("m2", C5=9, C6="优", V1=False),
              sheet("m3", C1=3, C4=False, C5=6, V1=False)]
    result = merge(RUBRIC, sheets, Policy.OWNER, ownership={"A2": "m2", "A1": "m1"})
    c1 = result.item("C1")
    assert (c1.method, c1.answer, c1.used, c1.ignored) == (Method.OWNER, D(8), ("m1",), ("m3",))
    assert c1.explanation == "按分工由 A1 负责人张三评定：8；未采用 王五 3"
    assert result.item("C4").answer is True  # 王五's 不达标 is ignored, not a disagreement
    assert result.item("C5").answer == D(9)
    assert result.disagreements == ()
    # vetoes are outside the areas: the whole team answers them
    assert result.item("V1").explanation == "不在分工范围内，由全组合并：全组 3 人一致：未发生"
    assert result.ownership == {"A1": "m1", "A2": "m2"}


def test_split_by_area_when_the_owner_did_not_answer_and_a_veto_differs():
    sheets = [sheet("m1", C1=8, V1=False), sheet("m2", C5=9, V1=True),
              sheet("m3", C2=90)]
    result = merge(RUBRIC, sheets, Policy.OWNER, ownership={"A1": "m1"})
    c2 = result.item("C2")
    assert (c2.status, c2.answer, c2.ignored) == (Status.UNANSWERED, None, ("m3",))
    assert "尚未作答；未采用 王五 达成 90%" in c2.explanation
    assert result.item("C5").answer == D(9)  # A2 has no owner: merged by the team
    assert result.item("V1").status is Status.DISAGREEMENT
    assert result.unsettled == ("V1",)


def test_ownership_is_checked():
    sheets = [sheet("m1", C1=8), sheet("m2", C1=8)]
    with pytest.raises(TeamError, match="B1 is not a top-level area"):
        merge(RUBRIC, sheets, Policy.OWNER, ownership={"B1": "m1"})
    with pytest.raises(TeamError, match="m9, has no scoresheet"):
        merge(RUBRIC, sheets, Policy.OWNER, ownership={"A1": "m9"})
    with pytest.raises(TeamError, match="needs the areas' owners"):
        merge(RUBRIC, sheets, Policy.OWNER)
    with pytest.raises(TeamError, match="applies to the policy 'owner'"):
        merge(RUBRIC, sheets, Policy.MEAN, ownership={"A1": "m1"})


def test_a_settlement_clears_a_disagreement():
    sheets = [sheet("m1", C1=6, C4=True), sheet("m2", C1=8.5, C4=True)]
    result = merge(RUBRIC, sheets, settlements={"C1": (7, "南楼已于九月验收，按 7 分计")})
    item = result.item("C1")
    assert (item.status, item.method, item.answer) == (Status.SETTLED, Method.LEAD, D(7))
    assert item.explanation.endswith("组长裁定：7（理由：南楼已于九月验收，按 7 分计）")
    assert result.unsettled == ()
    (dis,) = result.disagreements  # still reported, marked settled
    assert dis.settled and dis.settlement.reason.startswith("南楼")
    result.require_settled()


def test_settlements_are_checked():
    sheets = [sheet("m1", C1=6)]
    with pytest.raises(TeamError, match="settlement of C1: C1: score 11 is out of range"):
        merge(RUBRIC, sheets, settlements={"C1": (11, "超出")})
    with pytest.raises(TeamError, match="must give a reason"):
        merge(RUBRIC, sheets, settlements={"C1": (7, " ")})
    with pytest.raises(TeamError, match="no such item"):
        merge(RUBRIC, sheets, settlements={"X9": (7, "无此项")})


def test_policy_lead_needs_a_settlement_for_every_answered_item():
    sheets = [sheet("m1", C1=8, C4=True), sheet("m2", C1=8, C4=False)]
    result = merge(RUBRIC, sheets, Policy.LEAD)
    assert result.unsettled == ("C1", "C4")
    assert result.answers == {}
    assert [d.code for d in result.disagreements] == ["C4"]  # shown to the lead
    result = merge(RUBRIC, sheets, "lead",
                   settlements={"C1": (8, "同意"), "C4": (False, "消防通道堵塞")})
    assert result.unsettled == ()
    assert result.answers == {"C1": D(8), "C4": False}


# --- inputs, order, the whole evaluation -----------------------------------------------------


def test_each_member_appears_once():
    one = sheet("m1", C1=8)
    with pytest.raises(TeamError, match="member m1 has more than one scoresheet"):
        merge(RUBRIC, [one, sheet("m2", C1=9), one])
    with pytest.raises(TeamError, match="member m2: C1: score 10.5 is out of range"):
        merge(RUBRIC, [one, sheet("m2", C1=10.5)])
    with pytest.raises(TeamError, match="no scoresheets"):
        merge(RUBRIC, [])


def test_policy_and_parameters_are_checked():
    sheets = [sheet("m1", C1=8)]
    with pytest.raises(TeamError, match="unknown policy 'average'"):
        merge(RUBRIC, sheets, "average")
    with pytest.raises(TeamError, match="threshold must be a fraction"):
        merge(RUBRIC, sheets, threshold=-0.1)
    with pytest.raises(TeamError, match="trim_min must be a whole number ≥ 3"):
        merge(RUBRIC, sheets, Policy.TRIMMED_MEAN, trim_min=2)


TEAM = [  # five members, every item; C4 and C7 disagree
    sheet("m1", {"C4": "消防通道畅通"}, P1=True, V1=False, C1=7, C2=80,
          C3=["room", "science"], C4=True, C5=6, C6="良", C7="特色鲜明"),
    sheet("m2", P1=True, V1=False, C1=8, C2=85, C3=["science", "room"], C4=True, C5=7,
          C6="良", C7="特色鲜明"),
    sheet("m3", P1=True, V1=False, C1=8.5, C2=90, C3=["science", "room"], C4=True, C5=7,
          C6="良", C7="有特色"),
    sheet("m4", P1=True, V1=False, C1=9, C2=95, C3=["room", "science"], C4=True, C5=8,
          C6="良", C7="特色鲜明"),
    sheet("m5", {"C4": "灭火器过期"}, P1=True, V1=False, C1=10, C2=100,
          C3=["science", "room"], C4=False, C5=8, C6="良", C7="特色鲜明"),
]
SETTLED = {"C4": (True, "灭火器已当场更换"), "C7": ("办学特色鲜明", "组长统稿")}


def test_the_order_of_the_sheets_does_not_matter():
    expected = json.dumps(merge_to_json(merge(RUBRIC, TEAM, Policy.TRIMMED_MEAN,
                                              settlements=SETTLED)), ensure_ascii=False)
    for order in itertools.permutations(TEAM):
        result = merge(RUBRIC, order, Policy.TRIMMED_MEAN, settlements=dict(reversed(SETTLED.items())))
        assert json.dumps(merge_to_json(result), ensure_ascii=False) == expected


def test_a_team_evaluation_end_to_end():
    result = merge(RUBRIC, TEAM, Policy.TRIMMED_MEAN)
    assert result.unsettled == ("C4", "C7")  # 4 × 达标 vs 1 × 不达标; two different texts
    c4 = next(d for d in result.disagreements if d.code == "C4")
    assert [v.note for v in c4.values] == ["消防通道畅通", "", "", "", "灭火器过期"]

    result = merge(RUBRIC, TEAM, Policy.TRIMMED_MEAN, settlements=SETTLED)
    result.require_settled()
    assert result.answers == {
        "P1": True, "V1": False,
        "C1": D("8.5"),  # drop 7 and 10: (8 + 8.5 + 9) ÷ 3 = 8.5
        "C2": D(90),  # drop 80 and 100: (85 + 90 + 95) ÷ 3 = 90 (each earns 3.2)
        "C3": ("science", "room"),  # all five the same shortfalls
        "C4": True,  # settled
        "C5": D(7),  # drop 6 and m5's 8: (7 + 7 + 8) ÷ 3 ≈ 7.33 → 7
        "C6": "良",
        "C7": "办学特色鲜明",  # settled
    }
    scored = score(RUBRIC, result.answers)
    # A1: 8.5 + 4 × 0.8 + (6 − 2 − 1) + 5 = 8.5 + 3.2 + 3 + 5 = 19.7
    # A2: 7 + 10 × 0.8 = 15; total 34.7 of 45 (77.11 %) → 合格 (≥ 30)
    assert scored.total == D("34.7")
    assert scored.percent == D("77.11")
    assert scored.grade == "合格" and scored.complete


def test_the_json_form_recomputes():
    result = merge(RUBRIC, TEAM, Policy.TRIMMED_MEAN, settlements=SETTLED)
    data = roundtrip(result)
    assert data["answers"]["C1"] == 8.5 and data["answers"]["C3"] == ["science", "room"]
    assert data["unsettled"] == [] and data["policy"] == "trimmed_mean"
    assert data["settlements"]["C4"] == {"answer": True, "reason": "灭火器已当场更换"}
    assert roundtrip(recompute(RUBRIC, data)) == data
    assert verify(RUBRIC, data) == []
    # exact decimals from the bureau's decoder recompute the same way
    text = json.dumps(merge_to_json(result), ensure_ascii=False)
    assert verify(RUBRIC, loads_answers_json(text)) == []
    # a tampered record is caught where it differs
    data["answers"]["C1"] = 9
    data["items"][2]["answer"] = 9
    assert verify(RUBRIC, data) == ["answers", "items:C1"]


def test_the_json_form_keeps_na_and_owners():
    sheets = [sheet("m1", C1="NA"), sheet("m2", C1=8)]
    result = merge(RUBRIC, sheets, Policy.OWNER, ownership={"A1": "m1"})
    data = roundtrip(result)
    assert data["answers"] == {"C1": "NA"}
    assert data["ownership"] == {"A1": "m1"}
    assert data["members"][0]["answers"] == {"C1": "NA"}
    assert verify(RUBRIC, data) == []
