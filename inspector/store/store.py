"""The store: one SQLite database per user, the single writer of every record.

Each public method that changes something is one transaction that also appends to the event
log, so the audit trail and the data can never disagree. The GUI, the exports and sync all go
through a :class:`Store`.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths
from .backup import check_file, list_backups, restore_into, rolling_backup, set_aside
from .database import DB_NAME, Opened, StoreError, connect, now, open_database, quick_check
from .evaluation_list import EvaluationList

if TYPE_CHECKING:
    from ..rubrics.model import Rubric
    from .evaluations import Evaluations
    from .records import Inspectors, Schools

_RUBRIC_CACHE_SIZE = 16


class Store:
    """Open with :meth:`open`; use as a context manager or call :meth:`close`."""

    def __init__(self, opened: Opened, data_dir: Path):
        self._opened = opened
        self.db = opened.db
        self.path = opened.path
        self.data_dir = data_dir
        self._rubrics: OrderedDict[str, Rubric] = OrderedDict()
        self._actor: str | None = None
        self.listing = EvaluationList(self)

    # The parts below are made (and their modules imported) on first use: the app's start-up
    # shows its first frame with the list alone.
    @functools.cached_property
    def schools(self) -> Schools:
        from .records import Schools

        return Schools(self)

    @functools.cached_property
    def inspectors(self) -> Inspectors:
        from .records import Inspectors

        return Inspectors(self)

    @functools.cached_property
    def evaluations(self) -> Evaluations:
        from .evaluations import Evaluations

        return Evaluations(self)

    # --- lifecycle -------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path | None = None, *, daily_backup: bool = True,
             check: bool = True) -> Store:
        """Open the user's database (creating, checking and migrating it as needed).

        Raises :class:`CorruptDatabase` when the integrity check fails. With
        ``check=False`` the caller runs the check itself (see ``check_file_integrity``).
        """
        data_dir = data_dir or paths.data_home()
        opened = open_database(data_dir / DB_NAME, check=check)
        store = cls(opened, data_dir)
        if daily_backup:
            with contextlib.suppress(OSError):
                rolling_backup(store.db, data_dir)
        return store

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.db.execute("PRAGMA optimize")
        self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def migrated(self) -> list[str]:
        return self._opened.migrated

    @property
    def pre_migration_backup(self) -> Path | None:
        return self._opened.pre_migration_backup

    def transaction(self):
        """One atomic unit of work (nested calls become savepoints)."""
        return self.db.atomic()

    def flush(self) -> None:
        """Make everything committed so far durable on disk (used when finalizing)."""
        self.db.execute("PRAGMA wal_checkpoint(FULL)")

    # --- who is acting ---------------------------------------------------------------------
    @property
    def actor(self) -> str:
        """The inspector making edits: INSPECTOR_USER, the configured inspector, or the login."""
        if self._actor is None:
            self._actor = (os.environ.get("INSPECTOR_USER") or self.setting("current_inspector")
                           or _login_name())
        return self._actor

    def use_actor(self, actor: str) -> None:
        self._actor = actor

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_state(self, key: str, value: str | None) -> None:
        """Remember where the user is (UI state, not an edit): committed at once so that it
        survives a crash, and never logged in the audit trail."""
        if value is None:
            self.db.execute("DELETE FROM settings WHERE key = ?", [f"state:{key}"])
        else:
            self.db.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) "
                            "DO UPDATE SET value = excluded.value", [f"state:{key}", value])

    def state(self, key: str) -> str | None:
        return self.setting(f"state:{key}")

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            old = self.setting(key)
            self.db.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])
            self.log(None, None, f"setting:{key}", old, value)
        if key == "current_inspector":
            self._actor = None

    # --- the event log ---------------------------------------------------------------------
    def log(self, evaluation_id: str | None, code: str | None, field: str, old: Any, new: Any,
            reason: str | None = None, at: str | None = None) -> None:
        """Append one event. Call inside the transaction that makes the change."""
        self.db.conn.execute(
            "INSERT INTO events(at, actor, evaluation_id, code, field, old, new, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [at or now(), self.actor, evaluation_id, code, field, _text(old), _text(new),
             reason])

    def log_json(self, evaluation_id: str | None, code: str | None, field: str,
                 old: str | None, new: str | None, reason: str | None, at: str) -> None:
        """Append one event whose old and new values are JSON text already."""
        self.db.conn.execute(
            "INSERT INTO events(at, actor, evaluation_id, code, field, old, new, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [at, self.actor, evaluation_id, code, field, old, new, reason])

    # --- rubrics kept alongside the evaluations --------------------------------------------
    def remember_rubric(self, rubric: Rubric) -> str:
        """Store the rubric's full definition (once per content hash) and return the hash."""
        from ..rubrics.io import rubric_to_json

        self.db.execute(
            "INSERT INTO rubrics(hash, id, version, title, family, definition, stored_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(hash) DO NOTHING",
            [rubric.content_hash, rubric.id, rubric.version, rubric.title,
             rubric.meta.family.value, rubric_to_json(rubric), now()])
        self._rubrics[rubric.content_hash] = rubric
        return rubric.content_hash

    def rubric(self, content_hash: str) -> Rubric:
        """The rubric an evaluation was scored against, from its stored definition."""
        cached = self._rubrics.get(content_hash)
        if cached is not None:
            self._rubrics.move_to_end(content_hash)
            return cached
        row = self.db.execute("SELECT definition FROM rubrics WHERE hash = ?",
                              [content_hash]).fetchone()
        if row is None:
            raise StoreError(f"rubric {content_hash} is not stored in this database")
        from ..rubrics.io import rubric_from_json  # YAML and the validator: on first use

        rubric = rubric_from_json(row[0], f"<stored rubric {content_hash[:15]}>")
        if rubric.content_hash != content_hash:
            raise StoreError(f"stored rubric {content_hash} does not match its hash")
        self._rubrics[content_hash] = rubric
        if len(self._rubrics) > _RUBRIC_CACHE_SIZE:
            self._rubrics.popitem(last=False)
        return rubric

    # --- health ----------------------------------------------------------------------------
    def check(self) -> str:
        """'ok' or the problems PRAGMA integrity_check finds."""
        rows = self.db.execute("PRAGMA integrity_check").fetchall()
        fk = self.db.execute("PRAGMA foreign_key_check").fetchall()
        result = "; ".join(str(r[0]) for r in rows)
        if fk:
            result = (result if result != "ok" else "") + f" {len(fk)} broken reference(s)"
        return result.strip()

    def backup(self, target: Path | None = None) -> Path:
        from datetime import UTC, datetime

        from .backup import BACKUP_DIR, backup_to

        if target is None:
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            target = self.data_dir / BACKUP_DIR / f"manual-{stamp}.sqlite"
        if target.exists():
            raise StoreError(f"{target} already exists; choose a new file name")
        return backup_to(self.db, target)

    def backups(self) -> list[Path]:
        return list_backups(self.data_dir)


def restore(data_dir: Path, source: Path) -> Path | None:
    """Replace the user's database with a backup. The current file is set aside, not deleted.

    Works when the current database is damaged (this is the way out of a failed check).
    Returns where the previous database was put.
    """
    verdict = check_file(source)
    if verdict != "ok":
        raise StoreError(f"{source} cannot be restored: {verdict}")
    target = data_dir / DB_NAME
    aside = None
    if target.exists():
        # Keep a clean copy of a healthy current database; a damaged one is moved as it is.
        try:
            db = connect(target)
            healthy = quick_check(db) == "ok"
            db.conn.close()
        except Exception:  # noqa: BLE001 - any failure means "damaged"
            healthy = False
        aside = set_aside(target, "replaced" if healthy else "damaged")
    restore_into(source, target)
    return aside


def _text(value: Any) -> str | None:
    """Event values are JSON (so a text answer and a number stay distinguishable)."""
    if value is None:
        return None
    import json  # (not at start-up)

    return json.dumps(value, ensure_ascii=False, default=str)


def _login_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        return "unknown"
