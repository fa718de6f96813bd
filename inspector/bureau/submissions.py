"""Submissions: the definitive answer to each signed evaluation, conflicts kept, reviews, and
the background check of the signed reports (see the table in :mod:`.service`)."""

from __future__ import annotations

import json

from ..sync.envelope import EnvelopeError, open_envelope
from ..sync.submission import SubmissionError, blobs_of, check_payload, recompute
from .common import (
    _FORBIDDEN_REASONS,
    BureauError,
    Decision,
    User,
    _changed,
    _receipt,
    _submission_row,
    now,
)


def _files_present(tx, files: list[str]) -> None:
    """424 missing_files naming those the bureau does not hold."""
    have = {r[0] for r in tx.all(
        f"SELECT sha256 FROM blobs WHERE sha256 IN ({', '.join('?' * len(files))})", files)}
    if len(have) < len(files):
        raise BureauError(424, "missing_files", "upload these files first",
                          missing=[f for f in files if f not in have])


class _BaseNotCurrent(Exception):
    """The compare-and-swap on the replaced revision lost: roll back, then keep a conflict."""

    def __init__(self, base: str, digest: str, body: bytes):
        super().__init__(base)
        self.base, self.digest, self.body = base, digest, body


class Submissions:
    """Part of :class:`~.service.Bureau`: submissions and reviews."""

    # --- submissions -----------------------------------------------------------------------
    def submit(self, user: User, evaluation_id: str, body: bytes, *,
               via: str = "network") -> Decision:
        """Receive a signed submission; see the module's table for the answers."""
        try:
            return self._submit(user, evaluation_id, body, via)
        except BureauError as exc:
            return Decision(exc.status, exc.to_json())
        except _BaseNotCurrent as lost:
            with self.db.transaction(write=False) as tx:
                row = tx.one("SELECT superseded_by FROM submissions WHERE evaluation_id = ?",
                             [lost.base])
            return self._conflict(user, evaluation_id, "base_not_current", lost.digest,
                                  lost.body, {"base": lost.base,
                                              "current": row[0] if row else None})

    def _submit(self, user: User, evaluation_id: str, body: bytes, via: str) -> Decision:
        try:
            envelope = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise BureauError(422, "malformed", "the body is not JSON") from None
        ca, revoked = self.trust.current()
        try:
            opened = open_envelope(envelope, ca=ca, revoked_serials=revoked, raw=body)
        except EnvelopeError as exc:
            status = 403 if exc.reason in _FORBIDDEN_REASONS else 422
            raise BureauError(status, exc.reason, str(exc)) from None
        if opened.signer_id != user.id:
            raise BureauError(403, "not_your_certificate",
                              f"signed by {opened.signer_id or 'someone else'}, not by the "
                              f"token's inspector {user.id}")
        payload = opened.payload
        try:
            check_payload(payload)
        except SubmissionError as exc:
            raise BureauError(422, exc.reason, str(exc)) from None
        ev = payload["evaluation"]
        if ev["id"] != evaluation_id:
            raise BureauError(422, "id_mismatch", f"the body is evaluation {ev['id']}, "
                                                  f"not {evaluation_id}")
        digest = opened.digest
        rubric = self.rubric(payload["rubric"]["hash"])
        if rubric is None:
            raise BureauError(422, "unknown_rubric", f"rubric {payload['rubric']['id']} "
                              f"{payload['rubric']['version']} is not in the bureau's catalogue")
        try:
            figures = recompute(rubric, payload)
        except SubmissionError as exc:
            raise BureauError(422, exc.reason, str(exc)) from None
        if figures != payload["result"]:
            raise BureauError(422, "score_mismatch", "the result does not follow from the "
                              "answers", submitted=payload["result"], recomputed=figures)
        if payload.get("team") is not None:  # the merge must follow from the scoresheets
            from ..store.database import StoreError
            from ..team import TeamError
            from ..team.bureau_check import check_submission_block

            try:
                check_submission_block(rubric, payload["team"], payload["answers"],
                                       ca=ca, revoked=revoked)
            except (TeamError, StoreError, ValueError, KeyError, TypeError) as exc:
                raise BureauError(422, "team_mismatch", str(exc)) from None
        return self._store(user, payload, body.decode("utf-8"), digest,
                           f"{opened.certificate.serial_number:X}", via)

    def _known(self, evaluation_id: str, user: User, digest: str,
               body: bytes) -> Decision | None:
        with self.db.transaction(write=False) as tx:
            row = tx.one("SELECT inspector_id, sha256, server_id, received_at, review FROM "
                         "submissions WHERE evaluation_id = ?", [evaluation_id])
        if row is None:
            return None
        owner, stored_digest, server_id, received_at, review = row
        if owner != user.id:
            raise BureauError(403, "not_yours", "this evaluation belongs to another inspector")
        if stored_digest == digest:
            return Decision(200, {"status": "duplicate", "receipt": _receipt(
                server_id, evaluation_id, stored_digest, received_at), "review": review})
        return self._conflict(user, evaluation_id, "different_content", digest, body,
                              {"server_sha256": stored_digest})

    def _conflict(self, user: User, evaluation_id: str, reason: str, digest: str, body: bytes,
                  detail: dict) -> Decision:
        with self.db.transaction() as tx:
            tx.execute("INSERT INTO conflicts(evaluation_id, inspector_id, reason, sha256, body, "
                       "detail, received_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                       "(evaluation_id, sha256) DO NOTHING",
                       [evaluation_id, user.id, reason, digest,
                        body.decode("utf-8") if isinstance(body, bytes) else body,
                        json.dumps(detail, ensure_ascii=False), now()])
        message = {"different_content": "the bureau already holds different content under "
                                        "this evaluation id",
                   "base_not_current": "the revision this one replaces was already replaced "
                                       "by another"}[reason]
        return Decision(409, {"status": "conflict", "reason": reason, "message": message,
                              **detail})

    def _store(self, user: User, payload: dict, body: str, digest: str, serial: str,
               via: str) -> Decision:
        ev, school, result = payload["evaluation"], payload["school"], payload["result"]
        eid, base = ev["id"], ev.get("supersedes")
        at = now()
        files = [b["sha256"] for b in blobs_of(payload)]  # distinct
        with self.db.transaction() as tx:  # one transaction: one round trip less per check
            lineage = eid
            if base:
                row = tx.one("SELECT lineage, inspector_id FROM submissions WHERE "
                             "evaluation_id = ?", [base])
                if row is not None:
                    if row[1] != user.id:
                        _files_present(tx, files)  # a missing file is answered first
                        raise BureauError(403, "not_yours", "the revision this one replaces "
                                                            "belongs to another inspector")
                    lineage = row[0]
            # Inserted only when every file is there (checked in the same statement: one
            # round trip less to PostgreSQL); else nothing happens and the reason is found.
            rows = tx.all(
                "INSERT INTO submissions(evaluation_id, inspector_id, lineage, revision, "
                "supersedes, school_code, school_name, town, rubric_hash, visit_date, total, "
                "max, percent, grade, passed, sha256, body, signer_serial, report_sha256, "
                "received_at, via) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ? WHERE (SELECT count(*) FROM blobs WHERE sha256 IN "
                f"({', '.join('?' * len(files))})) = ? "
                "ON CONFLICT (evaluation_id) DO NOTHING RETURNING server_id",
                [eid, user.id, lineage, ev["revision"], base, school["code"],
                 school.get("name", ""), school.get("town", ""), payload["rubric"]["hash"],
                 ev["visit_date"], result["total"], result["max"], result["percent"],
                 result["grade"], int(result["passed"]), digest, body, serial,
                 payload["report"]["sha256"], at, via, *files, len(files)])
            if rows:
                if base and lineage != eid:  # compare-and-swap: the base must be current
                    swapped = tx.execute("UPDATE submissions SET superseded_by = ? WHERE "
                                         "evaluation_id = ? AND superseded_by IS NULL",
                                         [eid, base]).rowcount
                    if swapped != 1:
                        raise _BaseNotCurrent(base, digest, body.encode("utf-8"))
                _changed(tx, "review", eid, user.id)
                return Decision(201, {"status": "created", "receipt": _receipt(
                    rows[0][0], eid, digest, at), "review": "received"})
            _files_present(tx, files)
        # Already there (a repeat, or a concurrent request won): a duplicate or a conflict.
        known = self._known(eid, user, digest, body.encode("utf-8"))
        assert known is not None
        return known

    def evaluations(self, user: User | None = None, *, review: str | None = None) -> list[dict]:
        sql = ("SELECT server_id, evaluation_id, inspector_id, revision, supersedes, "
               "superseded_by, school_code, school_name, town, rubric_hash, visit_date, total, "
               "max, percent, grade, passed, sha256, received_at, via, review, review_comment, "
               "reviewed_at, report_check FROM submissions")
        where, params = [], []
        if user is not None:
            where.append("inspector_id = ?")
            params.append(user.id)
        if review:
            where.append("review = ?")
            params.append(review)
        if where:
            sql += " WHERE " + " AND ".join(where)
        with self.db.transaction(write=False) as tx:
            rows = tx.all(sql + " ORDER BY server_id", params)
        return [_submission_row(r) for r in rows]

    def evaluation(self, evaluation_id: str, user: User | None = None) -> dict:
        """One submission with its conflicts (``user``: only their own)."""
        with self.db.transaction(write=False) as tx:
            row = tx.one("SELECT server_id, evaluation_id, inspector_id, revision, supersedes, "
                         "superseded_by, school_code, school_name, town, rubric_hash, "
                         "visit_date, total, max, percent, grade, passed, sha256, received_at, "
                         "via, review, review_comment, reviewed_at, report_check FROM "
                         "submissions WHERE evaluation_id = ?", [evaluation_id])
            conflicts = tx.all("SELECT id, reason, sha256, detail, received_at, inspector_id "
                               "FROM conflicts WHERE evaluation_id = ? ORDER BY id",
                               [evaluation_id])
        if row is None and not conflicts:
            raise BureauError(404, "unknown_evaluation", f"no evaluation {evaluation_id}")
        owner = row[2] if row else conflicts[0][5]
        if user is not None and not user.is_admin and owner != user.id:
            raise BureauError(403, "not_yours", "this evaluation belongs to another inspector")
        out = _submission_row(row) if row else {"evaluation_id": evaluation_id}
        out["conflicts"] = [{"id": c[0], "reason": c[1], "sha256": c[2],
                             "detail": json.loads(c[3]), "received_at": c[4]}
                            for c in conflicts]
        return out

    def conflicts(self) -> list[dict]:
        with self.db.transaction(write=False) as tx:
            rows = tx.all("SELECT id, evaluation_id, inspector_id, reason, sha256, detail, "
                          "received_at FROM conflicts ORDER BY id")
        return [{"id": r[0], "evaluation_id": r[1], "inspector_id": r[2], "reason": r[3],
                 "sha256": r[4], "detail": json.loads(r[5]), "received_at": r[6]} for r in rows]

    def submission_body(self, evaluation_id: str) -> dict:
        with self.db.transaction(write=False) as tx:
            row = tx.one("SELECT body FROM submissions WHERE evaluation_id = ?", [evaluation_id])
        if row is None:
            raise BureauError(404, "unknown_evaluation", f"no evaluation {evaluation_id}")
        return json.loads(row[0])

    def review(self, evaluation_id: str, decision: str, comment: str | None, by: str) -> dict:
        """received → accepted, or → returned with a comment (the inspector sees it on the
        next sync). A decision can be changed; each change is handed out again."""
        if decision not in ("accepted", "returned"):
            raise BureauError(422, "malformed", "a review is accepted or returned")
        if decision == "returned" and not (comment or "").strip():
            raise BureauError(422, "comment_required", "say why the evaluation is returned")
        with self.db.transaction() as tx:
            row = tx.one("SELECT inspector_id FROM submissions WHERE evaluation_id = ?",
                         [evaluation_id])
            if row is None:
                raise BureauError(404, "unknown_evaluation", f"no evaluation {evaluation_id}")
            tx.execute("UPDATE submissions SET review = ?, review_comment = ?, reviewed_at = ?, "
                       "reviewed_by = ? WHERE evaluation_id = ?",
                       [decision, (comment or "").strip() or None, now(), by, evaluation_id])
            _changed(tx, "review", evaluation_id, row[0])
        return self.evaluation(evaluation_id)


    # --- signed PDF reports, checked after receipt --------------------------------------------
    def reports_to_check(self, limit: int = 20) -> list[tuple[str, str]]:
        """Claim up to ``limit`` reports waiting for their check (several server processes
        never check the same report twice)."""
        with self.db.transaction() as tx:
            return [tuple(r) for r in tx.all(
                "UPDATE submissions SET report_check = 'checking' WHERE evaluation_id IN "
                "(SELECT evaluation_id FROM submissions WHERE report_check = 'pending' "
                "ORDER BY server_id LIMIT ?) AND report_check = 'pending' "
                "RETURNING evaluation_id, report_sha256", [limit])]

    def release_report_checks(self) -> int:
        """Checks claimed by a server that stopped before finishing them wait again."""
        with self.db.transaction() as tx:
            return tx.execute("UPDATE submissions SET report_check = 'pending' "
                              "WHERE report_check = 'checking'").rowcount

    def record_report_check(self, evaluation_id: str, verdict: str, detail: str) -> None:
        with self.db.transaction() as tx:
            tx.execute("UPDATE submissions SET report_check = ?, report_check_detail = ? "
                       "WHERE evaluation_id = ?", [verdict, detail, evaluation_id])


