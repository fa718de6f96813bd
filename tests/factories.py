"""Test data builders shared by tests and benchmarks."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"
SAMPLE_RUBRIC = DATA / "rubrics" / "sample.yaml"


def synthetic_rubric_yaml(leaves: int = 300, *, areas: int = 6, groups_per_area: int = 5,
                          rubric_id: str = "synthetic") -> str:
    """A valid rubric with ``leaves`` leaves cycling through every scoring mode.

    Leaves are spread over ``areas`` × ``groups_per_area`` groups; every leaf is worth 2
    points except descriptive ones, so the maximum is predictable.
    """
    modes = ["points", "deduction", "coefficient", "bands", "pass_fail", "points"]
    lines = [
        "format: 1", f"id: {rubric_id}", "title: 合成测试标准", "family: other",
        "school_types: [primary, junior, kindergarten, nine_year, high]", 'version: "1"',
        "scoring:", "  step: 0.5", "  not_applicable: full_marks",
        "  levels: {优: 1.0, 良: 0.8, 合格: 0.6, 不合格: 0.3}",
        "  bands:", "    - {min: 100, fraction: 1}", "    - {min: 80, fraction: 0.8}",
        "    - {min: 0, fraction: 0}",
        "vetoes:", "  - {code: V1, title: 重大安全事故}",
        "prerequisites:", "  - {code: P1, title: 办学许可}",
        "indicators:",
    ]
    groups = areas * groups_per_area
    per_group = [leaves // groups + (1 if i < leaves % groups else 0) for i in range(groups)]
    n = 0
    for a in range(areas):
        lines += [f"  - code: A{a + 1}", f"    title: 一级指标{a + 1}", "    children:"]
        for g in range(groups_per_area):
            gi = a * groups_per_area + g
            lines += [f"      - code: B{gi + 1}", f"        title: 二级指标{gi + 1}",
                      "        children:"]
            for _ in range(per_group[gi]):
                n += 1
                mode = modes[n % len(modes)]
                lines += [f"          - code: C{n}", f"            title: 评估要点{n}",
                          "            points: 2", f"            mode: {mode}",
                          "            na: true"]
                if mode == "deduction":
                    lines += ["            deductions:",
                              "              - {key: a, text: 缺项一, points: 1}",
                              "              - {key: b, text: 缺项二, points: 1.5}"]
    lines += ["bonus:", "  cap: 3", "  items:", "    - {code: J1, title: 特色, points: 2, "
              "mode: points}", "grades:", "  - {name: 优秀, passed: true, min_percent: 90}",
              "  - {name: 合格, passed: true, min_percent: 60}",
              "  - {name: 不合格, passed: false}"]
    return "\n".join(lines) + "\n"


def full_answers(rubric) -> dict:
    """A plausible answer (as JSON would give it) for every answerable item."""
    from inspector.rubrics import Mode

    answers: dict = {}
    for code in rubric.answerable_codes():
        if rubric.is_prerequisite(code):
            answers[code] = True
            continue
        if rubric.is_veto(code):
            answers[code] = False
            continue
        leaf = rubric.find(code)
        answers[code] = {
            Mode.POINTS: lambda lf: lf.points,
            Mode.DEDUCTION: lambda lf: [lf.deductions[0].key],
            Mode.COEFFICIENT: lambda lf: rubric.levels_of(lf)[1].name,
            Mode.BANDS: lambda lf: 85,
            Mode.PASS_FAIL: lambda lf: True,
            Mode.DESCRIPTIVE: lambda lf: "情况良好",
        }[leaf.mode](leaf)
    return answers
