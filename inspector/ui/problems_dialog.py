"""Lists the rubric files that could not be loaded, one ``FILE:LINE: CODE: message`` a line
(the message in the interface's language; ``rubric check`` prints it in English)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..rubrics import RubricError
from .fonts import fixed_font
from .refusals import problem_lines


class ProblemsDialog(QDialog):
    def __init__(self, errors: Sequence[RubricError], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rubric files that could not be loaded"))
        self.resize(760, 360)
        intro = QLabel(self.tr(
            "These files were skipped; the other rubrics can be used as usual. Correct the files "
            "(or ask the education bureau for corrected ones) and open the app again."), self)
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(fixed_font())
        self.text.setPlainText("\n".join(line for error in errors for line in problem_lines(error)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def copy_to_clipboard(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())
