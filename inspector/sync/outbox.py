"""The laptop's outbox: signed submissions waiting for the bureau, and what became of them.

A row is written in the same transaction that marks an evaluation signed (a transactional
outbox): if the laptop dies a moment later the submission is still there, and it can never
exist without the evaluation being signed. The body never changes after that (a trigger
keeps it so); only its state moves:

    waiting → sent (the bureau has it: a receipt) → accepted | returned (the bureau's review)
    waiting → conflict (the bureau holds something else under that id, or a newer revision)
    waiting → refused  (the bureau will never take it: a bad signature, a revoked certificate)

A failed attempt (no network, a server error) keeps the row waiting, with a back-off.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..store.database import StoreError, now

if TYPE_CHECKING:
    from ..store import Store

BACKOFF_FIRST = 5.0  # seconds
BACKOFF_MAX = 3600.0
DONE_STATES = ("sent", "accepted", "returned")
ALL_STATES = ("waiting", "sent", "accepted", "returned", "conflict", "refused")


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    evaluation_id: str
    state: str
    attempts: int
    next_attempt_at: str
    last_error: str | None
    server_id: str | None
    receipt: dict | None
    review_comment: str | None
    sha256: str
    blobs: list[dict]
    updated_at: str

    def to_json(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


_COLUMNS = ("seq, evaluation_id, state, attempts, next_attempt_at, last_error, server_id, "
            "receipt, review_comment, sha256, blobs, updated_at")


def _entry(row) -> OutboxEntry:
    values = list(row)
    values[7] = json.loads(values[7]) if values[7] else None
    values[10] = json.loads(values[10])
    return OutboxEntry(*values)


def record_signed(store: Store, evaluation_id: str, signed_pdf: str | Path,
                  identity) -> OutboxEntry:
    """The evaluation's report was signed: keep the signed PDF, mark the evaluation signed
    and queue its signed submission — one transaction. Calling it again returns the entry
    already queued."""
    # Signing code (cryptography) is imported here, not at the top: the status line reads
    # the outbox right after start-up.
    from ..store.attachments import store_file
    from .canonical import canonical_bytes, document_digest
    from .envelope import seal
    from .submission import blobs_of, build_payload

    existing = entry(store, evaluation_id)
    if existing is not None:
        return existing
    evaluation = store.evaluations.get(evaluation_id)
    if evaluation.status != "finalized":
        raise StoreError(f"evaluation {evaluation_id} is {evaluation.status}; only a "
                         f"finalized evaluation can be signed and queued")
    stored = store_file(store.data_dir, Path(signed_pdf))
    report = {"sha256": stored.sha256, "size": stored.size}
    payload = build_payload(store, evaluation_id, report)
    envelope = seal(payload, identity)
    body = canonical_bytes(envelope).decode("utf-8")
    at = now()
    db = store.db
    with store.transaction():
        db.execute("INSERT INTO signed_reports(evaluation_id, sha256, size, signed_at, "
                   "signed_by) VALUES (?, ?, ?, ?, ?)",
                   [evaluation_id, stored.sha256, stored.size, at, identity.name])
        db.execute("UPDATE evaluations SET status = 'signed', updated_at = ? WHERE id = ?",
                   [at, evaluation_id])
        store.log(evaluation_id, None, "status", "finalized", "signed", at=at)
        db.execute("INSERT INTO outbox(evaluation_id, body, sha256, blobs, next_attempt_at, "
                   "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [evaluation_id, body, document_digest(payload),
                    json.dumps(blobs_of(payload)), at, at, at])
        store.log(evaluation_id, None, "sync", None, "waiting", at=at)
    store.flush()
    found = entry(store, evaluation_id)
    assert found is not None
    return found


def signed_report_path(store: Store, evaluation_id: str) -> Path | None:
    row = store.db.execute("SELECT sha256 FROM signed_reports WHERE evaluation_id = ?",
                           [evaluation_id]).fetchone()
    return store.data_dir / "attachments" / row[0][:2] / row[0] if row else None


def entry(store: Store, evaluation_id: str) -> OutboxEntry | None:
    row = store.db.execute(f"SELECT {_COLUMNS} FROM outbox WHERE evaluation_id = ?",
                           [evaluation_id]).fetchone()
    return _entry(row) if row else None


def entries(store: Store, states: tuple[str, ...] | None = None) -> list[OutboxEntry]:
    sql = f"SELECT {_COLUMNS} FROM outbox"
    params: list = []
    if states:
        sql += f" WHERE state IN ({', '.join('?' * len(states))})"
        params = list(states)
    return [_entry(r) for r in store.db.execute(sql + " ORDER BY seq", params)]


def due(store: Store, at: str | None = None) -> list[OutboxEntry]:
    """Waiting entries whose next attempt is due, oldest first."""
    return [_entry(r) for r in store.db.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE state = 'waiting' AND next_attempt_at <= ? "
        "ORDER BY seq", [at or now()])]


def body(store: Store, evaluation_id: str) -> bytes:
    row = store.db.execute("SELECT body FROM outbox WHERE evaluation_id = ?",
                           [evaluation_id]).fetchone()
    if row is None:
        raise StoreError(f"evaluation {evaluation_id} is not in the outbox")
    return row[0].encode("utf-8")


def counts(store: Store) -> dict[str, int]:
    return dict(store.db.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())


def _move(store: Store, evaluation_id: str, state: str, *, reason: str | None = None,
          **columns) -> None:
    current = entry(store, evaluation_id)
    if current is None:
        raise StoreError(f"evaluation {evaluation_id} is not in the outbox")
    at = now()
    sets = ["state = ?", "updated_at = ?"] + [f"{c} = ?" for c in columns]
    with store.transaction():
        store.db.execute(f"UPDATE outbox SET {', '.join(sets)} WHERE evaluation_id = ?",
                         [state, at, *columns.values(), evaluation_id])
        if current.state != state:
            store.log(evaluation_id, None, "sync", current.state, state, reason, at=at)


def mark_delivered(store: Store, evaluation_id: str, receipt: dict) -> None:
    """The bureau has the submission (created now, or already had it identical): keep the
    receipt; the evaluation is submitted. Nothing happens for an entry already delivered."""
    at = now()
    db = store.db
    with store.transaction():
        row = db.execute("SELECT state FROM outbox WHERE evaluation_id = ?",
                         [evaluation_id]).fetchone()
        if row is None:
            raise StoreError(f"evaluation {evaluation_id} is not in the outbox")
        if row[0] in DONE_STATES:
            return
        db.execute("UPDATE outbox SET state = 'sent', server_id = ?, receipt = ?, "
                   "last_error = NULL, updated_at = ? WHERE evaluation_id = ?",
                   [str(receipt.get("server_id", "")),
                    json.dumps(receipt, ensure_ascii=False, sort_keys=True), at, evaluation_id])
        store.log(evaluation_id, None, "sync", row[0], "sent", at=at)
        if db.execute("UPDATE evaluations SET status = 'submitted', updated_at = ? "
                      "WHERE id = ? AND status = 'signed'", [at, evaluation_id]).rowcount:
            store.log(evaluation_id, None, "status", "signed", "submitted", at=at)


def mark_conflict(store: Store, evaluation_id: str, reason: str, detail: dict) -> None:
    _move(store, evaluation_id, "conflict", reason=reason,
          last_error=json.dumps({"reason": reason, **detail}, ensure_ascii=False))


def mark_refused(store: Store, evaluation_id: str, reason: str, message: str) -> None:
    _move(store, evaluation_id, "refused", reason=reason,
          last_error=json.dumps({"reason": reason, "message": message}, ensure_ascii=False))


def mark_retry(store: Store, evaluation_id: str, error: str, *,
               rng: random.Random | None = None) -> str:
    """A failed attempt: stays waiting, next attempt after an exponential back-off with
    jitter (5 s, 10 s, 20 s … at most an hour). Returns when the next attempt is due."""
    current = entry(store, evaluation_id)
    if current is None:
        raise StoreError(f"evaluation {evaluation_id} is not in the outbox")
    delay = min(BACKOFF_FIRST * 2 ** current.attempts, BACKOFF_MAX)
    delay *= 0.75 + 0.5 * (rng or random).random()
    when = (datetime.now(UTC) + timedelta(seconds=delay)).isoformat(timespec="microseconds")
    store.db.execute("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, "
                     "last_error = ?, updated_at = ? WHERE evaluation_id = ?",
                     [when, error, now(), evaluation_id])
    return when


def retry_now(store: Store, evaluation_id: str | None = None) -> int:
    """Make waiting entries due now (the user pressed 同步). Returns how many."""
    sql = "UPDATE outbox SET next_attempt_at = ? WHERE state = 'waiting'"
    params: list = [now()]
    if evaluation_id:
        sql += " AND evaluation_id = ?"
        params.append(evaluation_id)
    return store.db.execute(sql, params).rowcount


def apply_review(store: Store, evaluation_id: str, review: str, comment: str | None) -> bool:
    """The bureau's review of a submission arrived. True when it changed anything."""
    current = entry(store, evaluation_id)
    state = {"accepted": "accepted", "returned": "returned"}.get(review)
    if current is None or state is None or current.state not in DONE_STATES:
        return False
    if current.state == state and (current.review_comment or None) == (comment or None):
        return False
    _move(store, evaluation_id, state, reason=comment, review_comment=comment)
    return True


def overview(store: Store) -> list[dict]:
    """Every entry with what a person recognizes it by (school, visit date, grade)."""
    rows = store.db.execute(
        "SELECT o.evaluation_id, o.state, o.attempts, o.next_attempt_at, o.last_error, "
        "o.review_comment, o.receipt, o.updated_at, s.name, e.visit_date, e.revision "
        "FROM outbox o JOIN evaluations e ON e.id = o.evaluation_id "
        "JOIN schools s ON s.code = e.school_code ORDER BY o.seq").fetchall()
    keys = ("evaluation_id", "state", "attempts", "next_attempt_at", "last_error",
            "review_comment", "receipt", "updated_at", "school", "visit_date", "revision")
    out = []
    for row in rows:
        item = dict(zip(keys, row, strict=True))
        item["receipt"] = json.loads(item["receipt"]) if item["receipt"] else None
        try:
            item["problem"] = json.loads(item["last_error"] or "null")
        except ValueError:
            item["problem"] = item["last_error"]
        out.append(item)
    return out
