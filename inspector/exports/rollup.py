"""The district roll-up: every evaluation on one row, per rubric family, and counts.

    export_rollup(store, "余杭区督导评估汇总.xlsx", status="finalized", town="良渚街道")

Sheets:

* 汇总 — counts per rubric family × grade and per town (× family), as ``COUNTIFS`` formulas
  over the 全部 sheet, so they follow when an auditor filters or corrects the data;
* 全部 — one row per evaluation: school, town, school type, family, rubric, version, visit
  date, status, revision, total, max, percent, grade, passed, vetoes, each area's score (by
  area code: the same code means different things in different rubrics) and the evaluation id;
* one sheet per rubric family (FAMILY_LABELS) with the same rows for that family and its own
  area columns, headed "code title".

Only the latest revision of each evaluation chain is included unless ``include_superseded``
(a reopened evaluation counts once, as its newest revision, whatever its status).

Figures come from where the app keeps them: a finalized (or signed, submitted) evaluation's
frozen result, read straight from the database; a draft is scored now. The workbook is
written in openpyxl's write-only mode: rows stream to disk as they are made, each column's
style is made once and reused (a template cell), and nothing is held per cell.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter

from ..rubrics import FAMILY_LABELS
from ..store.evaluation_list import evaluation_filters
from .workbook_formulas import quote_sheet, sheet_name
from .workbook_style import (
    BOLD,
    CENTER,
    HEADER_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    INFO_FONT,
    PERCENT_FORMAT,
    RED,
    TITLE_FONT,
    page_setup,
    set_widths,
)
from .workbook_values import (
    NO,
    YES,
    family_label,
    fraction,
    iso_date,
    num,
    school_type_label,
    status_label,
)

if TYPE_CHECKING:
    from ..rubrics import Rubric
    from ..store import Store

__all__ = ["export_rollup", "RollupRow", "collect_rows"]

ALL_SHEET = "全部"
SUMMARY_SHEET = "汇总"
HEADER_ROW = 3
FIRST_ROW = HEADER_ROW + 1
NO_TOWN = "（未填写）"

# (key, header, width, number format or None for text)
BASE_COLUMNS: list[tuple[str, str, float, str | None]] = [
    ("school", "学校", 28, None),
    ("school_code", "学校代码", 12, None),
    ("town", "乡镇（街道）", 12, None),
    ("school_type", "学校类型", 12, None),
    ("family", "评估类别", 17, None),
    ("rubric", "评估标准", 34, None),
    ("version", "版本", 8, None),
    ("visit_date", "访视日期", 11, None),  # a date: openpyxl formats it yyyy-mm-dd itself
    ("status", "状态", 10, None),
    ("revision", "修订", 6, None),
    ("total", "总分", 8, None),
    ("max", "满分", 7, None),
    ("percent", "得分率", 9, PERCENT_FORMAT),
    ("grade", "等级", 14, None),
    ("passed", "是否合格", 8, None),
    ("veto", "否决项", 10, None),
]
ID_COLUMN = ("id", "评估编号", 38, None)
AREA_WIDTH = 9
COL = {key: i for i, (key, *_rest) in enumerate(BASE_COLUMNS, 1)}


@dataclass(slots=True)
class RollupRow:
    """One evaluation's line in the roll-up (figures as the app computed them)."""

    id: str
    school: str
    school_code: str
    town: str
    school_type: str
    family: str
    rubric_id: str
    rubric_title: str
    rubric_version: str
    rubric_hash: str
    visit_date: str
    status: str
    superseded: bool
    revision: int
    total: float | int
    max: float | int
    percent: float  # a fraction: 0.8631
    grade: str
    passed: bool
    veto: list[str]
    areas: dict[str, tuple[str, float | int]]  # code → (title, score)
    _values: list[Any] | None = field(default=None, repr=False, compare=False)

    def base_values(self) -> list[Any]:
        """The values of the base columns (computed once: 全部 and a family sheet share them)."""
        if self._values is None:
            self._values = self._base_values()
        return self._values

    def _base_values(self) -> list[Any]:
        return [self.school, self.school_code, self.town or NO_TOWN,
                school_type_label(self.school_type), family_label(self.family),
                self.rubric_title, self.rubric_version, iso_date(self.visit_date),
                status_label(self.status, self.superseded), self.revision, self.total,
                self.max, self.percent, self.grade, YES if self.passed else NO,
                "、".join(self.veto) or None]


