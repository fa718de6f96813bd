"""One small helper for work off the GUI thread.

    run_in_background(compute, on_done, on_error)

``compute`` runs on a pool thread and must not touch widgets or the GUI's store connection
(open a reader store of its own); ``on_done(result)`` or ``on_error(message)`` then run back
on the GUI thread. Modelled on Anki's QueryOp: the work and its outcome, nothing more.

At start-up the app holds the tasks back (``hold_background``) until the first frame is on
screen (``release_background``): a worker running Python competes with the GUI thread for the
interpreter, and the integrity check, the daily backup and the home list's figures can all
wait a few milliseconds.
"""

from __future__ import annotations

import logging
import traceback
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from .refusals import refusal_text

log = logging.getLogger(__name__)
_running: set[QObject] = set()
_held: list[tuple[QRunnable, QThreadPool | None]] | None = None  # None: tasks start at once


class _Relay(QObject):
    """Lives on the GUI thread: signals emitted by the worker are queued to its slots."""

    done = Signal(object)
    error = Signal(str)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[str], None]):
        # Owned by the application, deleted with deleteLater() on the GUI thread: the worker
        # still holds a Python reference when it finishes, and the last reference to a
        # QObject (and to callbacks holding widgets) must never be dropped on a pool thread.
        super().__init__(QCoreApplication.instance())
        self._on_done: Callable[[Any], None] | None = on_done
        self._on_error: Callable[[str], None] | None = on_error
        self.done.connect(self._deliver_done)
        self.error.connect(self._deliver_error)

    def _take(self):
        callbacks = self._on_done, self._on_error
        self._on_done = self._on_error = None
        _running.discard(self)
        self.deleteLater()
        return callbacks

    @Slot(object)
    def _deliver_done(self, value: Any) -> None:
        on_done, _ = self._take()
        if on_done is not None:
            on_done(value)

    @Slot(str)
    def _deliver_error(self, message: str) -> None:
        _, on_error = self._take()
        if on_error is not None:
            on_error(message)


class _Task(QRunnable):
    def __init__(self, compute: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.compute = compute
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.compute()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI thread, never lost
            log.error("background task failed:\n%s", traceback.format_exc())
            # a refusal of the core in the interface's language (translating is thread-safe)
            self.relay.error.emit(refusal_text(exc))
        else:
            self.relay.done.emit(result)


def run_in_background(compute: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[str], None] | None = None,
                      pool: QThreadPool | None = None) -> None:
    """Call from the GUI thread."""
    relay = _Relay(on_done, on_error or (lambda message: log.error("%s", message)))
    _running.add(relay)  # keep the relay alive until it has delivered
    task = _Task(compute, relay)
    if _held is not None:
        _held.append((task, pool))
    else:
        (pool or QThreadPool.globalInstance()).start(task)


def hold_background() -> None:
    """Queue the tasks started from now on instead of running them (see the module's text)."""
    global _held
    if _held is None:
        _held = []


def release_background() -> None:
    """Start the queued tasks, in order; from now on tasks start at once again."""
    global _held
    held, _held = _held, None
    for task, pool in held or ():
        (pool or QThreadPool.globalInstance()).start(task)


def run_for(widget: QObject, compute: Callable[[], Any],
            on_done: Callable[[Any, Any], None],
            on_error: Callable[[Any, str], None] | None = None) -> None:
    """:func:`run_in_background` for a widget's work: ``on_done(widget, result)`` or
    ``on_error(widget, message)`` run on the GUI thread if the widget still exists, else the
    outcome is dropped (its window was closed meanwhile).

    The callbacks hold the widget only weakly, and must not capture it themselves: the task
    and its callbacks may be freed on the pool thread, and a widget whose last reference went
    there would be deleted on the wrong thread (a crash in the GUI thread's event loop).
    """
    ref = weakref.ref(widget)

    def deliver(callback, value) -> None:
        target = ref()
        if callback is not None and target is not None and shiboken6.isValid(target):
            callback(target, value)

    run_in_background(compute, lambda result: deliver(on_done, result),
                      lambda message: deliver(on_error, message))


def wait_for_background(timeout_ms: int = 10_000) -> bool:
    """Block until every background task has finished (tests and shutdown); held tasks are
    started first."""
    release_background()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
