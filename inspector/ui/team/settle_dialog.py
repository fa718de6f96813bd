"""The lead settles one item (组长裁定): the agreed answer, in the input of the item's scoring
mode, and why — the reason is required, it goes into the audit trail with the answer."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...rubrics import Condition
from ...store import Store, StoreError
from ...team.model import MergeResult
from ..evaluation.answer_inputs import input_for
from ..placeholders import fill
from ..refusals import refusal_text
from .common import answer_text

translate = QCoreApplication.translate


class _Items:
    """What ``input_for`` reads of a session: the rubric and its items."""

    def __init__(self, rubric):
        self.rubric = rubric

    def item(self, code: str):
        return self.rubric.find(code)


class SettleDialog(QDialog):
    settled = Signal(str)  # the item's code, once the settlement is stored

    def __init__(self, store: Store, evaluation_id: str, merge: MergeResult, code: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settleDialog")
        self.store = store
        self.evaluation_id = evaluation_id
        self.code = code
        self.rubric = store.rubric(merge.rubric_hash)
        item = merge.item(code)
        self.setWindowTitle(fill(translate("SettleDialog", "Settle %1"), code))
        heading = QLabel(f"<b>{escape(code)}</b> {escape(item.title)}", self)
        heading.setWordWrap(True)
        self.said = said = QLabel("<br>".join(
            escape(f"{v.member_name}：{answer_text(self.rubric, code, v.answer)}")
            + (f" <span style='color:gray'>（{escape(v.note)}）</span>" if v.note.strip() else "")
            for v in item.values) or translate("SettleDialog", "Nobody answered."), self)
        said.setWordWrap(True)
        said.setTextFormat(Qt.TextFormat.RichText)
        self.input = input_for(_Items(self.rubric), code, parent=self)
        found = self.rubric.find(code)
        self.na_check = QCheckBox(translate("SettleDialog", "Not applicable"), self)
        na_allowed = not isinstance(found, Condition) and bool(getattr(found, "na_allowed",
                                                                        False))
        self.na_check.setVisible(na_allowed)
        self.na_check.toggled.connect(lambda on: self.input.set_read_only(on))
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("settleReason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            translate("SettleDialog", "Why this answer (required; kept in the audit trail)"))
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000")
        self.error.hide()
        settlement = merge.settlements.get(code)
        if settlement is not None:
            from ...scoring import NA, answer_to_json

            if settlement.answer is NA:
                self.na_check.setChecked(True)
            else:
                self.input.set_value(answer_to_json(settlement.answer))
            self.reason_edit.setPlainText(settlement.reason)
        form = QFormLayout()
        form.addRow(translate("SettleDialog", "Members said:"), said)
        form.addRow(translate("SettleDialog", "Agreed answer:"), self.input)
        if na_allowed:
            form.addRow("", self.na_check)
        form.addRow(translate("SettleDialog", "Reason:"), self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("SettleDialog", "Settle"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())
        self.input.focus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def raw(self):
        """The agreed answer as JSON would give it (None while none is chosen)."""
        if self.na_check.isChecked():
            return "NA"
        self.input.commit()  # a number typed without Enter counts
        return self.input.value()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    def accept(self) -> None:
        from ...team import workflow

        raw = self.raw()
        if raw is None:
            self._show_error(translate("SettleDialog", "Choose the agreed answer."))
            return
        if not self.reason():
            self._show_error(translate("SettleDialog", "Say why: the reason is required."))
            return
        try:
            workflow.settle(self.store, self.evaluation_id, self.code, raw, self.reason())
        except StoreError as exc:
            self._show_error(refusal_text(exc))
            return
        self.settled.emit(self.code)
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
