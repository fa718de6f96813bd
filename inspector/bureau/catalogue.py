"""What the bureau hands out: rubric versions, the school roster, assignments, and the pull
that gives each inspector what changed for them."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from .common import BureauError, User, _changed, _receipt, now


class Catalogue:
    """Part of :class:`~.service.Bureau`: the catalogue and the pull."""

    # --- what the bureau hands out ---------------------------------------------------------
    def publish_rubric(self, rubric) -> bool:
        """Add a rubric version to the catalogue (once per content hash)."""
        from ..rubrics.io import rubric_to_json

        with self.db.transaction() as tx:
            rows = tx.all("INSERT INTO rubrics(hash, id, version, title, family, definition, "
                          "published_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) "
                          "DO NOTHING RETURNING hash",
                          [rubric.content_hash, rubric.id, rubric.version, rubric.title,
                           rubric.meta.family.value, rubric_to_json(rubric), now()])
            if rows:
                _changed(tx, "rubric", rubric.content_hash)
        self._rubrics[rubric.content_hash] = rubric
        return bool(rows)

    def publish_rubric_text(self, text: str) -> dict:
        """Publish a rubric given as JSON or YAML text; every problem is reported."""
        from ..rubrics.errors import RubricError
        from ..rubrics.io import rubric_from_text

        try:
            rubric = rubric_from_text(text, "<published rubric>")
        except RubricError as exc:
            raise BureauError(422, "invalid_rubric", str(exc)) from None
        created = self.publish_rubric(rubric)
        return {"hash": rubric.content_hash, "id": rubric.id, "version": rubric.version,
                "created": created}

    def rubric(self, content_hash: str):
        cached = self._rubrics.get(content_hash)
        if cached is not None:
            return cached
        with self.db.transaction(write=False) as tx:
            row = tx.one("SELECT definition FROM rubrics WHERE hash = ?", [content_hash])
        if row is None:
            return None
        from ..rubrics.io import rubric_from_json

        rubric = rubric_from_json(row[0], f"<bureau rubric {content_hash[:15]}>")
        self._rubrics[content_hash] = rubric
        return rubric

    def upsert_school(self, school: dict) -> bool:
        fields = ("code", "name", "type", "town", "address", "contact", "phone")
        values = [str(school.get(f) or "").strip() for f in fields]
        if not values[0] or not values[1] or not values[2]:
            raise BureauError(422, "malformed", "a school needs code, name and type")
        from ..store.schema import SCHOOL_TYPES  # the laptops refuse any other

        if values[2] not in SCHOOL_TYPES:
            raise BureauError(422, "unknown_school_type",
                              f"school type '{values[2]}' is unknown; expected one of "
                              f"{', '.join(SCHOOL_TYPES)}")
        with self.db.transaction() as tx:
            old = tx.one(f"SELECT {', '.join(fields)} FROM schools WHERE code = ?", [values[0]])
            if old is not None and list(old) == values:
                return False
            tx.execute(f"INSERT INTO schools({', '.join(fields)}, updated_at) VALUES "
                       f"({', '.join('?' * len(fields))}, ?) ON CONFLICT (code) DO UPDATE SET "
                       + ", ".join(f"{f} = excluded.{f}" for f in fields[1:])
                       + ", updated_at = excluded.updated_at", [*values, now()])
            _changed(tx, "school", values[0])
        return True

    def assign(self, inspector_id: str, school_code: str, rubric_hash: str, due_date: str,
               *, kind: str = "regular", note: str = "", assignment_id: str | None = None) -> str:
        import uuid

        self.user(inspector_id)
        dt.date.fromisoformat(due_date)
        aid = assignment_id or str(uuid.uuid4())
        with self.db.transaction() as tx:
            if not tx.one("SELECT 1 FROM schools WHERE code = ?", [school_code]):
                raise BureauError(422, "unknown_school", f"no school {school_code} in the roster")
            if not tx.one("SELECT 1 FROM rubrics WHERE hash = ?", [rubric_hash]):
                raise BureauError(422, "unknown_rubric", f"rubric {rubric_hash} is not published")
            rows = tx.all("INSERT INTO assignments(id, inspector_id, school_code, rubric_hash, "
                          "due_date, kind, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT (id) DO NOTHING RETURNING id",
                          [aid, inspector_id, school_code, rubric_hash, due_date, kind, note,
                           now()])
            if rows:
                _changed(tx, "assignment", aid, inspector_id)
        return aid

    def pull(self, user: User, since: int = 0) -> dict:
        """What changed for this inspector since ``since`` (a cursor from an earlier pull)."""
        with self.db.transaction(write=False) as tx:
            rows = tx.all("SELECT seq, kind, key FROM changes WHERE seq > ? AND audience IN "
                          "('*', ?) ORDER BY seq", [since, user.id])
            cursor = max([since] + [r[0] for r in rows])
            keys: dict[str, list[str]] = {}
            for _seq, kind, key in rows:
                bucket = keys.setdefault(kind, [])
                if key not in bucket:
                    bucket.append(key)
            out: dict[str, Any] = {"cursor": cursor, "rubrics": [], "schools": [],
                                   "assignments": [], "reviews": []}
            for h in keys.get("rubric", []):
                r = tx.one("SELECT hash, id, version, title, family, definition FROM rubrics "
                           "WHERE hash = ?", [h])
                if r:
                    out["rubrics"].append(dict(zip(("hash", "id", "version", "title", "family",
                                                    "definition"), r, strict=True)))
            for code in keys.get("school", []):
                r = tx.one("SELECT code, name, type, town, address, contact, phone FROM schools "
                           "WHERE code = ?", [code])
                if r:
                    out["schools"].append(dict(zip(("code", "name", "type", "town", "address",
                                                    "contact", "phone"), r, strict=True)))
            for aid in keys.get("assignment", []):
                r = tx.one("SELECT id, school_code, rubric_hash, due_date, kind, note, "
                           "cancelled_at FROM assignments WHERE id = ? AND inspector_id = ?",
                           [aid, user.id])
                if r:
                    out["assignments"].append(dict(zip(("id", "school_code", "rubric_hash",
                                                        "due_date", "kind", "note",
                                                        "cancelled_at"), r, strict=True)))
            for eid in keys.get("review", []):
                r = tx.one("SELECT evaluation_id, review, review_comment, reviewed_at, "
                           "reviewed_by, server_id, sha256, received_at FROM submissions "
                           "WHERE evaluation_id = ? AND inspector_id = ?", [eid, user.id])
                if r:
                    item = dict(zip(("evaluation_id", "review", "comment", "reviewed_at",
                                     "reviewed_by"), r[:5], strict=True))
                    item["receipt"] = _receipt(r[5], r[0], r[6], r[7])
                    out["reviews"].append(item)
            out["team_files"] = []
            for digest in keys.get("team_file", []):
                r = tx.one("SELECT body FROM team_files WHERE digest = ?", [digest])
                if r:
                    out["team_files"].append(json.loads(r[0]))
        out["inspector_id"] = user.id
        if self.trust.folder is not None:
            out["ca_certificate"] = self.trust.ca_pem()
            out["crl"] = self.trust.crl_pem()
        return out

