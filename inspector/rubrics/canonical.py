"""The canonical form of a rubric: the authored mapping, normalized, and its content hash.

The same rubric written in YAML, in a workbook or with a different layout of whitespace and
comments has the same canonical form, hence the same hash. Every evaluation records the hash of
the rubric it was scored against.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from typing import Any

from .model import Condition, GradeRule, Mode, Node, Rubric
from .numbers import format_decimal


def to_document(rubric: Rubric) -> dict[str, Any]:
    """The rubric as the mapping a YAML file would hold, keys in reading order."""
    m = rubric.meta
    doc: dict[str, Any] = {"format": 1, "id": m.id, "title": m.title, "family": m.family.value,
                           "school_types": [t.value for t in m.school_types],
                           "version": m.version}
    if m.year is not None:
        doc["year"] = m.year
    for key, value in (("document_number", m.document_number), ("issuer", m.issuer),
                       ("effective", m.effective), ("notes", m.notes)):
        if value:
            doc[key] = value
    doc["levels"] = list(m.level_names)
    doc["points"] = rubric.max_points
    s = rubric.scoring
    scoring: dict[str, Any] = {"step": s.step, "not_applicable": s.not_applicable.value}
    if s.levels:
        scoring["levels"] = {lv.name: lv.coefficient for lv in s.levels}
    if s.bands:
        scoring["bands"] = [{"min": b.min_percent, "fraction": b.fraction} for b in s.bands]
    doc["scoring"] = scoring
    if rubric.prerequisites:
        doc["prerequisites"] = [_condition(c) for c in rubric.prerequisites]
    if rubric.vetoes:
        doc["vetoes"] = [_condition(c) for c in rubric.vetoes]
    doc["indicators"] = [_node(n) for n in rubric.areas]
    if rubric.bonus is not None:
        doc["bonus"] = {"cap": rubric.bonus.cap, "items": [_node(n) for n in rubric.bonus.items]}
    doc["grades"] = [_grade(g) for g in rubric.grades]
    return doc


def _condition(c: Condition) -> dict[str, Any]:
    d: dict[str, Any] = {"code": c.code, "title": c.title}
    if c.guidance:
        d["guidance"] = c.guidance
    return d


def _node(n: Node) -> dict[str, Any]:
    d: dict[str, Any] = {"code": n.code, "title": n.title}
    if not n.is_leaf:
        d["points"] = n.points
        if n.guidance:
            d["guidance"] = n.guidance
        d["children"] = [_node(c) for c in n.children]
        return d
    assert n.mode is not None
    if n.mode is not Mode.DESCRIPTIVE:
        d["points"] = n.points
    d["mode"] = n.mode.value
    if n.step is not None:
        d["step"] = n.step
    if n.key:
        d["key"] = True
    if n.na_allowed:
        d["na"] = True
    if n.guidance:
        d["guidance"] = n.guidance
    if n.evidence_methods:
        d["evidence"] = list(n.evidence_methods)
    if n.requires:
        d["requires"] = sorted(r.value for r in n.requires)
    if n.deductions:
        d["deductions"] = [
            {"key": x.key, "text": x.text, "points": x.points, **({"repeatable": True}
                                                                 if x.repeatable else {})}
            for x in n.deductions]
    if n.levels:
        d["levels"] = {lv.name: lv.coefficient for lv in n.levels}
    if n.bands:
        d["bands"] = [{"min": b.min_percent, "fraction": b.fraction} for b in n.bands]
    return d


def _grade(g: GradeRule) -> dict[str, Any]:
    d: dict[str, Any] = {"name": g.name, "passed": g.passed}
    for key in ("min_total", "min_percent", "min_area_percent"):
        if getattr(g, key) is not None:
            d[key] = getattr(g, key)
    if g.areas:
        d["areas"] = list(g.areas)
    if g.key_items_min_percent is not None:
        d["key_items_min_percent"] = g.key_items_min_percent
    if g.description:
        d["description"] = g.description
    return d


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format_decimal(value)
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def canonical_json(rubric: Rubric) -> str:
    """Deterministic JSON of the rubric: sorted keys, decimals as plain strings, UTF-8 text.

    Mapping order inside ``levels`` is kept (it is meaningful: 优 before 良), because JSON
    objects are written with sorted keys only at the level of fields, and levels are written
    as a list of pairs here.
    """
    doc = to_document(rubric)
    # Keep the order of coefficient levels: turn each levels mapping into a list of pairs.
    def fix_levels(obj: Any) -> Any:
        if isinstance(obj, dict):
            return {k: ([[n, c] for n, c in v.items()] if k == "levels" and isinstance(v, dict)
                        else fix_levels(v)) for k, v in obj.items()}
        if isinstance(obj, list):
            return [fix_levels(v) for v in obj]
        return obj

    return json.dumps(_jsonable(fix_levels(doc)), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def content_hash(rubric: Rubric) -> str:
    return "sha256:" + hashlib.sha256(canonical_json(rubric).encode("utf-8")).hexdigest()
