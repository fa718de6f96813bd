"""The evaluation page: composes the panels around one EvaluationSession.

It owns no scoring or storage logic: the tree, item, evidence and summary panels each follow
the session's signals; this page only lays them out, wires the toolbar and the keyboard
shortcuts, and shows the quiet "saved" indicator.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...store import Store
from .evidence_panel import EvidencePanel
from .finalize_dialog import FinalizeDialog
from .item_panel import ItemPanel
from .session import EvaluationSession
from .summary_panel import SummaryPanel
from .tree_panel import TreePanel


def status_label(status: str) -> str:
    translate = QCoreApplication.translate
    return {"draft": translate("EvaluationPage", "Draft"),
            "finalized": translate("EvaluationPage", "Finalized"),
            "signed": translate("EvaluationPage", "Signed"),
            "submitted": translate("EvaluationPage", "Submitted")}.get(status, status)



class EvaluationPage(QWidget):
    homeRequested = Signal()
    reopened = Signal(str)  # the id of the new revision
    finalized = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.session: EvaluationSession | None = None
        self.tree = TreePanel(self)
        self.item = ItemPanel(self)
        self.evidence = EvidencePanel(self)
        self.summary = SummaryPanel(self)
        self._last_pdf: dict[str, str] = {}  # evaluation id → the PDF last exported for it
        self.header = QLabel(self)
        self.header.setObjectName("evaluationHeader")
        self.header.setWordWrap(True)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedIndicator")
        self.saved_label.setEnabled(False)  # greyed: quiet, not a call to action
        self.toolbar = QToolBar(self)
        self._build_actions()
        self._layout()

    # --- building --------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(text: str, shortcuts: list, slot, name: str) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcuts([QKeySequence(s) for s in shortcuts])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.home_action = action(QCoreApplication.translate("EvaluationPage", "Home"), [QKeySequence.StandardKey.Back], self._go_home,
                                  "homeAction")
        self.undo_action = action(QCoreApplication.translate("EvaluationPage", "Undo"), [QKeySequence.StandardKey.Undo], self._undo,
                                  "undoAction")
        self.redo_action = action(QCoreApplication.translate("EvaluationPage", "Redo"), [QKeySequence.StandardKey.Redo, "Ctrl+Y"],
                                  self._redo, "redoAction")
        self.previous_action = action(QCoreApplication.translate("EvaluationPage", "Previous item"), ["Ctrl+Up", "Alt+Up"],
                                      lambda: self._step(-1), "previousAction")
        self.next_action = action(QCoreApplication.translate("EvaluationPage", "Next item"), ["Ctrl+Down", "Alt+Down"],
                                  lambda: self._step(1), "nextAction")
        self.unanswered_action = action(QCoreApplication.translate("EvaluationPage", "Next unanswered"), ["Ctrl+J", "F3"],
                                        self._next_unanswered, "nextUnansweredAction")
        self.na_action = action(QCoreApplication.translate("EvaluationPage", "Not applicable"), ["Ctrl+Shift+N"],
                                lambda: self.item.toggle_not_applicable(), "notApplicableAction")
        self.note_action = action(QCoreApplication.translate("EvaluationPage", "Note"), ["Ctrl+M"], lambda: self.item.focus_note(),
                                  "noteAction")
        self.history_action = action(QCoreApplication.translate("EvaluationPage", "History…"), ["Ctrl+H"], self._history,
                                     "historyAction")
        self.finalize_action = action(QCoreApplication.translate("EvaluationPage", "Finalize…"), [], self.finalize, "finalizeAction")
        self.reopen_action = action(QCoreApplication.translate("EvaluationPage", "Reopen as new revision…"), [], self.reopen,
                                    "reopenAction")
        self.export_pdf_action = action(QCoreApplication.translate("EvaluationPage", "Export report…"), [],
                                        lambda: self.export("pdf"), "exportReportAction")
        self.export_xlsx_action = action(QCoreApplication.translate("EvaluationPage", "Export workbook…"), [],
                                         lambda: self.export("xlsx"), "exportWorkbookAction")
        self.sign_action = action(QCoreApplication.translate("EvaluationPage", "Sign…"), [], lambda: self.sign(), "signAction")
        for act in (self.home_action, None, self.undo_action, self.redo_action, None,
                    self.previous_action, self.next_action, self.unanswered_action, None,
                    self.history_action, self.finalize_action, self.reopen_action, None,
                    self.export_pdf_action, self.export_xlsx_action, self.sign_action):
            if act is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(act)
                keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                act.setToolTip(f"{act.text()} ({keys})" if keys else act.text())

    def _layout(self) -> None:
        middle = QSplitter(Qt.Orientation.Vertical, self)
        middle.addWidget(self.item)
        middle.addWidget(self.evidence)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("evaluationSplitter")
        for widget, stretch in ((self.tree, 3), (middle, 4), (self.summary, 3)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.splitter.setChildrenCollapsible(False)
        # Starting widths for a 1366-pixel laptop screen (Qt scales them to the window): the
        # tree needs room for the indicator titles, the summary the least.
        self.splitter.setSizes([430, 540, 380])
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.saved_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    # --- the session -----------------------------------------------------------------------
    def open(self, evaluation_id: str) -> EvaluationSession:
        self.close_session()
        session = EvaluationSession(self.store, evaluation_id, self)
        self.session = session
        for panel in (self.tree, self.item, self.evidence, self.summary):
            panel.set_session(session)
        # Bound methods, not lambdas: Qt drops these connections when the page is destroyed.
        session.saved.connect(self._show_saved)
        session.statusChanged.connect(self._update_state)
        session.undo_stack.canUndoChanged.connect(self._update_state)
        session.undo_stack.canRedoChanged.connect(self._update_state)
        self.store.set_state("open_evaluation", evaluation_id)
        self.saved_label.clear()
        self._update_state()
        self.item.focus_input()
        return session

    def close_session(self) -> None:
        if self.session is None:
            return
        session, self.session = self.session, None
        for panel in (self.tree, self.item, self.evidence, self.summary):
            panel.set_session(None)
        if not session.read_only:
            session.save_summary()  # the home list shows fresh figures without rescoring
        session.deleteLater()

    def _update_state(self, *_changed: object) -> None:
        session = self.session
        if session is None:
            return
        ev = session.evaluation
        status = status_label(ev.status)
        revision = QCoreApplication.translate("EvaluationPage", "revision %1").replace("%1", str(ev.revision))
        read_only = QCoreApplication.translate("EvaluationPage", " · read-only") if session.read_only else ""
        self.header.setText(f"<b>{session.school.name}</b> — {session.rubric.title} "
                            f"<span style='color:gray'>（{status} · {revision}"
                            f"{read_only}）</span>")
        editable = not session.read_only
        self.undo_action.setEnabled(editable and session.undo_stack.canUndo())
        self.redo_action.setEnabled(editable and session.undo_stack.canRedo())
        self.na_action.setEnabled(editable)
        self.finalize_action.setEnabled(editable)
        self.reopen_action.setEnabled(session.read_only and not ev.superseded_by)
        self.sign_action.setEnabled(ev.status in ("finalized", "signed"))

    def _show_saved(self, code: str) -> None:
        when = datetime.now().strftime("%H:%M:%S")
        text = QCoreApplication.translate("EvaluationPage", "Saved %1").replace("%1", when)
        self.saved_label.setText(f"✓ {text}" + (f" · {code}" if code else ""))

    # --- actions ---------------------------------------------------------------------------
    def _go_home(self) -> None:
        self.close_session()
        self.store.set_state("open_evaluation", None)
        self.homeRequested.emit()

    def _undo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.undo()

    def _redo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.redo()

    def _step(self, delta: int) -> None:
        if self.session is not None:
            self.session.step(delta)
            self.item.focus_input()

    def _next_unanswered(self) -> None:
        if self.session is not None and self.session.next_unanswered() is not None:
            self.item.focus_input()

    def _history(self) -> None:
        from ..history_dialog import HistoryDialog

        if self.session is not None:
            HistoryDialog(self.store, self.session.id, self).exec()

    def finalize(self) -> bool:
        session = self.session
        if session is None or session.read_only:
            return False
        dialog = FinalizeDialog(session, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if session.finalize() is None:
            return False
        self._update_state()
        self.finalized.emit(session.id)
        return True

    def reopen(self) -> str | None:
        session = self.session
        if session is None or not session.read_only:
            return None
        reason, ok = QInputDialog.getText(
            self, QCoreApplication.translate("EvaluationPage", "Reopen as new revision"),
            QCoreApplication.translate("EvaluationPage", "Why is the evaluation reopened? (kept in the audit trail)"))
        if not ok:
            return None
        new_id = session.reopen(reason.strip() or None)
        if new_id is None:
            return None
        self.open(new_id)
        self.reopened.emit(new_id)
        return new_id

    def export(self, kind: str):
        """Export the report ("pdf") or the workbook ("xlsx"): asks for the file, then shows
        the export's progress. Returns the dialog, None when nothing was exported."""
        from ..exports.export_dialog import ExportDialog

        session = self.session
        if session is None:
            return None
        dialog = ExportDialog(session, kind, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not dialog.run():
            dialog.deleteLater()
            return None
        if kind == "pdf":
            evaluation_id = session.id

            def remember(ok: bool, path: str) -> None:  # "Sign…" offers it next
                if ok:
                    self._last_pdf[evaluation_id] = path

            dialog.exportFinished.connect(remember)
            dialog.signRequested.connect(self.sign)
        dialog.open()
        return dialog

    def sign(self, pdf_path: str | None = None):
        """Sign a report PDF of this evaluation (by default, ask which one). Returns the dialog."""
        from PySide6.QtWidgets import QFileDialog

        from ..exports.export_dialog import suggested_path
        from ..exports.sign_dialog import SignDialog

        session = self.session
        if session is None or session.evaluation.is_draft:
            return None
        if not pdf_path:
            start = self._last_pdf.get(session.id) or str(suggested_path(session, "pdf"))
            pdf_path, _filter = QFileDialog.getOpenFileName(
                self, QCoreApplication.translate("EvaluationPage", "Choose the report to sign"), start,
                QCoreApplication.translate("EvaluationPage", "PDF documents (*.pdf)"))
            if not pdf_path:
                return None
        dialog = SignDialog(session, pdf_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
