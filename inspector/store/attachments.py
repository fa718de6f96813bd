"""Evidence files stored content-addressed: ``attachments/ab/abcdef…`` by SHA-256.

The same photo attached twice is stored once; a file is written to a temporary name, synced
and renamed, so a crash never leaves half a photo under its final name.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path

from .. import messages as msg
from .database import StoreError

MAX_SIZE = 200 * 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    mime: str
    path: Path


def attachment_path(data_dir: Path, sha256: str) -> Path:
    return data_dir / "attachments" / sha256[:2] / sha256


def store_file(data_dir: Path, source: Path) -> StoredFile:
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise StoreError(msg.FILE_UNREADABLE, path=str(source), reason=exc.strerror) from None
    if len(data) > MAX_SIZE:
        raise StoreError(msg.FILE_TOO_LARGE, name=source.name,
                         megabytes=str(MAX_SIZE // (1024 * 1024)))
    digest = hashlib.sha256(data).hexdigest()
    target = attachment_path(data_dir, digest)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        with open(partial, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        partial.replace(target)
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    return StoredFile(digest, len(data), mime, target)


def verify_file(data_dir: Path, sha256: str) -> bool:
    """True when the stored file exists and still has its digest."""
    path = attachment_path(data_dir, sha256)
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == sha256
    except OSError:
        return False
