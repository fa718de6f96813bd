"""The sync line in the main window's status bar: what waits, what came back, and a button."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ..placeholders import fill
from .controller import SyncController
from .labels import summary_text

translate = QCoreApplication.translate


class SyncStatusWidget(QWidget):
    openRequested = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.label = QLabel(self)
        self.button = QToolButton(self)
        self.button.setText(translate("Sync", "Sync now"))  # zh: 立即同步
        self.details = QToolButton(self)
        self.details.setText(translate("Sync", "Details…"))  # zh: 详情…
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addWidget(self.details)
        self.button.clicked.connect(self._sync_now)
        self.details.clicked.connect(self.openRequested)
        controller.started.connect(self._started)
        controller.finished.connect(self._finished)
        controller.failed.connect(self._failed)
        self.refresh()

    def _sync_now(self) -> None:
        """Sync now; without an enrolment, the dialog where the laptop enrols instead."""
        if self.controller.enrolled():
            self.controller.sync_now(retry_waiting=True)
        else:
            self.openRequested.emit()

    def refresh(self, error: str | None = None, when: str | None = None,
                problems: list[str] | None = None) -> None:
        text = summary_text(self.controller.counts(), self.controller.enrolled())
        if when:
            text += " · " + translate("Sync", "last sync %1").replace("%1", when)
        if problems:  # what the bureau sent and this laptop could not use: in the tooltip
            text += " · " + fill(translate("Sync", "%1 item(s) from the bureau not used"),
                                 len(problems))
        self.label.setText(text)
        self.label.setToolTip(error or "\n".join(problems or []))
        if error:
            self.label.setText(text + " · " + translate("Sync", "sync stopped"))  # why: tooltip

    def _started(self) -> None:
        self.button.setEnabled(False)
        self.label.setText(translate("Sync", "Syncing with the bureau…"))

    def _finished(self, summary: dict) -> None:
        self.button.setEnabled(True)
        self.refresh(summary.get("error"), datetime.now().strftime("%H:%M"),
                     summary.get("problems"))

    def _failed(self, message: str) -> None:
        self.button.setEnabled(True)
        self.refresh(message)
