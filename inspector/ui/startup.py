"""Opening the store at start-up, with a way out when the database is damaged.

The integrity check runs in :meth:`Store.open`. When it fails, the inspector sees what
happened in plain words and can restore the newest backup (or choose another one) instead of
being left with an app that will not start. Nothing is deleted: the damaged file is kept in
the backups folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .. import paths
from ..store import CorruptDatabase, Store, StoreError, restore
from .placeholders import fill

# (error) -> the backup to restore, or None to give up. The default asks with a dialog.
Chooser = Callable[[CorruptDatabase], Path | None]


def ask_which_backup(error: CorruptDatabase, parent: QWidget | None = None) -> Path | None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox  # not needed on a normal start

    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setObjectName("corruptDatabaseBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Startup", "The database is damaged"))
    box.setText(translate("Startup", "The evaluation database could not be opened safely."))
    if error.backups:
        box.setInformativeText(fill(translate(
            "Startup", "The newest backup is %1. Restoring it keeps the damaged file in the "
                       "backups folder; nothing is deleted."), error.backups[0].name))
    else:
        box.setInformativeText(translate(
            "Startup", "No backup was found. Choose a backup file, or quit and ask for help."))
    box.setDetailedText(str(error))
    newest = None
    if error.backups:
        newest = box.addButton(translate("Startup", "Restore the newest backup"),
                               QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(translate("Startup", "Choose a backup…"),
                          QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if newest is not None and clicked is newest:
        return error.backups[0]
    if clicked is other:
        name, _ = QFileDialog.getOpenFileName(
            parent, translate("Startup", "Choose a backup"), str(error.path.parent / "backups"),
            translate("Startup", "SQLite databases (*.sqlite *.db);;All files (*)"))
        return Path(name) if name else None
    return None


def open_store(choose: Chooser = ask_which_backup, parent: QWidget | None = None, *,
               check: bool = True) -> Store | None:
    """The user's store, or None when it is damaged and the user chose not to restore.

    ``check=False`` skips the integrity check here: the caller runs it with
    :func:`start_integrity_check` beside the start.
    """
    data_dir = paths.data_home()
    for _attempt in range(3):
        try:
            return Store.open(data_dir, daily_backup=False, check=check)  # backup: later
        except CorruptDatabase as error:
            backup = choose(error)
            if backup is None:
                return None
            try:
                restore(data_dir, backup)
            except StoreError as failed:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(parent, QCoreApplication.translate("Startup", "Restore failed"),
                                    str(failed))
    return None


def start_integrity_check(store: Store, on_damaged: Callable[[CorruptDatabase], None]) -> None:
    """Run the start-up integrity check on another thread (it takes ~50 ms on a database of
    a thousand evaluations; at start-up it waits for the window's first frame, see
    :func:`inspector.ui.tasks.hold_background`); report a failure back on the GUI thread."""
    from ..store.backup import list_backups
    from ..store.database import check_file_integrity
    from .tasks import run_in_background

    path = store.path

    def done(verdict: str) -> None:
        if verdict != "ok":
            on_damaged(CorruptDatabase(path, verdict, list_backups(path.parent)))

    run_in_background(lambda: check_file_integrity(path), done)
