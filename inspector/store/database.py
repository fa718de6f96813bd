"""Opening the database: pragmas on every connection, integrity check, migrations with backup.

WAL journal with ``synchronous=NORMAL``: every edit is its own committed transaction (about
10k/s on the reference machine); a power cut can lose at most the last few commits but never
corrupts the file. Finalizing switches to ``synchronous=FULL`` and checkpoints.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from .. import messages as msg
from ..messages import Refusal
from .backup import BACKUP_DIR, backup_to, list_backups
from .schema import migration_set, pending_migrations

DB_NAME = "inspector.sqlite"
_savepoints = itertools.count(1)  # savepoint names, unique in the process


class StoreError(Refusal):
    """A request the store refuses (unknown record, bad value, finalized evaluation…).

    Made either from a plain message or from a template of :mod:`inspector.messages` and its
    values (``code``: the item it is about, put in front); the app translates the template.
    """

    @classmethod
    def refusing(cls, answer_error) -> StoreError:
        """The store's refusal of an answer the scoring rules refused (same words)."""
        return cls(answer_error.template, code=answer_error.code, **answer_error.values)


class CorruptDatabase(StoreError):
    """The database file failed its integrity check or is not a database at all."""

    def __init__(self, path: Path, detail: str, backups: list[Path]):
        self.path = path
        self.detail = detail
        self.backups = backups
        latest = f" The newest backup is {backups[0]}." if backups else " No backup exists."
        super().__init__(
            f"The database {path} is damaged ({detail}).{latest} "
            f"Restore a backup with: inspector db restore BACKUP_FILE")


class Opened(NamedTuple):
    """An opened database: its connection, its file, the migrations just applied and the
    backup taken before them (None when none ran). (A named tuple, not a dataclass: it is
    on the app's start-up path, and a frozen dataclass takes five times longer to define.)"""

    db: Database
    path: Path
    migrated: list[str]
    pre_migration_backup: Path | None


def now() -> str:
    """UTC timestamp with microseconds, sortable as text."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def check_date(text: str) -> None:
    """Refuse anything but a calendar date written YYYY-MM-DD."""
    try:
        date.fromisoformat(text)
    except ValueError:
        raise StoreError(msg.NOT_A_DATE, text=text) from None


class Database:
    """The store's connection: autocommit mode, explicit transactions, pragmas applied.

    Everyday reads and writes go straight to :mod:`sqlite3`. sqlite-utils, which the schema
    migrations use, is imported only when one must run (:attr:`utils`): importing it costs
    about 100 ms, which the app's start-up cannot afford.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._utils: Any = None

    def execute(self, sql: str, parameters: Sequence | dict | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, () if parameters is None else parameters)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; nested blocks become savepoints. Rolled back on any error."""
        if self.conn.in_transaction:
            name = f"sp_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]

    @property
    def utils(self):
        """The same connection as a :class:`sqlite_utils.Database` (imported on first use)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils


def connect(path: Path) -> Database:
    """A connection with the project's pragmas. Autocommit mode: transactions are explicit."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                           timeout=10)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    return Database(conn)


def check_file_integrity(path: Path) -> str:
    """PRAGMA quick_check on a connection of its own (safe on any thread): 'ok' or the
    problems. SQLite releases the GIL while it checks, so this overlaps the GUI's start."""
    try:
        db = connect(path)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    try:
        return quick_check(db)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        db.conn.close()


def quick_check(db: Database) -> str:
    rows = db.execute("PRAGMA quick_check").fetchall()
    return "; ".join(str(r[0]) for r in rows)


def open_database(path: Path, *, check: bool = True) -> Opened:
    """Open (creating if needed), check integrity, migrate (backing up first).

    ``check=False`` leaves the integrity check to the caller, who must then run
    :func:`check_file_integrity` (the app runs it on another thread while it starts).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = not path.exists() or path.stat().st_size == 0
    try:
        db = connect(path)
        if not fresh and check:
            result = quick_check(db)
            if result != "ok":
                db.conn.close()
                raise CorruptDatabase(path, result, list_backups(path.parent))
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        pending = pending_migrations(db.conn)
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(path, str(exc), list_backups(path.parent)) from None
    backup = None
    if pending and not fresh and db.table_names():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        backup = path.parent / BACKUP_DIR / f"pre-migration-{stamp}.sqlite"
        backup_to(db, backup)
    if pending:
        migration_set().apply(db.utils)
        db.execute("PRAGMA foreign_keys = ON")  # migrations may have switched it off
    return Opened(db, path, pending, backup)
