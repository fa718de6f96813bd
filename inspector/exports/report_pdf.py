"""The PDF report of an evaluation: A4, Simplified Chinese, built with reportlab platypus.

``build_report(store, evaluation_id, out_path)`` writes the report and returns a
:class:`ReportLayout`: the number of pages and, for each signer, the exact rectangle of the
empty signature box (PDF points, origin bottom-left), so that the signing layer can put a
signature field there.

Contents, in order: title block and the evaluation's particulars (school, visit, team, rubric
with document number, version and content hash, status); the conclusion (total, percent,
bonus, grade and the grade rules that decided it); each area's score as a table and a bar
chart; prerequisites and vetoes with their answers; every indicator in one table (groups as
spanning rows, key items marked ★); bonus items; findings (亮点 / 问题 / 整改意见 with
deadlines); a summary of the audit trail; the signature boxes. Every page has a header (school
and rubric) and a footer with "n / N".

Every text is checked by :mod:`.pdf_fonts` before anything is written: a character that no
bundled font has raises :class:`~.pdf_fonts.MissingGlyph` and no file is produced.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..rubrics.model import (
    FAMILY_LABELS,
    SCHOOL_TYPE_LABELS,
    Mode,
    Node,
    NotApplicablePolicy,
    Rubric,
)
from ..rubrics.numbers import format_decimal
from ..scoring import NA, describe_answer
from . import pdf_fonts
from .pdf_fonts import BODY_FONT, markup

if TYPE_CHECKING:
    from ..scoring import Result
    from ..store import Store
    from ..store.evaluations import EvaluationSheet

BUREAU = "杭州市余杭区教育局督导室"
BUREAU_ROLE = "督导室审核"
LEADER_ROLE = "组长"
MEMBER_ROLE = "评估组成员"
BEIJING = timezone(timedelta(hours=8), "北京时间")

VISIT_KIND_LABELS = {"regular": "常规督导", "random": "随机督导", "special": "专项督导",
                     "complaint": "信访核查", "formal": "正式评估", "recheck": "复核",
                     "self": "自评"}
STATUS_LABELS = {"draft": "草稿（未定稿）", "finalized": "已定稿", "signed": "已签章",
                 "submitted": "已报送"}
FINDING_SECTIONS = (("strength", "（一）亮点"), ("problem", "（二）存在问题"),
                    ("rectification", "（三）整改意见"))
EDIT_LABELS = {"answer": "评分", "self": "学校自评", "note": "说明", "finding": "评估意见",
               "attachment": "附件"}
LIFECYCLE_FIELDS = frozenset({"created", "status", "superseded_by", "reopened"})
SECTION_NUMBERS = "一二三四五六七八九十"
_ANSWER_PREFIX = {Mode.POINTS: "评分：", Mode.COEFFICIENT: "评定：", Mode.DEDUCTION: ""}

# --- page geometry and colours ----------------------------------------------------------------
PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X

INK = colors.HexColor("#1f2933")
NAVY = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#9aa5b1")
HEAD_BG = colors.HexColor("#dbe3ec")
AREA_BG = colors.HexColor("#e9eef5")
GROUP_BG = colors.HexColor("#f4f6f9")
BAR = colors.HexColor("#4a6fa5")
TRACK = colors.HexColor("#e7ebf0")
RED = colors.HexColor("#a61b1b")
GREEN = colors.HexColor("#1e6b34")


# --- the result ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class SignatureBox:
    """An empty box for one signer: ``box`` is (x1, y1, x2, y2) in PDF points, origin at the
    bottom-left of page ``page_index`` (0-based) — the rectangle pyHanko's SigFieldSpec takes."""

    name: str
    role: str
    page_index: int
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class ReportLayout:
    pages: int
    signature_boxes: list[SignatureBox] = field(default_factory=list)


def default_signers(team: list[str]) -> list[tuple[str, str]]:
    """(name, role) per signature box: the first team member as 组长, the others as 评估组成员,
    then the bureau's countersignature (督导室审核, no personal name)."""
    signers = [(name, LEADER_ROLE if i == 0 else MEMBER_ROLE) for i, name in enumerate(team)]
    return [*signers, ("", BUREAU_ROLE)]


