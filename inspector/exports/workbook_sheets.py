"""The sheets of one evaluation's workbook: the items sheet (评分明细) with a SUM formula on
every area and group, the summary sheet (得分汇总) whose formulas recompute the app's figures
from the item cells beside the app's own values, and the findings (问题与整改) and audit-log
(修改记录) lists. See :mod:`.workbook` for how the formulas follow the scoring engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..rubrics import MODE_LABELS, Node
from ..rubrics import NotApplicablePolicy as NAPolicy
from ..rubrics.numbers import format_decimal
from ..scoring import NA
from .workbook_formulas import sum_formula
from .workbook_style import (
    APP_FILL,
    AREA_FILL,
    BOLD,
    CENTER,
    DATE_FORMAT,
    GROUP_FILL,
    HEADER_FILL,
    HEADER_FONT,
    PERCENT_FORMAT,
    RED,
    SCORE_FORMAT,
    SECTION_FILL,
    TOP,
    WRAP,
    page_setup,
    set_widths,
    write_header,
    write_title_rows,
)
from .workbook_values import (
    EVENT_FIELD_LABELS,
    FINDING_KIND_LABELS,
    NO,
    VISIT_KIND_LABELS,
    YES,
    answer_words,
    event_value,
    fraction,
    iso_date,
    local_time,
    num,
    school_type_label,
    short_school,
    status_label,
)

if TYPE_CHECKING:
    from ..scoring import Result
    from ..store import EvaluationSheet, School

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
class ItemsLayout:
    """Where the items sheet put things, for the summary's formulas."""

    sheet: str
    leaf_rows: dict[str, list[int]] = field(default_factory=dict)  # area/group → its leaves
    bonus_rows: list[int] = field(default_factory=list)  # counted bonus items (not N/A)
    bonus_row: int | None = None



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


class ItemsLayoutWriter:
    def __init__(self, ws, name: str, sheet: EvaluationSheet, result: Result):
        self.ws, self.sheet, self.result = ws, sheet, result
        self.rubric = sheet.rubric
        self.layout = ItemsLayout(name)
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

    def write(self) -> ItemsLayout:
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


def write_items(ws, name: str, sheet: EvaluationSheet, school: School,
                 result: Result) -> ItemsLayout:
    set_widths(ws, ITEM_WIDTHS)
    write_title_rows(ws, f"{school.name} · {sheet.rubric.title} — 评分明细",
                _info_line(sheet, school), len(ITEM_HEADERS))
    write_header(ws, ITEMS_HEADER_ROW, ITEM_HEADERS)
    layout = ItemsLayoutWriter(ws, name, sheet, result).write()
    page_setup(ws, header_row=ITEMS_HEADER_ROW, last_col=len(ITEM_HEADERS), last_row=ws.max_row,
               left=short_school(school.name), freeze="D4")
    return layout


# --- one evaluation: the summary sheet --------------------------------------------------------
def write_summary(ws, sheet: EvaluationSheet, school: School, result: Result,
                   items: ItemsLayout) -> None:
    rubric = sheet.rubric
    set_widths(ws, SUMMARY_WIDTHS)
    write_title_rows(ws, f"{school.name} · {rubric.title} — 得分汇总", _info_line(sheet, school),
                len(SUMMARY_HEADERS))
    write_header(ws, SUMMARY_HEADER_ROW, SUMMARY_HEADERS)
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
               last_row=last_area, left=short_school(school.name), freeze="C4")


# --- findings and audit log ------------------------------------------------------------------
FINDING_HEADERS = ["序号", "类型", "关联指标", "内容", "整改期限", "记录时间", "记录人"]
FINDING_WIDTHS = [6, 10, 10, 60, 12, 20, 12]
AUDIT_HEADERS = ["日志序号", "时间", "操作人", "指标", "事项", "原值", "新值", "原因"]
AUDIT_WIDTHS = [7, 20, 16, 10, 12, 30, 30, 30]
EVAL_COLUMN = ("评估", 40)


def _simple_sheet(ws, title: str, info: str, headers: list[str], widths: list[float],
                  rows: list[list[Any]], wrap_cols: set[int]) -> None:
    set_widths(ws, widths)
    write_title_rows(ws, title, info, len(headers))
    write_header(ws, 3, headers)
    for i, values in enumerate(rows, 4):
        for col, value in enumerate(values, 1):
            if value is None or value == "":
                continue
            c = ws.cell(i, col, value)
            c.alignment = WRAP if col in wrap_cols else TOP
            if isinstance(value, date):
                c.number_format = DATE_FORMAT
    page_setup(ws, header_row=3, last_col=len(headers), last_row=3 + len(rows))


def evaluation_label(sheet: EvaluationSheet, school: School) -> str:
    ev = sheet.evaluation
    return f"{school.name} {ev.visit_date} 第{ev.revision}版（{ev.id[:8]}）"


def finding_rows(sheet: EvaluationSheet, lead: list[str],
                 names: dict[str, str]) -> list[list[Any]]:
    """The findings sheet's rows for one evaluation (``lead``: its label, when there are
    several evaluations in the file; ``names``: inspector id → name)."""
    return [[*lead, i, FINDING_KIND_LABELS.get(f.kind, f.kind), f.code or "",
             f.text, iso_date(f.deadline) if f.deadline else "",
             local_time(f.created_at), names.get(f.created_by, f.created_by)]
            for i, f in enumerate(sheet.findings, 1)]


def audit_rows(sheet: EvaluationSheet, history: list[dict[str, Any]], lead: list[str],
               names: dict[str, str]) -> list[list[Any]]:
    """The audit-log sheet's rows for one evaluation's ``history`` (see :func:`finding_rows`)."""
    rows = []
    for event in history:
        fld = event["field"]
        rows.append([*lead, event["seq"], local_time(event["at"]),
                     names.get(event["actor"], event["actor"]), event["code"] or "",
                     EVENT_FIELD_LABELS.get(fld, fld),
                     event_value(sheet.rubric, event["code"], fld, event["old"]),
                     event_value(sheet.rubric, event["code"], fld, event["new"]),
                     event["reason"] or ""])
    return rows


def write_findings_sheet(ws, info: str, rows: list[list[Any]], several: bool) -> None:
    """Every evaluation's findings, with an evaluation column first when there are several."""
    lead_h, lead_w = ([EVAL_COLUMN[0]], [EVAL_COLUMN[1]]) if several else ([], [])
    offset = 1 if several else 0
    _simple_sheet(ws, "督导意见：亮点、问题与整改要求",
                  info, lead_h + FINDING_HEADERS, lead_w + FINDING_WIDTHS, rows,
                  {1, 4 + offset} if several else {4})


def write_audit_sheet(ws, info: str, rows: list[list[Any]], several: bool) -> None:
    """Every evaluation's audit log, with an evaluation column first when there are several."""
    lead_h, lead_w = ([EVAL_COLUMN[0]], [EVAL_COLUMN[1]]) if several else ([], [])
    offset = 1 if several else 0
    _simple_sheet(ws, "修改记录（审计日志）", info,
                  lead_h + AUDIT_HEADERS, lead_w + AUDIT_WIDTHS, rows,
                  {1, 6 + offset, 7 + offset, 8 + offset} if several else {6, 7, 8})

