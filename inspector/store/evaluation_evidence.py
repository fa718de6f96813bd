"""What an inspector adds to an evaluation besides its answers: findings (strengths, problems,
rectification requirements with their deadlines) and evidence files (photos, documents).

Mixed into :class:`~inspector.store.evaluations.Evaluations`; like every edit there, each one
is checked before anything is written, committed in its own transaction and logged in it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages as msg
from .database import StoreError, check_date, now
from .evaluation_records import Attachment, Evaluation
from .schema import FINDING_KINDS

if TYPE_CHECKING:
    from collections.abc import Callable

    from .store import Store

# (code, kind, text, deadline): a finding as checked, before it is written
FindingValues = tuple[str | None, str, str, str | None]


class EvidenceEdits:
    # given by Evaluations: the store, and the draft an edit may change (refused otherwise)
    store: Store
    _draft: Callable[[str], Evaluation]

    # --- findings --------------------------------------------------------------------------
    def add_finding(self, evaluation_id: str, kind: str, text: str, *, code: str | None = None,
                    deadline: str | None = None) -> int:
        ev = self._draft(evaluation_id)
        finding = self._checked_finding(ev, code, kind, text, deadline)
        at = now()
        with self.store.transaction():
            fid = self._insert_finding(ev.id, finding, at, self.store.actor)
            self._touch(ev.id, at)
        return fid

    def carry_member_findings(self, evaluation_id: str, member_id: str,
                              findings: list[dict], reason: str) -> int:
        """Make the findings carried from ``member_id``'s scoresheet exactly ``findings``
        (dicts with code, kind, text, deadline): the ones no longer there go, new ones come,
        the same ones stay as they are. Each keeps the member as its author. Returns how many
        changed. Checked whole before anything is written."""
        ev = self._draft(evaluation_id)
        try:
            wanted = [self._checked_finding(ev, f.get("code"), f.get("kind"), f.get("text"),
                                            f.get("deadline")) for f in findings]
        except StoreError as exc:
            raise StoreError(f"{member_id}'s scoresheet: {exc}") from None
        db, at, changed = self.store.db, now(), 0
        with self.store.transaction():
            for fid, *key in db.execute(
                    "SELECT id, code, kind, text, deadline FROM findings WHERE "
                    "evaluation_id = ? AND from_member = ? ORDER BY id",
                    [ev.id, member_id]).fetchall():
                if tuple(key) in wanted:
                    wanted.remove(tuple(key))  # the same finding: it stays
                    continue
                self._delete_finding(ev.id, fid, tuple(key), reason, at)
                changed += 1
            for finding in wanted:
                self._insert_finding(ev.id, finding, at, member_id, from_member=member_id,
                                     reason=reason)
                changed += 1
            if changed:
                self._touch(ev.id, at)
        return changed

    def remove_finding(self, evaluation_id: str, finding_id: int, reason: str | None = None):
        ev = self._draft(evaluation_id)
        row = self.store.db.execute(
            "SELECT code, kind, text, deadline FROM findings WHERE id = ? AND evaluation_id = ?",
            [finding_id, ev.id]).fetchone()
        if row is None:
            raise StoreError(f"no finding {finding_id} in evaluation {ev.id}")
        with self.store.transaction():
            self._delete_finding(ev.id, finding_id, tuple(row), reason, now())

    def _checked_finding(self, ev: Evaluation, code: str | None, kind, text,
                         deadline: str | None) -> FindingValues:
        if kind not in FINDING_KINDS:
            raise StoreError(f"finding kind '{kind}' is unknown; expected one of "
                             f"{', '.join(FINDING_KINDS)}")
        if not isinstance(text, str) or not text.strip():
            raise StoreError(msg.FINDING_NEEDS_TEXT)
        if code is not None and self.store.rubric(ev.rubric_hash).find(code) is None:
            raise StoreError(f"{code}: no such item in this rubric")
        if deadline is not None:
            check_date(deadline)
        return code, kind, text.strip(), deadline

    def _insert_finding(self, eid: str, finding: FindingValues, at: str, author: str, *,
                        from_member: str | None = None, reason: str | None = None) -> int:
        code, kind, text, deadline = finding
        cur = self.store.db.execute(
            "INSERT INTO findings(evaluation_id, code, kind, text, deadline, created_at, "
            "created_by, from_member) VALUES (?,?,?,?,?,?,?,?)",
            [eid, code, kind, text, deadline, at, author, from_member])
        fid = int(cur.lastrowid)
        self.store.log(eid, code, "finding", None,
                       {"id": fid, "kind": kind, "text": text, "deadline": deadline}, reason,
                       at=at)
        return fid

    def _delete_finding(self, eid: str, fid: int, finding: FindingValues, reason: str | None,
                        at: str) -> None:
        code, kind, text, deadline = finding
        self.store.db.execute("DELETE FROM findings WHERE id = ?", [fid])
        self.store.log(eid, code, "finding",
                       {"id": fid, "kind": kind, "text": text, "deadline": deadline}, None,
                       reason, at=at)

    # --- evidence files --------------------------------------------------------------------
    def attach(self, evaluation_id: str, code: str | None, file: Path) -> Attachment:
        """Copy a photo or document into the data folder (by SHA-256) and link it."""
        ev = self._draft(evaluation_id)
        if code and self.store.rubric(ev.rubric_hash).find(code) is None:
            raise StoreError(f"{code}: no such item in this rubric")
        from .attachments import store_file

        stored = store_file(self.store.data_dir, file)
        at = now()
        with self.store.transaction():
            try:
                self.store.db.execute(
                    "INSERT INTO attachments(evaluation_id, code, sha256, filename, mime, size, "
                    "added_at, added_by) VALUES (?,?,?,?,?,?,?,?)",
                    [ev.id, code or "", stored.sha256, file.name, stored.mime, stored.size, at,
                     self.store.actor])
            except sqlite3.IntegrityError:
                if code:
                    raise StoreError(msg.ALREADY_ATTACHED, name=file.name, target=code) from None
                raise StoreError(msg.ALREADY_ATTACHED_HERE, name=file.name) from None
            self.store.log(ev.id, code, "attachment", None,
                           {"sha256": stored.sha256, "filename": file.name,
                            "size": stored.size}, at=at)
            self._touch(ev.id, at)
        return Attachment(code or "", stored.sha256, file.name, stored.mime, stored.size, at,
                          stored.path)

    def _touch(self, eid: str, at: str) -> None:
        self.store.db.execute("UPDATE evaluations SET updated_at = ? WHERE id = ?", [at, eid])
