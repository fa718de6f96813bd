"""The report's section on an expert team's evaluation (专家组评分与合并): how the members'
scoresheets were merged, each member's score per area next to the team's, and every
disagreement with each member's answer and how the lead settled it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import KeepTogether, Spacer

from ..rubrics.numbers import format_decimal
from ..scoring import describe_answer, score
from .report_styles import FRAME_W

if TYPE_CHECKING:
    from .report_sections import ReportSections

POLICY_LABELS = {"mean": "平均分", "trimmed_mean": "去掉一个最高分和一个最低分后取平均",
                 "median": "中位数", "owner": "按一级指标分工，采用负责人的评分",
                 "lead": "每项由组长裁定"}
MODE_LABELS = {"parallel": "并行评分（每位专家独立评全部指标）",
               "split": "按一级指标分工"}


def team_section(content: ReportSections) -> list:
    """The section, or nothing for an evaluation made by one inspector."""
    from ..team.workflow import merged, sheet_history, team

    found = team(content.store, content.ev.id)
    if found is None:
        return []
    s = content.s
    result = merged(content.store, content.ev.id)
    handed = {h["member_id"]: h for h in sheet_history(content.store, content.ev.id)
              if h["current"]}
    story = [content.heading("专家组评分与合并")]
    owners = ""
    if found.mode == "split":
        names = {m.id: m.name for m in found.members}
        owners = "；分工：" + "，".join(f"{a} {names.get(o, o)}" for a, o in
                                     sorted(found.ownership.items()))
    rule = (f"合分规则：{POLICY_LABELS.get(str(found.policy), str(found.policy))}；"
            f"分工方式：{MODE_LABELS.get(found.mode, found.mode)}{owners}；分歧认定：同一指标各专家"
            f"评分相差超过该项分值的 {format_decimal(found.threshold * 100)}%，或判断不一致。")
    story.append(content.p(rule, s.body, "the team's rule"))
    members = "；".join(
        f"{m.name}（{m.id}）" + ("" if m.id in handed else "，未提交评分表")
        for m in found.members)
    story.append(content.p(f"专家组成员：{members}。各成员评分表均经本人数字签名，组长导入后合并。",
                           s.body, "the team's members"))
    story.append(Spacer(1, 4))
    story.append(_area_table(content, result))
    story.append(Spacer(1, 6))
    if result.disagreements:
        story.append(KeepTogether([
            content.p(f"评分分歧及组长裁定（共 {len(result.disagreements)} 项）", s.h2,
                      "the disagreements title"),
            _disagreement_table(content, result)]))
    else:
        story.append(content.p("各专家评分无超出阈值的分歧。", s.body, "no disagreement"))
    return story


def _area_table(content: ReportSections, result):
    """一级指标 × members (each scored alone with the engine) and the team's merged score."""
    rubric, s = content.rubric, content.s
    members = result.members
    scored = [score(rubric, dict(m.answers)) for m in members]
    head = [("一级指标", s.cell_head, "a table heading")]
    head += [(m.member_name, s.cell_head, "a member's name") for m in members]
    head += [("合并结果", s.cell_head, "a table heading")]
    rows = [head]
    team_areas = {a.code: a for a in content.result.areas}
    for area in rubric.areas:
        row = [(f"{area.code} {area.title}", s.cell, f"area {area.code}")]
        for r in scored:
            mine = next((a for a in r.areas if a.code == area.code), None)
            row.append((format_decimal(mine.score) if mine else "—", s.cell_c, "a score"))
        merged_area = team_areas.get(area.code)
        row.append((format_decimal(merged_area.score) if merged_area else "—", s.cell_c,
                    "a score"))
        rows.append(row)
    totals = [("合计", s.cell_head, "a table heading")]
    totals += [(format_decimal(r.total), s.cell_c, "a total") for r in scored]
    totals += [(format_decimal(content.result.total), s.cell_c, "a total")]
    rows.append(totals)
    first = 150
    rest = (FRAME_W - first) / (len(members) + 1)
    return content.plain_table(rows, [first] + [rest] * (len(members) + 1),
                               content.ruled_table(3), pad_x=5, repeatRows=1)


def _disagreement_table(content: ReportSections, result):
    rubric, s = content.rubric, content.s
    head = [(t, s.cell_head, "a table heading")
            for t in ("指标", "各专家评分及说明", "组长裁定", "理由")]
    rows = [head]
    for d in result.disagreements:
        where = f"item {d.code}"
        said = "\n".join(
            f"{v.member_name}：{describe_answer(rubric, d.code, v.answer)}"
            + (f"（{v.note.strip()}）" if v.note.strip() else "") for v in d.values)
        if d.settlement is not None:
            decided = describe_answer(rubric, d.code, d.settlement.answer)
            reason = d.settlement.reason
        else:
            decided, reason = "尚未裁定", ""
        rows.append([(f"{d.code} {d.title}", s.cell, where), (said, s.cell, f"{where} values"),
                     (decided, s.cell_c, f"{where} settlement"),
                     (reason, s.cell, f"{where} reason")])
    widths = [110, FRAME_W - 110 - 70 - 130, 70, 130]
    return content.plain_table(rows, widths, content.ruled_table(3), pad_x=5, repeatRows=1)
