"""Excel exports (inspector/exports): read back with openpyxl and recomputed.

openpyxl never computes formulas, so a small evaluator below implements exactly the formula
shapes the exports emit — SUM over ranges and cells, MIN, ROUND (Excel's: 15 significant
digits, halves away from zero), COUNTIFS with equality criteria, + − × ÷ — and the tests check
that every formula recomputes to the app's own figure. When LibreOffice is installed, the
workbook is also converted to CSV by ``soffice`` and its computed values compared.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries

from inspector.exports.rollup import export_rollup
from inspector.exports.workbook import EXCEL_SHEET_NAME_MAX, export_evaluation
from inspector.rubrics import FAMILY_LABELS, NotApplicablePolicy, load_rubric, rubric_from_text
from inspector.scoring import describe_answer
from inspector.store import Store
from inspector.store.demo import build_demo
from tests.factories import SAMPLE_RUBRIC

ROOT = Path(__file__).resolve().parent.parent

# --- a tiny evaluator for the formulas the exports write ------------------------------------
_TOKEN = re.compile(r"""\s*(?:
    (?P<number>\d+(?:\.\d+)?)
  | (?P<string>"(?:[^"]|"")*")
  | (?P<ref>(?:'(?:[^']|'')+'!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)
  | (?P<func>[A-Z]+)\(
  | (?P<op>[-+*/,)])
)""", re.X)


class Range(list):
    """The values of a range, row by row."""


def excel_round(x: float, digits: int) -> float:
    exact = Decimal(format(x, ".15g"))  # Excel works to 15 significant digits
    return float(exact.quantize(Decimal(1).scaleb(-digits), ROUND_HALF_UP))


class Evaluator:
    """Recomputes a cell of a workbook loaded with openpyxl (formulas as text)."""

    FUNCTIONS = ("SUM", "MIN", "ROUND", "COUNTIFS")

    def __init__(self, wb):
        self.wb = wb
        self.cache: dict[tuple[str, str], object] = {}
        self.seen_functions: set[str] = set()

    def value(self, sheet: str, coord: str):
        key = (sheet, coord)
        if key not in self.cache:
            raw = self.wb[sheet][coord].value
            self.cache[key] = self.formula(sheet, raw[1:]) if isinstance(raw, str) \
                and raw.startswith("=") else raw
        return self.cache[key]

    def formula(self, sheet: str, text: str):
        tokens, pos = [], 0
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            assert m and m.end() > pos, f"cannot read formula {text!r} at {pos}"
            kind = m.lastgroup
            tokens.append((kind, m.group(kind)))
            pos = m.end()
        self.tokens, self.i, self.sheet = tokens, 0, sheet
        result = self.expr()
        assert self.i == len(tokens), f"trailing tokens in {text!r}"
        return result

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else (None, None)

    def take(self, kind=None, text=None):
        tok = self.peek()
        assert (kind is None or tok[0] == kind) and (text is None or tok[1] == text), tok
        self.i += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            right = self.term()
            value = value + right if op == "+" else value - right
        return value

    def term(self):
        value = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            right = self.factor()
            value = value * right if op == "*" else value / right
        return value

    def factor(self):
        kind, text = self.take()
        if kind == "op" and text == "-":
            return -self.factor()
        if kind == "number":
            return float(text)
        if kind == "string":
            return text[1:-1].replace('""', '"')
        if kind == "ref":
            return self.ref(text)
        if kind == "func":
            assert text in self.FUNCTIONS, f"unexpected function {text}"
            self.seen_functions.add(text)
            args = [self.expr()]
            while self.peek() == ("op", ","):
                self.take()
                args.append(self.expr())
            self.take("op", ")")
            return getattr(self, "fn_" + text.lower())(*args)
        raise AssertionError(f"unexpected token {kind} {text}")

    def ref(self, text: str):
        sheet = self.sheet
        if "!" in text:
            name, text = text.rsplit("!", 1)
            sheet = name[1:-1].replace("''", "'")
        text = text.replace("$", "")
        if ":" not in text:
            saved = self.tokens, self.i, self.sheet
            value = self.value(sheet, text)
            self.tokens, self.i, self.sheet = saved
            return value
        min_col, min_row, max_col, max_row = range_boundaries(text)
        saved = self.tokens, self.i, self.sheet
        values = Range(self.value(sheet, f"{get_column_letter(c)}{r}")
                       for r in range(min_row, max_row + 1)
                       for c in range(min_col, max_col + 1))
        self.tokens, self.i, self.sheet = saved
        return values

    @staticmethod
    def numbers(args):
        for arg in args:
            for v in (arg if isinstance(arg, Range) else [arg]):
                if isinstance(v, int | float) and not isinstance(v, bool):
                    yield v

    def fn_sum(self, *args):
        return sum(self.numbers(args))

    def fn_min(self, *args):
        return min(self.numbers(args))

    def fn_round(self, x, digits):
        return excel_round(x, int(digits))

    def fn_countifs(self, *args):
        assert len(args) % 2 == 0
        pairs = [(args[i], args[i + 1]) for i in range(0, len(args), 2)]
        size = len(pairs[0][0])
        assert all(isinstance(r, Range) and len(r) == size for r, _ in pairs)
        return sum(all(r[k] == crit for r, crit in pairs) for k in range(size))


def close(a, b) -> bool:
    return abs(float(a) - float(b)) < 1e-9


# --- test data ------------------------------------------------------------------------------
SAMPLE_ANSWERS = {"P1": True, "V1": False, "C1": 85, "C2": ["science", "room", "room"],
                  "C3": "NA", "C4": True, "C5": "良", "C6": "NA", "C7": "校园整洁，办学特色鲜明。",
                  "J1": True, "J2": 2}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo database plus two evaluations of the sample rubric (N/A items, bonus above
    its cap): one as written (N/A = full marks), one with ``not_applicable: exclude``."""
    home = tmp_path_factory.mktemp("exports") / "home"
    store = Store.open(home, daily_backup=False)
    build_demo(store)
    sample = load_rubric(SAMPLE_RUBRIC)
    text = SAMPLE_RUBRIC.read_text(encoding="utf-8")
    exclude = rubric_from_text(
        text.replace("not_applicable: full_marks", "not_applicable: exclude")
            .replace("id: test-sample", "id: test-sample-exclude"), "sample-exclude.yaml")
    assert exclude.scoring.not_applicable is NotApplicablePolicy.EXCLUDE
    bonus_na = rubric_from_text(
        text.replace("      mode: pass_fail\n    - code: J2",
                     "      mode: pass_fail\n      na: true\n    - code: J2")
            .replace("id: test-sample", "id: test-sample-bonus-na"),
        "sample-bonus-na.yaml")
    assert bonus_na.find("J1").na_allowed
    made = {}
    for key, rubric in (("sample", sample), ("exclude", exclude), ("bonus_na", bonus_na)):
        ev = store.evaluations.create("3301100103", rubric, visit_date="2025-12-01",
                                      team=["王喆", "李晓燕"], kind="recheck")
        answers = {**SAMPLE_ANSWERS, "J1": "NA"} if key == "bonus_na" else SAMPLE_ANSWERS
        for code, value in answers.items():
            store.evaluations.set_answer(ev.id, code, value,
                                         note="实地察看：宿舍楼在建。" if code == "C3" else None)
        store.evaluations.set_answer(ev.id, "C4", self_value=True)
        store.evaluations.add_finding(ev.id, "problem", "专用教室数量不足，音乐教室兼作会议室。",
                                      code="C2", deadline="2026-03-01")
        made[key] = ev.id
    yield store, made
    store.close()


