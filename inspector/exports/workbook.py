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
The sheets are written by :mod:`.workbook_sheets`; formats and print setup are in
:mod:`.workbook_style`, labels and cell values in :mod:`.workbook_values`, sheet names and
``SUM`` formulas in :mod:`.workbook_formulas` (the roll-up shares these three).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook

from .workbook_formulas import EXCEL_SHEET_NAME_MAX, sheet_name
from .workbook_sheets import (
    audit_rows,
    evaluation_label,
    finding_rows,
    write_audit_sheet,
    write_findings_sheet,
    write_items,
    write_summary,
)
from .workbook_values import short_school

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["export_evaluation"]  # and export_rollup, from rollup.py (see __getattr__ below)


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
            stem = f"{n} {short_school(school.name)}"[:EXCEL_SHEET_NAME_MAX - 3]
            items_name = sheet_name(f"{stem} 明细", used)
            summary_name = sheet_name(f"{stem} 汇总", used)
        else:
            items_name = sheet_name("评分明细", used)
            summary_name = sheet_name("得分汇总", used)
        items = write_items(wb.create_sheet(items_name), items_name, sheet, school, result)
        write_summary(wb.create_sheet(summary_name), sheet, school, result, items)
        label = evaluation_label(sheet, school)
        labels.append(label)
        lead = [label] if several else []
        findings += finding_rows(sheet, lead, names)
        audit += audit_rows(sheet, store.evaluations.history(eid), lead, names)
    info = "；".join(labels) if len(labels) <= 10 else f"共 {len(labels)} 项评估，见“评估”列"
    write_findings_sheet(wb.create_sheet(sheet_name("问题与整改", used)), info, findings, several)
    write_audit_sheet(wb.create_sheet(sheet_name("修改记录", used)), info, audit, several)
    wb.active = 1  # the first evaluation's summary
    out = Path(out_path)
    wb.save(out)
    return out


def __getattr__(name: str):  # PEP 562: the roll-up lives in rollup.py, which shares our helpers
    if name == "export_rollup":
        from .rollup import export_rollup

        return export_rollup
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