# --- gathering the figures -------------------------------------------------------------------
# One read-only query: the columns of store.evaluations.list() (same joins, same filters) plus
# the figures a finalized evaluation froze, from their compact copy (``frozen_figures``,
# migration m007: [total, max, percent, grade, passed, veto, [[area code, score], …]]). Area
# titles come from the rubric the result was scored against (stored under its content hash).
_ROWS_SQL = (
    "SELECT e.id, e.school_code, s.name, s.town, s.type, r.id, r.version, r.title, r.family, "
    "e.rubric_hash, e.visit_date, e.status, e.revision, e.superseded_by, f.figures "
    "FROM evaluations e JOIN schools s ON s.code = e.school_code "
    "JOIN rubrics r ON r.hash = e.rubric_hash "
    "LEFT JOIN frozen_figures f ON f.evaluation_id = e.id")


def collect_rows(store: Store, *, status: str | None = None, family: str | None = None,
                 town: str | None = None, include_superseded: bool = False,
                 rubrics: dict[str, Rubric] | None = None) -> list[RollupRow]:
    """The roll-up's rows, sorted by town, school, visit date and revision.

    ``status``, ``family`` and ``town`` filter as ``store.evaluations.list`` does. A frozen
    evaluation's figures are its stored result (what was finalized); a draft is scored now.
    ``rubrics`` (content hash → Rubric) is filled with the rubrics the rows use.
    """
    where, params = evaluation_filters(status=status, family=_value(family), town=town)
    if not include_superseded:
        where.append("e.superseded_by IS NULL")
    sql = _ROWS_SQL + (" WHERE " + " AND ".join(where) if where else "")
    if rubrics is None:
        rubrics = {}
    titles: dict[str, dict[str, str]] = {}  # rubric hash → area code → title
    rows: list[RollupRow] = []
    for (eid, code, name, town_, stype, rid, rver, rtitle, fam, rubric_hash, visit, st, rev,
         sup, frozen) in store.db.execute(sql, params):
        if rubric_hash not in rubrics:
            rubrics[rubric_hash] = store.rubric(rubric_hash)
        if st == "draft" or frozen is None:  # a draft: score it now
            result = store.evaluations.open(eid).result()
            total, maximum, grade, passed = (num(result.total), num(result.max), result.grade,
                                             result.passed)
            percent = fraction(result.percent)
            veto = list(result.veto)
            area_scores = {a.code: (a.title, num(a.score)) for a in result.areas}
        else:
            total, maximum, percent, grade, passed, veto, areas = json.loads(frozen)
            percent = fraction(percent)
            passed = bool(passed)
            names = titles.get(rubric_hash)
            if names is None:
                names = titles[rubric_hash] = {a.code: a.title
                                               for a in rubrics[rubric_hash].areas}
            try:
                area_scores = {c: (names[c], score) for c, score in areas}
            except KeyError:  # an area the rubric does not have (never with a stored rubric)
                area_scores = _frozen_areas(store, eid)
        rows.append(RollupRow(
            id=eid, school=name, school_code=code, town=town_ or "", school_type=stype,
            family=fam, rubric_id=rid, rubric_title=rtitle, rubric_version=rver,
            rubric_hash=rubric_hash, visit_date=visit, status=st, superseded=bool(sup),
            revision=rev, total=total, max=maximum, percent=percent, grade=grade,
            passed=passed, veto=veto, areas=area_scores))
    rows.sort(key=lambda x: (x.town, x.school_code, x.visit_date, x.revision))
    return rows


def _frozen_areas(store: Store, evaluation_id: str) -> dict[str, tuple[str, float | int]]:
    """Every area of a frozen result, as it was stored: code → (title, score)."""
    text = store.db.execute("SELECT json_extract(result, '$.areas') FROM evaluations "
                            "WHERE id = ?", [evaluation_id]).fetchone()[0]
    return {a["code"]: (a["title"], a["score"]) for a in json.loads(text)}