# --- styles ------------------------------------------------------------------------------------
def _style(name: str, size: float, leading: float, *, color=INK, align=TA_LEFT, **kw):
    return ParagraphStyle(name, fontName=BODY_FONT, fontSize=size, leading=leading,
                          textColor=color, alignment=align, wordWrap="CJK", **kw)


class _Styles:
    def __init__(self):
        self.org = _style("org", 11, 16, color=MUTED, align=TA_CENTER)
        self.title = _style("title", 19, 27, color=NAVY, align=TA_CENTER, spaceBefore=4)
        self.school = _style("school", 14, 20, align=TA_CENTER, spaceBefore=6, spaceAfter=10)
        self.h1 = _style("h1", 13, 18, color=NAVY, spaceBefore=12, spaceAfter=6,
                         keepWithNext=1)
        self.h2 = _style("h2", 11, 16, color=NAVY, spaceBefore=6, spaceAfter=3,
                         keepWithNext=1)
        self.body = _style("body", 10, 16)
        self.body_indent = _style("body_indent", 10, 16, leftIndent=14, firstLineIndent=-14,
                                  spaceAfter=2)
        self.cell = _style("cell", 8.5, 11.5)
        self.cell_c = _style("cell_c", 8.5, 11.5, align=TA_CENTER)
        self.cell_r = _style("cell_r", 8.5, 11.5, align=TA_RIGHT)
        self.cell_head = _style("cell_head", 8.5, 11.5, color=NAVY, align=TA_CENTER)
        self.cell_group = _style("cell_group", 9, 12, color=NAVY)
        self.cell_muted = _style("cell_muted", 8, 11, color=MUTED, align=TA_RIGHT)
        self.label = _style("label", 9, 13, color=MUTED)
        self.value = _style("value", 9.5, 13)
        self.big_label = _style("big_label", 9, 12, color=MUTED, align=TA_CENTER)
        self.big = _style("big", 17, 22, color=NAVY, align=TA_CENTER)
        self.note = _style("note", 8.5, 12, color=MUTED, keepWithNext=1)


# --- flowables ------------------------------------------------------------------------------------
class _SignatureCell(Flowable):
    """A signer's label, an empty box for the signature, and a date line. The box's position on
    the page is recorded when it is drawn."""

    LABEL_H = 17
    BOX_H = 56
    DATE_H = 18

    def __init__(self, index: int, name: str, role: str, width: float, sink: dict):
        super().__init__()
        self.index, self.name, self.role = index, name, role
        self.width = width
        self.height = self.LABEL_H + self.BOX_H + self.DATE_H
        self.sink = sink
        self.label = f"{role}：{name}" if name else f"{role}（签章）"
        pdf_fonts.check_text(self.label, f"signature box {index + 1}")

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFillColor(INK)
        pdf_fonts.draw_text(c, 0, self.height - 13, self.label, 10,
                            where=f"signature box {self.index + 1}")
        y0 = self.DATE_H
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.setDash(3, 2)
        c.rect(0, y0, self.width, self.BOX_H, stroke=1, fill=0)
        c.setDash()
        c.setFillColor(MUTED)
        pdf_fonts.draw_text(c, 0, 5, "日期：        年      月      日", 9)
        x1, y1 = c.absolutePosition(0, y0)
        x2, y2 = c.absolutePosition(self.width, y0 + self.BOX_H)
        self.sink[self.index] = SignatureBox(self.name, self.role, c.getPageNumber() - 1,
                                             (x1, y1, x2, y2))


