"""Excel workbooks for the bureau (督导室): evaluations it can audit, with live formulas.

    export_evaluation(store, [evaluation_id, ...], "评估.xlsx")
    export_rollup(store, "汇总.xlsx", status="finalized")      # the district roll-up (rollup.py)

An evaluation is exported as two sheets — its items and its summary — plus one sheet of
findings and one of the audit log for all the evaluations in the file. Every figure the
summary reports is written twice: as an Excel formula over the item cells, so that an auditor
can follow and recompute it in Excel, and as the app's own value next to it (the "系统值"
columns), so that the two can be compared at a glance. The formulas follow the scoring engine
step by step (inspector/scoring/engine.py) and recompute exactly to its figures:

* a group's or an area's score is ``=SUM`` over the score cells of the leaves under it (the
  leaf scores are the app's values);
* the base total is the sum of the area scores, or — when the rubric excludes not-applicable
  items from the full marks — ``=ROUND(raw × max ÷ applicable max, 2)``;
* the bonus is ``=MIN(SUM(bonus item scores), cap)`` (items marked not applicable do not
  count); the total is base + bonus; percentages are ``=ROUND(score ÷ max, 4)`` (the engine's
  percent rounded to 0.01 %).

Grades are text from the app's result, with the rule that decided them: grade rules are not
re-implemented as formulas.

The workbook is plain openpyxl and imports no Qt: bureau scripts and the command line use it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..rubrics import FAMILY_LABELS, MODE_LABELS, SCHOOL_TYPE_LABELS, Mode, Node
from ..rubrics import NotApplicablePolicy as NAPolicy
from ..rubrics.numbers import format_decimal
from ..scoring import NA, describe_answer, parse_answer

if TYPE_CHECKING:
    from ..rubrics import Rubric
    from ..scoring import Answer, Result
    from ..store import EvaluationSheet, School, Store

__all__ = ["export_evaluation"]  # and export_rollup, from rollup.py (see __getattr__ below)

# --- labels (the bureau's workbook is Chinese whatever the app's language) ------------------
STATUS_LABELS = {"draft": "草稿", "finalized": "已定稿", "signed": "已签章", "submitted": "已报送"}
SUPERSEDED_LABEL = "已被新修订取代"
VISIT_KIND_LABELS = {"regular": "常规督导", "random": "随机督导", "special": "专项督导",
                     "complaint": "信访核查", "formal": "正式评估", "recheck": "复核",
                     "self": "自评"}
FINDING_KIND_LABELS = {"strength": "亮点", "problem": "问题", "rectification": "整改要求"}
EVENT_FIELD_LABELS = {"answer": "评分", "self": "自评", "note": "说明", "finding": "督导意见",
                      "attachment": "附件", "status": "状态", "created": "创建",
                      "reopened": "重新打开", "superseded_by": "被新修订取代"}
EVENT_KEY_LABELS = {"school": "学校", "rubric": "评估标准", "version": "版本", "hash": "内容哈希",
                    "visit_date": "访视日期", "kind": "类型", "team": "评估组", "revision": "修订",
                    "sha256": "SHA-256", "filename": "文件名", "size": "大小（字节）"}
YES, NO = "是", "否"

# --- formats and styles ---------------------------------------------------------------------
SCORE_FORMAT = "0.0#"
PERCENT_FORMAT = "0.0#%"
DATE_FORMAT = "yyyy-mm-dd"
TITLE_FONT = Font(bold=True, size=14)
INFO_FONT = Font(size=9, color="555555")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")
AREA_FILL = PatternFill("solid", fgColor="D9E1F2")
GROUP_FILL = PatternFill("solid", fgColor="EDF1F9")
SECTION_FILL = PatternFill("solid", fgColor="FCE4D6")
APP_FILL = PatternFill("solid", fgColor="F2F2F2")  # the app's values, next to the formulas
BOLD = Font(bold=True)
RED = Font(color="C00000")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin", color="BFBFBF")
HEADER_BORDER = Border(bottom=Side(style="medium", color="305496"))

EXCEL_SHEET_NAME_MAX = 31
_SHEET_NAME_BAD = str.maketrans({c: "_" for c in "[]:*?/\\'"})
_MAX_SUM_ARGS = 200  # Excel takes at most 255 arguments per function


# --- small shared helpers (rollup.py uses them too) -----------------------------------------
def num(value: Decimal | None) -> int | float | None:
    """A Decimal as an Excel number (rubric figures carry at most 4 decimals: exact)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def fraction(percent: Decimal | float | None) -> float | None:
    """The engine's percent (86.31) as the fraction Excel formats as a percentage (0.8631)."""
    if percent is None:
        return None
    if isinstance(percent, Decimal):
        return float(percent / 100)
    # a JSON number with at most 2 decimals: round() gives the double nearest the exact fraction
    return round(percent / 100, 6)


