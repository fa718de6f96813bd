"""Preferences: who is using this laptop, the language, and the default folders.

Saving the inspector also tells the store (``current_inspector``, the actor of every edit from
now on) and adds the inspector to the store's list, so that team lists offer them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..store import Inspector, Store, StoreError
from .refusals import refusal_text
from .settings import Settings

# Each language is named in itself, so that anyone can find their own.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, store: Store | None = None, parent: QWidget | None = None,
                 settings: Settings | None = None):
        super().__init__(parent)
        self.store = store
        self.settings = settings or Settings()
        self.setWindowTitle(self.tr("Settings"))
        self._build()
        self._load()

    # --- the form --------------------------------------------------------------------------
    def _build(self) -> None:
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Your name, as it appears on reports"))
        self.id_edit = QLineEdit(self)
        self.id_edit.setPlaceholderText(self.tr("Your inspector ID, for example yh-dx-001"))
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.restart_label = QLabel(
            self.tr("The new language is used the next time the app starts."), self)
        self.restart_label.setWordWrap(True)
        self.restart_label.hide()
        self.attachments_edit = QLineEdit(self)
        self.export_edit = QLineEdit(self)
        self.signature_preview = QLabel(self)
        self.signature_preview.setObjectName("signaturePreview")
        self.signature_button = QPushButton(self.tr("Handwritten signature…"), self)
        self.signature_button.setObjectName("signatureButton")
        self.signature_button.clicked.connect(self.edit_signature)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.language_combo.currentIndexChanged.connect(self._language_changed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Inspector &name:"), self.name_edit)
        form.addRow(self.tr("Inspector &ID:"), self.id_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", self.restart_label)
        for text, edit, title in (
                (self.tr("&Photos and documents from:"), self.attachments_edit,
                 self.tr("Default folder for attachments")),
                (self.tr("&Export to:"), self.export_edit, self.tr("Default export folder"))):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, self._folder_row(edit, title))
        signature_row = QHBoxLayout()
        signature_row.addWidget(self.signature_preview)
        signature_row.addWidget(self.signature_button)
        signature_row.addStretch(1)
        form.addRow(self.tr("Signature:"), signature_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _folder_row(self, edit: QLineEdit, title: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(lambda: self._choose_folder(edit, title))
        row.addWidget(browse)
        return row

    def _choose_folder(self, edit: QLineEdit, title: str) -> None:
        folder = QFileDialog.getExistingDirectory(self, title, edit.text() or str(Path.home()))
        if folder:
            edit.setText(folder)

    def _load(self) -> None:
        s = self.settings
        inspector_id = s.inspector_id
        name = s.inspector_name
        if self.store is not None and not inspector_id:
            inspector_id = self.store.setting("current_inspector") or ""
        if self.store is not None and inspector_id and not name:
            known = self.store.inspectors.get(inspector_id)
            name = known.name if known else ""
        self.name_edit.setText(name)
        self.id_edit.setText(inspector_id)
        self._saved_language = s.language
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(s.language)))
        self.attachments_edit.setText(s.attachments_folder)
        self.export_edit.setText(s.export_folder)
        self._show_signature()

    # --- the handwritten signature (saved at once by its own dialog) ----------------------
    def edit_signature(self):
        from .exports.signature_pad import SignaturePadDialog

        dialog = SignaturePadDialog(parent=self)
        dialog.finished.connect(self._show_signature)
        dialog.open()
        return dialog

    def _show_signature(self, *_result: object) -> None:
        from .exports.signature_pad import signature_path

        path = signature_path()
        pixmap = QPixmap(str(path)) if path.is_file() else QPixmap()
        if pixmap.isNull():
            self.signature_preview.setPixmap(QPixmap())
            self.signature_preview.setText(self.tr("None yet"))
            self.signature_preview.setStyleSheet("color: gray;")
            return
        ratio = self.devicePixelRatioF()
        preview = pixmap.scaledToHeight(round(22 * ratio),
                                        Qt.TransformationMode.SmoothTransformation)
        preview.setDevicePixelRatio(ratio)
        self.signature_preview.setPixmap(preview)
        self.signature_preview.setStyleSheet(
            "background: white; border: 1px solid #c9ced6; border-radius: 3px; padding: 1px;")

    def _language_changed(self) -> None:
        self.restart_label.setVisible(self.language_combo.currentData() != self._saved_language)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    # --- saving ----------------------------------------------------------------------------
    def accept(self) -> None:
        name, inspector_id = self.name_edit.text().strip(), self.id_edit.text().strip()
        if bool(name) != bool(inspector_id):
            self.show_error(self.tr("Enter both your name and your inspector ID."))
            return
        try:
            self._save_inspector(inspector_id, name)
        except StoreError as exc:
            self.show_error(refusal_text(exc))
            return
        s = self.settings
        s.inspector_name = name
        s.inspector_id = inspector_id
        s.language = self.language_combo.currentData()
        s.attachments_folder = self.attachments_edit.text().strip() or None  # None: the default
        s.export_folder = self.export_edit.text().strip() or None
        super().accept()

    def _save_inspector(self, inspector_id: str, name: str) -> None:
        if self.store is None or not inspector_id:
            return
        known = self.store.inspectors.get(inspector_id)
        if known is None:
            self.store.inspectors.add(Inspector(inspector_id, name))
        elif known.name != name:
            self.store.inspectors.add(Inspector(inspector_id, name, known.role, known.phone),
                                      replace=True)
        if self.store.setting("current_inspector") != inspector_id:
            self.store.set_setting("current_inspector", inspector_id)
