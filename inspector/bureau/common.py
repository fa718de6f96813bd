"""What the bureau's service modules share: errors, users, decisions, the CA's trust, and
small helpers."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .database import Tx

ENROLL_DAYS = 7
TOKEN_CACHE_SECONDS = 5.0
MAX_BLOB = 200 * 1024 * 1024
MAX_PART = 8 * 1024 * 1024
_FORBIDDEN_REASONS = {"untrusted_certificate", "certificate_expired", "certificate_revoked"}


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class BureauError(Exception):
    """A refused request: ``status`` (HTTP), ``reason`` (stable code), a message, details."""

    def __init__(self, status: int, reason: str, message: str, **detail: Any):
        self.status = status
        self.reason = reason
        self.detail = detail
        super().__init__(message)

    def to_json(self) -> dict:
        return {"status": "refused" if self.status != 409 else "conflict",
                "reason": self.reason, "message": str(self), **self.detail}


@dataclass(frozen=True)
class User:
    id: str
    name: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class Decision:
    """The answer to a submission: HTTP status and body."""

    status: int
    body: dict


class Trust:
    """The bureau CA folder: its certificate and the serials it revoked (re-read when the
    folder's index changes, so a revocation takes effect without a restart)."""

    def __init__(self, ca_folder: Path | None):
        self.folder = Path(ca_folder) if ca_folder else None
        self._index = str(self.folder / "index.json") if self.folder else None
        self._lock = threading.Lock()
        self._stamp: int | None = None
        # the CA certificate and the revoked serials, replaced together
        self._state: tuple[Any, frozenset[int]] = (None, frozenset())

    def _refresh(self) -> tuple[Any, frozenset[int]]:
        if self.folder is None:
            return self._state
        try:
            stamp = os.stat(self._index).st_mtime_ns
        except FileNotFoundError:
            stamp = 0
        if stamp == self._stamp and self._state[0] is not None:
            return self._state
        from ..signing.ca import ca_certificate, ca_index

        with self._lock:
            self._state = (ca_certificate(self.folder),
                           frozenset(int(e["serial"], 16) for e in ca_index(self.folder)
                                     if e.get("revoked_at")))
            self._stamp = stamp
            return self._state

    def current(self) -> tuple[Any, frozenset[int]]:
        """The CA certificate and the revoked serials, as of one look at the folder."""
        state = self._refresh()
        if state[0] is None:
            raise BureauError(503, "no_ca", "the bureau has no certificate authority set up")
        return state

    @property
    def ca(self):
        return self.current()[0]

    @property
    def revoked(self) -> frozenset[int]:
        return self._refresh()[1]

    def ca_pem(self) -> str:
        from ..signing._util import cert_pem

        return cert_pem(self.ca)

    def crl_pem(self) -> str:
        if self.folder is None or not (self.folder / "crl.pem").exists():
            return ""
        return (self.folder / "crl.pem").read_text("ascii")



def _changed(tx: Tx, kind: str, key: str, audience: str = "*") -> None:
    tx.execute("INSERT INTO changes(kind, key, audience) VALUES (?, ?, ?)", [kind, key, audience])


def _receipt(server_id, evaluation_id: str, digest: str, received_at: str) -> dict:
    return {"server_id": str(server_id), "evaluation_id": evaluation_id, "sha256": digest,
            "received_at": received_at}


_SUBMISSION_FIELDS = ("server_id", "evaluation_id", "inspector_id", "revision", "supersedes",
                      "superseded_by", "school_code", "school_name", "town", "rubric_hash",
                      "visit_date", "total", "max", "percent", "grade", "passed", "sha256",
                      "received_at", "via", "review", "review_comment", "reviewed_at",
                      "report_check")


def _submission_row(row) -> dict:
    out = dict(zip(_SUBMISSION_FIELDS, row, strict=True))
    out["server_id"] = str(out["server_id"])
    out["passed"] = bool(out["passed"])
    return out


_DIGEST = re.compile(r"[0-9a-f]{64}")


def _is_digest(text: str) -> bool:
    return isinstance(text, str) and _DIGEST.fullmatch(text) is not None


def _like(text: str) -> str:
    """``text`` matched literally in a LIKE pattern written with ``ESCAPE '!'``."""
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_")


def _norm_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())
