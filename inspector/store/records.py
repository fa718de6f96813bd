"""Schools and inspectors."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from .database import StoreError, now
from .schema import SCHOOL_TYPES

if TYPE_CHECKING:
    from .store import Store


@dataclass(frozen=True)
class School:
    """A school as the bureau lists it (its code is the bureau's)."""

    code: str
    name: str
    type: str
    town: str = ""
    address: str = ""
    contact: str = ""
    phone: str = ""

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Inspector:
    """An inspector of the team (责任督学 by default)."""

    id: str
    name: str
    role: str = "责任督学"
    phone: str = ""

    def to_json(self) -> dict:
        return asdict(self)


_SCHOOL_COLUMNS = "code, name, type, town, address, contact, phone"


class Schools:
    def __init__(self, store: Store):
        self.store = store

    def add(self, school: School, *, replace: bool = False) -> School:
        if not school.code.strip() or not re.fullmatch(r"[\w.-]+", school.code):
            raise StoreError(f"school code '{school.code}' must be letters, digits, '.', '-'")
        if not school.name.strip():
            raise StoreError("a school needs a name")
        if school.type not in SCHOOL_TYPES:
            raise StoreError(f"school type '{school.type}' is unknown; expected one of "
                             f"{', '.join(SCHOOL_TYPES)}")
        old = self.get(school.code)
        if old is not None and not replace:
            raise StoreError(f"a school with code {school.code} already exists ({old.name})")
        db = self.store.db
        with self.store.transaction():
            db.execute(
                f"INSERT INTO schools({_SCHOOL_COLUMNS}, created_at) VALUES (?,?,?,?,?,?,?,?) "
                "ON CONFLICT(code) DO UPDATE SET name=excluded.name, type=excluded.type, "
                "town=excluded.town, address=excluded.address, contact=excluded.contact, "
                "phone=excluded.phone",
                [school.code, school.name.strip(), school.type, school.town, school.address,
                 school.contact, school.phone, now()])
            self.store.log(None, school.code, "school", old.to_json() if old else None,
                           school.to_json())
        return school

    def get(self, code: str) -> School | None:
        row = self.store.db.execute(f"SELECT {_SCHOOL_COLUMNS} FROM schools WHERE code = ?",
                                    [code]).fetchone()
        return School(*row) if row else None

    def require(self, code: str) -> School:
        school = self.get(code)
        if school is None:
            raise StoreError(f"no school with code '{code}'")
        return school

    def list(self, *, search: str | None = None, school_type: str | None = None,
             town: str | None = None) -> list[School]:
        where, params = [], []
        if search:
            codes = self.search_codes(search)
            if not codes:
                return []
            where.append(f"code IN ({','.join('?' * len(codes))})")
            params += codes
        if school_type:
            where.append("type = ?")
            params.append(school_type)
        if town:
            where.append("town = ?")
            params.append(town)
        sql = f"SELECT {_SCHOOL_COLUMNS} FROM schools"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY town, type, name"
        return [School(*r) for r in self.store.db.execute(sql, params).fetchall()]

    def search_codes(self, query: str) -> list[str]:
        """Codes of schools matching a Chinese query, two-character words included.

        The trigram index finds substrings of three or more characters; shorter queries
        (most Chinese words are two characters) fall back to LIKE on the table itself.
        """
        query = query.strip()
        if not query:
            return []
        db = self.store.db
        if len(query) >= 3:
            phrase = '"' + query.replace('"', '""') + '"'
            try:
                rows = db.execute(
                    "SELECT s.code FROM schools_fts f JOIN schools s ON s.rowid = f.rowid "
                    "WHERE schools_fts MATCH ? ORDER BY rank", [phrase]).fetchall()
                return [r[0] for r in rows]
            except sqlite3.OperationalError:
                pass  # fall through to LIKE
        pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = db.execute(
            "SELECT code FROM schools WHERE name LIKE ?1 ESCAPE '\\' OR town LIKE ?1 ESCAPE '\\' "
            "OR address LIKE ?1 ESCAPE '\\' OR code LIKE ?1 ESCAPE '\\' ORDER BY name",
            [pattern]).fetchall()
        return [r[0] for r in rows]


class Inspectors:
    def __init__(self, store: Store):
        self.store = store

    def add(self, inspector: Inspector, *, replace: bool = False) -> Inspector:
        if not inspector.id.strip() or not inspector.name.strip():
            raise StoreError("an inspector needs an id and a name")
        old = self.get(inspector.id)
        if old is not None and not replace:
            raise StoreError(f"an inspector with id {inspector.id} already exists ({old.name})")
        with self.store.transaction():
            self.store.db.execute(
                "INSERT INTO inspectors(id, name, role, phone, created_at) VALUES (?,?,?,?,?) "
                "ON CONFLICT(id) DO UPDATE SET name=excluded.name, role=excluded.role, "
                "phone=excluded.phone",
                [inspector.id, inspector.name.strip(), inspector.role, inspector.phone, now()])
            self.store.log(None, inspector.id, "inspector", old.to_json() if old else None,
                           inspector.to_json())
        return inspector

    def get(self, inspector_id: str) -> Inspector | None:
        row = self.store.db.execute("SELECT id, name, role, phone FROM inspectors WHERE id = ?",
                                    [inspector_id]).fetchone()
        return Inspector(*row) if row else None

    def list(self) -> list[Inspector]:
        rows = self.store.db.execute(
            "SELECT id, name, role, phone FROM inspectors ORDER BY name").fetchall()
        return [Inspector(*r) for r in rows]
