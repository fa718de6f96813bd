"""The bureau's rules, over its database — no HTTP here, so that the server, the command line
and bundle imports apply exactly the same ones.

Every decision about a submission is definitive (see docs/sync-protocol.md):

=====  ==================  ========================================================
 201   ``created``         stored; the answer carries the receipt
 200   ``duplicate``       the same bytes were already stored: the original receipt
 409   ``conflict``        same id with other content, or a revision whose base was
                           already superseded; the submission is kept in ``conflicts``
 422   ``invalid``         malformed, bad signature, unknown rubric, score mismatch …
 424   ``missing_files``   the report or an evidence file has not been uploaded yet
 403   ``forbidden``       revoked/untrusted certificate, another inspector's evaluation
=====  ==================  ========================================================
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..sync.envelope import EnvelopeError, open_envelope
from ..sync.submission import SubmissionError, blobs_of, check_payload, recompute
from .database import Database, SqliteDatabase, Tx, is_unique_violation
from .schema import migrate

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
        self._lock = threading.Lock()
        self._stamp: float | None = None
        self._ca = None
        self._revoked: frozenset[int] = frozenset()

    def _refresh(self) -> None:
        if self.folder is None:
            return
        index = self.folder / "index.json"
        stamp = index.stat().st_mtime_ns if index.exists() else 0
        if stamp == self._stamp and self._ca is not None:
            return
        from ..signing.ca import ca_certificate, ca_index

        with self._lock:
            self._ca = ca_certificate(self.folder)
            self._revoked = frozenset(int(e["serial"], 16) for e in ca_index(self.folder)
                                      if e.get("revoked_at"))
            self._stamp = stamp

    @property
    def ca(self):
        self._refresh()
        if self._ca is None:
            raise BureauError(503, "no_ca", "the bureau has no certificate authority set up")
        return self._ca

    @property
    def revoked(self) -> frozenset[int]:
        self._refresh()
        return self._revoked

    def ca_pem(self) -> str:
        from ..signing._util import cert_pem

        return cert_pem(self.ca)

    def crl_pem(self) -> str:
        if self.folder is None or not (self.folder / "crl.pem").exists():
            return ""
        return (self.folder / "crl.pem").read_text("ascii")


class Bureau:
    """The bureau's operations. Thread-safe: every call runs its own transaction."""

    def __init__(self, db: Database, ca_folder: Path | None = None,
                 ca_passphrase: str | None = None, certificate_key: Path | None = None,
                 files: Path | None = None):
        self.db = db
        # Files (signed reports, photos) live in a content-addressed folder, like git objects:
        # next to a SQLite database by default; given explicitly for PostgreSQL.
        if files is None:
            if not isinstance(db, SqliteDatabase):
                raise BureauError(500, "no_files_folder", "a folder for files is needed "
                                                          "with PostgreSQL (--files)")
            files = db.path.with_name(db.path.name + ".files")
        self.files = Path(files)
        self.files.mkdir(parents=True, exist_ok=True)
        self.trust = Trust(ca_folder)
        self.ca_passphrase = ca_passphrase
        self.certificate_key = Path(certificate_key) if certificate_key else None
        self._rubrics: dict[str, Any] = {}
        self._tokens: dict[str, tuple[User, float]] = {}
        migrate(db)
        self.refresh_crl()

    def refresh_crl(self, days_left: int = 7) -> bool:
        """Sign a new revocation list when there is none or it expires within ``days_left``
        days (laptops receive it on every pull). Needs the CA passphrase."""
        folder = self.trust.folder
        if folder is None or not self.ca_passphrase or not (folder / "ca.cert.pem").exists():
            return False
        from ..signing.ca import ca_crl, load_crls

        current = folder / "crl.pem"
        if current.exists():
            crl = load_crls(current.read_bytes())[0]
            if crl.next_update_utc and crl.next_update_utc > dt.datetime.now(dt.UTC) + \
                    dt.timedelta(days=days_left):
                return False
        ca_crl(folder, self.ca_passphrase)
        return True

    # --- people and tokens -----------------------------------------------------------------
    def add_user(self, user_id: str, name: str, role: str = "inspector") -> User:
        user_id, name = user_id.strip(), name.strip()
        if not user_id or not name:
            raise BureauError(422, "malformed", "a user needs an id and a name")
        if role not in ("inspector", "admin"):
            raise BureauError(422, "malformed", "role is inspector or admin")
        with self.db.transaction() as tx:
            try:
                tx.execute("INSERT INTO users(id, name, role, created_at) VALUES (?, ?, ?, ?)",
                           [user_id, name, role, now()])
            except Exception as exc:
                if is_unique_violation(exc):
                    raise BureauError(409, "exists", f"user {user_id} already exists") from None
                raise
        return User(user_id, name, role)

    def users(self) -> list[User]:
        with self.db.transaction(write=False) as tx:
            return [User(*r) for r in tx.all("SELECT id, name, role FROM users ORDER BY id")]

    def user(self, user_id: str) -> User:
        with self.db.transaction(write=False) as tx:
            row = tx.one("SELECT id, name, role FROM users WHERE id = ? AND disabled_at IS NULL",
                         [user_id])
        if row is None:
            raise BureauError(404, "unknown_user", f"no user {user_id}")
        return User(*row)

    def issue_token(self, user_id: str, label: str = "", serial: str | None = None) -> str:
        self.user(user_id)
        token = "tk_" + secrets.token_urlsafe(32)
        with self.db.transaction() as tx:
            tx.execute("INSERT INTO tokens(hash, user_id, label, certificate_serial, created_at) "
                       "VALUES (?, ?, ?, ?, ?)", [token_hash(token), user_id, label, serial, now()])
        return token

    def revoke_tokens(self, user_id: str) -> int:
        self._tokens.clear()
        with self.db.transaction() as tx:
            return tx.execute("UPDATE tokens SET revoked_at = ? WHERE user_id = ? AND "
                              "revoked_at IS NULL", [now(), user_id]).rowcount

    def authenticate(self, token: str | None) -> User:
        """The user of a token. A known token is remembered for TOKEN_CACHE_SECONDS, so a
        revocation takes effect within that time."""
        if not token:
            raise BureauError(401, "no_token", "an access token is required")
        key = token_hash(token)
        cached = self._tokens.get(key)
        if cached is not None and cached[1] > time.monotonic():
            return cached[0]
        with self.db.transaction(write=False) as tx:
            row = tx.one("SELECT u.id, u.name, u.role FROM tokens t JOIN users u "
                         "ON u.id = t.user_id WHERE t.hash = ? AND t.revoked_at IS NULL "
                         "AND u.disabled_at IS NULL", [key])
        if row is None:
            self._tokens.pop(key, None)
            raise BureauError(401, "unknown_token", "unknown or revoked access token")
        user = User(*row)
        if len(self._tokens) > 10_000:
            self._tokens.clear()
        self._tokens[key] = (user, time.monotonic() + TOKEN_CACHE_SECONDS)
        return user

    def enroll_code(self, user_id: str, days: int = ENROLL_DAYS) -> str:
        """A one-time code with which the inspector's laptop enrols (shown once)."""
        user = self.user(user_id)
        if user.role != "inspector":
            raise BureauError(422, "not_inspector", "enrolment codes are for inspectors")
        code = "-".join(secrets.token_hex(2).upper() for _ in range(4))
        expires = (dt.datetime.now(dt.UTC) + dt.timedelta(days=days)).isoformat()
        with self.db.transaction() as tx:
            tx.execute("INSERT INTO enroll_codes(hash, user_id, created_at, expires_at) "
                       "VALUES (?, ?, ?, ?)", [token_hash(_norm_code(code)), user_id, now(),
                                               expires])
        return code

    def enroll(self, code: str, csr_pem: str) -> dict:
        """A laptop enrols: the code is used up, the inspector's key certified by the bureau
        CA, and an access token issued. The CSR must name the code's inspector."""
        from cryptography import x509
        from cryptography.x509.oid import NameOID

        from ..signing.ca import ca_issue
        from ..signing.errors import SigningError

        try:
            csr = x509.load_pem_x509_csr(csr_pem.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise BureauError(422, "malformed", "not a certificate request (PEM)") from None
        serials = csr.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
        if self.trust.folder is None or not self.ca_passphrase:
            raise BureauError(503, "no_ca", "the bureau cannot issue certificates here")
        at = now()
        with self.db.transaction() as tx:
            row = tx.one("SELECT user_id, expires_at, used_at FROM enroll_codes WHERE hash = ?",
                         [token_hash(_norm_code(code))])
            if row is None or row[2] is not None or row[1] < at:
                raise BureauError(403, "bad_code", "unknown, used or expired enrolment code")
            user_id = row[0]
            if not serials or str(serials[0].value) != user_id:
                raise BureauError(403, "wrong_inspector", "the certificate request is not for "
                                                          f"inspector {user_id}")
            try:
                pem = ca_issue(self.trust.folder, csr_pem, self.ca_passphrase)
            except SigningError as exc:
                raise BureauError(422, "bad_csr", str(exc)) from None
            cert = x509.load_pem_x509_certificate(pem.encode("ascii"))
            token = "tk_" + secrets.token_urlsafe(32)
            tx.execute("UPDATE enroll_codes SET used_at = ? WHERE hash = ?",
                       [at, token_hash(_norm_code(code))])
            tx.execute("INSERT INTO tokens(hash, user_id, label, certificate_serial, created_at) "
                       "VALUES (?, ?, 'enrolled laptop', ?, ?)",
                       [token_hash(token), user_id, f"{cert.serial_number:X}", at])
            name = tx.one("SELECT name FROM users WHERE id = ?", [user_id])[0]
        return {"token": token, "inspector": {"id": user_id, "name": name},
                "certificate": pem, "ca_certificate": self.trust.ca_pem(),
                "crl": self.trust.crl_pem()}

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

    # --- expert-team files relayed to the team ---------------------------------------------
    def post_team_file(self, user: User, body: bytes) -> Decision:
        """Relay a team invitation (from its lead, to the members) or a member's scoresheet
        (to the lead of the team whose invitation was relayed). 201 relayed, 200 already."""
        try:
            return self._post_team_file(user, body)
        except BureauError as exc:
            return Decision(exc.status, exc.to_json())

    def _post_team_file(self, user: User, body: bytes) -> Decision:
        try:
            envelope = json.loads(body)
            opened = open_envelope(envelope, ca=self.trust.ca, revoked_serials=self.trust.revoked,
                                   raw=body)
        except ValueError as exc:
            reason = getattr(exc, "reason", "malformed")
            status = 403 if reason in _FORBIDDEN_REASONS else 422
            raise BureauError(status, reason, str(exc)) from None
        if opened.signer_id != user.id:
            raise BureauError(403, "not_your_certificate", "signed by someone else")
        payload = opened.payload
        kind = {"inspector.team-invitation/1": "invitation",
                "inspector.scoresheet/1": "scoresheet"}.get(payload.get("format"))
        team_id = payload.get("team_id")
        if kind is None or not isinstance(team_id, str):
            raise BureauError(422, "malformed", "not a team invitation or scoresheet")
        files: list[str] = []
        if kind == "invitation":
            team = payload.get("team") or {}
            if team.get("lead_id") != user.id:
                raise BureauError(403, "not_the_lead", "only the team's lead sends its invitation")
            recipients = [m["id"] for m in team.get("members", []) if m.get("id") != user.id]
        else:
            with self.db.transaction(write=False) as tx:
                row = tx.one("SELECT sender, body FROM team_files WHERE team_id = ? AND "
                             "kind = 'invitation' ORDER BY created_at DESC LIMIT 1", [team_id])
            if row is None:
                raise BureauError(422, "unknown_team", "the team's invitation did not come "
                                                       "through the bureau")
            members = {m["id"] for m in json.loads(row[1])["payload"]["team"]["members"]}
            if user.id not in members or payload.get("member", {}).get("id") != user.id:
                raise BureauError(403, "not_a_member", "not a member of this team")
            recipients = [row[0]]
            files = [a["sha256"] for a in payload.get("attachments", [])]
            missing = self.missing_blobs(files)
            if missing:
                raise BureauError(424, "missing_files", "upload these files first",
                                  missing=[m["sha256"] for m in missing])
        with self.db.transaction() as tx:
            rows = tx.all("INSERT INTO team_files(digest, team_id, kind, sender, recipients, "
                          "files, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                          "(digest) DO NOTHING RETURNING digest",
                          [opened.digest, team_id, kind, user.id, json.dumps(recipients),
                           json.dumps(files), body.decode("utf-8"), now()])
            for recipient in recipients if rows else []:
                _changed(tx, "team_file", opened.digest, recipient)
        return Decision(201 if rows else 200, {"status": "relayed" if rows else "duplicate",
                                               "kind": kind, "recipients": recipients})

    def team_blob(self, user: User, digest: str) -> bytes | None:
        """A photo of a scoresheet relayed to this user (None otherwise)."""
        with self.db.transaction(write=False) as tx:
            allowed = tx.one("SELECT 1 FROM team_files WHERE files LIKE ? ESCAPE '!' AND "
                             "recipients LIKE ? ESCAPE '!'",
                             [f'%"{digest}"%', f'%"{_like(user.id)}"%'])
        return self.blob(digest) if allowed else None

    # --- files -----------------------------------------------------------------------------
    def missing_blobs(self, digests: list[str]) -> list[dict]:
        """Which of these files the bureau lacks, with the bytes already received of each."""
        wanted = [d for d in dict.fromkeys(digests) if _is_digest(d)]
        if not wanted:
            return []
        marks = ", ".join("?" * len(wanted))
        with self.db.transaction(write=False) as tx:
            have = {r[0] for r in tx.all(f"SELECT sha256 FROM blobs WHERE sha256 IN ({marks})",
                                         wanted)}
            partial = dict(tx.all(f"SELECT sha256, received FROM blob_uploads WHERE sha256 IN "
                                  f"({marks})", wanted))
        return [{"sha256": d, "offset": int(partial.get(d, 0))} for d in wanted if d not in have]

    def put_blob_part(self, digest: str, offset: int, length: int, data: bytes) -> dict:
        """Append bytes to an upload. The offset must be where the upload stands (else 409
        with the right offset, to resume from); the last part completes and checks it."""
        if not _is_digest(digest):
            raise BureauError(422, "malformed", "a file is named by its SHA-256 (64 hex digits)")
        if not 0 < length <= MAX_BLOB:
            raise BureauError(422, "too_large", f"files are at most {MAX_BLOB} bytes")
        if len(data) > MAX_PART:
            raise BureauError(422, "too_large", f"parts are at most {MAX_PART} bytes")
        if offset == 0 and len(data) == length:  # the whole file in one part
            if hashlib.sha256(data).hexdigest() != digest:
                return {"sha256": digest, "offset": 0, "complete": False,
                        "error": "digest_mismatch"}
            self._keep(digest, data)
            with self.db.transaction() as tx:
                tx.execute("INSERT INTO blobs(sha256, size, created_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (sha256) DO NOTHING", [digest, length, now()])
                if tx.one("SELECT 1 FROM blob_uploads WHERE sha256 = ?", [digest]):
                    tx.execute("DELETE FROM blob_parts WHERE sha256 = ?", [digest])
                    tx.execute("DELETE FROM blob_uploads WHERE sha256 = ?", [digest])
            return {"sha256": digest, "offset": length, "complete": True}
        with self.db.transaction() as tx:
            if tx.one("SELECT 1 FROM blobs WHERE sha256 = ?", [digest]):
                return {"sha256": digest, "offset": length, "complete": True}
            row = tx.one("SELECT size, received FROM blob_uploads WHERE sha256 = ?", [digest])
            if row is None:
                tx.execute("INSERT INTO blob_uploads(sha256, size, received, created_at) "
                           "VALUES (?, ?, 0, ?)", [digest, length, now()])
                size, received = length, 0
            else:
                size, received = int(row[0]), int(row[1])
            if size != length:
                raise BureauError(409, "length_mismatch", f"this upload is {size} bytes",
                                  offset=received)
            if offset != received or offset + len(data) > size:
                raise BureauError(409, "offset_mismatch", f"resume at {received}",
                                  offset=received)
            if data:
                tx.execute("INSERT INTO blob_parts(sha256, start, data) VALUES (?, ?, ?)",
                           [digest, offset, data])
            received += len(data)
            if received < size:
                tx.execute("UPDATE blob_uploads SET received = ? WHERE sha256 = ?",
                           [received, digest])
                return {"sha256": digest, "offset": received, "complete": False}
            whole = b"".join(bytes(r[0]) for r in tx.all(
                "SELECT data FROM blob_parts WHERE sha256 = ? ORDER BY start", [digest]))
            tx.execute("DELETE FROM blob_parts WHERE sha256 = ?", [digest])
            tx.execute("DELETE FROM blob_uploads WHERE sha256 = ?", [digest])
            if hashlib.sha256(whole).hexdigest() != digest:
                return {"sha256": digest, "offset": 0, "complete": False,
                        "error": "digest_mismatch"}
            self._keep(digest, whole)
            tx.execute("INSERT INTO blobs(sha256, size, created_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (sha256) DO NOTHING", [digest, size, now()])
        return {"sha256": digest, "offset": size, "complete": True}

    def put_blob(self, data: bytes) -> str:
        """A whole file at once (bundle imports)."""
        digest = hashlib.sha256(data).hexdigest()
        result = self.put_blob_part(digest, 0, len(data), data)
        if not result["complete"]:
            raise BureauError(422, "digest_mismatch", "the file does not match its digest")
        return digest

    def _path(self, digest: str) -> Path:
        return self.files / digest[:2] / digest

    def _keep(self, digest: str, data: bytes) -> None:
        """Write a file under its digest (before its row, so that a row always has its file;
        a crash in between leaves a file nobody lists, written again on the next upload)."""
        target = self._path(digest)
        if target.exists():
            return
        target.parent.mkdir(exist_ok=True)
        partial = target.with_name(f"{digest}.{threading.get_ident()}.partial")
        partial.write_bytes(data)
        partial.replace(target)

    def blob(self, digest: str) -> bytes | None:
        if not _is_digest(digest):
            return None
        with self.db.transaction(write=False) as tx:
            row = tx.one("SELECT 1 FROM blobs WHERE sha256 = ?", [digest])
        if row is None:
            return None
        try:
            return self._path(digest).read_bytes()
        except FileNotFoundError:
            return None

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
        try:
            opened = open_envelope(envelope, ca=self.trust.ca, revoked_serials=self.trust.revoked,
                                   raw=body)
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
            from ..team.workflow import check_submission_block

            try:
                check_submission_block(rubric, payload["team"], payload["answers"],
                                       ca=self.trust.ca, revoked=self.trust.revoked)
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
        files = [b["sha256"] for b in blobs_of(payload)]
        with self.db.transaction() as tx:  # one transaction: one round trip less per check
            have = {r[0] for r in tx.all(
                f"SELECT sha256 FROM blobs WHERE sha256 IN ({', '.join('?' * len(files))})",
                files)}
            if len(have) < len(files):
                raise BureauError(424, "missing_files", "upload these files first",
                                  missing=[f for f in files if f not in have])
            lineage = eid
            if base:
                row = tx.one("SELECT lineage, inspector_id FROM submissions WHERE "
                             "evaluation_id = ?", [base])
                if row is not None:
                    if row[1] != user.id:
                        raise BureauError(403, "not_yours", "the revision this one replaces "
                                                            "belongs to another inspector")
                    lineage = row[0]
            rows = tx.all(
                "INSERT INTO submissions(evaluation_id, inspector_id, lineage, revision, "
                "supersedes, school_code, school_name, town, rubric_hash, visit_date, total, "
                "max, percent, grade, passed, sha256, body, signer_serial, report_sha256, "
                "received_at, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?) ON CONFLICT (evaluation_id) DO NOTHING RETURNING server_id",
                [eid, user.id, lineage, ev["revision"], base, school["code"],
                 school.get("name", ""), school.get("town", ""), payload["rubric"]["hash"],
                 ev["visit_date"], result["total"], result["max"], result["percent"],
                 result["grade"], int(result["passed"]), digest, body, serial,
                 payload["report"]["sha256"], at, via])
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


    # --- the register of certificates (证书) --------------------------------------------------
    def register_certificate(self, user: User, number: str, record: dict) -> dict:
        """Register a certificate by its QR text: the signature must verify with the
        bureau's certificate key, and its evaluation must have been submitted."""
        from ..exports import qr_payload

        if self.certificate_key is None:
            raise BureauError(404, "no_register", "this bureau server keeps no register of "
                                                  "certificates")
        text = record.get("qr_text") if isinstance(record, dict) else None
        if not isinstance(text, str):
            raise BureauError(422, "malformed", "send {\"qr_text\": …}")
        try:
            payload, signature, fields = qr_payload.split(text)
            key = qr_payload.load_public_key(self.certificate_key)
        except (qr_payload.PayloadError, qr_payload.CertificateKeyError, ValueError) as exc:
            raise BureauError(422, "malformed", str(exc)) from None
        if not qr_payload.signature_ok(payload, signature, key):
            raise BureauError(422, "bad_signature", "the certificate's signature is not the "
                                                    "bureau's")
        if fields.get("number") != number:
            raise BureauError(422, "id_mismatch", "the certificate has another number")
        with self.db.transaction() as tx:
            row = tx.one("SELECT inspector_id FROM submissions WHERE evaluation_id = ?",
                         [fields.get("evaluation_id")])
            if row is None:
                raise BureauError(424, "missing_evaluation", "submit the evaluation first")
            if row[0] != user.id and not user.is_admin:
                raise BureauError(403, "not_yours", "this evaluation belongs to another "
                                                    "inspector")
            tx.execute("INSERT INTO certificates(number, evaluation_id, school_code, school, "
                       "grade, title, issued_on, payload, signature, registered_at, "
                       "registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                       "(number) DO NOTHING",
                       [number, fields["evaluation_id"], fields.get("school_code", ""),
                        fields.get("school", ""), fields.get("grade", ""),
                        fields.get("title", ""), fields.get("issued_on", ""), payload,
                        signature, now(), user.id])
            stored = tx.one("SELECT payload, signature FROM certificates WHERE number = ?",
                            [number])
        if (stored[0], stored[1]) != (payload, signature):
            raise BureauError(409, "different_content", "another certificate has this number")
        return self.certificate_status(number)

    def revoke_certificate(self, number: str, reason: str) -> dict:
        if not reason.strip():
            raise BureauError(422, "reason_required", "say why the certificate is revoked")
        with self.db.transaction() as tx:
            changed = tx.execute("UPDATE certificates SET revoked_at = ?, revoke_reason = ? "
                                 "WHERE number = ? AND revoked_at IS NULL",
                                 [now(), reason.strip(), number]).rowcount
        status = self.certificate_status(number)
        if not changed and status["status"] != "revoked":
            raise BureauError(404, "unknown_certificate", f"no certificate {number}")
        return status

    def certificate_status(self, number: str) -> dict:
        with self.db.transaction(write=False) as tx:
            row = tx.one("SELECT number, evaluation_id, school, grade, title, issued_on, "
                         "revoked_at, revoke_reason, registered_at FROM certificates "
                         "WHERE number = ?", [number])
        if row is None:
            return {"number": number, "status": "unknown"}
        return {"number": row[0], "status": "revoked" if row[6] else "valid",
                "evaluation_id": row[1], "school": row[2], "grade": row[3], "title": row[4],
                "issued_on": row[5], "revoked_at": row[6], "revoke_reason": row[7],
                "registered_at": row[8]}

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


class _BaseNotCurrent(Exception):
    """The compare-and-swap on the replaced revision lost: roll back, then keep a conflict."""

    def __init__(self, base: str, digest: str, body: bytes):
        super().__init__(base)
        self.base, self.digest, self.body = base, digest, body


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


def _is_digest(text: str) -> bool:
    return isinstance(text, str) and len(text) == 64 and all(c in "0123456789abcdef"
                                                             for c in text)


def _like(text: str) -> str:
    """``text`` matched literally in a LIKE pattern written with ``ESCAPE '!'``."""
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_")


def _norm_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())
