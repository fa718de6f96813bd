"""Files by SHA-256 (signed reports, photos): chunked, resumable uploads into a
content-addressed folder."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

from .common import MAX_BLOB, MAX_PART, BureauError, _is_digest, now


class Files:
    """Part of :class:`~.service.Bureau`: files."""

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
        folder = os.path.join(self.files, digest[:2])  # (plain strings: a file per request)
        target = os.path.join(folder, digest)
        if os.path.exists(target):
            return
        partial = f"{target}.{threading.get_ident()}.partial"
        try:
            with open(partial, "wb") as out:
                out.write(data)
        except FileNotFoundError:  # a fan-out folder removed since (they are made up front)
            os.makedirs(folder, exist_ok=True)
            with open(partial, "wb") as out:
                out.write(data)
        os.replace(partial, target)

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

