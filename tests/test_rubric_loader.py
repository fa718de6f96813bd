"""The rubric loader: malformed files are refused with a RubricError that names the exact line
and node code of every problem — never with another exception — and good rubrics survive every
round trip (YAML, the stored JSON form, the Excel template) with the same content hash.

Malformed variants are made by editing the text of tests/data/rubrics/sample.yaml, and the
expected line numbers are found in the edited text (``node_line``/``key_line``), so the tests
state exactly where each problem must be reported.

Each test names the behaviour it pins down; comments show the hand arithmetic.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from inspector.cli.rubric_cmd import _check_one
from inspector.rubrics import (
    Catalog,
    Problem,
    RubricError,
    load_rubric,
    rubric_from_json,
    rubric_from_text,
    rubric_to_json,
    rubric_to_yaml,
)
from inspector.rubrics.canonical import to_document
from inspector.rubrics.xlsx import ITEM_COLUMNS, export_xlsx, import_xlsx

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PATH = ROOT / "tests" / "data" / "rubrics" / "sample.yaml"
SAMPLE = SAMPLE_PATH.read_text(encoding="utf-8")
BUNDLED = sorted((ROOT / "rubrics").glob("*.yaml"))

# One line of `rubric check` output: FILE:LINE: CODE: message  (CODE is '-' when no node)
CHECK_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<code>\S+): (?P<message>.+)$")
CHECK_PREFIX = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<code>\S+): ")


# --- helpers: editing the sample -----------------------------------------------------------


def edit(text: str, old: str, new: str, count: int = 1) -> str:
    """Replace ``old`` (which must occur exactly ``count`` times) by ``new``."""
    found = text.count(old)
    assert found == count, f"{old!r} occurs {found} times in the text, expected {count}"
    return text.replace(old, new)


def sample_with(*edits: tuple[str, str]) -> str:
    text = SAMPLE
    for old, new in edits:
        text = edit(text, old, new)
    return text


def line_of(text: str, needle: str, start: int = 1) -> int:
    """The 1-based number of the first line at or after ``start`` that contains ``needle``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if number >= start and needle in line:
            return number
    raise AssertionError(f"{needle!r} not found after line {start}")


def node_line(text: str, code: str, nth: int = 1) -> int:
    """The line of the ``nth`` entry whose ``code`` is ``code`` (``- code: X`` or ``code: X``)."""
    matches = [n for n, line in enumerate(text.splitlines(), start=1)
               if re.fullmatch(rf"\s*(- )?code: {re.escape(code)}\s*", line)]
    assert len(matches) >= nth, f"code {code} occurs {len(matches)} times"
    return matches[nth - 1]


def key_line(text: str, code: str, key: str, nth: int = 1) -> int:
    """The line of ``key:`` in the (``nth``) entry whose code is ``code``."""
    return line_of(text, f"{key}:", start=node_line(text, code, nth))


def grade_line(text: str, name: str) -> int:
    return line_of(text, f"- name: {name}")


# --- helpers: loading and asserting problems -----------------------------------------------


def load_problems(tmp_path: Path, content: str | bytes, name: str = "rubric.yaml") -> list[Problem]:
    """Load ``content`` as a rubric file; it must be refused with a RubricError."""
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    try:
        load_rubric(path)
    except RubricError as exc:
        assert exc.problems, "a RubricError must carry at least one problem"
        assert exc.path == str(path)
        assert str(exc) == "\n".join(exc.lines())
        return exc.problems
    except Exception as exc:  # noqa: BLE001 - this is exactly what must never happen
        pytest.fail(f"load_rubric raised {type(exc).__name__} instead of RubricError: {exc!r}")
    pytest.fail("the malformed rubric was accepted")


def show(problems: list[Problem]) -> str:
    return "\n".join(p.format("rubric.yaml") for p in problems)


def find_problem(problems: list[Problem], line: int, code: str | None, *fragments: str) -> Problem:
    """The problem reported at ``line`` for node ``code`` whose message has every fragment."""
    for p in problems:
        if p.line == line and p.code == code and all(f in p.message for f in fragments):
            return p
    pytest.fail(f"expected a problem at line {line} for {code or '-'} mentioning {fragments}; "
                f"got:\n{show(problems)}")


def only_problem(problems: list[Problem], line: int, code: str | None, *fragments: str) -> Problem:
    assert len(problems) == 1, f"expected exactly one problem, got:\n{show(problems)}"
    return find_problem(problems, line, code, *fragments)


