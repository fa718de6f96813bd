"""Finalize: what blocks, what to confirm, the result — then the evaluation is frozen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...rubrics.numbers import format_decimal
from .session import EvaluationSession


class FinalizeDialog(QDialog):
    """Lists blockers (which disable Finalize) and warnings (which need a confirmation)."""

    def __init__(self, session: EvaluationSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("finalizeDialog")
        self.session = session
        self.setWindowTitle(QCoreApplication.translate("FinalizeDialog", "Finalize the evaluation"))
        self.blockers, self.warnings = session.finalize_report()
        result = session.result
        layout = QVBoxLayout(self)
        headline = QLabel(QCoreApplication.translate("FinalizeDialog", "%1 — %2").replace("%1", session.school.name)
                          .replace("%2", session.rubric.title))
        headline.setWordWrap(True)
        layout.addWidget(headline)
        figures = QLabel(
            QCoreApplication.translate("FinalizeDialog", "Total %1 / %2 (%3%) · Grade: %4")
            .replace("%1", format_decimal(result.total)).replace("%2", format_decimal(result.max))
            .replace("%3", format_decimal(result.percent)).replace("%4", result.grade))
        font = figures.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        figures.setFont(font)
        figures.setObjectName("finalizeFigures")
        layout.addWidget(figures)
        self.problems = QListWidget()
        self.problems.setObjectName("finalizeProblems")
        for text in self.blockers:
            item = QListWidgetItem("⛔ " + text)
            item.setForeground(Qt.GlobalColor.darkRed)
            item.setData(Qt.ItemDataRole.UserRole, "blocker")
            self.problems.addItem(item)
        for text in self.warnings:
            item = QListWidgetItem("⚠ " + text)
            item.setData(Qt.ItemDataRole.UserRole, "warning")
            self.problems.addItem(item)
        if self.blockers:
            intro = QCoreApplication.translate(
                "FinalizeDialog",
                "%n item(s) must be completed before the evaluation can be finalized:", None,
                len(self.blockers))
        elif self.warnings:
            intro = QCoreApplication.translate("FinalizeDialog", "Please confirm the following before finalizing:")
        else:
            intro = QCoreApplication.translate("FinalizeDialog", "Everything is answered and every required piece of evidence is there.")
        layout.addWidget(QLabel(intro))
        if self.blockers or self.warnings:
            layout.addWidget(self.problems)
        else:
            self.problems.hide()
        self.confirm = QCheckBox(QCoreApplication.translate("FinalizeDialog", "I have checked the scores; after finalizing the evaluation "
                                     "can no longer be changed (only reopened as a new "
                                     "revision)."))
        self.confirm.setObjectName("finalizeConfirm")
        layout.addWidget(self.confirm)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.finalize_button = self.buttons.addButton(QCoreApplication.translate("FinalizeDialog", "Finalize"),
                                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.finalize_button.setObjectName("finalizeButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.confirm.toggled.connect(self._update)
        self.confirm.setEnabled(not self.blockers)
        self._update()
        self.resize(560, 420)

    def _update(self) -> None:
        self.finalize_button.setEnabled(not self.blockers and self.confirm.isChecked())
