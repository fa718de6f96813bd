"""Build a :class:`Rubric` from its authored form (a mapping read from YAML or a workbook).

Every problem is collected — not just the first — with the line and node code it concerns, so
that one run of ``rubric check`` tells the author everything to fix. A rubric with any problem
is refused as a whole: nothing is ever loaded half-way.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from . import problem_messages as pm
from .checks import check_rubric
from .errors import Phrase, Problem, RubricError, phrase
from .model import (
    Band,
    Bonus,
    Condition,
    Deduction,
    Evidence,
    Family,
    GradeRule,
    Level,
    Metadata,
    Mode,
    Node,
    NotApplicablePolicy,
    Rubric,
    SchoolType,
    ScoringDefaults,
)
from .numbers import format_decimal as _fmt

FORMAT_VERSION = 1
MIN_DEPTH, MAX_DEPTH = 2, 4
MAX_NUMBER = 1_000_000
MAX_DECIMALS = 4
CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,23}$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

TOP_KEYS = ("format", "id", "title", "family", "school_types", "version", "year",
            "document_number", "issuer", "effective", "notes", "levels", "points", "scoring",
            "prerequisites", "vetoes", "indicators", "bonus", "grades")
SCORING_KEYS = ("step", "not_applicable", "levels", "bands")
GROUP_KEYS = ("code", "title", "points", "children", "guidance")
LEAF_KEYS = ("code", "title", "points", "mode", "guidance", "evidence", "requires", "key", "na",
             "step", "deductions", "levels", "bands")
DEDUCTION_KEYS = ("key", "text", "points", "repeatable")
BAND_KEYS = ("min", "fraction")
CONDITION_KEYS = ("code", "title", "guidance")
BONUS_KEYS = ("cap", "items")
GRADE_KEYS = ("name", "passed", "min_total", "min_percent", "min_area_percent", "areas",
              "key_items_min_percent", "description")

_MISSING = object()


def _line(obj: Any, key: str | int | None = None) -> int:
    """The line of ``obj`` (or of its entry ``key``); a Loc when read from a workbook."""
    if key is not None:
        line_of = getattr(obj, "line_of", None)
        if line_of is not None:
            return line_of(key)
    return getattr(obj, "line", 0)


class _Builder:
    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    # --- reporting -------------------------------------------------------------------------
    def problem(self, line: int, code: str | None, template: str, /, **values: Any) -> None:
        """Report a problem made from a template of problem_messages (``pm``)."""
        self.problems.append(Problem.of(line, code, template, **values))

    def unknown_keys(self, data: dict, allowed: Iterable[str], code: str | None,
                     what: Phrase | str):
        allowed = tuple(allowed)
        for key in data:
            if key not in allowed:
                hint = difflib.get_close_matches(key, allowed, n=1)
                if hint:
                    self.problem(_line(data, key), code, pm.UNKNOWN_FIELD_DID_YOU_MEAN, key=key,
                                 what=what, hint=hint[0])
                else:
                    self.problem(_line(data, key), code, pm.UNKNOWN_FIELD_ALLOWED, key=key,
                                 what=what, allowed=", ".join(allowed))

    # --- typed getters ---------------------------------------------------------------------
    def get(self, data: dict, key: str, kind: str, code: str | None, *, required: bool = False,
            default: Any = None) -> Any:
        """Read ``data[key]`` as ``kind`` (text, number, int, bool, list, map); report problems."""
        value = data.get(key, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.problem(_line(data), code, pm.REQUIRED, key=key)
            return default
        line = _line(data, key)
        converted = _convert(value, kind)
        if converted is _MISSING:
            self.problem(line, code, pm.WRONG_KIND, key=key, kind=phrase(_KIND_NAMES[kind]),
                         got=_describe(value))
            return default
        return converted

    def text(self, data: dict, key: str, code: str | None, *, required: bool = False) -> str:
        value = self.get(data, key, "text", code, required=required, default="")
        if required and isinstance(value, str) and not value.strip() and key in data:
            self.problem(_line(data, key), code, pm.EMPTY_TEXT, key=key)
        return value.strip() if isinstance(value, str) else ""

    def number(self, data: dict, key: str, code: str | None, *, required: bool = False,
               minimum: Decimal | None = Decimal(0), positive: bool = False) -> Decimal | None:
        value = self.get(data, key, "number", code, required=required)
        if value is None:
            return None
        if abs(value) > MAX_NUMBER or value.as_tuple().exponent < -MAX_DECIMALS:
            self.problem(_line(data, key), code, pm.NUMBER_TOO_LARGE, key=key, value=value,
                         maximum=f"{MAX_NUMBER:,}", decimals=MAX_DECIMALS)
            return None
        if positive and value <= 0:
            self.problem(_line(data, key), code, pm.NOT_POSITIVE, key=key, value=value)
            return None
        if minimum is not None and value < minimum:
            self.problem(_line(data, key), code, pm.NEGATIVE, key=key, value=value)
            return None
        return value

    def enum(self, data: dict, key: str, enum: type, code: str | None, *, required=False,
             default=None):
        value = self.get(data, key, "text", code, required=required)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            options = ", ".join(e.value for e in enum)
            self.problem(_line(data, key), code, pm.NOT_AN_OPTION, key=key, value=value,
                         options=options)
            return default

    def mapping(self, value: Any, line: int, code: str | None,
                what: Phrase | str) -> dict | None:
        """``value`` if it is a mapping; ``what`` names it: a phrase, or a key as written."""
        if not isinstance(value, dict):
            self.problem(line, code, pm.NOT_A_MAPPING, what=what, got=_describe(value))
            return None
        return value

    def items(self, data: dict, key: str, code: str | None) -> list[tuple[Any, int]]:
        value = self.get(data, key, "list", code, default=[])
        return [(item, _line(value, i)) for i, item in enumerate(value)]

    # --- rubric ----------------------------------------------------------------------------
    def rubric(self, data: Any) -> Rubric | None:
        if not isinstance(data, dict):
            self.problem(_line(data) or 1, None, pm.RUBRIC_NOT_A_MAPPING, got=_describe(data))
            return None
        self.unknown_keys(data, TOP_KEYS, None, phrase(pm.IN_RUBRIC))
        fmt = self.get(data, "format", "int", None, default=FORMAT_VERSION)
        if fmt != FORMAT_VERSION:
            self.problem(_line(data, "format"), None, pm.FORMAT_UNSUPPORTED, format=fmt,
                         supported=FORMAT_VERSION)
        meta = self.metadata(data)
        scoring = self.scoring(data)
        areas = tuple(n for n in (self.node(item, line, depth=1) for item, line in
                                  self.items(data, "indicators", None)) if n is not None)
        if "indicators" not in data:
            self.problem(_line(data), None, pm.INDICATORS_REQUIRED)
        elif not areas and not self.problems:
            self.problem(_line(data, "indicators"), None, pm.NO_INDICATOR)
        prerequisites = self.conditions(data, "prerequisites")
        vetoes = self.conditions(data, "vetoes")
        bonus = self.bonus(data)
        grades = tuple(g for g in (self.grade(item, line) for item, line in
                                   self.items(data, "grades", None)) if g is not None)
        if "grades" not in data:
            self.problem(_line(data), None, pm.GRADES_REQUIRED)
        declared = self.number(data, "points", None, positive=True)
        total = sum((a.points for a in areas), Decimal(0))
        raw_areas = data.get("indicators")
        if declared is not None and areas and isinstance(raw_areas, list) \
                and len(areas) == len(raw_areas) and declared != total:
            self.problem(_line(data, "points"), None, pm.RUBRIC_POINTS_MISMATCH,
                         declared=_fmt(declared), total=_fmt(total))
        if meta is None:
            return None
        return Rubric(meta=meta, scoring=scoring, areas=areas, prerequisites=prerequisites,
                      vetoes=vetoes, bonus=bonus, grades=grades, declared_points=declared,
                      path=self.path)

    def metadata(self, data: dict) -> Metadata | None:
        rid = self.text(data, "id", None, required=True)
        if rid and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", rid):
            self.problem(_line(data, "id"), None, pm.BAD_ID, id=rid)
        title = self.text(data, "title", None, required=True)
        family = self.enum(data, "family", Family, None, required=True)
        version = self.text(data, "version", None, required=True)
        types = []
        for item, line in self.items(data, "school_types", None):
            try:
                types.append(SchoolType(item))
            except ValueError:
                options = ", ".join(t.value for t in SchoolType)
                self.problem(line, None, pm.UNKNOWN_SCHOOL_TYPE, value=item, options=options)
        if not types and "school_types" in data:
            self.problem(_line(data, "school_types"), None, pm.EMPTY, key="school_types")
        elif "school_types" not in data:
            self.problem(_line(data), None, pm.REQUIRED, key="school_types")
        year = self.get(data, "year", "int", None)
        if year is not None and not 1990 <= year <= 2100:
            self.problem(_line(data, "year"), None, pm.IMPLAUSIBLE_YEAR, year=year)
        effective = self.text(data, "effective", None)
        if effective and not ISO_DATE.match(effective):
            self.problem(_line(data, "effective"), None, pm.BAD_DATE, value=effective)
        level_names = tuple(str(x) for x, _ in self.items(data, "levels", None))
        if not rid or not title or family is None or not version:
            return None
        return Metadata(
            id=rid, title=title, family=family, version=version, school_types=tuple(types),
            year=year, document_number=self.text(data, "document_number", None),
            issuer=self.text(data, "issuer", None), effective=effective,
            notes=self.text(data, "notes", None),
            level_names=level_names or Metadata.__dataclass_fields__["level_names"].default,
        )

    def scoring(self, data: dict) -> ScoringDefaults:
        raw = data.get("scoring")
        if raw is None:
            return ScoringDefaults()
        section = self.mapping(raw, _line(data, "scoring"), None, "'scoring'")
        if section is None:
            return ScoringDefaults()
        self.unknown_keys(section, SCORING_KEYS, None, "'scoring'")
        step = self.number(section, "step", None, positive=True) or ScoringDefaults.step
        policy = self.enum(section, "not_applicable", NotApplicablePolicy, None,
                           default=NotApplicablePolicy.FULL_MARKS)
        levels = self.levels(section, None) if "levels" in section else ()
        bands = self.bands(section, None) if "bands" in section else ()
        return ScoringDefaults(step=step, not_applicable=policy, levels=levels, bands=bands)

    def levels(self, data: dict, code: str | None) -> tuple[Level, ...]:
        raw = self.mapping(data.get("levels"), _line(data, "levels"), code, "'levels'")
        if raw is None:
            return ()
        levels = []
        for name, value in raw.items():
            coef = _convert(value, "number")
            if coef is not _MISSING and coef.as_tuple().exponent < -MAX_DECIMALS:
                self.problem(_line(raw, name), code, pm.COEFFICIENT_DECIMALS, name=name,
                             value=coef, decimals=MAX_DECIMALS)
                continue
            if coef is _MISSING or not Decimal(0) <= coef <= Decimal(1):
                self.problem(_line(raw, name), code, pm.COEFFICIENT_RANGE, name=name,
                             got=_describe(value))
                continue
            levels.append(Level(str(name), coef))
        if not levels and raw is not None and not raw:
            self.problem(_line(data, "levels"), code, pm.EMPTY, key="levels")
        return tuple(levels)

    def bands(self, data: dict, code: str | None) -> tuple[Band, ...]:
        bands = []
        for item, line in self.items(data, "bands", code):
            band = self.mapping(item, line, code, phrase(pm.IN_BAND))
            if band is None:
                continue
            self.unknown_keys(band, BAND_KEYS, code, phrase(pm.IN_BAND))
            low = self.number(band, "min", code, required=True)
            fraction = self.number(band, "fraction", code, required=True)
            if low is None or fraction is None:
                continue
            if low > 100:
                self.problem(line, code, pm.BAND_MIN_ABOVE_100, value=low)
            if fraction > 1:
                self.problem(line, code, pm.BAND_FRACTION_ABOVE_1, value=fraction)
            bands.append(Band(low, fraction))
        line = _line(data, "bands")
        if not bands:
            self.problem(line, code, pm.NO_BAND)
            return ()
        mins = [b.min_percent for b in bands]
        if any(a <= b for a, b in zip(mins, mins[1:], strict=False)):
            self.problem(line, code, pm.BANDS_ORDER)
        elif mins[-1] != 0:
            self.problem(line, code, pm.LAST_BAND_NOT_ZERO)
        fractions = [b.fraction for b in bands]
        if any(a < b for a, b in zip(fractions, fractions[1:], strict=False)):
            self.problem(line, code, pm.BAND_FRACTIONS_ORDER)
        return tuple(bands)

    # --- indicator tree --------------------------------------------------------------------
    def node(self, raw: Any, line: int, depth: int) -> Node | None:
        data = self.mapping(raw, line, None, phrase(pm.IN_INDICATOR))
        if data is None:
            return None
        code = self.text(data, "code", None, required=True) or None
        if code and not CODE_PATTERN.match(code):
            self.problem(_line(data, "code"), code, pm.BAD_CODE)
        self.text(data, "title", code, required=True)
        if "children" in data:
            return self.group(data, code, depth)
        if depth < MIN_DEPTH:
            self.problem(_line(data), code, pm.AREA_NEEDS_CHILDREN, min=MIN_DEPTH,
                         max=MAX_DEPTH)
        return self.leaf(data, code)

    def group(self, data: dict, code: str | None, depth: int) -> Node | None:
        self.unknown_keys(data, GROUP_KEYS, code, phrase(pm.IN_GROUP))
        if depth >= MAX_DEPTH:
            self.problem(_line(data, "children"), code, pm.TOO_DEEP, max=MAX_DEPTH)
        raw_children = self.items(data, "children", code)
        children = tuple(n for n in (self.node(item, ln, depth + 1) for item, ln in raw_children)
                         if n is not None)
        if not raw_children and isinstance(data.get("children"), list):
            self.problem(_line(data, "children"), code, pm.EMPTY, key="children")
        declared = self.number(data, "points", code)
        complete = bool(raw_children) and len(children) == len(raw_children)
        total = sum((c.points for c in children), Decimal(0))
        if declared is not None and complete and declared != total:
            self.problem(_line(data, "points"), code, pm.GROUP_POINTS_MISMATCH,
                         declared=_fmt(declared), total=_fmt(total),
                         terms=" + ".join(_fmt(c.points) for c in children))
        if code is None or not complete:
            return None
        # A group counts as its declared points (a mismatch is reported once, here, and does
        # not ripple up to every ancestor).
        return Node(code=code, title=self.text(data, "title", code),
                    points=declared if declared is not None else total,
                    line=_line(data), children=children, guidance=self.text(data, "guidance", code))

    def leaf(self, data: dict, code: str | None, *, bonus: bool = False) -> Node | None:
        self.unknown_keys(data, LEAF_KEYS, code, phrase(pm.IN_INDICATOR))
        before = len(self.problems)
        mode = self.enum(data, "mode", Mode, code, default=Mode.POINTS)
        points = self.number(data, "points", code, required=mode is not Mode.DESCRIPTIVE)
        if mode is Mode.DESCRIPTIVE:
            if points not in (None, Decimal(0)):
                self.problem(_line(data, "points"), code, pm.DESCRIPTIVE_HAS_POINTS)
            points = Decimal(0)
        elif points is not None and points == 0:
            self.problem(_line(data, "points"), code, pm.ITEM_NEEDS_POINTS, mode=mode.value)
        step = self.number(data, "step", code, positive=True)
        requires = set()
        for item, line in self.items(data, "requires", code):
            try:
                requires.add(Evidence(item))
            except ValueError:
                self.problem(line, code, pm.BAD_REQUIRES, value=item)
        evidence = tuple(str(x).strip() for x, _ in self.items(data, "evidence", code))
        for method in evidence:
            if "," in method or "，" in method:
                self.problem(_line(data, "evidence"), code, pm.EVIDENCE_COMMA, method=method)
        deductions = self.deductions(data, code) if "deductions" in data else ()
        levels = self.levels(data, code) if "levels" in data else ()
        bands = self.bands(data, code) if "bands" in data else ()
        for key, wanted in (("deductions", Mode.DEDUCTION), ("levels", Mode.COEFFICIENT),
                            ("bands", Mode.BANDS)):
            if key in data and mode is not wanted:
                self.problem(_line(data, key), code, pm.ONLY_FOR_MODE, key=key,
                             wanted=wanted.value, mode=mode)
        if "step" in data and mode is not Mode.POINTS:
            self.problem(_line(data, "step"), code, pm.ONLY_FOR_MODE, key="step",
                         wanted=Mode.POINTS.value, mode=mode)
        if mode is Mode.DEDUCTION and not deductions and "deductions" not in data:
            self.problem(_line(data), code, pm.DEDUCTIONS_REQUIRED)
        if len(self.problems) > before or code is None or points is None:
            return None
        return Node(
            code=code, title=self.text(data, "title", code), points=points, line=_line(data),
            mode=mode, guidance=self.text(data, "guidance", code), evidence_methods=evidence,
            requires=frozenset(requires), key=bool(self.get(data, "key", "bool", code)),
            na_allowed=bool(self.get(data, "na", "bool", code)), step=step,
            deductions=deductions, levels=levels, bands=bands,
        )

    def deductions(self, data: dict, code: str | None) -> tuple[Deduction, ...]:
        result = []
        seen: set[str] = set()
        for item, line in self.items(data, "deductions", code):
            entry = self.mapping(item, line, code, phrase(pm.IN_DEDUCTION))
            if entry is None:
                continue
            self.unknown_keys(entry, DEDUCTION_KEYS, code, phrase(pm.IN_DEDUCTION))
            key = self.text(entry, "key", code, required=True)
            text = self.text(entry, "text", code, required=True)
            pts = self.number(entry, "points", code, required=True, positive=True)
            if key in seen:
                self.problem(line, code, pm.DEDUCTION_KEY_TWICE, key=key)
            seen.add(key)
            if key and text and pts is not None:
                result.append(Deduction(key, text, pts,
                                        bool(self.get(entry, "repeatable", "bool", code))))
        if not result and not self.problems:
            self.problem(_line(data, "deductions"), code, pm.EMPTY, key="deductions")
        return tuple(result)

    # --- other sections --------------------------------------------------------------------
    def conditions(self, data: dict, key: str) -> tuple[Condition, ...]:
        result = []
        for item, line in self.items(data, key, None):
            entry = self.mapping(item, line, None, phrase(pm.IN_ENTRY_OF, key=key))
            if entry is None:
                continue
            code = self.text(entry, "code", None, required=True) or None
            self.unknown_keys(entry, CONDITION_KEYS, code, phrase(pm.IN_ENTRY_OF, key=key))
            if code and not CODE_PATTERN.match(code):
                self.problem(_line(entry, "code"), code, pm.BAD_CONDITION_CODE)
            title = self.text(entry, "title", code, required=True)
            if code and title:
                result.append(Condition(code, title, self.text(entry, "guidance", code),
                                        _line(entry)))
        return tuple(result)

    def bonus(self, data: dict) -> Bonus | None:
        if data.get("bonus") is None:
            return None
        section = self.mapping(data["bonus"], _line(data, "bonus"), None, "'bonus'")
        if section is None:
            return None
        self.unknown_keys(section, BONUS_KEYS, None, "'bonus'")
        cap = self.number(section, "cap", None, required=True, positive=True)
        items = []
        for item, line in self.items(section, "items", None):
            entry = self.mapping(item, line, None, phrase(pm.IN_BONUS_ITEM))
            if entry is None:
                continue
            code = self.text(entry, "code", None, required=True) or None
            self.text(entry, "title", code, required=True)
            node = self.leaf(entry, code, bonus=True)
            if node is not None and node.mode is Mode.DESCRIPTIVE:
                self.problem(line, code, pm.BONUS_DESCRIPTIVE)
            elif node is not None:
                items.append(node)
        if not section.get("items"):
            self.problem(_line(section), None, pm.BONUS_NO_ITEMS)
        if cap is None:
            return None
        return Bonus(cap=cap, items=tuple(items), line=_line(data, "bonus"))

    def grade(self, raw: Any, line: int) -> GradeRule | None:
        data = self.mapping(raw, line, None, phrase(pm.IN_GRADE_RULE))
        if data is None:
            return None
        self.unknown_keys(data, GRADE_KEYS, None, phrase(pm.IN_GRADE_RULE))
        name = self.text(data, "name", None, required=True)
        passed = self.get(data, "passed", "bool", None, required=True)
        areas = tuple(str(x) for x, _ in self.items(data, "areas", None))
        rule = GradeRule(
            name=name, passed=bool(passed),
            min_total=self.number(data, "min_total", None),
            min_percent=self.number(data, "min_percent", None),
            min_area_percent=self.number(data, "min_area_percent", None),
            areas=areas,
            key_items_min_percent=self.number(data, "key_items_min_percent", None),
            description=self.text(data, "description", None), line=_line(data),
        )
        if areas and rule.min_area_percent is None:
            self.problem(_line(data, "areas"), None, pm.GRADE_AREAS_NEED_MINIMUM, name=name)
        return rule if name and passed is not None else None


# --- conversions ---------------------------------------------------------------------------

_KIND_NAMES = {"text": pm.KIND_TEXT, "number": pm.KIND_NUMBER, "int": pm.KIND_WHOLE_NUMBER,
               "bool": pm.KIND_BOOL, "list": pm.A_LIST, "map": pm.A_MAPPING}


def _convert(value: Any, kind: str) -> Any:
    if kind == "text":
        if isinstance(value, bool):
            return _MISSING
        if isinstance(value, str):
            return value
        if isinstance(value, int | Decimal):
            return str(value)
        return _MISSING
    if kind == "number":
        if isinstance(value, bool):
            return _MISSING
        if isinstance(value, int):
            return Decimal(value)
        if isinstance(value, Decimal):
            return value
        if isinstance(value, str):
            try:
                d = Decimal(value.strip())
                return d if d.is_finite() else _MISSING
            except ArithmeticError:
                return _MISSING
        return _MISSING
    if kind == "int":
        if isinstance(value, bool):
            return _MISSING
        if isinstance(value, int):
            return value
        if isinstance(value, Decimal) and value == value.to_integral_value():
            return int(value)
        return _MISSING
    if kind == "bool":
        return value if isinstance(value, bool) else _MISSING
    if kind == "list":
        return value if isinstance(value, list) else _MISSING
    if kind == "map":
        return value if isinstance(value, dict) else _MISSING
    raise ValueError(kind)


def _describe(value: Any) -> Phrase | str:
    """What a value is, for "must be …, not …": the value itself (quoted), or a phrase."""
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, dict):
        return phrase(pm.A_MAPPING)
    if isinstance(value, list):
        return phrase(pm.A_LIST)
    if value is None:
        return phrase(pm.NOTHING)
    text = str(value)
    return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"


def build_rubric(data: Any, path: str, *, hasher: Callable[[Rubric], str] | None = None) -> Rubric:
    """Build and fully validate a rubric; raise :class:`RubricError` with every problem."""
    builder = _Builder(path)
    try:
        rubric = builder.rubric(data)
        if rubric is not None and not builder.problems:
            check_rubric(rubric, builder.problem)
    except RecursionError:
        builder.problem(1, None, pm.NESTED_TOO_DEEPLY)
        rubric = None
    if builder.problems or rubric is None:
        if not builder.problems:
            builder.problem(_line(data) or 1, None, pm.INCOMPLETE)
        raise RubricError(path, builder.problems)
    if hasher is not None:
        object.__setattr__(rubric, "content_hash", hasher(rubric))
    return rubric