def load_ok(tmp_path: Path, text: str, name: str = "rubric.yaml"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return load_rubric(path)


# --- helpers: the command line --------------------------------------------------------------


def run_cli(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """Run ``python main.py ARGS`` in the project folder, with a private data folder."""
    environ = {k: v for k, v in os.environ.items() if k != "INSPECTOR_RUBRICS"}
    environ.update({"INSPECTOR_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "utf-8", **env})
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=environ,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)


# === the file itself: empty, binary, wrong encoding ========================================


def test_the_sample_rubric_is_valid(tmp_path):
    rubric = load_ok(tmp_path, SAMPLE)
    assert rubric.id == "test-sample"
    assert rubric.content_hash.startswith("sha256:")


def test_empty_file(tmp_path):
    only_problem(load_problems(tmp_path, b""), 1, None, "empty")


def test_whitespace_only_file(tmp_path):
    only_problem(load_problems(tmp_path, b"  \n\n\t \r\n   \n"), 1, None, "empty")


def test_random_bytes(tmp_path):
    data = random.Random(1234).randbytes(500)
    try:
        data.decode("utf-8")
        pytest.fail("the seed should give bytes that are not UTF-8")
    except UnicodeDecodeError as exc:
        expected_line = data[: exc.start].count(b"\n") + 1
    only_problem(load_problems(tmp_path, data), expected_line, None, "not UTF-8")


def test_binary_bytes_after_valid_lines(tmp_path):
    data = b"format: 1\nid: x\n\xff\xfe\xfa garbage\n"
    only_problem(load_problems(tmp_path, data), 3, None, "not UTF-8", "0xff")


def test_nul_byte_inserted_into_a_valid_file(tmp_path):
    data = SAMPLE.encode("utf-8")
    at = data.index(b"code: C3")
    problems = load_problems(tmp_path, data[:at] + b"\x00" + data[at:])
    only_problem(problems, node_line(SAMPLE, "C3"), None, "NUL")


def test_gbk_encoded_chinese(tmp_path):
    # The first non-ASCII text of the sample is its title (测试用评估标准).
    problems = load_problems(tmp_path, SAMPLE.encode("gbk"))
    only_problem(problems, line_of(SAMPLE, "title: 测试用评估标准"), None, "not UTF-8", "UTF-8")


# === invalid YAML ===========================================================================


def test_bad_indentation(tmp_path):
    text = sample_with(("    title: 办学条件", "      title: 办学条件"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, line_of(text, "title: 办学条件"), None, "invalid YAML")


def test_unclosed_bracket(tmp_path):
    text = sample_with(("school_types: [primary, junior]", "school_types: [primary, junior"))
    problems = load_problems(tmp_path, text)
    # PyYAML notices the missing ']' where the next key starts, one line below the bracket.
    only_problem(problems, line_of(text, "school_types:") + 1, None, "invalid YAML", "']'")


def test_tab_indentation(tmp_path):
    text = sample_with(("            points: 4\n", "\t\t\tpoints: 4\n"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, line_of(text, "\t\t\tpoints: 4"), None, "invalid YAML", "tab")


@pytest.mark.parametrize("text, what", [
    ("- id: x\n- title: y\n", "a list"),
    ("just some words\n", "'just some words'"),
    ("42\n", "'42'"),
], ids=["list", "text", "number"])
def test_top_level_must_be_a_mapping(tmp_path, text, what):
    only_problem(load_problems(tmp_path, text), 1, None, "must be a mapping", what)


# === wrong types ============================================================================


def test_points_not_a_number(tmp_path):
    text = sample_with(("            points: 4\n", '            points: "abc"\n'))
    problems = load_problems(tmp_path, text)
    only_problem(problems, key_line(text, "C1", "points"), "C1",
                 "'points' must be a number", "'abc'")


def test_key_not_a_boolean(tmp_path):
    text = sample_with(("            requires: [photo]\n            key: true",
                        '            requires: [photo]\n            key: "yes"'))
    problems = load_problems(tmp_path, text)
    only_problem(problems, key_line(text, "C1", "key"), "C1", "'key' must be true or false")


def test_children_a_mapping(tmp_path):
    # A2's children become {only: [B2 …]}: a mapping, not a list.
    text = sample_with(("    children:\n      - code: B2",
                        "    children:\n      only:\n      - code: B2"))
    problems = load_problems(tmp_path, text)
    find_problem(problems, key_line(text, "A2", "children"), "A2",
                 "'children' must be a list, not a mapping")


# === duplicates =============================================================================


def test_duplicate_key_in_a_mapping(tmp_path):
    text = sample_with(("            points: 4\n", "            points: 4\n            points: 5\n"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, line_of(text, "points: 5"), None, "'points' appears twice")


def test_duplicate_code_reported_at_the_second_occurrence(tmp_path):
    text = sample_with(("code: C4", "code: C2"))
    problems = load_problems(tmp_path, text)
    first, second = node_line(text, "C2", 1), node_line(text, "C2", 2)
    only_problem(problems, second, "C2", "used twice", f"first on line {first}")


def test_duplicate_code_between_a_prerequisite_and_a_later_indicator(tmp_path):
    # Regression (fixed; inspector/rubrics/build.py, _check_codes): the prerequisite P1 is renamed C1; it is
    # on line 25, before the indicator C1 on line 39. Expected: the problem at line 39 (the
    # second occurrence) saying "first on line 25". Actual: reported at line 25 saying
    # "first on line 39", because prerequisites and vetoes are checked after the indicator
    # tree instead of in document order.
    text = sample_with(("  - code: P1", "  - code: C1"))
    problems = load_problems(tmp_path, text)
    first, second = node_line(text, "C1", 1), node_line(text, "C1", 2)
    only_problem(problems, second, "C1", "used twice", f"first on line {first}")


def test_duplicate_deduction_keys(tmp_path):
    text = sample_with(("{key: music,", "{key: science,"))
    second = line_of(text, "{key: science", start=line_of(text, "{key: science") + 1)
    problems = load_problems(tmp_path, text)
    only_problem(problems, second, "C2", "deduction key 'science' appears twice")


# === points that must add up ================================================================


def test_group_points_that_do_not_add_up(tmp_path):
    text = sample_with(("            points: 4\n", "            points: 3\n"))
    problems = load_problems(tmp_path, text)
    find_problem(problems, key_line(text, "B1", "points"), "B1",
                 "points 20 declared", "add up to 19", "(3 + 6 + 5 + 5)")


def test_declared_rubric_points_that_do_not_match(tmp_path):
    text = sample_with(("points: 40\n", "points: 50\n"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, line_of(text, "points: 50"), None, "worth 50", "add up to 40")


@pytest.mark.parametrize("case", ["group sum", "children mapping", "indicators missing"])
def test_one_mistake_is_reported_once(tmp_path, case):
    # Regression (fixed; inspector/rubrics/build.py, _Builder.group / _Builder.rubric): a single mistake
    # cascades into extra, misleading problems about lines that are correct as written.
    # * C1 points 4 → 3: besides B1 ("add up to 19"), A1 is reported ("points 20 declared,
    #   but the children add up to 19 (19)" — yet its child B1 declares 20) and the rubric's
    #   'points: 40' too ("areas add up to 39"): 3 problems for 1 mistake.
    # * A2's children written as a mapping: also "'children' is empty" and "points 20
    #   declared, but the children add up to 0 ()" and the rubric's points: 4 problems.
    # * 'indicators' missing: also "'points' says the rubric is worth 40, but its areas add up
    #   to 0": 2 problems.
    # Expected: one problem each (a group's sum should use its children's declared points, and
    # a section that failed to read should not be checked for sums).
    if case == "group sum":
        text = sample_with(("            points: 4\n", "            points: 3\n"))
        line, code, fragment = key_line(text, "B1", "points"), "B1", "add up to 19"
    elif case == "children mapping":
        text = sample_with(("    children:\n      - code: B2",
                            "    children:\n      only:\n      - code: B2"))
        line, code, fragment = key_line(text, "A2", "children"), "A2", "must be a list"
    else:
        text = SAMPLE[: SAMPLE.index("indicators:")] + SAMPLE[SAMPLE.index("bonus:"):]
        line, code, fragment = line_of(text, "format: 1"), None, "'indicators' is required"
    only_problem(load_problems(tmp_path, text), line, code, fragment)


# === unknown values and fields ==============================================================


def test_unknown_mode(tmp_path):
    text = sample_with(("            mode: pass_fail\n", "            mode: passfail\n"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, key_line(text, "C4", "mode"), "C4",
                 "'mode' is 'passfail'", "pass_fail", "descriptive")


def test_unknown_field_suggests_the_right_one(tmp_path):
    text = sample_with(("            guidance: 非寄宿制", "            guidence: 非寄宿制"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, key_line(text, "C3", "guidence"), "C3",
                 "unknown field 'guidence'", "did you mean 'guidance'?")


def test_unknown_top_level_field_suggests_the_right_one(tmp_path):
    text = sample_with(("document_number:", "document_numbr:"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, line_of(text, "document_numbr:"), None,
                 "did you mean 'document_number'?")


# === required fields ========================================================================


@pytest.mark.parametrize("line", [
    "id: test-sample\n", "title: 测试用评估标准\n", 'version: "1.0"\n',
    "family: standardized_school\n", "school_types: [primary, junior]\n",
], ids=["id", "title", "version", "family", "school_types"])
def test_missing_required_metadata(tmp_path, line):
    field_name = line.split(":")[0]
    text = sample_with((line, ""))
    problems = load_problems(tmp_path, text)
    # reported on the first line of the rubric mapping (line 1 is a comment)
    only_problem(problems, line_of(text, "format: 1"), None, f"'{field_name}' is required")


def test_missing_indicators(tmp_path):
    text = SAMPLE[: SAMPLE.index("indicators:")] + SAMPLE[SAMPLE.index("bonus:"):]
    problems = load_problems(tmp_path, text)
    find_problem(problems, line_of(text, "format: 1"), None, "'indicators' is required")


def test_missing_grades(tmp_path):
    text = SAMPLE[: SAMPLE.index("grades:")]
    problems = load_problems(tmp_path, text)
    only_problem(problems, line_of(text, "format: 1"), None, "'grades' is required")


# === depth of the indicator tree ============================================================

A2_SUBTREE = SAMPLE[SAMPLE.index("  - code: A2"): SAMPLE.index("bonus:")]
C4_LEAF = """\
          - code: C4
            title: 校园安全设施
            points: 5
            mode: pass_fail
"""


def test_leaf_at_level_one_is_too_shallow(tmp_path):
    text = sample_with((A2_SUBTREE, "  - code: A2\n    title: 教育教学\n    points: 20\n"
                                    "    mode: points\n    step: 1\n"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, node_line(text, "A2"), "A2", "needs 'children'", "2 to 4 levels")


def test_four_levels_are_allowed(tmp_path):
    text = sample_with((C4_LEAF, C4_LEAF.replace("mode: pass_fail", "children:") +
                        "              - {code: D1, title: 第四级, points: 5, mode: pass_fail}\n"))
    rubric = load_ok(tmp_path, text)
    assert rubric.find("D1").points == 5


def test_five_levels_are_too_deep(tmp_path):
    text = sample_with((C4_LEAF, C4_LEAF.replace("mode: pass_fail", "children:") + """\
              - code: D1
                title: 第四级
                points: 5
                children:
                  - {code: E1, title: 第五级, points: 5, mode: pass_fail}
"""))
    problems = load_problems(tmp_path, text)
    only_problem(problems, key_line(text, "D1", "children"), "D1", "too deep", "at most 4")


# === scoring modes ==========================================================================

C2_DEDUCTIONS = """\
            deductions:
              - {key: science, text: 缺科学实验室, points: 2}
              - {key: music, text: 缺音乐教室, points: 2}
              - {key: art, text: 缺美术教室, points: 3}
              - {key: room, text: 每缺一间其他专用教室, points: 1, repeatable: true}
"""


def test_deduction_mode_without_deductions(tmp_path):
    text = sample_with((C2_DEDUCTIONS, ""))
    problems = load_problems(tmp_path, text)
    only_problem(problems, node_line(text, "C2"), "C2", "needs 'deductions'")


def test_deduction_mode_with_an_empty_checklist(tmp_path):
    text = sample_with((C2_DEDUCTIONS, "            deductions: []\n"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, key_line(text, "C2", "deductions"), "C2", "'deductions' is empty")


def test_coefficient_mode_without_levels_anywhere(tmp_path):
    text = sample_with(("  levels: {优: 1.0, 良: 0.8, 合格: 0.6, 不合格: 0.2}\n", ""))
    problems = load_problems(tmp_path, text)
    only_problem(problems, node_line(text, "C5"), "C5", "needs 'levels'")


def test_bands_not_descending(tmp_path):
    text = sample_with(("{min: 80, fraction: 0.8}", "{min: 50, fraction: 0.8}"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, line_of(text, "  bands:"), None, "highest 'min' to the lowest")


def test_last_band_not_zero(tmp_path):
    text = sample_with(("{min: 0, fraction: 0}", "{min: 10, fraction: 0}"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, line_of(text, "  bands:"), None, "last band must have 'min: 0'")


def test_band_fraction_above_one(tmp_path):
    text = sample_with(("{min: 100, fraction: 1}", "{min: 100, fraction: 1.5}"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, line_of(text, "fraction: 1.5"), None, "fraction 1.5 is above 1")


def test_points_not_a_multiple_of_the_items_step(tmp_path):
    text = sample_with(("            step: 1\n", "            step: 3\n"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, node_line(text, "C6"), "C6",
                 "points 10 is not a multiple of the step 3")


def test_points_not_a_multiple_of_the_default_step(tmp_path):
    text = sample_with(("      points: 2\n      mode: points", "      points: 2.25\n      mode: points"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, node_line(text, "J2"), "J2",
                 "points 2.25 is not a multiple of the step 0.5")


def test_descriptive_item_with_points(tmp_path):
    text = sample_with(("            mode: descriptive\n",
                        "            mode: descriptive\n            points: 3\n"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, key_line(text, "C7", "points"), "C7", "carries no points")


# === grade rules ============================================================================
# The sample's maximum is 40 + bonus cap 3 = 43, i.e. 107.5 %.


def test_min_total_above_what_can_be_scored(tmp_path):
    text = sample_with(("min_total: 28", "min_total: 44"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, grade_line(text, "合格"), None, "total of 44", "at most 43")


def test_min_total_equal_to_max_plus_bonus_cap_is_allowed(tmp_path):
    load_ok(tmp_path, sample_with(("min_total: 28", "min_total: 43")))


def test_min_percent_above_what_can_be_scored(tmp_path):
    text = sample_with(("min_percent: 90", "min_percent: 108"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, grade_line(text, "优秀"), None, "108%", "at most 107.5%")


def test_min_area_percent_above_100(tmp_path):
    text = sample_with(("min_area_percent: 80", "min_area_percent: 101"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, grade_line(text, "优秀"), None, "'min_area_percent' 101 is above 100")


def test_areas_naming_a_code_that_is_not_an_area(tmp_path):
    text = sample_with(("min_area_percent: 80", "min_area_percent: 80\n    areas: [A1, B1]"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, grade_line(text, "优秀"), None, "area 'B1'", "not a top-level")


def test_key_items_min_percent_without_key_items(tmp_path):
    text = edit(SAMPLE, "            key: true\n", "", count=2)
    text = edit(text, "min_total: 28", "min_total: 28\n    key_items_min_percent: 60")
    problems = load_problems(tmp_path, text)
    only_problem(problems, grade_line(text, "合格"), None, "key_items_min_percent", "key (★)")


def test_grade_after_an_unconditional_grade_is_unreachable(tmp_path):
    text = sample_with(("    passed: true\n    min_total: 28\n",
                        "    passed: true\n  - name: 良好\n    passed: true\n    min_total: 28\n"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, grade_line(text, "良好"), None,
                 "'良好' can never be reached", "'合格' before it has no condition")


def test_last_grade_must_be_a_fallback(tmp_path):
    text = sample_with(("    passed: false\n", "    passed: false\n    min_total: 1\n"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, grade_line(text, "不合格"), None, "last grade ('不合格')",
                 "no condition")


def test_no_passing_grade(tmp_path):
    text = edit(SAMPLE, "passed: true", "passed: false", count=2)
    problems = load_problems(tmp_path, text)
    only_problem(problems, grade_line(text, "优秀"), None, "no grade has 'passed: true'")


# === numbers that are not numbers ===========================================================


@pytest.mark.parametrize("value", [".nan", ".NaN", ".inf", "-.inf", ".Inf"])
def test_nan_and_infinity_as_yaml_floats(tmp_path, value):
    text = sample_with(("            points: 4\n", f"            points: {value}\n"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, key_line(text, "C1", "points"), None, "not a finite number")


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-inf"])
def test_nan_and_infinity_as_text(tmp_path, value):
    text = sample_with(("            points: 4\n", f"            points: {value}\n"))
    problems = load_problems(tmp_path, text)
    only_problem(problems, key_line(text, "C1", "points"), "C1", "'points' must be a number")


@pytest.mark.parametrize("edits", [
    [("      points: 2\n      mode: points", "      points: 1e30\n      mode: points")],
    [("  step: 0.5\n", "  step: 1e-30\n")],
], ids=["points 1e30", "step 1e-30"])
def test_huge_or_tiny_numbers_are_refused_not_crashed(tmp_path, edits):
    # Regression (fixed; inspector/rubrics/build.py, _check_modes: `leaf.points % step`): a points item with
    # points: 1e30 (or a step of 1e-30) makes Decimal's % raise decimal.InvalidOperation
    # (DivisionImpossible: the quotient has more than 28 digits). Expected: a RubricError
    # (e.g. "not a multiple of the step") — load_rubric promises "never anything else".
    # Actual: decimal.InvalidOperation escapes load_rubric (and Catalog.discover, see below).
    load_problems(tmp_path, sample_with(*edits))


# === several problems at once ===============================================================


def test_every_problem_of_a_file_is_reported_in_one_error(tmp_path):
    text = sample_with(
        ("year: 2024", "year: 1800"),                                     # 1 implausible year
        ("notes: 仅供测试。", "note: 仅供测试。"),                             # 2 unknown field
        ("            points: 4\n", "            points: abc\n"),         # 3 C1 points
        ("            mode: pass_fail\n", "            mode: passfail\n"),  # 4 C4 mode
        ("            step: 1\n", "            step: -1\n"),              # 5 C6 negative step
        ("min_total: 28", "min_total: lots"),                             # 6 grade threshold
    )
    problems = load_problems(tmp_path, text)
    assert len(problems) == 6, show(problems)
    find_problem(problems, line_of(text, "year: 1800"), None, "'year' 1800")
    find_problem(problems, line_of(text, "note: 仅供测试"), None, "did you mean 'notes'?")
    find_problem(problems, key_line(text, "C1", "points"), "C1", "'points' must be a number")
    find_problem(problems, key_line(text, "C4", "mode"), "C4", "'passfail'")
    find_problem(problems, key_line(text, "C6", "step"), "C6", "greater than 0")
    find_problem(problems, line_of(text, "min_total: lots"), None, "'min_total' must be a number")
    assert [p.line for p in problems] == sorted(p.line for p in problems)


# === the catalog ============================================================================


def test_catalog_keeps_good_rubrics_and_the_error_of_a_broken_one(tmp_path):
    folder = tmp_path / "rubrics"
    folder.mkdir()
    (folder / "a-good.yaml").write_text(SAMPLE, encoding="utf-8")
    (folder / "b-broken.yaml").write_text(sample_with(("mode: pass_fail\n  - code: A2",
                                                       "mode: passfail\n  - code: A2")),
                                          encoding="utf-8")
    (folder / "c-good.yml").write_text(sample_with(("id: test-sample", "id: other")),
                                       encoding="utf-8")
    (folder / "notes.txt").write_text("not a rubric", encoding="utf-8")

    catalog = Catalog.discover([folder, tmp_path / "missing"])

    assert sorted(r.id for r in catalog.rubrics) == ["other", "test-sample"]
    assert len(catalog.errors) == 1
    assert catalog.errors[0].path == str(folder / "b-broken.yaml")
    assert catalog.errors[0].problems[0].code == "C4"
    assert catalog.find("test-sample").path == str(folder / "a-good.yaml")


def test_catalog_survives_a_file_that_upsets_the_validator(tmp_path):
    # Regression (fixed; inspector/rubrics/build.py, _check_modes; see test_huge_or_tiny_numbers_…): one file
    # with points: 1e30 raises decimal.InvalidOperation, which Catalog.add_file does not catch,
    # so Catalog.discover fails and hides every good rubric. Expected: 1 rubric, 1 error.
    folder = tmp_path / "rubrics"
    folder.mkdir()
    (folder / "good.yaml").write_text(SAMPLE, encoding="utf-8")
    (folder / "huge.yaml").write_text(
        sample_with(("      points: 2\n      mode: points", "      points: 1e30\n      mode: points")),
        encoding="utf-8")
    catalog = Catalog.discover([folder])
    assert [r.id for r in catalog.rubrics] == ["test-sample"]
    assert len(catalog.errors) == 1


def test_rubric_list_json_shows_good_rubrics_and_warns_about_broken_ones(tmp_path):
    folder = tmp_path / "extra"
    folder.mkdir()
    (folder / "good.yaml").write_text(sample_with(("id: test-sample", "id: listed-sample")),
                                      encoding="utf-8")
    (folder / "broken.yaml").write_text("id: x\n", encoding="utf-8")
    proc = run_cli(tmp_path, "rubric", "list", "--json", INSPECTOR_RUBRICS=str(folder))
    assert proc.returncode == 0, proc.stderr
    listed = {r["id"]: r for r in json.loads(proc.stdout)}
    assert listed["listed-sample"]["max_points"] == 40
    assert listed["listed-sample"]["leaves"] == 7
    assert f"warning: {folder / 'broken.yaml'}:1: -: 'title' is required" in proc.stderr
    assert "Traceback" not in proc.stderr


# === `rubric check` =========================================================================


def test_check_cli_reports_file_line_code_message_and_exits_1(tmp_path):
    bad_mode = tmp_path / "bad-mode.yaml"
    bad_mode.write_text(sample_with(("            mode: pass_fail\n", "            mode: x\n")),
                        encoding="utf-8")
    empty = tmp_path / "empty.yaml"
    empty.write_bytes(b"")
    good = tmp_path / "good.yaml"
    good.write_text(SAMPLE, encoding="utf-8")

    proc = run_cli(tmp_path, "rubric", "check", str(bad_mode), str(good), str(empty))

    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines == [
        f"{bad_mode}:{key_line(SAMPLE, 'C4', 'mode')}: C4: 'mode' is 'x'; expected one of: "
        "points, deduction, coefficient, bands, pass_fail, descriptive",
        f"{empty}:1: -: the file is empty",
    ]
    assert all(CHECK_LINE.match(line) for line in lines)
    assert "Traceback" not in proc.stderr


def test_check_cli_exits_0_for_valid_files(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(SAMPLE, encoding="utf-8")
    proc = run_cli(tmp_path, "rubric", "check", str(SAMPLE_PATH), str(good))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout == ""
    assert "2 rubric file(s) OK" in proc.stderr


def _mutations(count: int, seed: int = 20240901) -> list[bytes]:
    """Damaged copies of sample.yaml: truncated, bit-flipped, lines shuffled, noise, garbage."""
    rnd = random.Random(seed)
    original = SAMPLE.encode("utf-8")
    result = []
    for i in range(count):
        data = bytearray(original)
        kind = i % 5
        if kind == 0:  # truncate anywhere (possibly inside a UTF-8 sequence)
            data = data[: rnd.randrange(len(data))]
        elif kind == 1:  # flip a few bits
            for _ in range(rnd.randint(1, 8)):
                data[rnd.randrange(len(data))] ^= 1 << rnd.randrange(8)
        elif kind == 2:  # delete, duplicate or move lines
            lines = original.splitlines(keepends=True)
            for _ in range(rnd.randint(1, 4)):
                j = rnd.randrange(len(lines))
                op = rnd.randrange(3)
                if op == 0:
                    del lines[j]
                elif op == 1:
                    lines.insert(rnd.randrange(len(lines)), lines[j])
                else:
                    lines.insert(rnd.randrange(len(lines)), lines.pop(j))
            data = bytearray(b"".join(lines))
        elif kind == 3:  # insert YAML punctuation
            for _ in range(rnd.randint(1, 6)):
                data[rnd.randrange(len(data)):0] = bytes([rnd.choice(b" \t\n-:[]{}&*!|>'\"%@`,#?")])
        else:  # random bytes
            data = bytearray(rnd.randbytes(rnd.randint(1, 300)))
        result.append(bytes(data))
    return result


def test_check_never_crashes_on_200_damaged_files(tmp_path):
    accepted = 0
    for i, data in enumerate(_mutations(200)):
        path = tmp_path / f"fuzz-{i:03}.yaml"
        path.write_bytes(data)
        try:
            load_rubric(path)
            accepted += 1
        except RubricError as exc:
            assert exc.problems
        except Exception as exc:  # noqa: BLE001
            pytest.fail(f"{path.name}: {type(exc).__name__} instead of RubricError: {exc!r}")
        for problem in _check_one(str(path)):
            # (each problem starts FILE:LINE: CODE: — the single-line rule and the line range
            # have their own tests below, which fail today)
            assert CHECK_PREFIX.match(problem), f"{path.name}: malformed problem {problem!r}"
            assert "internal error" not in problem and "Traceback" not in problem
    assert accepted < 200  # the damage is real


def test_check_cli_never_prints_a_traceback_for_damaged_files(tmp_path):
    paths = []
    for i, data in enumerate(_mutations(10, seed=7)):
        path = tmp_path / f"damaged-{i}.yaml"
        path.write_bytes(data)
        paths.append(str(path))
    proc = run_cli(tmp_path, "rubric", "check", *paths)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "internal error" not in proc.stdout
    assert proc.stdout.startswith(paths[0] + ":")


def test_control_character_is_reported_on_its_line_in_one_line(tmp_path):
    # Regression (fixed; inspector/rubrics/source.py, parse_yaml): a control character (here U+0008 in C3's
    # title) makes PyYAML raise yaml.reader.ReaderError, which is not a MarkedYAMLError, so it
    # falls into the generic branch: reported at line 1 (always), and the message is str(exc),
    # which spans two lines ('… not allowed\n  in "<unicode string>", position 1029'), breaking
    # the one-problem-per-line FILE:LINE: CODE: message output of `rubric check`.
    # Expected: the line of the character (exc.position → line) and a one-line message.
    text = sample_with(("title: 学生宿舍生均面积", "title: 学生宿舍\x08生均面积"))
    problems = load_problems(tmp_path, text)
    problem = only_problem(problems, line_of(text, "学生宿舍\x08"), None, "#x0008")
    assert "\n" not in problem.message


def test_problem_at_the_end_of_a_truncated_file_is_on_its_last_line(tmp_path):
    # Regression (fixed; inspector/rubrics/source.py, parse_yaml): when YAML fails at the end of a
    # file that does not end with a newline, PyYAML's mark is one line past the end: this file
    # of 77 lines is reported at line 78. Expected: the last line (the truncated "key").
    text = SAMPLE[: SAMPLE.index("key: true", SAMPLE.index("code: C5")) + len("key")]
    problems = load_problems(tmp_path, text)
    only_problem(problems, len(text.splitlines()), None, "invalid YAML")


# === round trips keep the content hash ======================================================


def test_yaml_round_trip_keeps_the_hash():
    rubric = rubric_from_text(SAMPLE, "sample.yaml")
    written = rubric_to_yaml(rubric)
    again = rubric_from_text(written, "again.yaml")
    assert again.content_hash == rubric.content_hash
    assert to_document(again) == to_document(rubric)
    assert rubric_to_yaml(again) == written


def test_hash_ignores_comments_layout_and_key_order():
    text = sample_with(
        ("title: 测试用评估标准\n", "# 标题\ntitle:   测试用评估标准   # 注释\n"),
        ("            title: 生均用地面积达标\n            points: 4\n",
         "            points: 4\n            title: 生均用地面积达标\n"),
        ("school_types: [primary, junior]", "school_types:\n  - primary\n  - junior"),
    )
    assert (rubric_from_text(text, "a").content_hash
            == rubric_from_text(SAMPLE, "b").content_hash)


def test_hash_changes_with_content():
    changed = sample_with(("良: 0.8", "良: 0.7"))
    assert (rubric_from_text(changed, "a").content_hash
            != rubric_from_text(SAMPLE, "b").content_hash)


def test_json_round_trip_keeps_the_hash():
    rubric = rubric_from_text(SAMPLE, "sample.yaml")
    again = rubric_from_json(rubric_to_json(rubric))
    assert again.content_hash == rubric.content_hash
    assert to_document(again) == to_document(rubric)


def test_stored_json_that_is_not_json_is_a_rubric_error():
    with pytest.raises(RubricError) as info:
        rubric_from_json("{not json")
    assert "not valid JSON" in info.value.problems[0].message


def _xlsx_round_trip(rubric, tmp_path: Path):
    book = tmp_path / "book.xlsx"
    export_xlsx(rubric, book)
    return import_xlsx(book)


def test_xlsx_round_trip_keeps_the_hash_of_the_sample(tmp_path):
    rubric = load_rubric(SAMPLE_PATH)
    again = _xlsx_round_trip(rubric, tmp_path)
    assert again.content_hash == rubric.content_hash
    assert to_document(again) == to_document(rubric)


def test_xlsx_round_trip_with_not_applicable_exclude(tmp_path):
    rubric = rubric_from_text(sample_with(("full_marks", "exclude")), "x.yaml")
    assert _xlsx_round_trip(rubric, tmp_path).content_hash == rubric.content_hash


@pytest.mark.parametrize("path", BUNDLED, ids=[p.name for p in BUNDLED])
def test_bundled_rubric_is_valid_and_survives_every_round_trip(path, tmp_path):
    rubric = load_rubric(path)
    assert _xlsx_round_trip(rubric, tmp_path).content_hash == rubric.content_hash
    assert rubric_from_text(rubric_to_yaml(rubric), "y").content_hash == rubric.content_hash
    assert rubric_from_json(rubric_to_json(rubric)).content_hash == rubric.content_hash


@pytest.mark.parametrize("edits", [
    [("evidence: [实地察看, 查阅资料]", "evidence: [实地察看、查阅资料]")],
    [("text: 缺科学实验室", "text: 缺科学实验室|化学实验室")],
], ids=["evidence with 、", "deduction text with |"])
def test_xlsx_round_trip_keeps_text_containing_separators(tmp_path, edits):
    # List cells are split on commas and line breaks only (an item may contain 、), and a
    # deduction's text is everything between its first and last '|'.
    rubric = rubric_from_text(sample_with(*edits), "x.yaml")
    assert _xlsx_round_trip(rubric, tmp_path).content_hash == rubric.content_hash


def test_an_evidence_method_cannot_contain_a_comma(tmp_path):
    # Commas separate list items in the Excel template, so one method containing a comma could
    # not survive the round trip: the loader asks for separate list items instead.
    text = sample_with(("evidence: [实地察看, 查阅资料]", "evidence: [实地察看，查阅资料]"))
    only_problem(load_problems(tmp_path, text), key_line(text, "C1", "evidence"), "C1",
                 "contains a comma")


def test_export_and_import_via_the_command_line(tmp_path):
    book, out = tmp_path / "book.xlsx", tmp_path / "out.yaml"
    exported = run_cli(tmp_path, "rubric", "export-xlsx", str(SAMPLE_PATH), str(book))
    assert exported.returncode == 0, exported.stderr
    imported = run_cli(tmp_path, "rubric", "import-xlsx", str(book), str(out))
    assert imported.returncode == 0, imported.stderr
    assert load_rubric(out).content_hash == load_rubric(SAMPLE_PATH).content_hash


# === hand-edited workbooks ==================================================================

ITEM_KEYS = [key for key, _ in ITEM_COLUMNS]


def _sample_book(tmp_path: Path) -> Path:
    book = tmp_path / "book.xlsx"
    export_xlsx(load_rubric(SAMPLE_PATH), book)
    return book


def _item_row(ws, code: str) -> int:
    column = ITEM_KEYS.index("code") + 1
    for row in range(2, ws.max_row + 1):
        if ws.cell(row=row, column=column).value == code:
            return row
    raise AssertionError(f"no row for {code}")


def _meta_row(ws, field_name: str) -> int:
    for row in range(2, ws.max_row + 1):
        if ws.cell(row=row, column=1).value == field_name:
            return row
    raise AssertionError(f"no row for {field_name}")


def _set_item(book: Path, code: str, column_key: str, value) -> int:
    """Change one cell of an indicator row; return the row number."""
    wb = load_workbook(book)
    ws = wb["指标"]
    row = _item_row(ws, code)
    ws.cell(row=row, column=ITEM_KEYS.index(column_key) + 1, value=value)
    wb.save(book)
    return row


def xlsx_lines(book: Path) -> list[str]:
    try:
        import_xlsx(book)
    except RubricError as exc:
        return exc.lines()
    except Exception as exc:  # noqa: BLE001
        pytest.fail(f"import_xlsx raised {type(exc).__name__} instead of RubricError: {exc!r}")
    pytest.fail("the bad workbook was accepted")


def assert_one_line(lines: list[str], prefix: str, *fragments: str) -> None:
    assert len(lines) == 1, "\n".join(lines)
    assert lines[0].startswith(prefix), lines[0]
    assert all(f in lines[0] for f in fragments), lines[0]


def test_xlsx_level_skipped(tmp_path):
    book = _sample_book(tmp_path)
    row = _set_item(book, "C1", "level", 4)  # C1 sits under B1 (level 2): 4 skips level 3
    assert_one_line(xlsx_lines(book), f"{book}[指标]:{row}: C1: ", "层级 4", "skipped")


def test_xlsx_level_not_a_number(tmp_path):
    book = _sample_book(tmp_path)
    row = _set_item(book, "C1", "level", "三")
    assert_one_line(xlsx_lines(book), f"{book}[指标]:{row}: C1: ", "层级 must be 1, 2, 3 or 4")


def test_xlsx_unknown_section(tmp_path):
    book = _sample_book(tmp_path)
    row = _set_item(book, "C3", "section", "附加题")
    assert_one_line(xlsx_lines(book), f"{book}[指标]:{row}: C3: ", "类别 '附加题' is unknown")


def test_xlsx_bad_deduction_line(tmp_path):
    book = _sample_book(tmp_path)
    row = _set_item(book, "C2", "deductions", "science | 缺科学实验室 | 2\nmusic 缺音乐教室 2")
    assert_one_line(xlsx_lines(book), f"{book}[指标]:{row}: C2: ",
                    "'music 缺音乐教室 2'", "代码 | 内容 | 分值")


def test_xlsx_bad_points_cell(tmp_path):
    book = _sample_book(tmp_path)
    row = _set_item(book, "C4", "points", "五分")
    assert_one_line(xlsx_lines(book), f"{book}[指标]:{row}: C4: ", "'points' must be a number")


def test_xlsx_bad_grade_row(tmp_path):
    book = _sample_book(tmp_path)
    wb = load_workbook(book)
    wb["等级规则"].cell(row=3, column=3, value="很多")  # 合格's 总分不低于
    wb.save(book)
    assert_one_line(xlsx_lines(book), f"{book}[等级规则]:3: -: ", "'min_total' must be a number")


def test_xlsx_missing_sheet(tmp_path):
    book = _sample_book(tmp_path)
    wb = load_workbook(book)
    del wb["指标"]
    wb.save(book)
    assert_one_line(xlsx_lines(book), f"{book}[指标]:0: -: ", "no sheet '指标'")


def test_xlsx_not_a_workbook(tmp_path):
    book = tmp_path / "book.xlsx"
    book.write_bytes(b"PK\x03\x04 not really a zip")
    assert_one_line(xlsx_lines(book), f"{book}:0: -: ", "not a readable .xlsx")


def test_xlsx_bad_default_step_names_its_row(tmp_path):
    # Regression (fixed; inspector/rubrics/xlsx.py, _read_document: `scoring = _entry(first, ...)`): every
    # field of the 'scoring' section is located at the first row of 基本信息 (row 2, 'id'), so a
    # bad 'step' (row 14) or 'not_applicable' (row 15) is reported at row 2. Expected: the
    # row of the 'step' field.
    book = _sample_book(tmp_path)
    wb = load_workbook(book)
    row = _meta_row(wb["基本信息"], "step")
    wb["基本信息"].cell(row=row, column=3, value="半分")
    wb.save(book)
    assert_one_line(xlsx_lines(book), f"{book}[基本信息]:{row}: -: ", "'step' must be a number")


def test_xlsx_blank_level_name_is_reported(tmp_path):
    # A row whose 等级 cell is blank (but whose 系数 is filled) is a problem at [等级系数]:2,
    # not a level named "None".
    book = _sample_book(tmp_path)
    wb = load_workbook(book)
    wb["等级系数"].cell(row=2, column=1).value = None  # cell(..., value=None) changes nothing
    wb.save(book)
    lines = xlsx_lines(book)
    assert any(line.startswith(f"{book}[等级系数]:2: ") for line in lines), lines


def test_check_cli_reports_sheet_and_row_for_a_workbook(tmp_path):
    book = _sample_book(tmp_path)
    row = _set_item(book, "C1", "level", 4)
    proc = run_cli(tmp_path, "rubric", "check", str(book))
    assert proc.returncode == 1
    assert proc.stdout.startswith(f"{book}[指标]:{row}: C1: 层级 4")