def _value(family: Any) -> str | None:
    return None if family is None else getattr(family, "value", family)


_NUMBER = re.compile(r"(\d+)")


def _natural(code: str) -> list:
    return [int(p) if p.isdigit() else p for p in _NUMBER.split(code)]


# --- writing ---------------------------------------------------------------------------------
class _Stream:
    """A write-only sheet: widths and print setup first, then rows through per-column
    template cells (styled once, value swapped per row)."""

    def __init__(self, wb: Workbook, title: str, widths: Sequence[float],
                 formats: Sequence[str | None], data_rows: int, *, left: str = "",
                 header_row: int = HEADER_ROW, freeze: str | None = None,
                 filter_: bool = True):
        self.ws = ws = wb.create_sheet(title)
        set_widths(ws, widths)
        page_setup(ws, header_row=header_row, last_col=len(widths),
                   last_row=header_row + data_rows, left=left, freeze=freeze)
        if not filter_:
            ws.auto_filter.ref = None
        # each combination of styles as openpyxl's array of style ids, made once: assigning a
        # font, fill, alignment or border to a cell hashes the whole style object every time
        self._styles: dict[tuple, tuple[StyleArray, tuple]] = {}
        self.templates: list[tuple[int, Cell]] = []  # (column index, template)
        for i, fmt in enumerate(formats):
            if fmt is not None:
                self.templates.append((i, self.styled(None, fmt=fmt)))

    def styled(self, value: Any, *, font: Font | None = None, fill=None, fmt: str | None = None,
               align=None, border=None) -> Cell:
        key = (id(font), id(fill), fmt, id(align), id(border))
        if key not in self._styles:
            proto = Cell(self.ws)
            if font is not None:
                proto.font = font
            if fill is not None:
                proto.fill = fill
            if fmt is not None:
                proto.number_format = fmt
            if align is not None:
                proto.alignment = align
            if border is not None:
                proto.border = border
            # the style objects are kept with their ids, so that an id is never reused
            self._styles[key] = (proto._style, (font, fill, align, border))
        cell = WriteOnlyCell(self.ws)
        cell._style = StyleArray(self._styles[key][0])  # openpyxl's way to copy a style
        cell.value = value
        return cell

    def title(self, title: str, info: str) -> None:
        self.ws.append([self.styled(title, font=TITLE_FONT)])
        self.ws.append([self.styled(info, font=INFO_FONT)])

    def header(self, headers: Iterable[str]) -> None:
        self.ws.append([self.styled(h, font=HEADER_FONT, fill=HEADER_FILL, align=CENTER,
                                    border=HEADER_BORDER) for h in headers])

    def row(self, values: list[Any]) -> None:
        """Append values ("" and None leave the cell empty); styled columns go through their
        template cell, which the write-only sheet serialises at once."""
        for i, template in self.templates:
            value = values[i]
            if value is not None and value != "":
                template.value = value
                values[i] = template
        self.ws.append(values)

    def blank(self) -> None:
        self.ws.append([])


def _data_sheet(wb: Workbook, title: str, heading: str, info: str, rows: list[RollupRow],
                area_keys: list[tuple[str, str]], area_headers: list[str], left: str) -> None:
    """全部 or a family sheet: the base columns, one column per area key, the id."""
    headers = [h for _, h, _, _ in BASE_COLUMNS] + area_headers + [ID_COLUMN[1]]
    widths = [w for _, _, w, _ in BASE_COLUMNS] + [AREA_WIDTH] * len(area_keys) + [ID_COLUMN[2]]
    formats = [f for *_, f in BASE_COLUMNS] + [None] * len(area_keys) + [None]
    sheet = _Stream(wb, title, widths, formats, len(rows), left=left, freeze="B4")
    sheet.title(heading, info)
    sheet.header(headers)
    by_code = all(isinstance(k, str) for k in area_keys)
    for row in rows:
        get = row.areas.get
        if by_code:
            areas = [a[1] if (a := get(k)) is not None else None for k in area_keys]
        else:
            areas = [a[1] if (a := get(c)) is not None and a[0] == t else None
                     for c, t in area_keys]
        sheet.row([*row.base_values(), *areas, row.id])
    passed = get_column_letter(COL["passed"])
    last = max(FIRST_ROW, HEADER_ROW + len(rows))
    sheet.ws.conditional_formatting.add(
        f"{passed}{FIRST_ROW}:{passed}{last}",
        CellIsRule(operator="equal", formula=[f'"{NO}"'], font=RED))