@pytest.fixture(scope="module")
def every_export(demo, tmp_path_factory):
    """One workbook with every demo evaluation and the two sample ones."""
    store, made = demo
    ids = [r["id"] for r in store.evaluations.list()]
    ids = [made["exclude"], made["sample"], made["bonus_na"]] + [
        i for i in ids if i not in made.values()]
    out = export_evaluation(store, ids, tmp_path_factory.mktemp("x") / "评估导出.xlsx")
    return store, ids, out


def _pairs(wb, ids):
    """(items sheet, summary sheet) for each evaluation, in export order."""
    names = wb.sheetnames
    assert len(names) == 2 * len(ids) + 2
    return [(names[2 * i], names[2 * i + 1]) for i in range(len(ids))]


def _rows_by_label(ws, col=2):
    return {ws.cell(r, col).value: r for r in range(1, ws.max_row + 1)
            if isinstance(ws.cell(r, col).value, str)}


# --- export_evaluation ----------------------------------------------------------------------
def test_the_sample_evaluations_exercise_na_rescaling_and_the_bonus_cap(demo):
    store, made = demo
    full = store.evaluations.open(made["sample"]).result()
    excl = store.evaluations.open(made["exclude"]).result()
    assert full.bonus_raw == 4 and full.bonus == 3  # above the cap of 3
    assert excl.applicable_max == 25 and excl.raw_total == Decimal("18.2")
    assert excl.base_total == Decimal("29.12")  # 18.2 × 40 ÷ 25
    assert excl.total == Decimal("32.12") and excl.percent == Decimal("80.30")
    # a bonus item marked N/A scores its points on its own line but does not count
    bonus_na = store.evaluations.open(made["bonus_na"]).result()
    assert bonus_na.nodes["J1"].na and bonus_na.nodes["J1"].score == 2
    assert bonus_na.bonus_raw == 2 and bonus_na.bonus == 2


