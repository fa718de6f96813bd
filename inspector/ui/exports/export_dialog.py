"""Export one evaluation as the PDF report (ready to sign) or as the Excel workbook.

    dialog = ExportDialog(session, "pdf", parent)
    if dialog.run():          # asks for the file, then exports off the GUI thread
        dialog.open()

The document is written by a pool thread with a reader store of its own, into a temporary file
next to the target (``.<name>.<random>.part``); only when it is complete, and the dialog was not
cancelled, does the GUI thread move it over the target. Cancelling or closing the dialog while
the export runs therefore never leaves half a file, nor replaces the previous one.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
import weakref
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...store import Store
from ..evaluation.session import EvaluationSession
from ..settings import Settings
from ..tasks import run_in_background

KINDS = ("pdf", "xlsx")
ERROR_STYLE = "color: #b3261e;"
SUCCESS_STYLE = "color: #1e6b34;"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


# --- pure helpers (no widgets) -----------------------------------------------------------------
def default_file_name(school: str, rubric: str, date: str, suffix: str) -> str:
    """``{school}-{rubric}-{date}.{suffix}``, without characters that file systems refuse."""
    stem = "-".join(_UNSAFE.sub("_", part).strip(" .") for part in (school, rubric, date) if part)
    return f"{stem or 'export'}.{suffix}"


def default_folder(settings: Settings) -> Path:
    """The export folder of the settings when it exists, else the home folder."""
    folder = (settings.export_folder or "").strip()
    if folder and Path(folder).is_dir():
        return Path(folder)
    return Path.home()


def suggested_path(session: EvaluationSession, kind: str,
                   settings: Settings | None = None) -> Path:
    """Where an export of the session's evaluation goes unless the user says otherwise."""
    name = default_file_name(session.school.name, session.rubric.title,
                             session.evaluation.visit_date, kind)
    return default_folder(settings or Settings()) / name


def alive(ref: weakref.ref) -> Any:
    """The Qt object behind a weak reference, or None once it is gone (either side).

    Background callbacks hold the dialog and the session only weakly: run_in_background may
    release its callbacks on the pool thread, and a widget whose last reference went with them
    would be deleted there, off the GUI thread."""
    obj = ref()
    return obj if obj is not None and shiboken6.isValid(obj) else None


class PendingFile:
    """One file being written off the GUI thread: to ``part`` first, moved to ``target`` by
    :meth:`commit` (GUI thread) unless :meth:`cancel` came first. A plain Python object, so
    that it outlives the dialog that started it."""

    def __init__(self, target: Path):
        self.target = Path(target)
        self.part = self.target.with_name(f".{self.target.name}.{uuid.uuid4().hex[:8]}.part")
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def discard(self) -> None:
        with contextlib.suppress(OSError):  # nothing more to do than leave the .part file
            self.part.unlink(missing_ok=True)

    def commit(self) -> bool:
        """Move the finished file in place (False when cancelled: the part is deleted)."""
        if self.cancelled:
            self.discard()
            return False
        try:
            os.replace(self.part, self.target)
        except OSError as exc:
            self.discard()
            raise OSError(f"cannot write {self.target}: {exc.strerror}") from None
        return True


def write_pdf(data_dir: Path, evaluation_id: str, out: Path) -> int:
    """On a pool thread: the report with its empty signature fields; returns the page count."""
    from ...exports.signable_report import write_signable_report

    reader = Store.open(data_dir, daily_backup=False)
    try:
        layout, _fields = write_signable_report(reader, evaluation_id, out)
    finally:
        reader.close()
    return layout.pages


def write_xlsx(data_dir: Path, evaluation_id: str, out: Path) -> int:
    """On a pool thread: the workbook of one evaluation."""
    from ...exports.workbook import export_evaluation

    reader = Store.open(data_dir, daily_backup=False)
    try:
        export_evaluation(reader, [evaluation_id], out)
    finally:
        reader.close()
    return 1


def _run_export(kind: str, data_dir: Path, evaluation_id: str, pending: PendingFile) -> Path:
    writer = write_pdf if kind == "pdf" else write_xlsx
    try:
        writer(data_dir, evaluation_id, pending.part)
    except OSError as exc:
        pending.discard()
        raise OSError(f"cannot write {pending.target}: {exc.strerror or exc}") from None
    except BaseException:
        pending.discard()
        raise
    return pending.target