class _ReportCanvas(Canvas):
    """Holds every page until the end, then draws header and footer with "n / N"."""

    def __init__(self, *args, decorate, sink: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._sink = sink
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(self, self._pageNumber, total)
            super().showPage()
        self._sink["pages"] = total
        super().save()


# --- helpers ------------------------------------------------------------------------------------
def _num(value: Decimal | None) -> str:
    return "—" if value is None else format_decimal(value)


def _pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{format_decimal(value)}%"


def _draw_spaced(canvas: Canvas, centre: float, y: float, words: list[str], size: float):
    """Words centred at ``centre`` with a clear gap between them: "3 / 7". The gap is drawn as
    space rather than as a (narrow) space glyph, so text extraction reads "3 / 7", not "3/7"."""
    gap = size * 0.5
    widths = [pdf_fonts.text_width(w, size) for w in words]
    x = centre - (sum(widths) + gap * (len(words) - 1)) / 2
    for word, width in zip(words, widths, strict=True):
        pdf_fonts.draw_text(canvas, x, y, word, size)
        x += width + gap


def _local_time(ts: str | None) -> str:
    if not ts:
        return "—"
    try:
        moment = datetime.fromisoformat(ts)
    except ValueError:
        return ts
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M")


class _Report:
    def __init__(self, store: Store, evaluation_id: str,
                 signers: list[tuple[str, str]] | None):
        pdf_fonts.register_fonts()
        self.store = store
        self.sheet: EvaluationSheet = store.evaluations.open(evaluation_id)
        self.ev = self.sheet.evaluation
        self.rubric: Rubric = self.sheet.rubric
        self.result: Result = self.sheet.result()
        self.school = store.schools.require(self.ev.school_code)
        self.history = store.evaluations.history(self.ev.id)
        self.signers = list(signers) if signers is not None else default_signers(self.ev.team)
        self.s = _Styles()
        self.sections = 0
        self.boxes: dict[int, SignatureBox] = {}
        self._names: dict[str, str] = {}
        # the header and footer, checked now (they are drawn only when the file is saved)
        self.header_left = self.school.name
        self.header_right = self.rubric.title
        self.footer_left = BUREAU
        self.footer_right = f"评估编号 {self.ev.id[:8]}"
        for text, where in ((self.header_left, "the page header (school)"),
                            (self.header_right, "the page header (rubric)"),
                            (self.footer_left, "the page footer"),
                            (self.footer_right, "the page footer")):
            pdf_fonts.check_text(text, where)

    # --- small builders -----------------------------------------------------------------------
    def p(self, text: str, style: ParagraphStyle, where: str, *, color=None) -> Paragraph:
        body = markup(text, where)
        if color is not None:
            body = f'<font color="{color.hexval()}">{body}</font>'
        return Paragraph(body, style)

    def heading(self, text: str) -> Paragraph:
        number = SECTION_NUMBERS[self.sections]
        self.sections += 1
        return self.p(f"{number}、{text}", self.s.h1, "a section heading")

    def person(self, actor: str | None) -> str:
        """An inspector's name (and id) from the id the audit trail records."""
        if not actor:
            return "—"
        if actor not in self._names:
            found = self.store.inspectors.get(actor)
            self._names[actor] = f"{found.name}（{actor}）" if found else actor
        return self._names[actor]

    # --- sections -----------------------------------------------------------------------------
    def title_block(self) -> list:
        s, ev, rubric, school = self.s, self.ev, self.rubric, self.school
        meta = rubric.meta
        story = [self.p(BUREAU, s.org, "the title"),
                 self.p(f"{rubric.title}评估报告", s.title, "the title (rubric title)"),
                 self.p(school.name, s.school, "the school name")]

        def lab(text):
            return self.p(text, s.label, "a label")

        def val(text, where):
            return self.p(text or "—", s.value, where)

        status = STATUS_LABELS.get(ev.status, ev.status)
        if ev.superseded_by:
            status += f"；已被修订版本 {ev.superseded_by[:8]} 取代"
        team = "、".join(ev.team) or "—"
        rows = [
            [lab("学校名称"), val(school.name, "the school name"), "", ""],
            [lab("学校代码"), val(school.code, "the school code"),
             lab("学校类型"), val(SCHOOL_TYPE_LABELS.get(school.type, school.type),
                              "the school type")],
            [lab("所在镇街"), val(school.town, "the school's town"),
             lab("评估类型"), val(VISIT_KIND_LABELS.get(ev.kind, ev.kind), "the visit kind")],
            [lab("评估日期"), val(ev.visit_date, "the visit date"),
             lab("评估组"), val(team, "the team")],
            [lab("评估标准"), val(rubric.title, "the rubric title"), "", ""],
            [lab("文号"), val(meta.document_number, "the document number"), "", ""],
            [lab("发布单位"), val(meta.issuer, "the issuer"),
             lab("标准类别"), val(FAMILY_LABELS.get(meta.family, str(meta.family)),
                              "the rubric family")],
            [lab("标准版本"), val(f"{rubric.id} 版本 {rubric.version}", "the rubric version"),
             lab("生效日期"), val(meta.effective, "the effective date")],
            [lab("内容校验码"), val(rubric.content_hash, "the content hash"), "", ""],
            [lab("报告状态"), val(f"{status}（第 {ev.revision} 版）", "the status"), "", ""],
            [lab("定稿时间"), val(_local_time(ev.finalized_at), "the finalization time"),
             lab("定稿人"), val(self.person(ev.finalized_by) if ev.finalized_by else "—",
                               "the finalizing inspector")],
            [lab("评估编号"), val(ev.id, "the evaluation id"), "", ""],
        ]
        widths = [62, 178, 62, FRAME_W - 302]
        spanned = [r for r, row in enumerate(rows) if row[2] == ""]
        spans = [("SPAN", (1, r), (3, r)) for r in spanned]
        shaded = [("BACKGROUND", (2, r), (2, r), GROUP_BG) for r in range(len(rows))
                  if r not in spanned]
        table = Table(rows, colWidths=widths, style=TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
            ("BACKGROUND", (0, 0), (0, -1), GROUP_BG),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            *spans, *shaded,
        ]))
        story.append(table)
        return story

    def conclusion(self) -> list:
        s, r = self.s, self.result
        story = [self.heading("评估结论")]
        grade_color = GREEN if r.passed else RED
        cells = [
            [self.p("总分", s.big_label, "a label"), self.p("得分率", s.big_label, "a label"),
             self.p("加分", s.big_label, "a label"), self.p("评估等级", s.big_label, "a label")],
            [self.p(f"{_num(r.total)} / {_num(r.max)}", s.big, "the total"),
             self.p(_pct(r.percent), s.big, "the percent"),
             self.p(_num(r.bonus), s.big, "the bonus"),
             self.p(r.grade, s.big, "the grade", color=grade_color)],
        ]
        story.append(Table(cells, colWidths=[FRAME_W / 4] * 4, style=TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
            ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (-1, -1), GROUP_BG),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 9),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ])))
        story.append(Spacer(1, 6))
        base = (f"基本得分 {_num(r.base_total)}，加分 {_num(r.bonus)}"
                + (f"（加分项合计 {_num(r.bonus_raw)}，按上限计）" if r.bonus_raw > r.bonus else "")
                + f"，总分 {_num(r.total)}，满分 {_num(r.max)}，得分率 {_pct(r.percent)}。")
        story.append(self.p(base, s.body, "the totals"))
        story.append(self.p("等级判定（依次检验各等级条件，首个满足的等级即为评估等级）：",
                            s.body, "the grade rules"))
        for check in r.rule_checks:
            mark, color = ("√", GREEN) if check.satisfied else ("×", MUTED)
            story.append(Paragraph(
                f'<font color="{color.hexval()}">{mark}</font> '
                + markup(check.sentence(), f"the grade rule {check.grade}"), s.body_indent))
        for code in r.veto:
            cond = self.rubric.find(code)
            story.append(self.p(f"否决项 {code}“{cond.title}”已发生：一票否决。", s.body_indent,
                                f"veto {code}", color=RED))
        for code in r.prerequisites_unmet:
            cond = self.rubric.find(code)
            story.append(self.p(f"基本条件 {code}“{cond.title}”未满足。", s.body_indent,
                                f"prerequisite {code}", color=RED))
        if not r.complete:
            story.append(self.p(f"尚有 {len(r.unanswered)} 项未作答（{'、'.join(r.unanswered)}），"
                                "以上为预估结果。", s.body_indent, "the unanswered items",
                                color=RED))
        return story

    def areas(self) -> list:
        s, r = self.s, self.result
        heading = self.heading("各一级指标得分")
        head = [self.p(t, s.cell_head, "a table heading")
                for t in ("编码", "一级指标", "得分", "满分", "得分率")]
        rows = [head]
        for area in r.areas:
            rows.append([self.p(area.code, s.cell_c, f"area {area.code}"),
                         self.p(area.title, s.cell, f"area {area.code}"),
                         self.p(_num(area.score), s.cell_r, "a score"),
                         self.p(_num(area.max), s.cell_r, "a score"),
                         self.p(_pct(area.percent), s.cell_r, "a percent")])
        total_rows = [("基本得分", r.base_total, r.max, None)]
        if self.rubric.bonus is not None:
            total_rows.append((f"加分（上限 {_num(self.rubric.bonus.cap)} 分）", r.bonus,
                               None, None))
        total_rows.append(("总分", r.total, r.max, r.percent))
        first_total = len(rows)
        for label, value, maximum, percent in total_rows:
            rows.append(["", self.p(label, s.cell, "the totals"),
                         self.p(_num(value), s.cell_r, "a score"),
                         self.p(_num(maximum) if maximum is not None else "", s.cell_r,
                                "a score"),
                         self.p(_pct(percent) if percent is not None else "", s.cell_r,
                                "a percent")])
        widths = [46, FRAME_W - 46 - 3 * 62, 62, 62, 62]
        story = [KeepTogether([heading, Table(rows, colWidths=widths, repeatRows=1, style=TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("BACKGROUND", (0, first_total), (-1, -1), GROUP_BG),
            ("LINEABOVE", (0, first_total), (-1, first_total), 0.9, NAVY),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))])]
        story.append(Spacer(1, 8))
        story.append(KeepTogether([self.p("各一级指标得分率", s.h2, "the chart title"),
                                   self.chart()]))
        return story

    def chart(self) -> Drawing:
        """A horizontal bar per area: its percent of the area's (applicable) maximum."""
        areas = self.result.areas
        pitch, bar_h, label_w, value_w = 21, 11, 150, 92
        axis_h = 16
        height = pitch * len(areas) + axis_h + 4
        d = Drawing(FRAME_W, height)
        d.initialFontName = BODY_FONT  # else the renderer selects Helvetica (not embedded)
        x0 = label_w + 8
        track_w = FRAME_W - x0 - value_w
        for tick in range(0, 101, 20):
            x = x0 + track_w * tick / 100
            d.add(Line(x, axis_h - 2, x, height, strokeColor=TRACK if tick else RULE,
                       strokeWidth=0.5))
            for shape in pdf_fonts.text_shapes(x, 3, f"{tick}%", 7, color=MUTED,
                                               align="centre"):
                d.add(shape)
        for i, area in enumerate(areas):
            y = height - pitch * (i + 1) + (pitch - bar_h) / 2
            label = pdf_fonts.fit_text(f"{area.code}  {area.title}", 8.5, label_w,
                                       f"area {area.code}")
            for shape in pdf_fonts.text_shapes(0, y + 2, label, 8.5, color=INK,
                                               where=f"area {area.code}"):
                d.add(shape)
            d.add(Rect(x0, y, track_w, bar_h, fillColor=TRACK, strokeColor=None))
            share = min(max(area.percent or Decimal(0), Decimal(0)), Decimal(100))
            if share > 0:
                d.add(Rect(x0, y, track_w * float(share) / 100, bar_h, fillColor=BAR,
                           strokeColor=None))
            text = f"{_num(area.score)} / {_num(area.max)}（{_pct(area.percent)}）"
            for shape in pdf_fonts.text_shapes(x0 + track_w + 6, y + 2, text, 8, color=INK):
                d.add(shape)
        return d

    def conditions(self) -> list:
        rubric, s = self.rubric, self.s
        if not rubric.prerequisites and not rubric.vetoes:
            return []
        story = [self.heading("基本条件与否决项")]
        head = [self.p(t, s.cell_head, "a table heading")
                for t in ("类别", "编码", "内容", "评估结果", "说明")]
        rows, style = [head], []
        for kind, conds in (("基本条件", rubric.prerequisites), ("否决项", rubric.vetoes)):
            for cond in conds:
                record = self.sheet.answers.get(cond.code)
                value = record.value if record else None
                answer = describe_answer(rubric, cond.code, value)
                bad = (value is True and rubric.is_veto(cond.code)) or \
                      (value is False and rubric.is_prerequisite(cond.code))
                where = f"item {cond.code}"
                rows.append([self.p(kind, s.cell_c, where),
                             self.p(cond.code, s.cell_c, where),
                             self.p(cond.title, s.cell, where),
                             self.p(answer, s.cell_c, where, color=RED if bad else None),
                             self.p(record.note if record else "", s.cell, f"{where} note")])
        widths = [52, 36, FRAME_W - 52 - 36 - 58 - 120, 58, 120]
        story.append(Table(rows, colWidths=widths, repeatRows=1, style=TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *style,
        ])))
        return story

    # --- the indicator table ------------------------------------------------------------------
    LEAF_WIDTHS = (40, 170, 32, 32, 34, FRAME_W - 40 - 170 - 32 - 32 - 34)

    def leaf_answer(self, leaf: Node) -> str:
        record = self.sheet.answers.get(leaf.code)
        value = record.value if record else None
        if leaf.mode is Mode.DEDUCTION and isinstance(value, tuple) and value:
            by_key = {d.key: d for d in leaf.deductions}
            counts = Counter(value)
            parts = [f"{by_key[k].text}（−{format_decimal(by_key[k].points)}"
                     + (f" × {n}" if n > 1 else "") + "）" for k, n in counts.items()]
            text = "扣分：" + "；".join(parts)
        elif leaf.mode in _ANSWER_PREFIX and value is not None and value is not NA:
            text = _ANSWER_PREFIX[leaf.mode] + describe_answer(self.rubric, leaf.code, value)
        else:
            text = describe_answer(self.rubric, leaf.code, value)
        if record and record.note:
            text += f"\n说明：{record.note}"
        return text

    def indicator_rows(self, nodes, rows: list, style: list, depth: int = 0) -> None:
        s, r = self.s, self.result
        level_names = self.rubric.meta.level_names
        exclude = self.rubric.scoring.not_applicable is NotApplicablePolicy.EXCLUDE
        for node in nodes:
            res = r.nodes[node.code]
            where = f"item {node.code}"
            i = len(rows)
            if not node.is_leaf:
                level = level_names[depth] if depth < len(level_names) else ""
                percent = None if res.applicable_max <= 0 else \
                    (res.score * 100 / res.applicable_max).quantize(Decimal("0.01"))
                info = "　".join(t for t in (level, f"得分率 {_pct(percent)}"
                                             if percent is not None else "") if t)
                indent = "　" * depth
                rows.append([self.p(f"{indent}{node.code}　{node.title}", s.cell_group, where),
                             "", self.p(_num(node.points), s.cell_r, where),
                             self.p(_num(res.score), s.cell_r, where),
                             self.p(info, s.cell_muted, where), ""])
                style += [("SPAN", (0, i), (1, i)), ("SPAN", (4, i), (5, i)),
                          ("BACKGROUND", (0, i), (-1, i), AREA_BG if depth == 0 else GROUP_BG),
                          ("NOSPLIT", (0, i), (-1, i + 1))]  # never alone at a page foot
                if depth == 0:
                    style.append(("LINEABOVE", (0, i), (-1, i), 0.9, NAVY))
                self.indicator_rows(node.children, rows, style, depth + 1)
                continue
            scored = node.mode is not Mode.DESCRIPTIVE or node.points > 0
            code = f"★{node.code}" if node.key else node.code
            score_text = "—" if (res.na and exclude) or not scored else _num(res.score)
            rows.append([self.p(code, s.cell_c, where), self.p(node.title, s.cell, where),
                         self.p(_num(node.points) if scored else "—", s.cell_r, where),
                         self.p(score_text, s.cell_r, where),
                         self.p("是" if res.na else "", s.cell_c, where),
                         self.p(self.leaf_answer(node), s.cell, f"{where} answer or note")])

    def indicator_table(self, nodes, heading_rows: list | None = None) -> Table:
        s = self.s
        head = [self.p(t, s.cell_head, "a table heading")
                for t in ("编码", "评估指标", "满分", "得分", "不适用", "评定结果与说明")]
        rows, style = [head, *(heading_rows or [])], []
        self.indicator_rows(nodes, rows, style)
        return Table(rows, colWidths=self.LEAF_WIDTHS, repeatRows=1, style=TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            *style,
        ]))

    def indicators(self) -> list:
        s = self.s
        story = [CondPageBreak(120), self.heading("评估指标得分明细")]
        keys = any(leaf.key for leaf in self.rubric.leaves())
        legend = "下表按指标体系逐项列出得分；"
        if keys:
            legend += "标 ★ 者为重点指标；"
        policy = ("不适用项按规定直接得满分。"
                  if self.rubric.scoring.not_applicable is NotApplicablePolicy.FULL_MARKS
                  else "不适用项不计入满分，按比例折算。")
        story.append(self.p(legend + policy, s.note, "the table legend"))
        story.append(Spacer(1, 4))
        story.append(self.indicator_table(self.rubric.areas))
        bonus = self.rubric.bonus
        if bonus is not None and bonus.items:
            story.append(Spacer(1, 8))
            story.append(self.p(f"加分项（合计 {_num(self.result.bonus_raw)} 分，上限 "
                                f"{_num(bonus.cap)} 分，计入 {_num(self.result.bonus)} 分）",
                                s.h2, "the bonus heading"))
            story.append(self.indicator_table(bonus.items))
        return story

    def findings(self) -> list:
        s = self.s
        story = [self.heading("评估意见")]
        for kind, title in FINDING_SECTIONS:
            story.append(self.p(title, s.h2, "a findings heading"))
            items = [f for f in self.sheet.findings if f.kind == kind]
            if not items:
                story.append(self.p("（无）", s.body_indent, "the findings"))
            for n, finding in enumerate(items, 1):
                text = f"{n}. "
                if finding.code:
                    text += f"〔{finding.code}〕"
                text += finding.text
                if finding.deadline:
                    text += f"（整改期限：{finding.deadline}）"
                story.append(self.p(text, s.body_indent, f"finding {finding.id}"))
        return story

    def audit(self) -> list:
        s = self.s
        edits = [e for e in self.history if e["field"] not in LIFECYCLE_FIELDS]
        story = [self.heading("评估过程记录")]
        if edits:
            kinds = Counter(EDIT_LABELS.get(e["field"], "其他") for e in edits)
            editors = Counter(e["actor"] for e in edits)
            first, last = edits[0]["at"], edits[-1]["at"]
            text = (f"本次评估共记录修改 {len(edits)} 次（"
                    + "、".join(f"{k} {n} 次" for k, n in kinds.most_common()) + "），"
                    f"首次修改于 {_local_time(first)}，最后修改于 {_local_time(last)}；"
                    "修改人：" + "、".join(f"{self.person(a)} {n} 次"
                                        for a, n in editors.most_common()) + "。")
        else:
            text = "本次评估没有修改记录。"
        story.append(self.p(text, s.body, "the audit summary"))
        created = next((e for e in self.history if e["field"] == "created"), None)
        facts = []
        if created:
            facts.append(f"创建于 {_local_time(created['at'])}（{self.person(created['actor'])}）")
        if self.ev.finalized_at:
            facts.append(f"定稿于 {_local_time(self.ev.finalized_at)}"
                         f"（{self.person(self.ev.finalized_by)}）")
        facts.append(f"现场照片与材料 {len(self.sheet.attachments)} 份")
        story.append(self.p("；".join(facts) + "。完整修改记录保存在评估系统中，可随时查阅。",
                            s.body, "the audit summary"))
        return story

    def signatures(self) -> list:
        s = self.s
        gap = 24
        cell_w = (FRAME_W - gap) / 2
        cells = [_SignatureCell(i, name, role, cell_w, self.boxes)
                 for i, (name, role) in enumerate(self.signers)]
        rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
        if rows and len(rows[-1]) == 1:
            rows[-1] = [rows[-1][0], ""]
        intro = self.p("本报告经评估组集体评议形成，评估组成员及督导室审核人签字（签章）确认。",
                       s.body, "the signature section")
        parts = [self.heading("签字确认"), intro, Spacer(1, 4)]
        if rows:
            table = Table(rows, colWidths=[cell_w + gap / 2, cell_w + gap / 2],
                          style=TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), gap / 2),
                              ("TOPPADDING", (0, 0), (-1, -1), 4),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ]))
            parts.append(table)
        return [KeepTogether(parts)]

    # --- page decoration --------------------------------------------------------------------
    def decorate(self, canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        top = PAGE_H - MARGIN_TOP + 12
        canvas.setFillColor(MUTED)
        width_right = pdf_fonts.text_width(self.header_right, 8.5)
        room = FRAME_W - width_right - 24
        left = pdf_fonts.fit_text(self.header_left, 8.5, max(room, FRAME_W / 3))
        pdf_fonts.draw_text(canvas, MARGIN_X, top, left, 8.5)
        right = pdf_fonts.fit_text(self.header_right, 8.5,
                                   FRAME_W - pdf_fonts.text_width(left, 8.5) - 24)
        pdf_fonts.draw_text(canvas, PAGE_W - MARGIN_X, top, right, 8.5, align="right")
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, top - 5, PAGE_W - MARGIN_X, top - 5)
        bottom = MARGIN_BOTTOM - 16
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, bottom + 11, PAGE_W - MARGIN_X, bottom + 11)
        pdf_fonts.draw_text(canvas, MARGIN_X, bottom, self.footer_left, 8)
        _draw_spaced(canvas, PAGE_W / 2, bottom, [str(page), "/", str(total)], 9)
        pdf_fonts.draw_text(canvas, PAGE_W - MARGIN_X, bottom, self.footer_right, 8,
                            align="right")
        canvas.restoreState()

    # --- the whole document -----------------------------------------------------------------
    def story(self) -> list:
        return [*self.title_block(), *self.conclusion(), *self.areas(), *self.conditions(),
                *self.indicators(), *self.findings(), *self.audit(), *self.signatures()]

    def build(self, out_path: Path) -> ReportLayout:
        story = self.story()  # checks every text before a byte is written
        out_path = Path(out_path)
        tmp = out_path.with_name(out_path.name + ".part")
        sink: dict = {}
        doc = BaseDocTemplate(
            str(tmp), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            title=f"{self.school.name} {self.rubric.title}评估报告", author=BUREAU,
            subject=f"评估编号 {self.ev.id}；评估标准 {self.rubric.id} {self.rubric.version}",
            creator="余杭区督导评估工具", lang="zh-CN", initialFontName=BODY_FONT)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="report", frames=[frame])])

        def canvasmaker(*args, **kwargs):
            return _ReportCanvas(*args, decorate=self.decorate, sink=sink, **kwargs)

        try:
            doc.build(story, canvasmaker=canvasmaker)
            os.replace(tmp, out_path)
        finally:
            tmp.unlink(missing_ok=True)
        boxes = [self.boxes[i] for i in sorted(self.boxes)]
        if len(boxes) != len(self.signers):  # pragma: no cover - every cell is drawn once
            raise RuntimeError("a signature box was not placed on the page")
        return ReportLayout(sink["pages"], boxes)


def build_report(store: Store, evaluation_id: str, out_path: Path | str, *,
                 signers: list[tuple[str, str]] | None = None) -> ReportLayout:
    """Write the PDF report of an evaluation to ``out_path`` (replaced atomically).

    ``signers`` are (name, role) pairs, one signature box each, in order; by default the team
    (the first member as 组长) and the bureau's 督导室审核. Raises
    :class:`~.pdf_fonts.MissingGlyph` when a text has a character no bundled font can draw.
    """
    return _Report(store, evaluation_id, signers).build(Path(out_path))