def test_item_scores_and_subtotals_equal_the_apps(every_export):
    store, ids, out = every_export
    wb = load_workbook(out)
    ev = Evaluator(wb)
    for eid, (items, _summary) in zip(ids, _pairs(wb, ids), strict=True):
        sheet = store.evaluations.open(eid)
        result = sheet.result()
        rubric = sheet.rubric
        ws = wb[items]
        seen = Counter()
        for r in range(4, ws.max_row + 1):
            code = ws.cell(r, 3).value
            if code is None:
                continue
            seen[code] += 1
            node = result.nodes.get(code)
            if node is None:  # a prerequisite or a veto: its answer in words, no score
                record = sheet.answers.get(code)
                assert ws.cell(r, 8).value == describe_answer(rubric, code,
                                                              record.value if record else None)
                assert ws.cell(r, 11).value is None
                continue
            score = ws.cell(r, 11).value
            item = rubric.find(code)
            if item.is_leaf:
                assert isinstance(score, int | float) and not isinstance(score, bool)
                assert close(score, node.score), (items, code)
                assert close(ws.cell(r, 7).value, node.applicable_max)
                assert close(ws.cell(r, 6).value, item.points)
                assert (ws.cell(r, 10).value is not None) == node.na
            else:
                assert isinstance(score, str) and score.startswith("=SUM(")
                assert close(ev.value(items, f"K{r}"), node.score), (items, code)
                assert close(ev.value(items, f"G{r}"), node.applicable_max)
                assert close(ws.cell(r, 12).value, node.score)  # the app's value beside it
                assert ws.cell(r, 1).font.b
        expected = set(rubric.answerable_codes()) | {n.code for n in rubric.nodes()}
        assert set(seen) == expected and set(seen.values()) == {1}, items


