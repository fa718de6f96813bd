"""The outbox, as the inspector sees it: each signed evaluation and what became of it at the
bureau (待发送 / 已送达 / 已通过审核 / 被退回 + the bureau's comment / 冲突 + why), with the
ways to sync: now over the network, or by a signed file on a USB stick."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...store import Store
from ..placeholders import fill
from ..refusals import refusal_text
from .controller import SyncController
from .labels import reason_labels, state_labels, summary_text

translate = QCoreApplication.translate
SCHOOL, VISIT, STATE, DETAIL = range(4)


def detail_text(item: dict) -> str:
    """The bureau's comment, the reason of a conflict or refusal, or the last network error."""
    if item["review_comment"]:
        return item["review_comment"]
    problem = item.get("problem")
    if isinstance(problem, dict):
        return reason_labels().get(problem.get("reason", ""), problem.get("message")
                                   or problem.get("reason", ""))
    if item["state"] == "waiting" and item["attempts"]:
        return translate("SyncDialog", "Not sent yet (%1 attempts): %2").replace(
            "%1", str(item["attempts"])).replace("%2", str(problem or ""))
    receipt = item.get("receipt") or {}
    if receipt.get("server_id"):
        return translate("SyncDialog", "Receipt no. %1, %2").replace(
            "%1", receipt["server_id"]).replace("%2", receipt.get("received_at", "")[:16])
    return ""


class SyncDialog(QDialog):
    def __init__(self, store: Store, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.controller = controller
        self.setWindowTitle(translate("SyncDialog", "Sync with the bureau"))  # 与督导室同步
        self.resize(820, 420)
        self.summary = QLabel(self)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([
            translate("SyncDialog", "School"), translate("SyncDialog", "Visit date"),
            translate("SyncDialog", "State"), translate("SyncDialog", "Details")])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Stretch)
        self.sync_button = QPushButton(translate("SyncDialog", "Sync now"), self)
        self.enroll_button = QPushButton(translate("SyncDialog", "Enrol…"), self)
        self.export_button = QPushButton(translate("SyncDialog", "Export to a file…"), self)
        self.import_button = QPushButton(translate("SyncDialog", "Import the bureau's file…"),
                                         self)
        close = QPushButton(translate("SyncDialog", "Close"), self)
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.enroll_button, self.export_button,
                       self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.sync_button.clicked.connect(lambda: controller.sync_now(retry_waiting=True))
        self.enroll_button.clicked.connect(self.enroll)
        self.export_button.clicked.connect(self.export_bundle)
        self.import_button.clicked.connect(self.import_bundle)
        close.clicked.connect(self.accept)
        controller.started.connect(self._started)
        controller.finished.connect(self._finished)
        self.refresh()

    def refresh(self) -> None:
        from ...sync import outbox

        items = outbox.overview(self.store)
        labels = state_labels()
        self.model.removeRows(0, self.model.rowCount())
        for item in items:
            revision = translate("SyncDialog", " (revision %1)").replace(
                "%1", str(item["revision"])) if item["revision"] > 1 else ""
            row = [QStandardItem(item["school"] + revision), QStandardItem(item["visit_date"]),
                   QStandardItem(labels.get(item["state"], item["state"])),
                   QStandardItem(detail_text(item))]
            row[SCHOOL].setData(item["evaluation_id"], Qt.ItemDataRole.UserRole)
            row[STATE].setData(item["state"], Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)
        self.table.resizeColumnsToContents()
        self.summary.setText(summary_text(outbox.counts(self.store), self.controller.enrolled()))
        self.enroll_button.setVisible(not self.controller.enrolled())
        self.sync_button.setEnabled(self.controller.enrolled() and not self.controller.running)

    def state_of(self, evaluation_id: str) -> str | None:
        for r in range(self.model.rowCount()):
            if self.model.item(r, SCHOOL).data(Qt.ItemDataRole.UserRole) == evaluation_id:
                return self.model.item(r, STATE).data(Qt.ItemDataRole.UserRole)
        return None

    def _started(self) -> None:
        self.sync_button.setEnabled(False)
        self.message.setText(translate("SyncDialog", "Syncing with the bureau…"))

    def _finished(self, summary: dict) -> None:
        self.refresh()
        if summary.get("error"):
            # (the bureau unreachable, this laptop's token refused, the bureau's answer …)
            self.message.setText(fill(translate("SyncDialog", "Sync stopped: %1. Everything "
                                                "waiting will be sent later."), summary["error"]))
        else:
            text = fill(translate("SyncDialog", "Synced: %1 sent, %2 reviews received."),
                        summary.get("sent", 0), summary.get("reviews", 0))
            problems = summary.get("problems") or []
            if problems:  # never silently: the bureau should hear of it
                text += " " + fill(translate("SyncDialog", "%1 item(s) from the bureau could "
                                             "not be used; tell the bureau: %2"),
                                   len(problems), "; ".join(problems))
            self.message.setText(text)

    # --- enrolment and USB files -------------------------------------------------------------
    def enroll(self) -> None:
        from .enroll_dialog import EnrollDialog

        dialog = EnrollDialog(self.store.data_dir, self)
        dialog.enrolled.connect(lambda _name: (self.refresh(), self.controller.start(0)))
        dialog.open()

    def export_bundle(self, path: str | None = None, passphrase: str | None = None) -> bool:
        """Write what waits into a signed file (asks where, and for the key's passphrase)."""
        from PySide6.QtWidgets import QFileDialog

        from ...sync.bundle import export_outbox
        from ..signing_key import ask_identity

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, translate("SyncDialog", "Export to a file"), "督导同步.zip",
                translate("SyncDialog", "Sync files (*.zip)"))
            if not path:
                return False
        identity, problem = ask_identity(self, self.store, passphrase,
                                         translate("SyncDialog", "Sign the file"))
        if identity is None:
            if problem:
                self.message.setText(problem)
            return False
        try:
            payload = export_outbox(self.store, Path(path), identity)
        except OSError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(translate("SyncDialog", "%1 evaluation(s) written to %2. Take the "
                                       "file to the bureau.")
                             .replace("%1", str(len(payload["submissions"])))
                             .replace("%2", str(path)))
        return True

    def import_bundle(self, path: str | None = None) -> bool:
        """Apply a file from the bureau (rubrics, schools, assignments, reviews)."""
        from PySide6.QtWidgets import QFileDialog

        from ...signing.errors import SigningError
        from ...sync.bundle import BundleError, import_from_bureau
        from ...sync.config import load_config
        from ..signing_key import bureau_ca

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, translate("SyncDialog", "Import the bureau's file"), "",
                translate("SyncDialog", "Sync files (*.zip)"))
            if not path:
                return False
        config = load_config(self.store.data_dir)
        try:
            ca = bureau_ca(self.store)
            if ca is None:
                raise SigningError(translate("SyncDialog", "The bureau's CA certificate is not "
                                             "installed yet: enrol with the bureau first."))
            applied = import_from_bureau(self.store, Path(path), ca=ca,
                                         inspector_id=config.inspector_id if config else None)
        except (SigningError, BundleError) as exc:
            self.message.setText(refusal_text(exc))
            return False
        self.refresh()
        self.message.setText(translate("SyncDialog", "Received %1 rubric version(s), %2 "
                                       "school(s), %3 assignment(s), %4 review(s).")
                             .replace("%1", str(len(applied.rubrics)))
                             .replace("%2", str(applied.schools))
                             .replace("%3", str(applied.assignments))
                             .replace("%4", str(len(applied.reviews))))
        return True
