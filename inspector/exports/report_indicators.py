"""The report's indicator table (评估指标得分明细): every leaf with its answer, score and note,
grouped under its areas and groups, paged by hand (see :mod:`.report_table`). A part of
:class:`~.report_sections.ReportSections`."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from reportlab.platypus import CondPageBreak, Spacer

from ..rubrics.model import (
    Mode,
    Node,
    NotApplicablePolicy,
)
from ..rubrics.numbers import format_decimal
from ..scoring import NA, describe_answer
from .report_styles import (
    AREA_BG,
    FRAME_W,
    GROUP_BG,
    NAVY,
)
from .report_table import PagedTable, TableRow

_ANSWER_PREFIX = {Mode.POINTS: "评分：", Mode.COEFFICIENT: "评定：", Mode.DEDUCTION: ""}


def _num(value: Decimal | None) -> str:
    return "—" if value is None else format_decimal(value)


def _pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{format_decimal(value)}%"


class IndicatorTable:
    """Mixed into ReportSections (which holds the evaluation, rubric, result and styles)."""

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

    CELL_PAD = 2.5  # top and bottom padding of the indicator table's cells

    def row_height(self, cells: list, widths: list[float], leadings: list[float]) -> float:
        """The height of a row of the indicator table: its tallest cell (a plain string is
        a line per "\n", a Paragraph is measured at the column's width) plus the padding.
        ``widths`` are the cells' widths (a spanning cell's is the span's)."""
        tallest = 0.0
        for cell, width, leading in zip(cells, widths, leadings, strict=True):
            if isinstance(cell, str):
                height = (cell.count("\n") + 1) * leading
            else:
                height = cell.wrap(width - 8, 1e6)[1]
            tallest = max(tallest, height)
        return tallest + 2 * self.CELL_PAD

    def indicator_rows(self, nodes, rows: list[TableRow], depth: int = 0) -> None:
        s, r = self.s, self.result
        level_names = self.rubric.meta.level_names
        exclude = self.rubric.scoring.not_applicable is NotApplicablePolicy.EXCLUDE
        widths = self.LEAF_WIDTHS
        cell, group, muted = s.cell.leading, s.cell_group.leading, s.cell_muted.leading
        for node in nodes:
            res = r.nodes[node.code]
            where = f"item {node.code}"
            if not node.is_leaf:
                level = level_names[depth] if depth < len(level_names) else ""
                percent = None if res.applicable_max <= 0 else \
                    (res.score * 100 / res.applicable_max).quantize(Decimal("0.01"))
                info = "　".join(t for t in (level, f"得分率 {_pct(percent)}"
                                             if percent is not None else "") if t)
                indent = "　" * depth
                title_w, info_w = widths[0] + widths[1], widths[4] + widths[5]
                cells = [self.fast(f"{indent}{node.code}　{node.title}", s.cell_group, where,
                                   title_w),
                         "", self.fast(_num(node.points), s.cell_r, where, widths[2]),
                         self.fast(_num(res.score), s.cell_r, where, widths[3]),
                         self.fast(info, s.cell_muted, where, info_w), ""]
                style = [("SPAN", 0, 1), ("SPAN", 4, 5),
                         # the plain-text cells of a group row, as the styles cell_group
                         # (the title), cell_r (the points) and cell_muted (the rate)
                         ("ALIGN", 0, 1, "LEFT"),
                         ("FONTSIZE", 0, 1, s.cell_group.fontSize),
                         ("LEADING", 0, 1, group),
                         ("TEXTCOLOR", 0, 1, s.cell_group.textColor),
                         ("FONTSIZE", 4, 5, s.cell_muted.fontSize),
                         ("LEADING", 4, 5, muted),
                         ("TEXTCOLOR", 4, 5, s.cell_muted.textColor),
                         ("ALIGN", 4, 5, "RIGHT"),
                         ("BACKGROUND", 0, -1, AREA_BG if depth == 0 else GROUP_BG)]
                if depth == 0:
                    style.append(("LINEABOVE", 0, -1, 0.9, NAVY))
                height = self.row_height(cells, [title_w, 0, widths[2], widths[3], info_w, 0],
                                         [group, group, cell, cell, muted, muted])
                # keep: a group's heading row is never alone at a page foot
                rows.append(TableRow(cells, height, style, keep=True))
                self.indicator_rows(node.children, rows, depth + 1)
                continue
            scored = node.mode is not Mode.DESCRIPTIVE or node.points > 0
            code = f"★{node.code}" if node.key else node.code
            score_text = "—" if (res.na and exclude) or not scored else _num(res.score)
            cells = [self.fast(code, s.cell_c, where, widths[0]),
                     self.fast(node.title, s.cell, where, widths[1]),
                     self.fast(_num(node.points) if scored else "—", s.cell_r, where,
                               widths[2]),
                     self.fast(score_text, s.cell_r, where, widths[3]),
                     self.fast("是" if res.na else "", s.cell_c, where, widths[4]),
                     self.fast(self.leaf_answer(node), s.cell, f"{where} answer or note",
                               widths[5])]
            rows.append(TableRow(cells, self.row_height(cells, widths, [cell] * 6), []))

    def indicator_table(self, nodes) -> PagedTable:
        """Every indicator under ``nodes``, one row each (groups as spanning rows), laid out
        a page at a time (see :mod:`.report_table`)."""
        s = self.s
        head = [self.fast(t, s.cell_head, "a table heading", w)
                for t, w in zip(("编码", "评估指标", "满分", "得分", "不适用", "评定结果与说明"),
                                self.LEAF_WIDTHS, strict=True)]
        rows: list[TableRow] = []
        self.indicator_rows(nodes, rows)
        return PagedTable(
            TableRow(head, self.row_height(head, self.LEAF_WIDTHS, [s.cell_head.leading] * 6),
                     []),
            rows, self.LEAF_WIDTHS, [
                *self.ruled_table(self.CELL_PAD),
                ("TEXTCOLOR", (0, 0), (-1, 0), s.cell_head.textColor),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                # the plain-text cells (see fast()): code centred, points right, N/A centred
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("ALIGN", (2, 1), (3, -1), "RIGHT"),
                ("ALIGN", (4, 1), (4, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ])

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