def test_summary_formulas_recompute_to_the_apps_figures(every_export):
    store, ids, out = every_export
    wb = load_workbook(out)
    ev = Evaluator(wb)
    for eid, (_items, summary) in zip(ids, _pairs(wb, ids), strict=True):
        sheet = store.evaluations.open(eid)
        result, rubric = sheet.result(), sheet.rubric
        ws = wb[summary]
        for r, area in enumerate(result.areas, 4):
            assert ws.cell(r, 1).value == area.code
            assert ws.cell(r, 6).value.startswith("=SUM(")
            assert close(ev.value(summary, f"F{r}"), area.score), (summary, area.code)
            assert close(ws.cell(r, 7).value, area.score)
            assert close(ev.value(summary, f"D{r}"), area.max)
            if area.percent is not None:
                assert close(ev.value(summary, f"H{r}"), area.percent / 100)
                assert close(ws.cell(r, 9).value, area.percent / 100)
        rows = _rows_by_label(ws)
        figures = {"满分": result.max, "计分满分": result.applicable_max,
                   "基本得分（原始）": result.raw_total, "基本得分": result.base_total,
                   "总分": result.total, "得分率": result.percent / 100}
        if rubric.bonus is not None:
            figures.update({"加分项合计": result.bonus_raw, "加分": result.bonus,
                            "加分上限": rubric.bonus.cap})
        for label, app in figures.items():
            r = rows[label]
            assert close(ev.value(summary, f"F{r}"), app), (summary, label)
            assert close(ws.cell(r, 7).value, app), (summary, label)  # the "系统值" column
        assert ws.cell(rows["等级"], 6).value == result.grade
        assert ws.cell(rows["等级"], 10).value == result.deciding_rule.sentence()
        assert ws.cell(rows["是否合格"], 7).value == ("是" if result.passed else "否")
        if rubric.bonus is not None:
            assert re.fullmatch(r"=MIN\(SUM\(.+\),F\d+\)", ws.cell(rows["加分"], 6).value)
        base = ws.cell(rows["基本得分"], 6).value
        rescaled = (rubric.scoring.not_applicable is NotApplicablePolicy.EXCLUDE
                    and result.applicable_max != result.max)
        assert bool(re.fullmatch(r"=ROUND\(F\d+\*F\d+/F\d+,2\)", base)) == rescaled, base
        if rescaled:
            note = ws.cell(rows["基本得分"], 10).value
            assert "不适用项不计入满分" in note and "ROUND(原始得分 × 满分 ÷ 计分满分, 2)" in note
    assert {"SUM", "MIN", "ROUND"} <= ev.seen_functions


def test_the_exclude_evaluation_rescales_and_caps_in_its_formulas(demo, tmp_path):
    store, made = demo
    out = export_evaluation(store, [made["exclude"]], tmp_path / "one.xlsx")
    wb = load_workbook(out)
    ws = wb["得分汇总"]
    rows = _rows_by_label(ws)
    ev = Evaluator(wb)
    assert ev.value("得分汇总", f"F{rows['基本得分']}") == pytest.approx(29.12, abs=1e-9)
    assert ev.value("得分汇总", f"F{rows['加分项合计']}") == pytest.approx(4, abs=1e-9)
    assert ev.value("得分汇总", f"F{rows['加分']}") == pytest.approx(3, abs=1e-9)
    assert ev.value("得分汇总", f"F{rows['总分']}") == pytest.approx(32.12, abs=1e-9)
    assert ev.value("得分汇总", f"F{rows['得分率']}") == pytest.approx(0.803, abs=1e-12)
    items = wb["评分明细"]
    na = {items.cell(r, 3).value: items.cell(r, 10).value for r in range(4, items.max_row + 1)}
    assert na["C3"] == na["C6"] == "是" and na["C1"] is None


def test_single_export_layout_and_chinese_text(demo, tmp_path):
    store, made = demo
    sheet = store.evaluations.open(made["sample"])
    out = export_evaluation(store, [made["sample"][:8]], tmp_path / "单项.xlsx")  # a prefix
    wb = load_workbook(out)
    assert wb.sheetnames == ["评分明细", "得分汇总", "问题与整改", "修改记录"]
    items, summary = wb["评分明细"], wb["得分汇总"]
    info = items["A2"].value
    rubric = sheet.rubric
    for text in ("杭州市余杭区闲林第二小学", rubric.title, rubric.version, rubric.content_hash,
                 "2025-12-01", "草稿", "复核"):
        assert text in info, text
    assert "杭州市余杭区闲林第二小学" in items["A1"].value and rubric.title in items["A1"].value
    assert summary["A2"].value == info
    for ws in (items, summary):
        assert ws.freeze_panes in ("D4", "C4")
        assert ws.auto_filter.ref.startswith("A3:")
        assert ws.print_title_rows == "$3:$3"
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws["A3"].font.b
    assert items.column_dimensions["D"].width > 30
    rows = {items.cell(r, 3).value: r for r in range(4, items.max_row + 1)}
    assert items.cell(rows["C1"], 11).number_format == "0.0#"
    assert items.cell(rows["C3"], 13).value == "实地察看：宿舍楼在建。"
    assert items.cell(rows["C4"], 9).value == "达标"  # the school's self-evaluation
    assert items.cell(rows["C2"], 8).value == \
        "缺科学实验室（扣 2 分）；每缺一间其他专用教室 ×2（扣 2 分）"
    assert items.cell(rows["C7"], 8).value == "校园整洁，办学特色鲜明。"
    assert items.cell(rows["V1"], 8).value == "未发生" and items.cell(rows["P1"], 8).value == "满足"
    assert items.cell(rows["C1"], 4).value == "★ 生均用地面积达标"
    s_rows = _rows_by_label(summary)
    assert summary.cell(s_rows["得分率"], 6).number_format == "0.0#%"
    findings, audit = wb["问题与整改"], wb["修改记录"]
    assert [c.value for c in findings[3]][:3] == ["序号", "类型", "关联指标"]
    assert findings["D4"].value == "专用教室数量不足，音乐教室兼作会议室。"
    assert findings["B4"].value == "问题" and findings["C4"].value == "C2"
    logged = [[c.value for c in row] for row in audit.iter_rows(min_row=4)]
    assert any(r[3] == "C5" and r[4] == "评分" and r[6] == "良" for r in logged)
    assert len(logged) == len(store.evaluations.history(made["sample"]))


