"""Backups with SQLite's online backup API — safe while the app is writing, WAL included.

Never copy the .sqlite file by hand while the app runs: the last edits live in its -wal file.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .database import Database

BACKUP_DIR = "backups"
DAILY_PREFIX = "daily-"
KEEP_DAILY = 14


def backup_to(db: Database, target: Path) -> Path:
    """Copy the live database into ``target`` (a new file) and verify the copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(str(partial))
    try:
        db.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        ok = dest.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        dest.close()
    if ok != "ok":
        partial.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(f"the backup failed its integrity check: {ok}")
    partial.replace(target)
    return target


def list_backups(data_dir: Path) -> list[Path]:
    """Backups in the data folder, newest first."""
    folder = data_dir / BACKUP_DIR
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)


def rolling_backup(db: Database, data_dir: Path, *, every: timedelta = timedelta(days=1),
                   keep: int = KEEP_DAILY, when: datetime | None = None) -> Path | None:
    """Take a daily backup if the newest is older than ``every``; keep the last ``keep``."""
    when = when or datetime.now(UTC)
    folder = data_dir / BACKUP_DIR
    daily = sorted(folder.glob(f"{DAILY_PREFIX}*.sqlite")) if folder.is_dir() else []
    made = None
    if not daily or when - _stamp_of(daily[-1]) >= every:
        made = backup_to(db, folder / f"{DAILY_PREFIX}{when.strftime('%Y%m%d-%H%M%S')}.sqlite")
        daily.append(made)
    for old in daily[:-keep]:
        old.unlink(missing_ok=True)
    return made


def _stamp_of(path: Path) -> datetime:
    text = path.stem.removeprefix(DAILY_PREFIX)
    try:
        return datetime.strptime(text, "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def check_file(path: Path) -> str:
    """'ok', or what is wrong with a database file (used before restoring from it)."""
    if not path.is_file():
        return "no such file"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = "; ".join(r[0] for r in conn.execute("PRAGMA quick_check").fetchall())
            if result == "ok" and not conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE name = 'evaluations'").fetchone():
                return "not an inspector database (no evaluations table)"
            return result
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)


def set_aside(path: Path, label: str) -> Path | None:
    """Move a database file (and its -wal/-shm) into the backups folder; nothing is deleted."""
    if not path.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    aside = path.parent / BACKUP_DIR / f"{label}-{stamp}.sqlite"
    aside.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            part.replace(Path(str(aside) + suffix))
    return aside


def restore_into(source: Path, target: Path) -> None:
    """Write the content of ``source`` (already checked) as the database at ``target``.

    The caller has set the old ``target`` aside first (see :func:`set_aside`).
    """
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(str(target))
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode = WAL")
        finally:
            dest.close()
    finally:
        src.close()
