"""SyncController: runs sync rounds in the background, never blocking scoring.

A round (push what is due, then pull) runs on a pool thread with a store connection of its
own (SQLite allows one writer at a time; an autosave on the GUI thread waits a few
milliseconds at most). Rounds start a little after start-up, every few minutes, and when the
user asks (立即同步). Failed submissions wait with a back-off kept in the outbox, so restarts
lose nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ...store import Store
from ..tasks import run_in_background

FIRST_DELAY_MS = 5_000
INTERVAL_MS = 3 * 60_000


def sync_round(data_dir: Path) -> dict:
    """On a pool thread: one round against the configured bureau; a summary for the UI."""
    from ...sync import outbox
    from ...sync.client import SyncClient, SyncError, sync_once
    from ...sync.config import load_config
    from ..refusals import refusal_text  # (Qt's translate is safe on a pool thread)

    config = load_config(data_dir)
    if config is None:
        return {"enrolled": False, "counts": _counts(data_dir)}
    with Store.open(data_dir, daily_backup=False, check=False) as store:
        with SyncClient(config.url, config.token, timeout=30) as client:
            try:
                report, applied = sync_once(store, client)
                error = refusal_text(report.stopped_by) if report.stopped_by else None
            except SyncError as exc:
                report, applied, error = None, None, refusal_text(exc)
        counts = outbox.counts(store)
    return {"enrolled": True, "counts": counts, "error": error,
            "sent": len(report.created) + len(report.duplicate) if report else 0,
            "conflicts": len(report.conflict) if report else 0,
            "refused": len(report.refused) if report else 0,
            "reviews": len(applied.reviews) if applied else 0,
            "rubrics": len(applied.rubrics) if applied else 0,
            # what the bureau sent that this laptop could not use (a rubric, a school …)
            "problems": list(applied.problems) if applied else [],
            "changed": bool(report and (report.delivered or report.conflict
                                        or report.refused)) or bool(applied and applied.changed)}


def _counts(data_dir: Path) -> dict:
    from ...sync import outbox

    with Store.open(data_dir, daily_backup=False, check=False) as store:
        return outbox.counts(store)


class SyncController(QObject):
    started = Signal()
    finished = Signal(dict)  # the round's summary (see sync_round)
    failed = Signal(str)  # an unexpected error (a bug, not a network problem)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.running = False
        self.last: dict | None = None
        self._again = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.sync_now)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.sync_now)

    def start(self, first_delay_ms: int = FIRST_DELAY_MS) -> None:
        """Sync periodically, the first time after ``first_delay_ms``."""
        self._first.start(first_delay_ms)
        self._timer.start()

    def stop(self) -> None:
        """No more rounds by themselves (one asked for still runs)."""
        self._first.stop()
        self._timer.stop()

    def close(self) -> None:
        """The window is closing: no more rounds, and a round still running is ignored when
        it ends (its store connection is its own; the GUI's may be closed by then)."""
        self.stop()
        self._closed = True

    def counts(self) -> dict:
        from ...sync import outbox

        return outbox.counts(self.store)

    def enrolled(self) -> bool:
        from ...sync.config import load_config

        return load_config(self.store.data_dir) is not None

    def sync_now(self, *, retry_waiting: bool = False) -> bool:
        """Start a round (``retry_waiting``: ignore the back-off, as when the user asks).
        False when one is already running (it will run again once done)."""
        if retry_waiting:
            from ...sync import outbox

            outbox.retry_now(self.store)
        if self._closed:
            return False
        if self.running:
            self._again = True
            return False
        self.running = True
        self.started.emit()
        data_dir = self.store.data_dir
        run_in_background(lambda: sync_round(data_dir), self._done, self._error)
        return True

    def _done(self, summary: dict) -> None:
        self.running = False
        if self._closed:
            return
        self.last = summary
        self.finished.emit(summary)
        if self._again:
            self._again = False
            self.sync_now()

    def _error(self, message: str) -> None:
        self.running = False
        if not self._closed:
            self.failed.emit(message)