def test_several_evaluations_get_unique_short_sheet_names_and_an_evaluation_column(
        every_export):
    store, ids, out = every_export
    wb = load_workbook(out)
    names = wb.sheetnames
    assert len({n.casefold() for n in names}) == len(names)
    assert all(len(n) <= EXCEL_SHEET_NAME_MAX and not set(n) & set("[]:*?/\\") for n in names)
    assert names[-2:] == ["问题与整改", "修改记录"]
    for name in names[-2:]:
        assert wb[name]["A3"].value == "评估"
    audit = wb["修改记录"]
    reasons = {audit.cell(r, 9).value for r in range(4, audit.max_row + 1)}
    assert "复核时根据整改材料调整" in reasons  # the demo's reopened revision
    events = sum(len(store.evaluations.history(i)) for i in ids)
    assert audit.max_row - 3 == events


# --- export_rollup --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def rollup(demo, tmp_path_factory):
    store, _made = demo
    out = export_rollup(store, tmp_path_factory.mktemp("r") / "汇总.xlsx")
    return store, load_workbook(out)


def _header(ws, row=3):
    return [c.value for c in ws[row]]


def test_rollup_has_one_row_per_latest_revision(rollup):
    store, wb = rollup
    listed = store.evaluations.list()
    latest = [r for r in listed if not r["superseded_by"]]
    assert len(latest) < len(listed)  # the demo has a reopened evaluation
    ws = wb["全部"]
    header = _header(ws)
    ids = [ws.cell(r, header.index("评估编号") + 1).value for r in range(4, ws.max_row + 1)]
    assert sorted(ids) == sorted(r["id"] for r in latest)
    assert wb.sheetnames[:2] == ["汇总", "全部"]
    assert ws.freeze_panes == "B4"
    assert ws.auto_filter.ref == f"A3:{get_column_letter(len(header))}{ws.max_row}"
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$3:$3"


def test_rollup_figures_equal_the_apps(rollup):
    store, wb = rollup
    ws = wb["全部"]
    header = _header(ws)
    col = {h: i + 1 for i, h in enumerate(header)}
    for r in range(4, ws.max_row + 1):
        eid = ws.cell(r, col["评估编号"]).value
        sheet = store.evaluations.open(eid)
        result = sheet.result()
        school = store.schools.require(sheet.evaluation.school_code)
        assert ws.cell(r, col["学校"]).value == school.name
        assert ws.cell(r, col["乡镇（街道）"]).value == school.town
        assert ws.cell(r, col["评估类别"]).value == FAMILY_LABELS[sheet.rubric.meta.family]
        assert ws.cell(r, col["学校类型"]).value in ("小学", "初中", "九年一贯制学校", "幼儿园")
        assert close(ws.cell(r, col["总分"]).value, result.total)
        assert close(ws.cell(r, col["满分"]).value, result.max)
        assert close(ws.cell(r, col["得分率"]).value, result.percent / 100)
        assert ws.cell(r, col["得分率"]).number_format == "0.0#%"
        assert ws.cell(r, col["等级"]).value == result.grade
        assert ws.cell(r, col["是否合格"]).value == ("是" if result.passed else "否")
        assert (ws.cell(r, col["否决项"]).value or "") == "、".join(result.veto)
        assert ws.cell(r, col["修订"]).value == sheet.evaluation.revision
        for area in result.areas:
            assert close(ws.cell(r, col[f"{area.code} 得分"]).value, area.score)


