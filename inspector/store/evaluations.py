"""Evaluations: answers and the lifecycle draft → finalized → … (findings and evidence files
are in :mod:`.evaluation_evidence`, the values they are read as in :mod:`.evaluation_records`).

Every change is validated before anything is written, committed in its own transaction, and
recorded in the event log in that same transaction.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from .. import messages as msg
from .database import StoreError, check_date, now
from .evaluation_evidence import EvidenceEdits
from .evaluation_records import (  # noqa: F401 - importable from here as before
    AnswerRecord,
    Attachment,
    Evaluation,
    EvaluationSheet,
    FinalizeBlocked,
    Finding,
)
from .schema import VISIT_KINDS

# The app's start-up lists the evaluations and nothing more: the rubric model, scoring (and
# uuid, attachments) are imported by the methods that use them.
if TYPE_CHECKING:
    from ..rubrics.model import Rubric
    from ..scoring import Answer, Result
    from .store import Store

_UNSET: Any = object()
_EVAL_COLUMNS = ("id, school_code, rubric_hash, kind, visit_date, team, created_by, status, "
                 "revision, supersedes, superseded_by, created_at, updated_at, finalized_at, "
                 "finalized_by")


class Evaluations(EvidenceEdits):
    def __init__(self, store: Store):
        self.store = store

    # --- reading ---------------------------------------------------------------------------
    def resolve(self, ref: str) -> str:
        """A full evaluation id from an id or a unique prefix of at least 4 characters."""
        ref = ref.strip().lower()
        rows = self.store.db.execute(
            "SELECT id FROM evaluations WHERE id = ? OR (length(?) >= 4 AND id LIKE ? || '%')",
            [ref, ref, ref]).fetchall()
        ids = sorted({r[0] for r in rows})
        if ref in ids:
            return ref
        if len(ids) == 1:
            return ids[0]
        if not ids:
            raise StoreError(f"no evaluation with id '{ref}'")
        raise StoreError(f"'{ref}' matches {len(ids)} evaluations; give more characters")

    def get(self, evaluation_id: str) -> Evaluation:
        row = self.store.db.execute(f"SELECT {_EVAL_COLUMNS} FROM evaluations WHERE id = ?",
                                    [evaluation_id]).fetchone()
        if row is None:
            raise StoreError(f"no evaluation with id '{evaluation_id}'")
        values = list(row)
        values[5] = json.loads(values[5])
        return Evaluation(*values)

    def open(self, evaluation_id: str) -> EvaluationSheet:
        ev = self.get(evaluation_id)
        rubric = self.store.rubric(ev.rubric_hash)
        db = self.store.db
        answers = {}
        for code, value, self_value, note, at, by in db.execute(
                "SELECT code, value, self_value, note, updated_at, updated_by FROM answers "
                "WHERE evaluation_id = ?", [ev.id]):
            answers[code] = AnswerRecord(_decode(rubric, code, value),
                                         _decode(rubric, code, self_value), note, at, by)
        findings = [Finding(*r) for r in db.execute(
            "SELECT id, code, kind, text, deadline, created_at, created_by FROM findings "
            "WHERE evaluation_id = ? ORDER BY id", [ev.id])]
        attachments = [Attachment(code, sha, name, mime, size, at,
                                  self.store.data_dir / "attachments" / sha[:2] / sha)
                       for code, sha, name, mime, size, at in db.execute(
                           "SELECT code, sha256, filename, mime, size, added_at FROM attachments "
                           "WHERE evaluation_id = ? ORDER BY added_at", [ev.id])]
        return EvaluationSheet(ev, rubric, answers, findings, attachments)

    def answer(self, evaluation_id: str, code: str, rubric: Rubric) -> AnswerRecord | None:
        """One item's current record (after an edit, cheaper than reopening the sheet)."""
        row = self.store.db.conn.execute(
            "SELECT value, self_value, note, updated_at, updated_by FROM answers "
            "WHERE evaluation_id = ? AND code = ?", [evaluation_id, code]).fetchone()
        if row is None:
            return None
        value, self_value, note, at, by = row
        return AnswerRecord(_decode(rubric, code, value), _decode(rubric, code, self_value),
                            note, at, by)

    def list(self, *, status: str | None = None, family: str | None = None,
             town: str | None = None, search: str | None = None,
             with_scores: bool = False, limit: int | None = None) -> list[dict]:
        """Summary rows for the home screen and ``eval list``; newest visit first (see
        :meth:`EvaluationList.rows <.evaluation_list.EvaluationList.rows>`). ``with_scores``
        scores the rows whose cached figures are stale now, and refreshes the cache."""
        rows = self.store.listing.rows(status=status, family=family, town=town, search=search,
                                       limit=limit)
        if with_scores:
            for row in rows:
                if row["stale"]:
                    row.update(self.refresh_summary(row["id"]), stale=False)
        return rows

    def count(self, *, status: str | None = None, family: str | None = None,
              town: str | None = None, search: str | None = None) -> int:
        """How many rows :meth:`list` gives with the same filters."""
        return self.store.listing.count(status=status, family=family, town=town, search=search)

    def compute_summary(self, evaluation_id: str) -> tuple[str, dict]:
        """(the evaluation's updated_at, its figures) — read-only; safe on a reader store."""
        ev = self.get(evaluation_id)
        if not ev.is_draft:
            row = self.store.db.execute("SELECT result FROM evaluations WHERE id = ?",
                                        [ev.id]).fetchone()
            frozen = json.loads(row[0])
            figures = {k: frozen[k] for k in ("total", "max", "percent", "grade", "passed")}
            figures["answerable"] = frozen["answerable"]
            figures["answered"] = frozen["answerable"] - len(frozen["unanswered"])
            return ev.updated_at, figures
        from ..scoring import json_number

        sheet = self.open(evaluation_id)
        result = sheet.result()
        answerable = len(sheet.rubric.answerable_codes())
        return ev.updated_at, {
            "total": json_number(result.total), "max": json_number(result.max),
            "percent": json_number(result.percent), "grade": result.grade,
            "passed": result.passed, "answerable": answerable,
            "answered": answerable - len(result.unanswered)}

    def save_summary(self, evaluation_id: str, updated_at: str, figures: dict) -> None:
        """Store figures in the list cache (not an edit: no event)."""
        self.store.db.execute(
            "INSERT INTO evaluation_summaries(evaluation_id, updated_at, total, max, percent, "
            "grade, passed, answered, answerable) VALUES (?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(evaluation_id) DO UPDATE SET updated_at=excluded.updated_at, "
            "total=excluded.total, max=excluded.max, percent=excluded.percent, "
            "grade=excluded.grade, passed=excluded.passed, answered=excluded.answered, "
            "answerable=excluded.answerable",
            [evaluation_id, updated_at, str(figures["total"]), str(figures["max"]),
             str(figures["percent"]), figures["grade"], int(figures["passed"]),
             figures["answered"], figures["answerable"]])

    def refresh_summary(self, evaluation_id: str) -> dict:
        updated_at, figures = self.compute_summary(evaluation_id)
        self.save_summary(evaluation_id, updated_at, figures)
        return figures

    def history(self, evaluation_id: str) -> list[dict]:
        rows = self.store.db.execute(
            "SELECT seq, at, actor, code, field, old, new, reason FROM events "
            "WHERE evaluation_id = ? ORDER BY seq", [evaluation_id]).fetchall()
        return [{"seq": s, "at": at, "actor": actor, "code": code, "field": fld,
                 "old": None if old is None else json.loads(old),
                 "new": None if new is None else json.loads(new), "reason": reason}
                for s, at, actor, code, fld, old, new, reason in rows]

    # --- creating --------------------------------------------------------------------------
    def create(self, school_code: str, rubric: Rubric, *, visit_date: str | None = None,
               kind: str = "regular", team: list[str] | None = None,
               evaluation_id: str | None = None) -> Evaluation:
        """Start a draft. ``evaluation_id`` is normally minted here (a UUID made on the laptop);
        callers pass one only for records that already have an identity (demo, assignments)."""
        school = self.store.schools.require(school_code)
        if not rubric.applies_to(school.type):
            raise StoreError(f"rubric {rubric.id} does not apply to {school.name} "
                             f"({school.type}); it applies to "
                             f"{', '.join(t.value for t in rubric.meta.school_types)}")
        if kind not in VISIT_KINDS:
            raise StoreError(f"visit kind '{kind}' is unknown; expected one of "
                             f"{', '.join(VISIT_KINDS)}")
        visit_date = visit_date or date.today().isoformat()
        check_date(visit_date)
        team = [t.strip() for t in (team or [self.store.actor]) if t.strip()]
        import uuid

        eid = str(uuid.UUID(evaluation_id)) if evaluation_id else str(uuid.uuid4())
        at = now()
        with self.store.transaction():
            self.store.remember_rubric(rubric)
            self.store.db.execute(
                "INSERT INTO evaluations(id, school_code, rubric_hash, kind, visit_date, team, "
                "created_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                [eid, school_code, rubric.content_hash, kind, visit_date,
                 json.dumps(team, ensure_ascii=False), self.store.actor, at, at])
            self.store.log(eid, None, "created", None,
                           {"school": school_code, "rubric": rubric.id,
                            "version": rubric.version, "hash": rubric.content_hash,
                            "visit_date": visit_date, "kind": kind, "team": team}, at=at)
        return self.get(eid)

    # --- editing ---------------------------------------------------------------------------
    def _draft(self, evaluation_id: str) -> Evaluation:
        ev = self.get(evaluation_id)
        if not ev.is_draft:
            if ev.superseded_by:
                raise StoreError(msg.NOT_DRAFT_REOPENED, id=ev.id, status=ev.status,
                                 new=ev.superseded_by)
            raise StoreError(msg.NOT_DRAFT, id=ev.id, status=ev.status)
        return ev

    def set_answer(self, evaluation_id: str, code: str, raw: Any = _UNSET, *,
                   note: str | None = None, self_value: Any = _UNSET,
                   reason: str | None = None, team_merge: bool = False) -> bool:
        """Record the inspector's answer (and/or note, and/or the school's self-evaluation).

        ``raw`` is the answer as JSON would give it (a number, a level name, true/false, a
        list of deduction keys, a text, "NA", or None to clear it). Everything is checked
        before anything is written. Returns False when nothing changed.

        An expert team's evaluation takes its answers and notes from the merge of the
        members' scoresheets only (``team_merge=True``, passed by the team workflow); any other
        writer is refused, so that no path can leave the team's result and its members'
        scoresheets disagreeing. The school's self-evaluation stays editable.
        """
        from ..rubrics.model import Condition
        from ..scoring import AnswerError, parse_answer

        rubric_hash, is_team = self._draft_rubric_hash(evaluation_id)
        if is_team and not team_merge and (raw is not _UNSET or note is not None):
            raise StoreError(msg.TEAM_ANSWERS_ARE_MERGED, code=code, id=evaluation_id)
        rubric = self.store.rubric(rubric_hash)
        item = rubric.find(code)
        if item is None:
            raise StoreError(f"{code}: no such item in rubric {rubric.id}")
        try:
            value = parse_answer(rubric, code, raw) if raw is not _UNSET else _UNSET
            own = parse_answer(rubric, code, self_value) if self_value is not _UNSET else _UNSET
        except AnswerError as exc:
            raise StoreError.refusing(exc) from None
        if note is not None and isinstance(item, Condition) is False and not item.is_leaf:
            raise StoreError(f"{code}: notes belong to items, not to groups")
        conn = self.store.db.conn  # the hot path: plain sqlite3 inside the transaction
        eid = evaluation_id
        at = now()
        with self.store.transaction():
            row = conn.execute("SELECT value, self_value, note FROM answers "
                               "WHERE evaluation_id = ? AND code = ?", [eid, code]).fetchone()
            old_value, old_self, old_note = row if row else (None, None, "")
            new_value = old_value if value is _UNSET else _encode(value)
            new_self = old_self if own is _UNSET else _encode(own)
            new_note = old_note if note is None else note.strip()
            if row is not None and (new_value, new_self, new_note) == tuple(row):
                return False
            if row is None and new_value is None and new_self is None and not new_note:
                return False
            conn.execute(
                "INSERT INTO answers(evaluation_id, code, value, self_value, note, updated_at, "
                "updated_by) VALUES (?,?,?,?,?,?,?) ON CONFLICT(evaluation_id, code) DO UPDATE "
                "SET value=excluded.value, self_value=excluded.self_value, note=excluded.note, "
                "updated_at=excluded.updated_at, updated_by=excluded.updated_by",
                [eid, code, new_value, new_self, new_note, at, self.store.actor])
            # Answer values are stored as JSON text already: log them as they are.
            for fld, old, new in (("answer", old_value, new_value), ("self", old_self, new_self)):
                if old != new:
                    self.store.log_json(eid, code, fld, old, new, reason, at)
            if old_note != new_note:
                self.store.log(eid, code, "note", old_note or None, new_note or None,
                               reason, at=at)
            conn.execute("UPDATE evaluations SET updated_at = ? WHERE id = ?", [at, eid])
        return True

    def _draft_rubric_hash(self, evaluation_id: str) -> tuple[str, bool]:
        """The rubric hash of a draft evaluation, and whether it is an expert team's (one
        light query for the autosave path)."""
        row = self.store.db.conn.execute(
            "SELECT e.status, e.rubric_hash, t.evaluation_id IS NOT NULL FROM evaluations e "
            "LEFT JOIN team_evaluations t ON t.evaluation_id = e.id WHERE e.id = ?",
            [evaluation_id]).fetchone()
        if row is None or row[0] != "draft":
            self._draft(evaluation_id)  # raises the full, explanatory error
        return row[1], bool(row[2])

    def set_cursor(self, evaluation_id: str, code: str) -> None:
        """Remember the item the inspector is on, to reopen there after a crash."""
        self.store.db.execute(
            "INSERT INTO evaluation_cursor(evaluation_id, code, updated_at) VALUES (?,?,?) "
            "ON CONFLICT(evaluation_id) DO UPDATE SET code=excluded.code, "
            "updated_at=excluded.updated_at", [evaluation_id, code, now()])

    def cursor(self, evaluation_id: str) -> str | None:
        row = self.store.db.execute("SELECT code FROM evaluation_cursor WHERE evaluation_id = ?",
                                    [evaluation_id]).fetchone()
        return row[0] if row else None

    def last_opened(self) -> str | None:
        row = self.store.db.execute("SELECT evaluation_id FROM evaluation_cursor "
                                    "ORDER BY updated_at DESC LIMIT 1").fetchone()
        return row[0] if row else None

    # --- lifecycle -------------------------------------------------------------------------
    def finalize(self, evaluation_id: str) -> Result:
        """Freeze the evaluation. Refused (FinalizeBlocked) while anything blocks it."""
        self._draft(evaluation_id)
        sheet = self.open(evaluation_id)
        blockers, _warnings = sheet.finalize_report()
        if blockers:
            raise FinalizeBlocked(blockers)
        result = sheet.result()
        summary = result.to_json()
        summary["answerable"] = len(sheet.rubric.answerable_codes())
        del summary["nodes"]
        at = now()
        db = self.store.db
        db.execute("PRAGMA synchronous = FULL")
        try:
            with self.store.transaction():
                db.execute("UPDATE evaluations SET status = 'finalized', finalized_at = ?, "
                           "finalized_by = ?, updated_at = ?, result = ? WHERE id = ?",
                           [at, self.store.actor, at, json.dumps(summary, ensure_ascii=False),
                            evaluation_id])
                self.store.log(evaluation_id, None, "status", "draft", "finalized", at=at)
                figures = [summary[k] for k in ("total", "max", "percent", "grade", "passed",
                                                "veto")]
                figures.append([[a["code"], a["score"]] for a in summary["areas"]])
                db.execute("INSERT INTO frozen_figures(evaluation_id, figures) VALUES (?, ?)",
                           [evaluation_id, json.dumps(figures, ensure_ascii=False)])
                answerable = summary["answerable"]
                self.save_summary(evaluation_id, at, {
                    "total": result.total, "max": result.max, "percent": result.percent,
                    "grade": result.grade, "passed": result.passed, "answerable": answerable,
                    "answered": answerable - len(result.unanswered)})
            self.store.flush()
        finally:
            db.execute("PRAGMA synchronous = NORMAL")
        return result

    def mark_signed(self, evaluation_id: str) -> None:
        """finalized → signed, once its report carries a valid signature (logged)."""
        ev = self.get(evaluation_id)
        if ev.status != "finalized":
            raise StoreError(f"evaluation {ev.id} is {ev.status}; only a finalized evaluation "
                             f"can be marked signed")
        with self.store.transaction():
            self.store.db.execute("UPDATE evaluations SET status = 'signed', updated_at = ? "
                                  "WHERE id = ?", [now(), ev.id])
            self.store.log(ev.id, None, "status", "finalized", "signed")

    def reopen(self, evaluation_id: str, reason: str | None = None) -> Evaluation:
        """Start a new revision of a finalized evaluation. Both revisions stay, with history."""
        old = self.get(evaluation_id)
        if old.is_draft:
            raise StoreError(msg.STILL_A_DRAFT, id=old.id)
        if old.superseded_by:
            raise StoreError(msg.ALREADY_REOPENED, id=old.id, new=old.superseded_by)
        import uuid

        new_id = str(uuid.uuid4())
        at = now()
        db = self.store.db
        with self.store.transaction():
            db.execute(
                "INSERT INTO evaluations(id, school_code, rubric_hash, kind, visit_date, team, "
                "created_by, revision, supersedes, created_at, updated_at) "
                "SELECT ?, school_code, rubric_hash, kind, visit_date, team, ?, revision + 1, "
                "id, ?, ? FROM evaluations WHERE id = ?",
                [new_id, self.store.actor, at, at, old.id])
            def copy(table: str, columns: str, only: str = "") -> None:
                db.execute(f"INSERT INTO {table}(evaluation_id, {columns}) SELECT ?, {columns} "
                           f"FROM {table} WHERE evaluation_id = ?{only}", [new_id, old.id])

            copy("answers", "code, value, self_value, note, updated_at, updated_by")
            copy("findings", "code, kind, text, deadline, created_at, created_by, from_member",
                 " ORDER BY id")
            copy("attachments", "code, sha256, filename, mime, size, added_at, added_by")
            # An expert team's evaluation stays one: its team, the scoresheets it was merged
            # from (kept as they are: they name the team, not the revision) and the lead's
            # settlements come along, so the new revision's answers are still the merge.
            db.execute("INSERT INTO team_evaluations(evaluation_id, team_id, lead_id, members, "
                       "mode, policy, threshold, trim_min, ownership, created_at) SELECT ?, "
                       "team_id, lead_id, members, mode, policy, threshold, trim_min, ownership, "
                       "? FROM team_evaluations WHERE evaluation_id = ?", [new_id, at, old.id])
            copy("team_scoresheets", "member_id, digest, exported_at, envelope, imported_at",
                 " AND replaced_by IS NULL")
            copy("team_settlements", "code, value, reason, settled_at, settled_by")
            db.execute("UPDATE evaluations SET superseded_by = ? WHERE id = ?", [new_id, old.id])
            self.store.log(old.id, None, "superseded_by", None, new_id, reason, at=at)
            self.store.log(new_id, None, "reopened", old.id,
                           {"revision": old.revision + 1}, reason, at=at)
        return self.get(new_id)


def _encode(value: Answer | None) -> str | None:
    if value is None:
        return None
    from ..scoring import answer_to_json

    return json.dumps(answer_to_json(value), ensure_ascii=False)


def _decode(rubric: Rubric, code: str, text: str | None) -> Answer | None:
    if text is None:
        return None
    from ..scoring import loads_answers_json, parse_answer

    return parse_answer(rubric, code, loads_answers_json(text))

