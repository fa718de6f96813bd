"""Start the desktop app: the Qt application, its fonts and language, then the main window."""

from __future__ import annotations

import gc
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence


def _to_oldest_generation() -> None:
    """Move every object the collector tracks to its oldest generation, without walking them
    (freezing and unfreezing only splices lists)."""
    gc.freeze()
    gc.unfreeze()


# Start-up makes tens of thousands of objects that live as long as the app (modules, classes,
# Qt wrappers, the list's rows) and frees almost none of them: the cyclic garbage collector,
# which runs every 700 new objects, would walk them again and again, only to move them to its
# oldest generation (some 5 ms of the start). It is off while these modules are imported, and
# in main() until the first frame is on screen; each time the objects made meanwhile go to the
# oldest generation directly, and the collector runs as usual from there.
def _declare_no_pyside_features() -> None:
    """Tell PySide6 up front that no module of this package uses its ``__feature__`` switches
    (snake_case, true_property).

    Otherwise, for each module imported after PySide6, its import hook reads the module's
    source file to find out (``inspect.getsource``): some 6 ms of the start for the UI modules.
    The answer is recorded in a table PySide6 keeps per module name, which this fills with
    "no features" (0) for every module of the package. Should a PySide6 release change that
    table, nothing breaks: the hook reads the sources again.
    """
    try:
        import __feature__

        table = __feature__.pyside_feature_dict
    except (ImportError, AttributeError):
        return
    root = os.path.dirname(os.path.abspath(__file__))
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        relative = os.path.relpath(folder, root)
        package = __package__ if relative == "." else f"{__package__}.{relative.replace(os.sep, '.')}"
        for name in files:
            if name.endswith(".py"):
                table.setdefault(package if name == "__init__.py" else f"{package}.{name[:-3]}", 0)


_collecting = gc.isenabled()
gc.disable()
try:
    # The core before PySide6: once PySide6 is loaded, every module imported goes through
    # its import hook, which reads the module's source.
    from . import __version__, paths
    from .rubrics import LazyCatalog
    from .store import CorruptDatabase

    # isort: split
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    _declare_no_pyside_features()
    from .ui import fonts, i18n
    from .ui.app_window import AppWindow
    from .ui.startup import ask_which_backup, open_store, start_integrity_check
    from .ui.tasks import hold_background, release_background
finally:
    if _collecting:
        _to_oldest_generation()
        gc.enable()

ORGANIZATION = "yuhang-education"
# Background tasks wait for the first frame, or this long when the window is not exposed
# (started minimized, a locked screen): the integrity check must run regardless.
HOLD_BACKGROUND_MS = 1000


def create_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication (reused if one exists, as under pytest-qt), with fonts and language."""
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(paths.APP_NAME)
    QApplication.setApplicationVersion(__version__)
    if os.environ.get("INSPECTOR_HOME"):
        # Development and test runs keep their settings with their data, away from the real ones.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(paths.data_home()))
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "inspector",
                                                    *argv])
    assert isinstance(app, QApplication)
    setup_application(app)
    return app


def setup_application(app: QApplication) -> str:
    """Register the bundled fonts and install the chosen language; returns the language."""
    fonts.register_fonts(app)
    language = i18n.chosen_language()
    i18n.apply_language(app, language)
    return language


def main(argv: Sequence[str] | None = None) -> int:
    if not gc.isenabled():
        return _run(argv, lambda: None)
    gc.disable()  # until the first frame (see the top of this module)

    def collect_again() -> None:
        if not gc.isenabled():  # the first frame is on screen
            _to_oldest_generation()
            gc.enable()

    try:
        return _run(argv, collect_again)
    finally:
        gc.enable()


def _run(argv: Sequence[str] | None, after_first_frame: Callable[[], None]) -> int:
    app = create_application(sys.argv[1:] if argv is None else argv)
    # The integrity check runs on another thread once the window is up; should it fail, the
    # window closes and the damaged-database dialog offers a restore (then starts over).
    damaged: list[CorruptDatabase] = []

    def choose(error: CorruptDatabase):
        return ask_which_backup(error)  # looked up when called (tests replace it)

    for _attempt in range(3):
        hold_background()  # until the window's first frame is on screen
        store = open_store(choose, check=False)
        if store is None:
            release_background()
            return 1
        with store:
            try:
                window = AppWindow(store, LazyCatalog())
            except sqlite3.DatabaseError:
                window = None  # too damaged to read: the synchronous check explains why
            if window is None:
                release_background()
                store.close()
                store = open_store(choose)  # checks now, offers the restore
                if store is None:
                    return 1
                store.close()
                continue
            damaged.clear()

            def on_damaged(error: CorruptDatabase, window=window) -> None:
                damaged.append(error)
                window.close()

            start_integrity_check(store, on_damaged)
            window.firstPainted.connect(release_background)
            window.firstPainted.connect(after_first_frame)
            QTimer.singleShot(HOLD_BACKGROUND_MS, release_background)
            QTimer.singleShot(HOLD_BACKGROUND_MS, after_first_frame)
            if os.environ.get("INSPECTOR_EXIT_WHEN_SHOWN"):  # start-up timing (benchmarks/)
                window.firstPainted.connect(lambda window=window: _report_first_frame(window))
            window.show()
            code = app.exec()
        if not damaged:
            return code
        backup = choose(damaged[0])
        if backup is None:
            return 1
        from .store import restore

        restore(paths.data_home(), backup)
    return 1


def _report_first_frame(window: AppWindow) -> None:
    """For benchmarks/bench_ui.py: when the first frame was on screen (a perf_counter
    reading, a clock the processes of the machine share, taken as the frame was over and
    before what waits for it started), then quit."""
    print(f"first frame at {window.first_frame_at:.6f}", flush=True)
    QApplication.quit()
