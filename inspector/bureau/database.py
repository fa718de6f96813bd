"""One interface over SQLite and PostgreSQL: ``with db.transaction() as tx: tx.execute(…)``.

SQL is written once with ``?`` placeholders (translated to ``%s`` for psycopg) and uses only
what both engines share (``INSERT … ON CONFLICT DO NOTHING``, ``RETURNING``). A write
transaction on SQLite starts with ``BEGIN IMMEDIATE``, so writers queue instead of failing;
PostgreSQL runs at READ COMMITTED, and the few compare-and-swap updates in the service are
written so that the second of two racing writers sees the first one's row.
"""

from __future__ import annotations

import abc
import contextlib
import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any


class DatabaseError(Exception):
    """The database cannot be opened or used (bad URL, server down)."""


class Tx:
    """A transaction in progress."""

    def __init__(self, conn, translate: bool):
        self._conn = conn
        self._translate = translate

    def execute(self, sql: str, params: Sequence[Any] = ()):
        if self._translate:
            sql = _to_pyformat(sql)
        return self._conn.execute(sql, tuple(params))

    def one(self, sql: str, params: Sequence[Any] = ()):
        return self.execute(sql, params).fetchone()

    def all(self, sql: str, params: Sequence[Any] = ()) -> list:
        return self.execute(sql, params).fetchall()


_PLACEHOLDER = re.compile(r"\?")
_translated: dict[str, str] = {}


def _to_pyformat(sql: str) -> str:
    out = _translated.get(sql)
    if out is None:
        out = _translated[sql] = _PLACEHOLDER.sub("%s", sql.replace("%", "%%"))
    return out


class Database(abc.ABC):
    """A bureau database: SQLite or PostgreSQL (``Database.open`` picks by URL)."""

    dialect: str

    @abc.abstractmethod
    def transaction(self, *, write: bool = True) -> contextlib.AbstractContextManager[Tx]:
        """One transaction (``write``: one that writes, so that writers queue)."""

    @abc.abstractmethod
    def close(self) -> None:
        """Close every connection."""

    @staticmethod
    def open(url: str | Path) -> Database:
        """``postgresql://…`` (or ``postgres://``) for PostgreSQL; a path or ``sqlite:///path``
        for SQLite."""
        text = str(url)
        if text.startswith(("postgresql://", "postgres://")):
            return PostgresDatabase(text)
        if text.startswith("sqlite:///"):
            text = text[len("sqlite:///"):]
        elif "://" in text:
            raise DatabaseError(f"unsupported database URL {text!r} (use a file path, "
                                "sqlite:///PATH or postgresql://…)")
        return SqliteDatabase(Path(text))


class SqliteDatabase(Database):
    dialect = "sqlite"

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._conn()  # fail early on an unusable file

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(self.path, isolation_level=None, timeout=60,
                                       check_same_thread=False)
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                # Fewer, larger checkpoints (each one syncs the database file): a busy day
                # of submissions moves tens of megabytes through the log.
                conn.execute("PRAGMA wal_autocheckpoint = 8192")
                conn.execute("PRAGMA foreign_keys = ON")
            except sqlite3.Error as exc:
                raise DatabaseError(f"cannot open {self.path}: {exc}") from None
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @contextlib.contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Tx]:
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield Tx(conn, translate=False)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._all.clear()
        self._local = threading.local()


class PostgresDatabase(Database):
    dialect = "postgresql"

    def __init__(self, url: str):
        from psycopg_pool import ConnectionPool

        self.url = url
        try:
            self._pool = ConnectionPool(url, min_size=1, max_size=16, open=True, timeout=30,
                                        kwargs={"autocommit": False})
            self._pool.wait(timeout=30)
        except Exception as exc:  # noqa: BLE001 - psycopg raises several kinds
            raise DatabaseError(f"cannot connect to {_redact(url)}: {exc}") from None

    @contextlib.contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Tx]:
        with self._pool.connection() as conn:  # commits on success, rolls back on error
            yield Tx(conn, translate=True)

    def close(self) -> None:
        self._pool.close()


def _redact(url: str) -> str:
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)


def is_unique_violation(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.IntegrityError):
        return "UNIQUE" in str(exc) or "PRIMARY KEY" in str(exc)
    return type(exc).__name__ == "UniqueViolation"
