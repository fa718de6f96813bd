"""The list of evaluations: one row per evaluation with its school, rubric and cached figures,
filtered and counted by one query each (the home screen, ``eval list``), and the towns the
filters offer.

Read-only and light on purpose: the app's start-up reads its first screenful through this
module alone, before the rest of the store (records, validation, scoring) is imported.
Figures come from the summary cache; :meth:`Evaluations.list` scores stale rows when asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store

# The team (a JSON array) comes as its names joined by U+001F (the unit separator, which no
# name has), in the array's order: SQLite reads the JSON, and the start-up does not import json.
_TEAM = "(SELECT group_concat(value, char(31)) FROM json_each(e.team))"
_COLUMNS = ("e.id, e.school_code, s.name, s.town, s.type, r.id, r.version, r.title, r.family, "
            "e.kind, e.visit_date, e.status, e.revision, e.superseded_by, e.updated_at, "
            + _TEAM + ", "
            "m.updated_at = e.updated_at, m.total, m.max, m.percent, m.grade, m.passed, "
            "m.answered, m.answerable")
_ORDER = " ORDER BY e.visit_date DESC, s.name, e.revision DESC"  # newest visit first


class EvaluationList:
    def __init__(self, store: Store):
        self.store = store

    def rows(self, *, status: str | None = None, family: str | None = None,
             town: str | None = None, search: str | None = None,
             limit: int | None = None) -> list[dict]:
        """Summary rows, newest visit first. A row whose cached figures are missing or stale
        has ``stale: True`` and no figures. ``limit``: only the first rows (the home screen's
        first screenful at start-up; :meth:`count` tells how many there are in all)."""
        tables, params = self._query(status, family, town, search)
        sql = "SELECT " + _COLUMNS + tables + _ORDER
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        rows = []
        for (eid, code, name, town_, stype, rid, rver, rtitle, fam, kind, visit, st, rev, sup,
             updated, team, fresh, total, maximum, percent, grade, passed, answered,
             answerable) in self.store.db.execute(sql, params).fetchall():
            row = {"id": eid, "school_code": code, "school": name, "town": town_,
                   "school_type": stype, "rubric_id": rid, "rubric_version": rver,
                   "rubric_title": rtitle, "family": fam, "kind": kind, "visit_date": visit,
                   "status": st, "revision": rev, "superseded_by": sup, "updated_at": updated,
                   "team": team.split("\x1f") if team else [], "stale": not fresh}
            if fresh:
                row.update(summary_fields(total, maximum, percent, grade, passed, answered,
                                          answerable))
            rows.append(row)
        return rows

    def count(self, *, status: str | None = None, family: str | None = None,
              town: str | None = None, search: str | None = None) -> int:
        """How many rows :meth:`rows` gives with the same filters."""
        tables, params = self._query(status, family, town, search)
        return self.store.db.execute("SELECT count(*) " + tables, params).fetchone()[0]

    def towns(self) -> list[str]:
        """The towns of the schools on this laptop, in order (what the town filter offers)."""
        return [town for (town,) in self.store.db.execute(
            "SELECT DISTINCT town FROM schools WHERE town != '' ORDER BY town")]

    def _query(self, status: str | None, family: str | None, town: str | None,
               search: str | None) -> tuple[str, list[Any]]:
        """The FROM and WHERE clauses of the list (and its count), with their parameters."""
        where, params = evaluation_filters(status=status, family=family, town=town)
        if search:
            codes = self.store.schools.search_codes(search)
            like = "%" + search.strip() + "%"
            where.append(f"(e.school_code IN ({','.join('?' * len(codes)) or 'NULL'}) "
                         "OR r.title LIKE ? OR e.team LIKE ?)")
            params += [*codes, like, like]
        tables = (" FROM evaluations e JOIN schools s ON s.code = e.school_code "
                  "JOIN rubrics r ON r.hash = e.rubric_hash "
                  "LEFT JOIN evaluation_summaries m ON m.evaluation_id = e.id")
        if where:
            tables += " WHERE " + " AND ".join(where)
        return tables, params


def evaluation_filters(*, status: str | None = None, family: str | None = None,
                       town: str | None = None) -> tuple[list[str], list[Any]]:
    """SQL conditions (and their parameters) over evaluations ``e``, rubrics ``r`` and
    schools ``s`` — shared by the lists and the roll-up, so that they filter alike."""
    where: list[str] = []
    params: list[Any] = []
    for column, value in (("e.status", status), ("r.family", family), ("s.town", town)):
        if value:
            where.append(f"{column} = ?")
            params.append(str(value))  # a Family enum is its value
    return where, params


def summary_fields(total, maximum, percent, grade, passed, answered, answerable) -> dict:
    """A row's figures from the summary cache's columns."""
    return {"total": _cached_number(total), "max": _cached_number(maximum),
            "percent": _cached_number(percent), "grade": grade, "passed": bool(passed),
            "answered": answered, "answerable": answerable}


def _cached_number(text: str) -> int | float:
    """A figure of the summary cache (decimal text) as ``scoring.json_number`` gives it: an
    int when whole, else the float of the same text. (The list imports neither scoring nor
    decimal: figures have at most 4 decimal places, which a float's repr keeps exactly.)"""
    value = float(text)
    return int(value) if value.is_integer() else value
