"""Enrol this laptop with the bureau: its address, the one-time code, the key's passphrase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..tasks import run_in_background

translate = QCoreApplication.translate


class EnrollDialog(QDialog):
    enrolled = Signal(str)  # the inspector's name

    def __init__(self, data_dir, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(translate("EnrollDialog", "Enrol with the bureau"))  # 注册到督导室
        intro = QLabel(translate(
            "EnrollDialog", "Enter the bureau's address and the one-time code the inspection "
            "office gave you. Your signing key gets its certificate from the bureau."), self)
        intro.setWordWrap(True)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://")
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(translate("EnrollDialog", "as given by the bureau, "
                                                    "e.g. 7F3A-19C2-8B04-D6E5"))
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(translate("EnrollDialog", "Bureau address:"), self.url_edit)
        form.addRow(translate("EnrollDialog", "One-time code:"), self.code_edit)
        form.addRow(translate("EnrollDialog", "Key passphrase:"), self.passphrase_edit)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        url, code = self.url_edit.text().strip(), self.code_edit.text().strip()
        secret = self.passphrase_edit.text()
        if not url or not code or not secret:
            self.error_label.setText(translate("EnrollDialog", "All three are needed."))
            return
        self.buttons.setEnabled(False)
        self.error_label.setText(translate("EnrollDialog", "Enrolling…"))
        data_dir = self.data_dir

        def work():
            from ...sync.enroll import enroll

            key = data_dir / "keys" / "inspector.p12"
            return enroll(url, code, secret, key_path=key if key.exists() else None,
                          data_dir=data_dir)

        run_in_background(work, self._done, self._failed)

    def _done(self, config) -> None:
        self.passphrase_edit.clear()
        self.enrolled.emit(config.name)
        self.accept()

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error_label.setText(message.strip().splitlines()[-1] if message.strip() else "")