def status_label(status: str, superseded: bool = False) -> str:
    return SUPERSEDED_LABEL if superseded else STATUS_LABELS.get(status, status)


def family_label(family: str) -> str:
    return FAMILY_LABELS.get(family, family)  # StrEnum keys: "modern_school" finds them


def school_type_label(school_type: str) -> str:
    return SCHOOL_TYPE_LABELS.get(school_type, school_type)


def iso_date(text: str) -> date | str:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        return text


def local_time(at: str | None) -> str:
    """A stored UTC timestamp as local wall-clock time, as the app shows it."""
    if not at:
        return ""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


def quote_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def sheet_name(text: str, used: set[str]) -> str:
    """A valid, unique (case-insensitively, as Excel compares) sheet name of ≤ 31 chars."""
    base = text.translate(_SHEET_NAME_BAD).strip() or "Sheet"
    base = base[:EXCEL_SHEET_NAME_MAX]
    name, n = base, 1
    while name.casefold() in used:
        n += 1
        suffix = f"~{n}"
        name = base[:EXCEL_SHEET_NAME_MAX - len(suffix)] + suffix
    used.add(name.casefold())
    return name


def runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive row numbers merged into (first, last) runs."""
    out: list[tuple[int, int]] = []
    for r in sorted(rows):
        if out and r == out[-1][1] + 1:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out


def sum_formula(col: str, rows: Iterable[int], sheet: str | None = None) -> str:
    """``SUM`` over the given rows of one column, as ranges (``=SUM('明细'!K7:K9,'明细'!K11)``);
    ``0`` when there are none."""
    prefix = quote_sheet(sheet) + "!" if sheet else ""
    args = [f"{prefix}{col}{a}" if a == b else f"{prefix}{col}{a}:{col}{b}"
            for a, b in runs(rows)]
    return _sum_of(args)


def _sum_of(args: list[str]) -> str:
    if not args:
        return "0"
    if len(args) <= _MAX_SUM_ARGS:
        return f"SUM({','.join(args)})"
    return _sum_of([_sum_of(args[i:i + _MAX_SUM_ARGS])
                    for i in range(0, len(args), _MAX_SUM_ARGS)])


def page_setup(ws, *, header_row: int, last_col: int, last_row: int, left: str = "",
               freeze: str | None = None) -> None:
    """Frozen header, auto-filter, landscape, fit to width, print titles, header/footer.

    Works on normal and write-only sheets alike (for the latter, call before the first row).
    """
    ws.freeze_panes = freeze or f"A{header_row + 1}"
    last = get_column_letter(last_col)
    ws.auto_filter.ref = f"A{header_row}:{last}{max(last_row, header_row + 1)}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    if left:
        ws.oddHeader.left.text = left.replace("&", "&&")
    ws.oddHeader.right.text = "&A"
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def set_widths(ws, widths: Sequence[float]) -> None:
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width


def _short_school(name: str) -> str:
    for prefix in ("杭州市余杭区", "余杭区", "杭州市"):
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix):]
    return name


# --- answers in words -----------------------------------------------------------------------
def answer_words(rubric: Rubric, code: str, value: Answer | None) -> str:
    """describe_answer, with a deduction checklist shown by its texts (not its keys)."""
    item = rubric.find(code)
    if isinstance(item, Node) and item.mode is Mode.DEDUCTION and isinstance(value, tuple) \
            and value:
        by_key = {d.key: d for d in item.deductions}
        parts = []
        for key in dict.fromkeys(value):
            d = by_key.get(key)
            if d is None:
                parts.append(key)
                continue
            times = value.count(key)
            taken = d.points * times
            repeat = f" ×{times}" if times > 1 else ""
            parts.append(f"{d.text}{repeat}（扣 {format_decimal(taken)} 分）")
        return "；".join(parts)
    return describe_answer(rubric, code, value)


def _event_value(rubric: Rubric, code: str | None, fld: str, value: Any) -> str:
    if value is None:
        return ""
    if fld in ("answer", "self") and code:
        try:
            return answer_words(rubric, code, parse_answer(rubric, code, value))
        except Exception:  # noqa: BLE001 - an old value the rubric no longer reads: show it raw
            pass
    if fld == "created" and isinstance(value, dict) and "kind" in value:
        value = {**value, "kind": VISIT_KIND_LABELS.get(value["kind"], value["kind"])}
    if fld == "status" and isinstance(value, str):
        return STATUS_LABELS.get(value, value)
    if fld == "finding" and isinstance(value, dict):
        kind = FINDING_KIND_LABELS.get(value.get("kind"), value.get("kind", ""))
        deadline = f"（整改期限 {value['deadline']}）" if value.get("deadline") else ""
        return f"{kind}：{value.get('text', '')}{deadline}"
    return _plain(value)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return YES
    if value is False:
        return NO
    if value == "NA":
        return "不适用"
    if isinstance(value, int | float):
        return format_decimal(Decimal(str(value)))
    if isinstance(value, list):
        return "、".join(_plain(v) for v in value) if value else "（无）"
    if isinstance(value, dict):
        return "；".join(f"{EVENT_KEY_LABELS.get(k, k)}：{_plain(v)}" for k, v in value.items())
    return str(value)


# --- one evaluation: the items sheet ---------------------------------------------------------
ITEM_HEADERS = ["一级指标", "分组", "代码", "指标 / 评估要点", "评分方式", "满分", "计分满分",
                "评定", "学校自评", "不适用", "得分", "小计（系统值）", "备注"]
ITEM_WIDTHS = [9, 9, 10, 46, 11, 8, 9, 24, 16, 7, 9, 11, 36]
(I_AREA, I_GROUP, I_CODE, I_TITLE, I_MODE, I_MAX, I_APPLICABLE, I_ANSWER, I_SELF, I_NA,
 I_SCORE, I_APP, I_NOTE) = range(1, 14)
C_APPLICABLE, C_SCORE = get_column_letter(I_APPLICABLE), get_column_letter(I_SCORE)
ITEMS_HEADER_ROW = 3

SUMMARY_HEADERS = ["代码", "一级指标 / 项目", "满分", "计分满分", "计分满分（系统值）", "得分",
                   "得分（系统值）", "得分率", "得分率（系统值）", "计算方法 / 说明"]
SUMMARY_WIDTHS = [8, 30, 9, 10, 12, 11, 12, 10, 12, 70]
(S_CODE, S_TITLE, S_MAX, S_APPLICABLE, S_APPLICABLE_APP, S_SCORE, S_SCORE_APP, S_PERCENT,
 S_PERCENT_APP, S_NOTE) = range(1, 11)
SUMMARY_HEADER_ROW = 3


@dataclass
class _Items:
    """Where the items sheet put things, for the summary's formulas."""

    sheet: str
    leaf_rows: dict[str, list[int]] = field(default_factory=dict)  # area/group → its leaves
    bonus_rows: list[int] = field(default_factory=list)  # counted bonus items (not N/A)
    bonus_row: int | None = None


