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
from pathlib import Path
from typing import Any

from .catalogue import Catalogue
from .common import (  # noqa: F401 - the service's public names, importable from here
    ENROLL_DAYS,
    MAX_BLOB,
    MAX_PART,
    TOKEN_CACHE_SECONDS,
    BureauError,
    Decision,
    Trust,
    User,
    now,
    token_hash,
)
from .database import Database, SqliteDatabase
from .files import Files
from .people import People
from .register import Register
from .schema import migrate
from .submissions import Submissions
from .team_relay import TeamRelay


class Bureau(People, Catalogue, Files, Submissions, Register, TeamRelay):
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
        if not (self.files / "ff").is_dir():  # the folder and its 256 fan-out folders, once
            for prefix in range(256):
                (self.files / f"{prefix:02x}").mkdir(parents=True, exist_ok=True)
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

