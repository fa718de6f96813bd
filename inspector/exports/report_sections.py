"""The sections of the PDF report, in order: title block and particulars, conclusion, area
scores (table and bar chart), prerequisites and vetoes, the indicator table with bonus items,
findings, a summary of the audit trail, and the signature boxes.

:class:`ReportSections` loads one evaluation and turns it into a platypus story; every text
goes through :func:`.pdf_fonts.markup` (paragraphs) or :func:`.pdf_fonts.font_runs` (table
cells drawn as plain strings, see :meth:`ReportSections.fast`), which raise
:class:`~.pdf_fonts.MissingGlyph` for a character no bundled font has.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..rubrics.model import (
    FAMILY_LABELS,
    SCHOOL_TYPE_LABELS,
    Rubric,
)
from ..scoring import describe_answer
from . import pdf_fonts
from .pdf_fonts import BODY_FONT, markup
from .report_canvas import SignatureCell
from .report_indicators import IndicatorTable, _num, _pct
from .report_styles import (
    BAR,
    FRAME_W,
    GREEN,
    GROUP_BG,
    HEAD_BG,
    INK,
    MUTED,
    NAVY,
    RED,
    RULE,
    TRACK,
    ReportStyles,
)

if TYPE_CHECKING:
    from ..scoring import Result
    from ..store import Store
    from ..store.evaluations import EvaluationSheet

BUREAU = "杭州市余杭区教育局督导室"
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
_ALIGN = {TA_LEFT: "LEFT", TA_CENTER: "CENTER", TA_RIGHT: "RIGHT"}  # for plain-text cells


# --- helpers ------------------------------------------------------------------------------------
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


class ReportSections(IndicatorTable):
    """One evaluation, loaded, and the builders of each section of its report. The signature
    boxes record where they land in :attr:`placed` when the story is drawn."""

    def __init__(self, store: Store, evaluation_id: str):
        pdf_fonts.register_fonts()
        self.store = store
        self.sheet: EvaluationSheet = store.evaluations.open(evaluation_id)
        self.ev = self.sheet.evaluation
        self.rubric: Rubric = self.sheet.rubric
        self.result: Result = self.sheet.result()
        self.school = store.schools.require(self.ev.school_code)
        self.history = store.evaluations.history(self.ev.id)
        self.s = ReportStyles()
        self.sections = 0
        self.placed: dict[int, tuple[int, tuple[float, float, float, float]]] = {}
        self._names: dict[str, str] = {}

    # --- small builders -----------------------------------------------------------------------
    def p(self, text: str, style: ParagraphStyle, where: str, *, color=None) -> Paragraph:
        body = markup(text, where)
        if color is not None:
            body = f'<font color="{color.hexval()}">{body}</font>'
        return Paragraph(body, style)

    def fast(self, text: str, style: ParagraphStyle, where: str, width: float, *,
             pad: float = 8, color=None):
        """A table cell as a plain string, wrapped here to the column (``width`` less the
        cell's left and right ``pad``; the table style sets its font, size, colour and
        alignment), when it is all in the body font; else a Paragraph. Paragraphs wrap CJK
        text too but cost ten times as much, and a table that breaks across pages wraps the
        Paragraphs of its remaining rows again at every page: a 300-item report has 2,000
        cells."""
        runs = pdf_fonts.font_runs(text, where)  # also checks every glyph
        if len(runs) > 1:
            return self.p(text, style, where, color=color)
        if not runs:
            return ""
        line = runs[0][1]
        if "\n" not in line and stringWidth(line, BODY_FONT, style.fontSize) <= width - pad:
            return line
        return "\n".join(pdf_fonts.wrap_body_text(line, style.fontSize, width - pad))

    def plain_table(self, rows: list[list], widths: list[float], style: list[tuple], *,
                    pad_x: float, **kwargs) -> Table:
        """A small table whose cells are given as ``(text, paragraph style, where)`` or
        ``(text, paragraph style, where, colour)`` (or "" for a cell under a span): each
        becomes a plain string (see :meth:`fast`) wrapped to its column or span, and the
        paragraph style's size, leading, colour and alignment become that cell's style."""
        spans = {cmd[1]: sum(widths[cmd[1][0]:cmd[2][0] + 1]) for cmd in style
                 if cmd[0] == "SPAN"}
        cells: list[tuple] = []
        data = []
        for r, row in enumerate(rows):
            values = []
            for c, spec in enumerate(row):
                if not isinstance(spec, tuple):
                    values.append(spec)
                    continue
                text, pstyle, where, *colour = spec
                colour = colour[0] if colour else pstyle.textColor
                value = self.fast(text, pstyle, where, spans.get((c, r), widths[c]),
                                  pad=2 * pad_x, color=colour)
                values.append(value)
                if isinstance(value, str):
                    at = (c, r)
                    cells += [("FONTSIZE", at, at, pstyle.fontSize),
                              ("LEADING", at, at, pstyle.leading),
                              ("TEXTCOLOR", at, at, colour),
                              ("ALIGN", at, at, _ALIGN[pstyle.alignment])]
            data.append(values)
        return Table(data, colWidths=widths, style=TableStyle([
            *style, ("LEFTPADDING", (0, 0), (-1, -1), pad_x),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad_x), *cells]), **kwargs)

    def ruled_table(self, padding: float) -> list[tuple]:
        """The style every ruled table of the report shares: font, grid, frame, head row."""
        cell = self.s.cell
        return [("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
                ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
                ("LEADING", (0, 0), (-1, -1), cell.leading),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding)]

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
            return (text, s.label, "a label")

        def val(text, where):
            return (text or "—", s.value, where)

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
        story.append(self.plain_table(rows, widths, [
            ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
            ("BACKGROUND", (0, 0), (0, -1), GROUP_BG),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            *spans, *shaded,
        ], pad_x=5))
        return story

    def conclusion(self) -> list:
        s, r = self.s, self.result
        story = [self.heading("评估结论")]
        grade_color = GREEN if r.passed else RED
        cells = [
            [("总分", s.big_label, "a label"), ("得分率", s.big_label, "a label"),
             ("加分", s.big_label, "a label"), ("评估等级", s.big_label, "a label")],
            [(f"{_num(r.total)} / {_num(r.max)}", s.big, "the total"),
             (_pct(r.percent), s.big, "the percent"),
             (_num(r.bonus), s.big, "the bonus"),
             (r.grade, s.big, "the grade", grade_color)],
        ]
        story.append(self.plain_table(cells, [FRAME_W / 4] * 4, pad_x=6, style=[
            ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
            ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (-1, -1), GROUP_BG),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 9),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
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
        head = [(t, s.cell_head, "a table heading")
                for t in ("编码", "一级指标", "得分", "满分", "得分率")]
        rows = [head]
        for area in r.areas:
            rows.append([(area.code, s.cell_c, f"area {area.code}"),
                         (area.title, s.cell, f"area {area.code}"),
                         (_num(area.score), s.cell_r, "a score"),
                         (_num(area.max), s.cell_r, "a score"),
                         (_pct(area.percent), s.cell_r, "a percent")])
        total_rows = [("基本得分", r.base_total, r.max, None)]
        if self.rubric.bonus is not None:
            total_rows.append((f"加分（上限 {_num(self.rubric.bonus.cap)} 分）", r.bonus,
                               None, None))
        total_rows.append(("总分", r.total, r.max, r.percent))
        first_total = len(rows)
        for label, value, maximum, percent in total_rows:
            rows.append(["", (label, s.cell, "the totals"),
                         (_num(value), s.cell_r, "a score"),
                         (_num(maximum) if maximum is not None else "", s.cell_r, "a score"),
                         (_pct(percent) if percent is not None else "", s.cell_r,
                          "a percent")])
        widths = [46, FRAME_W - 46 - 3 * 62, 62, 62, 62]
        story = [KeepTogether([heading, self.plain_table(rows, widths, repeatRows=1, pad_x=6,
                                                         style=[
            ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.9, NAVY),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("BACKGROUND", (0, first_total), (-1, -1), GROUP_BG),
            ("LINEABOVE", (0, first_total), (-1, first_total), 0.9, NAVY),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ])])]
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
        head = [(t, s.cell_head, "a table heading")
                for t in ("类别", "编码", "内容", "评估结果", "说明")]
        rows = [head]
        for kind, conds in (("基本条件", rubric.prerequisites), ("否决项", rubric.vetoes)):
            for cond in conds:
                record = self.sheet.answers.get(cond.code)
                value = record.value if record else None
                answer = describe_answer(rubric, cond.code, value)
                bad = (value is True and rubric.is_veto(cond.code)) or \
                      (value is False and rubric.is_prerequisite(cond.code))
                where = f"item {cond.code}"
                rows.append([(kind, s.cell_c, where),
                             (cond.code, s.cell_c, where),
                             (cond.title, s.cell, where),
                             (answer, s.cell_c, where, RED if bad else s.cell_c.textColor),
                             (record.note if record else "", s.cell, f"{where} note")])
        widths = [52, 36, FRAME_W - 52 - 36 - 58 - 120, 58, 120]
        story.append(self.plain_table(rows, widths, self.ruled_table(3), pad_x=6,
                                      repeatRows=1))
        return story

    def findings(self) -> list:
        s = self.s
        story = [self.heading("评估意见")]
        from ..team.workflow import team

        found = team(self.store, self.ev.id)  # an expert team's: each finding names its author
        authors = {m.id: m.name for m in found.members} if found is not None else {}
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
                if finding.created_by in authors:
                    text += f"（{authors[finding.created_by]}）"
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

    def signatures(self, signers: list[tuple[str, str]]) -> list:
        s = self.s
        gap = 24
        cell_w = (FRAME_W - gap) / 2
        cells = [SignatureCell(i, name, role, cell_w, self.placed)
                 for i, (name, role) in enumerate(signers)]
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

    # --- the whole document -----------------------------------------------------------------
    def story(self, signers: list[tuple[str, str]]) -> list:
        """Every section, in order, with a signature box per (name, role) in ``signers``."""
        from .report_team import team_section

        return [*self.title_block(), *self.conclusion(), *self.areas(), *self.conditions(),
                *team_section(self), *self.indicators(), *self.findings(), *self.audit(),
                *self.signatures(signers)]
