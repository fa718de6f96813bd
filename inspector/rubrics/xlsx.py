"""Rubrics in Excel: the template bureau staff fill in, and its import.

One row per indicator, the way XLSForm serves ODK: the ``层级`` column says how deep a row is
(1 = 一级指标), and a row belongs to the nearest row above it one level up. Other sheets hold
the metadata, the coefficient levels, the attainment bands and the grade rules. An export
followed by an import gives back the same rubric, with the same content hash.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from . import problem_messages as pm
from .build import build_rubric
from .canonical import content_hash, to_document
from .errors import Loc, Problem, RubricError
from .model import Family, Mode, NotApplicablePolicy, Rubric
from .source import LineDict, LineList, format_decimal

META_SHEET, ITEMS_SHEET, LEVELS_SHEET, BANDS_SHEET, GRADES_SHEET = (
    "基本信息", "指标", "等级系数", "达成度", "等级规则")

# (field, label shown to authors)
META_FIELDS = [
    ("id", "标准编号（英文、数字、-）"), ("title", "标准名称"),
    ("family", "评估类别：" + " / ".join(f.value for f in Family)),
    ("school_types", "适用学校类型（逗号分隔）：kindergarten, primary, junior, nine_year, high"),
    ("version", "版本号"), ("year", "年度"), ("document_number", "文号"), ("issuer", "发文单位"),
    ("effective", "施行日期（YYYY-MM-DD）"), ("notes", "备注（如：分值为示意）"),
    ("levels", "各层级名称（逗号分隔）"), ("points", "满分"), ("step", "默认评分步长"),
    ("not_applicable", "不适用项处理：full_marks（直接得满分）/ exclude（不计入满分并折算）"),
    ("bonus_cap", "加分项上限（无加分项则留空）"),
]

# (column key, header)
ITEM_COLUMNS = [
    ("section", "类别"), ("level", "层级"), ("code", "编号"), ("title", "指标 / 评估要点"),
    ("points", "分值"), ("mode", "评分方式"), ("step", "步长"), ("key", "重点★"),
    ("na", "可不适用"), ("requires", "必需证据"), ("evidence", "评估方法"),
    ("guidance", "评分细则"), ("deductions", "扣分项（每行：代码 | 内容 | 分值 [| 可重复]）"),
    ("levels", "等级系数（如 优=1; 良=0.8）"), ("bands", "达成度档（如 100=1; 80=0.8; 0=0）"),
]
SECTIONS = {"指标": "indicator", "加分项": "bonus", "基本条件": "prerequisite", "否决项": "veto"}
SECTION_NAMES = {v: k for k, v in SECTIONS.items()}
YES = {"是", "★", "y", "yes", "true", "1", "√"}
GRADE_COLUMNS = [("name", "等级"), ("passed", "是否通过（是/否）"), ("min_total", "总分不低于"),
                 ("min_percent", "得分率不低于（%）"),
                 ("min_area_percent", "一级指标得分率均不低于（%）"),
                 ("areas", "限定的一级指标（逗号分隔，空=全部）"),
                 ("key_items_min_percent", "重点项目得分率不低于（%）"), ("description", "说明")]

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")
WRAP = Alignment(wrap_text=True, vertical="top")


# --- export --------------------------------------------------------------------------------


def export_xlsx(rubric: Rubric, out: str | Path) -> None:
    """Write a rubric as the Excel template (one row per indicator)."""
    doc = to_document(rubric)
    wb = Workbook()
    _meta_sheet(wb.active, doc)
    _items_sheet(wb.create_sheet(ITEMS_SHEET), doc)
    levels = wb.create_sheet(LEVELS_SHEET)
    _header(levels, ["等级", "系数"], [14, 10])
    for name, coef in doc["scoring"].get("levels", {}).items():
        levels.append([name, _num(coef)])
    bands = wb.create_sheet(BANDS_SHEET)
    _header(bands, ["达成度不低于（%）", "得分比例"], [20, 12])
    for band in doc["scoring"].get("bands", []):
        bands.append([_num(band["min"]), _num(band["fraction"])])
    grades = wb.create_sheet(GRADES_SHEET)
    _header(grades, [h for _, h in GRADE_COLUMNS], [12, 10, 12, 14, 18, 18, 16, 40])
    for g in doc["grades"]:
        grades.append([g["name"], "是" if g["passed"] else "否", _num(g.get("min_total")),
                       _num(g.get("min_percent")), _num(g.get("min_area_percent")),
                       ", ".join(g.get("areas", [])), _num(g.get("key_items_min_percent")),
                       g.get("description", "")])
    wb.save(out)


def _header(ws, headers: list[str], widths: list[int]) -> None:
    ws.append(headers)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
        cell = ws.cell(row=1, column=i)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, WRAP
    ws.freeze_panes = "A2"


def _meta_sheet(ws, doc: dict[str, Any]) -> None:
    ws.title = META_SHEET
    _header(ws, ["字段", "说明", "值"], [18, 60, 60])
    scoring = doc["scoring"]
    values = {**doc, "school_types": ", ".join(doc["school_types"]),
              "levels": ", ".join(doc["levels"]), "step": scoring["step"],
              "not_applicable": scoring["not_applicable"],
              "bonus_cap": doc.get("bonus", {}).get("cap")}
    for field_name, label in META_FIELDS:
        value = values.get(field_name)
        ws.append([field_name, label, _num(value) if isinstance(value, Decimal) else value])
        ws.cell(row=ws.max_row, column=3).alignment = WRAP
    # keep version and ids as text even when they look like numbers
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=3):
        if isinstance(row[0].value, str):
            row[0].number_format = "@"


def _items_sheet(ws, doc: dict[str, Any]) -> None:
    _header(ws, [h for _, h in ITEM_COLUMNS],
            [8, 6, 8, 40, 7, 11, 6, 7, 8, 10, 18, 50, 36, 20, 22])
    ws.auto_filter.ref = f"A1:{get_column_letter(len(ITEM_COLUMNS))}1"

    def row(section: str, level: int | None, entry: dict[str, Any]) -> None:
        ws.append([
            SECTION_NAMES[section], level, entry["code"], entry["title"],
            _num(entry.get("points")) if ("children" in entry or "mode" in entry) else None,
            entry.get("mode"), _num(entry.get("step")), "是" if entry.get("key") else None,
            "是" if entry.get("na") else None, ", ".join(entry.get("requires", [])) or None,
            ", ".join(entry.get("evidence", [])) or None, entry.get("guidance") or None,
            "\n".join(f"{d['key']} | {d['text']} | {format_decimal(d['points'])}"
                      + (" | 可重复" if d.get("repeatable") else "")
                      for d in entry.get("deductions", [])) or None,
            "; ".join(f"{n}={format_decimal(c)}" for n, c in entry.get("levels", {}).items())
            or None,
            "; ".join(f"{format_decimal(b['min'])}={format_decimal(b['fraction'])}"
                      for b in entry.get("bands", [])) or None,
        ])
        for cell in ws[ws.max_row]:
            cell.alignment = WRAP

    def walk(entry: dict[str, Any], level: int) -> None:
        row("indicator", level, entry)
        for child in entry.get("children", []):
            walk(child, level + 1)

    for c in doc.get("prerequisites", []):
        row("prerequisite", None, c)
    for c in doc.get("vetoes", []):
        row("veto", None, c)
    for area in doc["indicators"]:
        walk(area, 1)
    for item in doc.get("bonus", {}).get("items", []):
        row("bonus", None, item)
    modes = DataValidation(type="list", formula1='"' + ",".join(m.value for m in Mode) + '"',
                           allow_blank=True)
    sections = DataValidation(type="list", formula1='"' + ",".join(SECTIONS) + '"')
    ws.add_data_validation(modes)
    ws.add_data_validation(sections)
    modes.add("F2:F2000")
    sections.add("A2:A2000")


def _num(value: Any) -> Any:
    """Decimals go into cells as numbers Excel understands (int where whole)."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