def _ranges(rows: int) -> dict[str, str]:
    """Absolute references to the 全部 sheet's data columns, for the COUNTIFS."""
    last = max(FIRST_ROW, HEADER_ROW + rows)
    prefix = quote_sheet(ALL_SHEET) + "!"
    return {key: f"{prefix}${get_column_letter(i)}${FIRST_ROW}:${get_column_letter(i)}${last}"
            for key, i in COL.items()}


def _summary_sheet(wb: Workbook, rows: list[RollupRow], families: list[str],
                   grades: dict[str, list[str]], info: str) -> None:
    towns = sorted({r.town or NO_TOWN for r in rows})
    grade_columns: list[str] = []
    for fam in families:
        for g in grades[fam]:
            if g not in grade_columns:
                grade_columns.append(g)
    width = max(len(grade_columns), len(families)) + 4
    sheet = _Stream(wb, SUMMARY_SHEET, [20] + [12] * (width - 1), [None] * width, 0,
                    header_row=5, freeze="B3", filter_=False)
    sheet.ws.print_title_rows = "1:2"
    sheet.title("余杭区教育督导评估汇总", info)
    sheet.blank()
    rng = _ranges(len(rows))
    letter = get_column_letter

    # 一、family × grade
    sheet.ws.append([sheet.styled("一、按评估类别与等级统计（评估数）", font=BOLD)])
    head = ["评估类别", *grade_columns, "合计", "合格（通过）数", "合格（通过）率"]
    sheet.header(head)
    r = 5
    first = r + 1
    n = len(grade_columns)
    for fam in families:
        r += 1
        label = family_label(fam)
        cells: list[Any] = [label]
        for j, g in enumerate(grade_columns, 2):
            if g in grades[fam]:
                cells.append(f"=COUNTIFS({rng['family']},$A{r},{rng['grade']},{letter(j)}$5)")
            else:
                cells.append(None)
        cells.append(f"=COUNTIFS({rng['family']},$A{r})")
        cells.append(f'=COUNTIFS({rng["family"]},$A{r},{rng["passed"]},"{YES}")')
        cells.append(sheet.styled(f"={letter(n + 3)}{r}/{letter(n + 2)}{r}", fmt=PERCENT_FORMAT))
        sheet.ws.append(cells)
    last = r
    r += 1
    totals: list[Any] = [sheet.styled("合计", font=BOLD)]
    for j in range(2, n + 4):
        col = letter(j)
        totals.append(sheet.styled(f"=SUM({col}{first}:{col}{max(first, last)})", font=BOLD))
    if rows:
        totals.append(sheet.styled(f"={letter(n + 3)}{r}/{letter(n + 2)}{r}", font=BOLD,
                                   fmt=PERCENT_FORMAT))
    sheet.ws.append(totals)

    # 二、town (× family)
    sheet.blank()
    sheet.ws.append([sheet.styled("二、按乡镇（街道）统计（评估数）", font=BOLD)])
    r += 3
    head_row = r
    fam_labels = [family_label(f) for f in families]
    sheet.header(["乡镇（街道）", *fam_labels, "合计", "合格（通过）数", "合格（通过）率"])
    m = len(fam_labels)
    first = r + 1
    for town_name in towns:
        r += 1
        cells = [town_name]
        for j in range(2, m + 2):
            cells.append(f"=COUNTIFS({rng['town']},$A{r},{rng['family']},{letter(j)}${head_row})")
        cells.append(f"=COUNTIFS({rng['town']},$A{r})")
        cells.append(f'=COUNTIFS({rng["town"]},$A{r},{rng["passed"]},"{YES}")')
        cells.append(sheet.styled(f"={letter(m + 3)}{r}/{letter(m + 2)}{r}", fmt=PERCENT_FORMAT))
        sheet.ws.append(cells)
    last = r
    r += 1
    totals = [sheet.styled("合计", font=BOLD)]
    for j in range(2, m + 4):
        col = letter(j)
        totals.append(sheet.styled(f"=SUM({col}{first}:{col}{max(first, last)})", font=BOLD))
    if rows:
        totals.append(sheet.styled(f"={letter(m + 3)}{r}/{letter(m + 2)}{r}", font=BOLD,
                                   fmt=PERCENT_FORMAT))
    sheet.ws.append(totals)