def test_rollup_family_sheets_have_their_areas(rollup):
    store, wb = rollup
    by_family: dict[str, list] = {}
    for row in store.evaluations.list():
        if not row["superseded_by"]:
            by_family.setdefault(row["family"], []).append(row["id"])
    for family, ids in by_family.items():
        label = [v for k, v in FAMILY_LABELS.items() if k.value == family][0]
        ws = wb[label]
        header = _header(ws)
        col = {h: i + 1 for i, h in enumerate(header)}
        assert ws.max_row - 3 == len(ids)
        expected = []
        for eid in ids:
            for a in store.evaluations.open(eid).rubric.areas:
                if f"{a.code} {a.title}" not in expected:
                    expected.append(f"{a.code} {a.title}")
        areas = header[header.index("否决项") + 1:header.index("评估编号")]
        assert sorted(areas) == sorted(expected), label
        for r in range(4, ws.max_row + 1):
            result = store.evaluations.open(ws.cell(r, col["评估编号"]).value).result()
            for area in result.areas:
                assert close(ws.cell(r, col[f"{area.code} {area.title}"]).value, area.score)


def test_rollup_countifs_reference_the_right_ranges_and_count_right(rollup):
    store, wb = rollup
    data = wb["全部"]
    header = _header(data)
    last = data.max_row
    letter = {h: get_column_letter(i + 1) for i, h in enumerate(header)}

    def rng(name):
        return f"'全部'!${letter[name]}$4:${letter[name]}${last}"

    rows = [[c.value for c in r] for r in data.iter_rows(min_row=4)]
    idx = {h: i for i, h in enumerate(header)}
    ws = wb["汇总"]
    ev = Evaluator(wb)
    checked = 0
    head = _header(ws, 5)
    for r in range(6, ws.max_row + 1):
        first = ws.cell(r, 1).value
        if first in [v for v in FAMILY_LABELS.values()]:
            for c, grade in enumerate(head[1:], 2):
                formula = ws.cell(r, c).value
                if grade in (None, "合计", "合格（通过）数", "合格（通过）率") or formula is None:
                    continue
                assert formula == (f"=COUNTIFS({rng('评估类别')},$A{r},{rng('等级')},"
                                   f"{get_column_letter(c)}$5)")
                expected = sum(1 for x in rows if x[idx["评估类别"]] == first
                               and x[idx["等级"]] == grade)
                assert ev.value("汇总", f"{get_column_letter(c)}{r}") == expected
                checked += 1
            total_col = head.index("合计") + 1
            assert ev.value("汇总", f"{get_column_letter(total_col)}{r}") == \
                sum(1 for x in rows if x[idx["评估类别"]] == first)
            passed = ws.cell(r, total_col + 1).value
            assert rng("是否合格") in passed and '"是"' in passed
            assert ev.value("汇总", f"{get_column_letter(total_col + 1)}{r}") == \
                sum(1 for x in rows if x[idx["评估类别"]] == first and x[idx["是否合格"]] == "是")
    assert checked >= 6
    # the town block: find it by its header
    town_header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "乡镇（街道）")
    towns = Counter(x[idx["乡镇（街道）"]] for x in rows)
    theads = _header(ws, town_header)
    total_col = theads.index("合计") + 1
    seen = {}
    for r in range(town_header + 1, ws.max_row + 1):
        name = ws.cell(r, 1).value
        if name == "合计":
            assert ev.value("汇总", f"{get_column_letter(total_col)}{r}") == len(rows)
            break
        assert ws.cell(r, total_col).value == f"=COUNTIFS({rng('乡镇（街道）')},$A{r})"
        seen[name] = ev.value("汇总", f"{get_column_letter(total_col)}{r}")
        for c in range(2, total_col):
            fam = theads[c - 1]
            assert ev.value("汇总", f"{get_column_letter(c)}{r}") == sum(
                1 for x in rows if x[idx["乡镇（街道）"]] == name and x[idx["评估类别"]] == fam)
    assert seen == dict(towns)
    assert "COUNTIFS" in ev.seen_functions