# --- import --------------------------------------------------------------------------------


def import_xlsx(path: str | Path) -> Rubric:
    """Read a rubric workbook; raise RubricError naming sheet, row, code and problem."""
    name = str(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise RubricError(name, [Problem.of(0, None, pm.NOT_A_WORKBOOK, detail=exc)]) \
            from None
    problems: list[Problem] = []
    try:
        doc = _read_document(wb, problems)
    finally:
        wb.close()
    if problems:
        raise RubricError(name, problems)
    return build_rubric(doc, name, hasher=content_hash)


def _rows(wb, sheet: str, problems: list[Problem], required: bool = True):
    if sheet not in wb.sheetnames:
        if required:
            problems.append(Problem.of(Loc(0, sheet), None, pm.NO_SHEET, sheet=sheet))
        return []
    rows = []
    for index, values in enumerate(wb[sheet].iter_rows(min_row=2, values_only=True), start=2):
        if values and any(v not in (None, "") for v in values):
            rows.append((Loc(index, sheet), list(values)))
    return rows


def _cell(value: Any) -> Any:
    """A cell value as the YAML loader would give it: text stripped, floats as exact decimals."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float):
        return Decimal(repr(value))
    if hasattr(value, "isoformat"):  # dates typed as dates
        return value.isoformat()[:10]
    return value


def _entry(loc: Loc, **values: Any) -> LineDict:
    d = LineDict({k: v for k, v in values.items() if v is not None})
    d.line = loc
    d.key_lines = {k: loc for k in d}
    return d


def _list(loc: Loc, items: list[Any]) -> LineList:
    result = LineList(items)
    result.line = loc
    result.item_lines = [loc] * len(items)
    return result


def _split(text: Any, loc: Loc) -> LineList | None:
    if text is None:
        return None
    # Items are separated by commas or line breaks (not by 、, which may be part of an item).
    parts = [p.strip() for p in str(text).replace("，", ",").replace("\n", ",").split(",")]
    return _list(loc, [p for p in parts if p])


def _yes(value: Any) -> bool | None:
    if value is None:
        return None
    return str(value).strip().lower() in YES


def _pairs(text: Any, loc: Loc, problems: list[Problem], code: str | None, what: str):
    result = []
    for part in str(text).replace("；", ";").split(";"):
        if not part.strip():
            continue
        left, sep, right = part.partition("=")
        if not sep:
            problems.append(Problem.of(loc, code, pm.PAIR_FORM, what=what, part=part.strip()))
            continue
        try:
            result.append((left.strip(), Decimal(right.strip())))
        except ArithmeticError:
            problems.append(Problem.of(loc, code, pm.PAIR_NOT_A_NUMBER, what=what,
                                       value=right.strip()))
    return result


def _read_document(wb, problems: list[Problem]) -> LineDict:
    meta_rows = _rows(wb, META_SHEET, problems)
    meta = {str(v[0]).strip(): (loc, _cell(v[2] if len(v) > 2 else None))
            for loc, v in meta_rows if v[0]}
    first = meta_rows[0][0] if meta_rows else Loc(1, META_SHEET)
    doc = LineDict()
    doc.line = first

    def put(key: str, value: Any, loc: Loc) -> None:
        if value is not None:
            doc[key] = value
            doc.key_lines[key] = loc

    for key in ("id", "title", "family", "version", "year", "document_number", "issuer",
                "effective", "notes", "points"):
        if key in meta:
            loc, value = meta[key]
            if key in ("version", "id") and isinstance(value, int | Decimal):
                value = format_decimal(Decimal(value))
            put(key, value, loc)
    for key in ("school_types", "levels"):
        if key in meta:
            put(key, _split(meta[key][1], meta[key][0]), meta[key][0])
    scoring = _entry(first, step=meta.get("step", (None, None))[1],
                     not_applicable=meta.get("not_applicable", (None, None))[1]
                     or NotApplicablePolicy.FULL_MARKS.value)
    for key in ("step", "not_applicable"):  # point problems at the row they come from
        if key in meta:
            scoring.key_lines[key] = meta[key][0]
    level_rows = _rows(wb, LEVELS_SHEET, problems, required=False)
    if level_rows:
        levels = LineDict()
        levels.line = level_rows[0][0]
        for loc, v in level_rows:
            name = _cell(v[0])
            if name is None:
                problems.append(Problem.of(loc, None, pm.LEVEL_NAME_EMPTY))
                continue
            levels[str(name)] = _cell(v[1] if len(v) > 1 else None)
            levels.key_lines[str(name)] = loc
        scoring["levels"] = levels
    band_rows = _rows(wb, BANDS_SHEET, problems, required=False)
    if band_rows:
        scoring["bands"] = _list(band_rows[0][0], [
            _entry(loc, min=_cell(v[0]), fraction=_cell(v[1] if len(v) > 1 else None))
            for loc, v in band_rows])
    doc["scoring"] = scoring
    _read_items(wb, doc, meta, problems)
    grade_rows = _rows(wb, GRADES_SHEET, problems)
    grades = []
    for loc, v in grade_rows:
        v = (v + [None] * len(GRADE_COLUMNS))[: len(GRADE_COLUMNS)]
        cells = {key: _cell(x) for (key, _), x in zip(GRADE_COLUMNS, v, strict=True)}
        cells["passed"] = _yes(cells["passed"])
        cells["areas"] = _split(cells["areas"], loc)
        if cells["name"] is not None:
            cells["name"] = str(cells["name"])
        grades.append(_entry(loc, **cells))
    if grade_rows:
        put("grades", _list(grade_rows[0][0], grades), grade_rows[0][0])
    return doc


def _read_items(wb, doc: LineDict, meta: dict, problems: list[Problem]) -> None:
    item_rows = _rows(wb, ITEMS_SHEET, problems)
    sections: dict[str, list[Any]] = {"indicator": [], "bonus": [], "prerequisite": [],
                                      "veto": []}
    first_loc: dict[str, Loc] = {}
    stack: list[LineDict] = []  # the open ancestors of the next indicator row
    columns = [key for key, _ in ITEM_COLUMNS]
    for loc, values in item_rows:
        values = (values + [None] * len(columns))[: len(columns)]
        cells = {key: _cell(v) for key, v in zip(columns, values, strict=True)}
        code = str(cells["code"]) if cells["code"] is not None else None
        section = SECTIONS.get(str(cells["section"] or "指标"))
        if section is None:
            problems.append(Problem.of(loc, code, pm.UNKNOWN_SECTION, section=cells["section"],
                                       options=", ".join(SECTIONS)))
            continue
        first_loc.setdefault(section, loc)
        if section in ("prerequisite", "veto"):
            sections[section].append(_entry(loc, code=code, title=cells["title"],
                                            guidance=cells["guidance"]))
            continue
        entry = _item_entry(loc, code, cells, problems)
        if section == "bonus":
            sections["bonus"].append(entry)
            continue
        level = cells["level"]
        if not isinstance(level, int) or not 1 <= level <= 4:
            problems.append(Problem.of(loc, code, pm.BAD_LEVEL, level=cells["level"]))
            continue
        if level > len(stack) + 1:
            problems.append(Problem.of(loc, code, pm.LEVEL_SKIPPED, level=level,
                                       above=len(stack)))
            continue
        del stack[level - 1:]
        if stack:
            parent = stack[-1]
            if "children" not in parent:
                parent["children"] = _list(loc, [])
                parent.key_lines["children"] = loc
                for key in ("mode",):  # a row with children is a group
                    parent.pop(key, None)
            parent["children"].append(entry)
            parent["children"].item_lines.append(loc)
        else:
            sections["indicator"].append(entry)
        stack.append(entry)
    for section, key in (("prerequisite", "prerequisites"), ("veto", "vetoes"),
                         ("indicator", "indicators")):
        if sections[section]:
            lst = _list(first_loc[section], sections[section])
            lst.item_lines = [e.line for e in sections[section]]
            doc[key] = lst
            doc.key_lines[key] = first_loc[section]
    cap = meta.get("bonus_cap")
    if sections["bonus"] or (cap and cap[1] is not None):
        loc = cap[0] if cap else first_loc.get("bonus", doc.line)
        items = _list(first_loc.get("bonus", loc), sections["bonus"])
        items.item_lines = [e.line for e in sections["bonus"]]
        doc["bonus"] = _entry(loc, cap=cap[1] if cap else None, items=items)
        doc.key_lines["bonus"] = loc


def _item_entry(loc: Loc, code: str | None, cells: dict[str, Any], problems) -> LineDict:
    entry = _entry(loc, code=code, title=cells["title"], points=cells["points"],
                   mode=cells["mode"], step=cells["step"], key=_yes(cells["key"]) or None,
                   na=_yes(cells["na"]) or None, guidance=cells["guidance"],
                   requires=_split(cells["requires"], loc),
                   evidence=_split(cells["evidence"], loc))
    if cells["deductions"] is not None:
        items = []
        for line in str(cells["deductions"]).splitlines():
            if not line.strip():
                continue
            body, repeat = line.strip(), False
            head, sep, tail = body.rpartition("|")
            if sep and tail.strip() in ("可重复", "repeatable"):
                body, repeat = head.strip(), True
            key, sep1, rest = body.partition("|")
            text, sep2, pts = rest.rpartition("|")
            if not (sep1 and sep2):
                problems.append(Problem.of(loc, code, pm.BAD_DEDUCTION_LINE, line=line.strip()))
                continue
            # the text is everything between the key and the points, '|' included
            items.append(_entry(loc, key=key.strip(), text=text.strip(), points=pts.strip(),
                                repeatable=True if repeat else None))
        entry["deductions"] = _list(loc, items)
        entry.key_lines["deductions"] = loc
    if cells["levels"] is not None:
        levels = LineDict(_pairs(cells["levels"], loc, problems, code, "等级系数"))
        levels.line = loc
        levels.key_lines = {k: loc for k in levels}
        entry["levels"] = levels
        entry.key_lines["levels"] = loc
    if cells["bands"] is not None:
        entry["bands"] = _list(loc, [_entry(loc, min=m, fraction=f) for m, f in
                                     _pairs(cells["bands"], loc, problems, code, "达成度档")])
        entry.key_lines["bands"] = loc
    return entry