def export_rollup(store: Store, out_path: str | Path, *, status: str | None = None,
                  family: str | None = None, town: str | None = None,
                  include_superseded: bool = False) -> Path:
    """Write the district roll-up workbook (filters as in ``store.evaluations.list``)."""
    rubrics: dict[str, Rubric] = {}
    rows = collect_rows(store, status=status, family=family, town=town,
                        include_superseded=include_superseded, rubrics=rubrics)
    return write_rollup(rows, rubrics, out_path, status=status, family=_value(family), town=town,
                        include_superseded=include_superseded)


def write_rollup(rows: list[RollupRow], rubrics: dict[str, Rubric], out_path: str | Path, *,
                 status: str | None = None, family: str | None = None, town: str | None = None,
                 include_superseded: bool = False) -> Path:
    """Write rows gathered by :func:`collect_rows` (the filters only label the workbook)."""
    families = [f.value for f in FAMILY_LABELS if any(r.family == f.value for r in rows)]
    families += sorted({r.family for r in rows} - set(families))
    # each family's rubrics, in a stable order: their grades and their areas
    fam_rubrics: dict[str, list[Rubric]] = {f: [] for f in families}
    for h in sorted({r.rubric_hash for r in rows},
                    key=lambda h: (rubrics[h].id, rubrics[h].version, h)):
        fam_rubrics[rubrics[h].meta.family.value].append(rubrics[h])
    grades = {f: list(dict.fromkeys(g.name for rb in fam_rubrics[f] for g in rb.grades))
              for f in families}
    for r in rows:  # a grade the rubric no longer lists (cannot happen with stored rubrics)
        if r.grade not in grades[r.family]:
            grades[r.family].append(r.grade)

    filters = [f"状态：{status_label(status)}" if status else "",
               f"评估类别：{family_label(family)}" if family else "",
               f"乡镇（街道）：{town}" if town else ""]
    info = "；".join(x for x in [
        f"共 {len(rows)} 项评估" + ("（含被取代的旧修订）" if include_superseded
                                   else "（每项评估仅计最新修订）"),
        *[x for x in filters if x],
        f"导出时间：{datetime.now().strftime('%Y-%m-%d %H:%M')}"] if x)

    wb = Workbook(write_only=True)
    used: set[str] = {SUMMARY_SHEET.casefold(), ALL_SHEET.casefold()}
    _summary_sheet(wb, rows, families, grades, info)
    codes = sorted({c for r in rows for c in r.areas}, key=_natural)
    _data_sheet(wb, ALL_SHEET, "余杭区教育督导评估汇总 — 全部评估",
                info + "；各一级指标得分按指标代码分列（不同评估标准的同一代码含义不同，"
                       "请参阅各评估类别工作表）", rows, codes, [f"{c} 得分" for c in codes],
                left=ALL_SHEET)
    for fam in families:
        keys: list[tuple[str, str]] = []
        for rb in fam_rubrics[fam]:
            for area in rb.areas:
                if (area.code, area.title) not in keys:
                    keys.append((area.code, area.title))
        order = {k: i for i, k in enumerate(keys)}
        keys.sort(key=lambda k: (_natural(k[0]), order[k]))
        label = family_label(fam)
        title = sheet_name(label, used)
        fam_rows = [r for r in rows if r.family == fam]
        _data_sheet(wb, title, f"余杭区教育督导评估汇总 — {label}", info, fam_rows, keys,
                    [f"{c} {t}" for c, t in keys], left=label)
    out = Path(out_path)
    wb.save(out)
    return out