def test_rollup_filters_and_superseded_revisions(demo, tmp_path):
    store, _made = demo
    listed = store.evaluations.list()
    out = export_rollup(store, tmp_path / "all.xlsx", include_superseded=True)
    assert load_workbook(out)["全部"].max_row - 3 == len(listed)
    statuses = load_workbook(out)["全部"]
    assert "已被新修订取代" in [c.value for c in statuses["I"]]
    out = export_rollup(store, tmp_path / "final.xlsx", status="finalized")
    ws = load_workbook(out)["全部"]
    expected = [r for r in listed if r["status"] == "finalized" and not r["superseded_by"]]
    assert ws.max_row - 3 == len(expected)
    assert {ws.cell(r, 9).value for r in range(4, ws.max_row + 1)} == {"已定稿"}
    out = export_rollup(store, tmp_path / "town.xlsx", town="良渚街道", family="kindergarten_grade")
    wb = load_workbook(out)
    ws = wb["全部"]
    assert {ws.cell(r, 3).value for r in range(4, ws.max_row + 1)} == {"良渚街道"}
    assert wb.sheetnames == ["汇总", "全部", "幼儿园等级评定"]
    empty = load_workbook(export_rollup(store, tmp_path / "none.xlsx", town="不存在的镇"))
    assert empty["全部"].max_row == 3 and empty.sheetnames == ["汇总", "全部"]


def test_rollup_figures_come_from_the_frozen_copy(demo, monkeypatch):
    import json as _json

    from inspector.exports import rollup as module
    from inspector.store.schema import FROZEN_FIGURES_SQL

    store, _made = demo
    expected = module.collect_rows(store, include_superseded=True)
    assert any(r.status != "draft" and len(r.areas) > 2 for r in expected)
    # the compact copy says what the full frozen result says (scored again here) …
    monkeypatch.setattr(module, "_ROWS_SQL", module._ROWS_SQL.replace("f.figures", "NULL"))
    assert module.collect_rows(store, include_superseded=True) == expected
    # … and what migration m007 computes from the stored results, in SQL
    pairs = store.db.execute(
        "SELECT f.figures, " + FROZEN_FIGURES_SQL.format(r="e.result") + " FROM "
        "frozen_figures f JOIN evaluations e ON e.id = f.evaluation_id").fetchall()
    assert pairs and all(_json.loads(a) == _json.loads(b) for a, b in pairs)
    with pytest.raises(sqlite3.IntegrityError, match="cannot change"):
        store.db.execute("UPDATE frozen_figures SET figures = '[]'")


# --- the core stays free of Qt --------------------------------------------------------------
def test_exports_import_no_qt():
    code = ("import sys, inspector.exports.workbook, inspector.exports.rollup; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# --- LibreOffice, when installed: its own recalculation must agree ---------------------------
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_recalculates_to_the_apps_figures(every_export, tmp_path):
    _store, ids, out = every_export
    # every sheet to its own CSV (token 12 = -1), raw values rather than as shown (token 9)
    fmt = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", fmt, "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=180)
    wb = load_workbook(out)
    compared = 0
    for items, summary in _pairs(wb, ids):
        for name, formula_col, app_col in ((summary, 5, 6), (items, 10, 11)):
            # LibreOffice names each file <stem>-<sheet name>.csv
            found = sorted(tmp_path.glob(f"*-{name}.csv"))
            assert found, f"no CSV for sheet {name}: {sorted(p.name for p in tmp_path.iterdir())}"
            with found[0].open(encoding="utf-8") as f:
                table = list(csv.reader(f))
            assert any("杭州市余杭区" in cell for row in table for cell in row)
            for row in table[3:]:
                if len(row) <= app_col:
                    continue
                try:
                    a, b = float(row[formula_col]), float(row[app_col])
                except ValueError:
                    continue
                assert abs(a - b) < 1e-9, (name, row)
                compared += 1
    assert compared > 100