def _title_rows(ws, title: str, info: str, last_col: int) -> None:
    ws.cell(1, 1, title).font = TITLE_FONT
    ws.cell(2, 1, info).font = INFO_FONT
    ws.cell(2, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_col)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last_col)
    ws.row_dimensions[1].height = 22
    ws.row_dimensions[2].height = 30


def _header(ws, row: int, headers: Sequence[str]) -> None:
    for col, text in enumerate(headers, 1):
        cell = ws.cell(row, col, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = CENTER
        cell.border = HEADER_BORDER
    ws.row_dimensions[row].height = 30


def _info_line(sheet: EvaluationSheet, school: School) -> str:
    ev, rubric = sheet.evaluation, sheet.rubric
    parts = [
        f"学校：{school.name}（{school.code}，{school.town or '—'}，"
        f"{school_type_label(school.type)}）",
        f"评估标准：{rubric.title}（{rubric.id}）",
        f"版本：{rubric.version}",
        f"内容哈希：{rubric.content_hash}",
        f"访视日期：{ev.visit_date}",
        f"类型：{VISIT_KIND_LABELS.get(ev.kind, ev.kind)}",
        f"状态：{status_label(ev.status, bool(ev.superseded_by))}（第 {ev.revision} 版）",
        f"评估组：{'、'.join(ev.team) or '—'}",
        f"评估编号：{ev.id}",
    ]
    return "　｜　".join(parts)


class _ItemsWriter:
    def __init__(self, ws, name: str, sheet: EvaluationSheet, result: Result):
        self.ws, self.sheet, self.result = ws, sheet, result
        self.rubric = sheet.rubric
        self.layout = _Items(name)
        self.row = ITEMS_HEADER_ROW
        self._indent: dict[int, Alignment] = {}

    def indent(self, depth: int) -> Alignment:
        if depth not in self._indent:
            self._indent[depth] = Alignment(indent=depth, wrap_text=True, vertical="top")
        return self._indent[depth]

    def put(self, values: dict[int, Any]) -> int:
        self.row += 1
        ws, r = self.ws, self.row
        for col, value in values.items():
            if value is None or value == "":
                continue
            cell = ws.cell(r, col, value)
            if col in (I_MAX, I_APPLICABLE, I_SCORE, I_APP):
                cell.number_format = SCORE_FORMAT
                cell.alignment = TOP
            elif col in (I_ANSWER, I_SELF, I_NOTE):
                cell.alignment = WRAP
            else:
                cell.alignment = TOP
        return r

    def style_row(self, r: int, fill: PatternFill, *, bold: bool = True) -> None:
        for col in range(1, len(ITEM_HEADERS) + 1):
            cell = self.ws.cell(r, col)
            cell.fill = fill
            if bold:
                cell.font = BOLD
        self.ws.cell(r, I_APP).fill = APP_FILL

    def write(self) -> _Items:
        rubric = self.rubric
        sections = (("基本条件（须全部满足）", rubric.prerequisites, "基本条件"),
                    ("否决项（一票否决）", rubric.vetoes, "否决项"))
        for title, conditions, kind in sections:
            if not conditions:
                continue
            r = self.put({I_AREA: kind, I_TITLE: title})
            self.style_row(r, SECTION_FILL)
            for cond in conditions:
                record = self.sheet.answers.get(cond.code)
                value = record.value if record else None
                r = self.put({I_AREA: kind, I_CODE: cond.code, I_TITLE: cond.title,
                              I_MODE: kind, I_ANSWER: answer_words(rubric, cond.code, value),
                              I_SELF: self.self_words(cond.code),
                              I_NOTE: record.note if record else ""})
                ws_cell = self.ws.cell(r, I_ANSWER)
                if (kind == "否决项" and value is True) or (kind == "基本条件" and value is False):
                    ws_cell.font = RED
        for area in rubric.areas:
            self.node(area, area, None, 0)
        if rubric.bonus is not None:
            self.bonus()
        return self.layout

    def self_words(self, code: str) -> str:
        record = self.sheet.answers.get(code)
        if record is None or record.self_value is None:
            return ""
        return answer_words(self.rubric, code, record.self_value)

    def leaf(self, leaf: Node, area: Node, parent: Node | None, depth: int, *,
             bonus: bool = False) -> int:
        record = self.sheet.answers.get(leaf.code)
        value = record.value if record else None
        res = self.result.nodes[leaf.code]
        na = value is NA
        title = ("★ " if leaf.key else "") + leaf.title
        r = self.put({
            I_AREA: "加分项" if bonus else area.code,
            I_GROUP: parent.code if parent is not None and parent is not area else "",
            I_CODE: leaf.code, I_TITLE: title,
            I_MODE: MODE_LABELS.get(leaf.mode, "") if leaf.mode else "",
            I_MAX: num(leaf.points), I_APPLICABLE: num(res.applicable_max),
            I_ANSWER: answer_words(self.rubric, leaf.code, value),
            I_SELF: self.self_words(leaf.code),
            I_NA: ("是（不计入加分）" if bonus else YES) if na else "",
            I_SCORE: num(res.score),
            I_NOTE: record.note if record else "",
        })
        self.ws.cell(r, I_TITLE).alignment = self.indent(depth)
        if value is None:
            self.ws.cell(r, I_ANSWER).font = Font(color="808080", italic=True)
        return r

    def node(self, node: Node, area: Node, parent: Node | None, depth: int) -> list[int]:
        if node.is_leaf:
            r = self.leaf(node, area, parent, depth)
            if node is area:
                self.layout.leaf_rows[node.code] = [r]
            return [r]
        res = self.result.nodes[node.code]
        r = self.put({I_AREA: area.code, I_GROUP: node.code if node is not area else "",
                      I_CODE: node.code, I_TITLE: node.title, I_MAX: num(node.points),
                      I_APP: num(res.score)})
        self.ws.cell(r, I_TITLE).alignment = self.indent(depth)
        self.style_row(r, AREA_FILL if node is area else GROUP_FILL)
        leaves: list[int] = []
        for child in node.children:
            leaves += self.node(child, area, node, depth + 1)
        self.formula(r, I_APPLICABLE, "=" + sum_formula(C_APPLICABLE, leaves))
        self.formula(r, I_SCORE, "=" + sum_formula(C_SCORE, leaves))
        self.layout.leaf_rows[node.code] = leaves
        return leaves

    def formula(self, r: int, col: int, text: str) -> None:
        cell = self.ws.cell(r, col, text)
        cell.number_format = SCORE_FORMAT
        cell.alignment = TOP

    def bonus(self) -> None:
        bonus = self.rubric.bonus
        assert bonus is not None
        title = f"加分项（合计不超过 {format_decimal(bonus.cap)} 分）"
        r = self.put({I_AREA: "加分项", I_TITLE: title, I_MAX: num(bonus.cap),
                      I_APP: num(self.result.bonus_raw)})
        self.style_row(r, SECTION_FILL)
        self.layout.bonus_row = r
        counted = []
        for item in bonus.items:
            row = self.leaf(item, item, None, 1, bonus=True)
            if not self.result.nodes[item.code].na:
                counted.append(row)
        self.layout.bonus_rows = counted
        self.formula(r, I_SCORE, "=" + sum_formula(C_SCORE, counted))


def _write_items(ws, name: str, sheet: EvaluationSheet, school: School,
                 result: Result) -> _Items:
    set_widths(ws, ITEM_WIDTHS)
    _title_rows(ws, f"{school.name} · {sheet.rubric.title} — 评分明细",
                _info_line(sheet, school), len(ITEM_HEADERS))
    _header(ws, ITEMS_HEADER_ROW, ITEM_HEADERS)
    layout = _ItemsWriter(ws, name, sheet, result).write()
    page_setup(ws, header_row=ITEMS_HEADER_ROW, last_col=len(ITEM_HEADERS), last_row=ws.max_row,
               left=_short_school(school.name), freeze="D4")
    return layout


# --- one evaluation: the summary sheet --------------------------------------------------------
def _write_summary(ws, sheet: EvaluationSheet, school: School, result: Result,
                   items: _Items) -> None:
    rubric = sheet.rubric
    set_widths(ws, SUMMARY_WIDTHS)
    _title_rows(ws, f"{school.name} · {rubric.title} — 得分汇总", _info_line(sheet, school),
                len(SUMMARY_HEADERS))
    _header(ws, SUMMARY_HEADER_ROW, SUMMARY_HEADERS)
    letter = get_column_letter
    r = SUMMARY_HEADER_ROW
    first_area = r + 1

    def cell(row: int, col: int, value: Any, fmt: str | None = None, *, app: bool = False,
             font: Font | None = None, align: Alignment | None = None):
        c = ws.cell(row, col, value)
        if fmt:
            c.number_format = fmt
        if app:
            c.fill = APP_FILL
        if font:
            c.font = font
        c.alignment = align or TOP
        return c

    for area, area_result in zip(rubric.areas, result.areas, strict=True):
        r += 1
        leaves = items.leaf_rows[area.code]
        cell(r, S_CODE, area.code)
        cell(r, S_TITLE, area.title, align=WRAP)
        cell(r, S_MAX, num(area.points), SCORE_FORMAT)
        cell(r, S_APPLICABLE, "=" + sum_formula(C_APPLICABLE, leaves, items.sheet), SCORE_FORMAT)
        cell(r, S_APPLICABLE_APP, num(area_result.max), SCORE_FORMAT, app=True)
        cell(r, S_SCORE, "=" + sum_formula(C_SCORE, leaves, items.sheet), SCORE_FORMAT)
        cell(r, S_SCORE_APP, num(area_result.score), SCORE_FORMAT, app=True)
        if area_result.percent is None:
            cell(r, S_PERCENT, "—")
            cell(r, S_PERCENT_APP, "—", app=True)
            cell(r, S_NOTE, "该一级指标全部不适用，不计得分率", align=WRAP)
        else:
            cell(r, S_PERCENT, f"=ROUND({letter(S_SCORE)}{r}/{letter(S_APPLICABLE)}{r},4)",
                 PERCENT_FORMAT)
            cell(r, S_PERCENT_APP, fraction(area_result.percent), PERCENT_FORMAT, app=True)
            cell(r, S_NOTE, f"= 评分明细中 {area.code} 下各评估要点得分之和", align=WRAP)
    last_area = r

    # the totals, one figure a row: formula in the score column, the app's value beside it
    r += 2
    for col, text in ((S_TITLE, "项目"), (S_SCORE, "公式计算"), (S_SCORE_APP, "系统值"),
                      (S_NOTE, "计算方法 / 说明")):
        c = cell(r, col, text, font=HEADER_FONT, align=CENTER)
        c.fill = HEADER_FILL
    F, C, D = letter(S_SCORE), letter(S_MAX), letter(S_APPLICABLE)
    rows: dict[str, int] = {}

    def figure(key: str, label: str, formula: Any, app: Any, note: str = "",
               fmt: str = SCORE_FORMAT, bold: bool = False) -> int:
        nonlocal r
        r += 1
        rows[key] = r
        cell(r, S_TITLE, label, font=BOLD if bold else None)
        cell(r, S_SCORE, formula, fmt, font=BOLD if bold else None)
        cell(r, S_SCORE_APP, app, fmt, app=True)
        if note:
            cell(r, S_NOTE, note, align=WRAP)
        return r

    first, last = first_area, last_area
    figure("max", "满分", f"=SUM({C}{first}:{C}{last})", num(result.max), "各一级指标满分之和")
    figure("applicable", "计分满分", f"=SUM({D}{first}:{D}{last})", num(result.applicable_max),
           "满分减去不计入满分的不适用项" if rubric.scoring.not_applicable is NAPolicy.EXCLUDE
           else "不适用项直接得满分，计分满分即满分")
    figure("raw", "基本得分（原始）", f"=SUM({F}{first}:{F}{last})", num(result.raw_total),
           "各一级指标得分之和")
    exclude = rubric.scoring.not_applicable is NAPolicy.EXCLUDE
    raw, mx, ap = f"{F}{rows['raw']}", f"{F}{rows['max']}", f"{F}{rows['applicable']}"
    if exclude and result.applicable_max != result.max:
        if result.applicable_max:
            base_formula = f"=ROUND({raw}*{mx}/{ap},2)"
            note = ("本标准规定不适用项不计入满分，按比例折算："
                    "基本得分 = ROUND(原始得分 × 满分 ÷ 计分满分, 2)，"
                    f"即 {format_decimal(result.raw_total)} × {format_decimal(result.max)} ÷ "
                    f"{format_decimal(result.applicable_max)} = "
                    f"{format_decimal(result.base_total)}")
        else:
            base_formula = 0
            note = "全部评估要点均不适用，基本得分计 0 分"
    else:
        base_formula = f"={raw}"
        note = ("本标准规定不适用项不计入满分、按比例折算；本次无不计入的不适用项，无需折算"
                if exclude else "不适用项直接得满分，无需折算")
    figure("base", "基本得分", base_formula, num(result.base_total), note, bold=True)
    bonus_term = "0"
    if rubric.bonus is not None:
        counted = sum_formula(C_SCORE, items.bonus_rows, items.sheet)
        figure("bonus_raw", "加分项合计", "=" + counted, num(result.bonus_raw),
               "加分项得分之和（不适用的加分项不计）")
        figure("cap", "加分上限", num(rubric.bonus.cap), num(rubric.bonus.cap), "评估标准规定")
        capped = "超过上限，按上限计" if result.bonus_raw > rubric.bonus.cap else "未超过上限"
        figure("bonus", "加分", f"=MIN({counted},{F}{rows['cap']})", num(result.bonus),
               f"= MIN(加分项合计, 加分上限)：{capped}")
        bonus_term = f"{F}{rows['bonus']}"
    if bonus_term == "0":
        figure("total", "总分", f"={F}{rows['base']}", num(result.total), "= 基本得分（无加分项）",
               bold=True)
    else:
        figure("total", "总分", f"={F}{rows['base']}+{bonus_term}", num(result.total),
               "= 基本得分 + 加分", bold=True)
    figure("percent", "得分率", f"=ROUND({F}{rows['total']}/{F}{rows['max']},4)",
           fraction(result.percent), "= 总分 ÷ 满分（保留到 0.01%）", PERCENT_FORMAT, bold=True)

    # the grade: text from the app's result, with the rules tried in order
    decided = result.deciding_rule
    figure("grade", "等级", result.grade, result.grade, decided.sentence(), fmt="General",
           bold=True)
    figure("passed", "是否合格", YES if result.passed else NO, YES if result.passed else NO,
           "等级规则规定该等级为合格（通过）" if result.passed else "该等级不属于合格（通过）",
           fmt="General")
    for i, check in enumerate(result.rule_checks, 1):
        state = "满足" if check.satisfied else "未满足"
        figure(f"rule{i}", f"等级规则 {i}：{check.grade}", state, state, check.sentence(),
               fmt="General")
    if rubric.vetoes:
        vetoes = "、".join(result.veto) or "无"
        figure("veto", "否决项", vetoes, vetoes,
               "已发生的否决项：一票否决" if result.veto else "无否决项发生", fmt="General")
    if rubric.prerequisites:
        unmet = "、".join(result.prerequisites_unmet) or "无"
        figure("prereq", "未满足的基本条件", unmet, unmet, "", fmt="General")
    complete = "完整" if result.complete else f"尚有 {len(result.unanswered)} 项未作答"
    figure("complete", "作答情况", complete, complete,
           "" if result.complete
           else "未作答项暂计 0 分，等级为预估：" + "、".join(result.unanswered),
           fmt="General")
    verdict = BOLD if result.passed else Font(bold=True, color="C00000")
    for key in ("grade", "passed"):
        for col in (S_SCORE, S_SCORE_APP):
            ws.cell(rows[key], col).font = verdict
    page_setup(ws, header_row=SUMMARY_HEADER_ROW, last_col=len(SUMMARY_HEADERS),
               last_row=last_area, left=_short_school(school.name), freeze="C4")


# --- findings and audit log ------------------------------------------------------------------
FINDING_HEADERS = ["序号", "类型", "关联指标", "内容", "整改期限", "记录时间", "记录人"]
FINDING_WIDTHS = [6, 10, 10, 60, 12, 20, 12]
AUDIT_HEADERS = ["日志序号", "时间", "操作人", "指标", "事项", "原值", "新值", "原因"]
AUDIT_WIDTHS = [7, 20, 16, 10, 12, 30, 30, 30]
EVAL_COLUMN = ("评估", 40)


def _simple_sheet(ws, title: str, info: str, headers: list[str], widths: list[float],
                  rows: list[list[Any]], wrap_cols: set[int]) -> None:
    set_widths(ws, widths)
    _title_rows(ws, title, info, len(headers))
    _header(ws, 3, headers)
    for i, values in enumerate(rows, 4):
        for col, value in enumerate(values, 1):
            if value is None or value == "":
                continue
            c = ws.cell(i, col, value)
            c.alignment = WRAP if col in wrap_cols else TOP
            if isinstance(value, date):
                c.number_format = DATE_FORMAT
    page_setup(ws, header_row=3, last_col=len(headers), last_row=3 + len(rows))


def _evaluation_label(sheet: EvaluationSheet, school: School) -> str:
    ev = sheet.evaluation
    return f"{school.name} {ev.visit_date} 第{ev.revision}版（{ev.id[:8]}）"


# --- the public entry point ------------------------------------------------------------------
def export_evaluation(store: Store, evaluation_ids: Sequence[str], out_path: str | Path) -> Path:
    """Write one workbook with the given evaluations (ids or unique prefixes) and return its path.

    Sheets: per evaluation an items sheet (评分明细) and a summary sheet (得分汇总); then one
    findings sheet (问题与整改) and one audit-log sheet (修改记录) for all of them, with an
    evaluation column when there are several.
    """
    if isinstance(evaluation_ids, str):
        evaluation_ids = [evaluation_ids]
    ids = list(dict.fromkeys(store.evaluations.resolve(i) for i in evaluation_ids))
    if not ids:
        raise ValueError("no evaluation to export")
    several = len(ids) > 1
    names = {i.id: i.name for i in store.inspectors.list()}
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    findings: list[list[Any]] = []
    audit: list[list[Any]] = []
    labels = []
    for n, eid in enumerate(ids, 1):
        sheet = store.evaluations.open(eid)
        school = store.schools.require(sheet.evaluation.school_code)
        result = sheet.result()
        if several:
            stem = f"{n} {_short_school(school.name)}"[:EXCEL_SHEET_NAME_MAX - 3]
            items_name = sheet_name(f"{stem} 明细", used)
            summary_name = sheet_name(f"{stem} 汇总", used)
        else:
            items_name = sheet_name("评分明细", used)
            summary_name = sheet_name("得分汇总", used)
        items = _write_items(wb.create_sheet(items_name), items_name, sheet, school, result)
        _write_summary(wb.create_sheet(summary_name), sheet, school, result, items)
        label = _evaluation_label(sheet, school)
        labels.append(label)
        lead = [label] if several else []
        for i, f in enumerate(sheet.findings, 1):
            findings.append([*lead, i, FINDING_KIND_LABELS.get(f.kind, f.kind), f.code or "",
                             f.text, iso_date(f.deadline) if f.deadline else "",
                             local_time(f.created_at), names.get(f.created_by, f.created_by)])
        for event in store.evaluations.history(eid):
            fld = event["field"]
            audit.append([*lead, event["seq"], local_time(event["at"]),
                          names.get(event["actor"], event["actor"]), event["code"] or "",
                          EVENT_FIELD_LABELS.get(fld, fld),
                          _event_value(sheet.rubric, event["code"], fld, event["old"]),
                          _event_value(sheet.rubric, event["code"], fld, event["new"]),
                          event["reason"] or ""])
    info = "；".join(labels) if len(labels) <= 10 else f"共 {len(labels)} 项评估，见“评估”列"
    lead_h, lead_w = ([EVAL_COLUMN[0]], [EVAL_COLUMN[1]]) if several else ([], [])
    offset = 1 if several else 0
    _simple_sheet(wb.create_sheet(sheet_name("问题与整改", used)), "督导意见：亮点、问题与整改要求",
                  info, lead_h + FINDING_HEADERS, lead_w + FINDING_WIDTHS, findings,
                  {1, 4 + offset} if several else {4})
    _simple_sheet(wb.create_sheet(sheet_name("修改记录", used)), "修改记录（审计日志）", info,
                  lead_h + AUDIT_HEADERS, lead_w + AUDIT_WIDTHS, audit,
                  {1, 6 + offset, 7 + offset, 8 + offset} if several else {6, 7, 8})
    wb.active = 1  # the first evaluation's summary
    out = Path(out_path)
    wb.save(out)
    return out


def __getattr__(name: str):  # PEP 562: the roll-up lives in rollup.py, which imports from here
    if name == "export_rollup":
        from .rollup import export_rollup

        return export_rollup
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
