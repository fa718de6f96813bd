"""Start the desktop app: the Qt application, its fonts and language, then the main window."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Sequence

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from . import __version__, paths
from .rubrics import LazyCatalog
from .store import CorruptDatabase
from .ui import fonts, i18n
from .ui.app_window import AppWindow
from .ui.startup import ask_which_backup, open_store, start_integrity_check

ORGANIZATION = "yuhang-education"


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
    app = create_application(sys.argv[1:] if argv is None else argv)
    # The integrity check runs on another thread while the window is built; should it fail,
    # the window closes and the damaged-database dialog offers a restore (then starts over).
    damaged: list[CorruptDatabase] = []

    def choose(error: CorruptDatabase):
        return ask_which_backup(error)  # looked up when called (tests replace it)

    for _attempt in range(3):
        store = open_store(choose, check=False)
        if store is None:
            return 1
        with store:
            try:
                window = AppWindow(store, LazyCatalog())
            except sqlite3.DatabaseError:
                window = None  # too damaged to read: the synchronous check explains why
            if window is None:
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
            window.show()
            if os.environ.get("INSPECTOR_EXIT_WHEN_SHOWN"):  # start-up timing (benchmarks/)
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, app.quit)
            code = app.exec()
        if not damaged:
            return code
        backup = choose(damaged[0])
        if backup is None:
            return 1
        from .store import restore

        restore(paths.data_home(), backup)
    return 1