# --- the dialog -----------------------------------------------------------------------------
class ExportDialog(QDialog):
    """Shows one export: the file, an indeterminate progress bar, then the outcome."""

    exportFinished = Signal(bool, str)  # succeeded?, the file's path or the error message
    signRequested = Signal(str)  # "Sign now…" after a PDF export: the PDF's path

    def __init__(self, session: EvaluationSession, kind: str, parent: QWidget | None = None,
                 *, settings: Settings | None = None):
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"unknown export kind {kind!r}")
        self.setObjectName("exportDialog")
        self.session = session
        self.kind = kind
        self.settings = settings or Settings()
        self.target: Path | None = None
        self._pending: PendingFile | None = None
        self.state = "idle"  # then "running", and "done" or "failed"
        self.setWindowTitle(self.tr("Export report") if kind == "pdf"
                            else self.tr("Export workbook"))
        self._build()

    def _build(self) -> None:
        session = self.session
        what = (self.tr("The report of %1 — %2") if self.kind == "pdf"
                else self.tr("The workbook of %1 — %2"))
        self.headline = QLabel(what.replace("%1", session.school.name)
                               .replace("%2", session.rubric.title), self)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("exportFile")
        self.file_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 0)  # indeterminate
        self.progress.setTextVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(self)
        self.open_folder_button = QPushButton(self.tr("Open folder"), self)
        self.open_folder_button.setObjectName("openFolderButton")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.sign_button = QPushButton(self.tr("Sign now…"), self)
        self.sign_button.setObjectName("signNowButton")
        self.sign_button.clicked.connect(self._sign_now)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.hide()  # after addButton(), which shows them
        self.sign_button.hide()
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.file_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

    # --- choosing the file -----------------------------------------------------------------
    def suggested_path(self) -> Path:
        return suggested_path(self.session, self.kind, self.settings)

    def choose_file(self) -> Path | None:
        """Ask where to save; None when the user cancels."""
        if self.kind == "pdf":
            caption, filters = self.tr("Export the report"), self.tr("PDF documents (*.pdf)")
        else:
            caption, filters = self.tr("Export the workbook"), self.tr("Excel workbooks (*.xlsx)")
        chosen, _filter = QFileDialog.getSaveFileName(
            self.parentWidget() or self, caption, str(self.suggested_path()), filters)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{self.kind}":
            path = path.with_name(f"{path.name}.{self.kind}")
        return path

    def run(self) -> bool:
        """Choose the file, then start the export. False when the user cancelled."""
        path = self.choose_file()
        if path is None:
            return False
        self.start(path)
        return True

    # --- exporting -------------------------------------------------------------------------
    def start(self, path: str | os.PathLike) -> None:
        """Export to ``path`` off the GUI thread (call once)."""
        if self._pending is not None:
            raise RuntimeError("this dialog has already exported")
        self.target = Path(path)
        self.file_label.setText(self.tr("Writing %1 …").replace("%1", str(self.target)))
        pending = self._pending = PendingFile(self.target)
        self.state = "running"
        kind, data_dir, evaluation_id = self.kind, self.session.store.data_dir, self.session.id
        me = weakref.ref(self)  # see alive()

        def compute() -> Path:  # pool thread: no widgets, no GUI store
            return _run_export(kind, data_dir, evaluation_id, pending)

        def on_done(_path: Path) -> None:  # GUI thread; the dialog may be gone by now
            try:
                moved = pending.commit()
            except OSError as exc:
                on_error(str(exc))
                return
            dialog = alive(me)
            if moved and dialog is not None:
                dialog._succeeded()

        def on_error(message: str) -> None:
            pending.discard()
            dialog = alive(me)
            if not pending.cancelled and dialog is not None:
                dialog._failed(message)

        run_in_background(compute, on_done, on_error)

    def _finish(self, state: str, text: str, style: str) -> None:
        self.state = state
        self.progress.hide()
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.show()
        self.close_button.setText(self.tr("Close"))

    def _succeeded(self) -> None:
        assert self.target is not None
        self.file_label.setText(self.tr("Saved as %1").replace("%1", str(self.target)))
        self._finish("done", "✓ " + (self.tr("The report is ready to sign.") if self.kind == "pdf"
                             else self.tr("The workbook is saved.")), SUCCESS_STYLE)
        self.open_folder_button.show()
        if self.kind == "pdf" and self.session.evaluation.status in ("finalized", "signed"):
            self.sign_button.show()
            self.sign_button.setDefault(True)
        else:
            self.open_folder_button.setDefault(True)
        self.exportFinished.emit(True, str(self.target))

    def _failed(self, message: str) -> None:
        self.file_label.setText(self.tr("Could not export %1").replace("%1", str(self.target)))
        self._finish("failed", message, ERROR_STYLE)
        self.exportFinished.emit(False, message)

    # --- after -----------------------------------------------------------------------------
    def open_folder(self) -> None:
        if self.target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.target.parent)))

    def _sign_now(self) -> None:
        if self.target is not None:
            self.accept()
            self.signRequested.emit(str(self.target))

    def done(self, result: int) -> None:
        """Closing (Cancel, Esc, the window's ×) while the export runs cancels it."""
        if self._pending is not None:
            self._pending.cancel()  # no effect once the file is in place
        super().done(result)
