"""Sign a report PDF: show what is signed, by whom and where, then sign off the GUI thread.

The dialog reads the PDF (its signature fields and the evaluation it belongs to) on a pool
thread, lets the inspector pick the field (the first empty one by default), the key file, the
role printed in the stamp and whether the handwritten signature goes behind it, and asks for
the key's passphrase (never stored). Signing runs on a pool thread into a temporary file that
replaces the PDF once complete; a wrong passphrase is reported in the dialog, which stays open.
After a successful signature of a finalized evaluation the GUI thread (the store's single
writer) marks the evaluation signed.
"""

from __future__ import annotations

import os
import re
import weakref
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...exports.report_pdf import BUREAU_ROLE, LEADER_ROLE, MEMBER_ROLE
from ...rubrics.numbers import format_decimal
from ...signing.errors import SigningError, WrongPassphrase
from ...signing.keys import default_key_path, describe_certificate, read_certificate
from ...store import Store, StoreError
from ..evaluation.evaluation_page import status_label
from ..evaluation.session import EvaluationSession
from ..refusals import refusal_text
from ..settings import Settings
from ..tasks import run_in_background
from .export_dialog import ERROR_STYLE, SUCCESS_STYLE, PendingFile, alive
from .signature_pad import signature_path

WARNING_STYLE = "color: #8a5300;"
_EVALUATION_ID = re.compile(r"评估编号\s*([0-9a-fA-F-]{8,36})")


# --- pure helpers (no widgets) -----------------------------------------------------------------
@dataclass(frozen=True)
class PdfInfo:
    fields: list[tuple[str, bool]]  # (name, signed?) in document order
    evaluation_id: str | None  # the evaluation the report is of (from its Subject), if known


def read_pdf_info(path: str | os.PathLike) -> PdfInfo:
    """On a pool thread: the PDF's signature fields and the evaluation it reports on."""
    from ...signing.pdf import signature_fields

    fields = signature_fields(path)
    evaluation_id = None
    try:
        from pypdf import PdfReader

        subject = (PdfReader(str(path)).metadata or {}).get("/Subject") or ""
        found = _EVALUATION_ID.search(str(subject))
        evaluation_id = found.group(1) if found else None
    except Exception:  # noqa: BLE001 - the subject is a check, not a requirement
        evaluation_id = None
    return PdfInfo(fields, evaluation_id)


def sign_into(pdf: Path, pending: PendingFile, key_path: Path, passphrase: str, field: str,
              role: str, image: Path | None, certify: bool):
    """On a pool thread: sign ``pdf`` into ``pending.part``. Returns (SignResult, Identity),
    or the WrongPassphrase error (returned, not raised, so that the dialog can tell it
    apart). The identity signs the submission queued for the bureau afterwards."""
    from ...signing.keys import load_identity
    from ...signing.pdf import sign_pdf

    try:
        identity = load_identity(key_path, passphrase)
    except WrongPassphrase as exc:
        return exc
    try:
        return sign_pdf(pdf, pending.part, identity, field=field, role=role,
                        signature_image=image, certify=certify), identity
    except BaseException:
        pending.discard()
        raise


def field_label(name: str, team: list[str]) -> str:
    """Who signs in a field of the report: Signer1 is the team's leader, Bureau the bureau."""
    if name == "Bureau":
        return BUREAU_ROLE
    found = re.fullmatch(r"Signer(\d+)", name)
    if not found:
        return ""
    number = int(found.group(1))
    person = team[number - 1] if 0 < number <= len(team) else ""
    role = LEADER_ROLE if number == 1 else MEMBER_ROLE
    return f"{person}（{role}）" if person else role


def default_role(store: Store, settings: Settings) -> str:
    """The role of the inspector using this laptop (settings first, then the store's record)."""
    role = getattr(settings, "inspector_role", "") or ""
    if role:
        return str(role)
    inspector_id = settings.inspector_id or store.setting("current_inspector") or ""
    known = store.inspectors.get(inspector_id) if inspector_id else None
    return known.role if known else ""


def mark_signed(session: EvaluationSession, signed_pdf: Path, identity) -> str:
    """GUI thread, after a successful signature: finalized → signed, the signed report kept
    and the evaluation queued for the bureau (one transaction), and the session (so the page)
    hears of it. Returns an error message; "" when done or not needed (already signed)."""
    from ...sync.outbox import record_signed

    store = session.store
    try:
        if store.evaluations.get(session.id).status == "finalized":
            record_signed(store, session.id, signed_pdf, identity)
    except (StoreError, OSError) as exc:
        return refusal_text(exc)
    session.evaluation = store.evaluations.get(session.id)
    session.statusChanged.emit(session.evaluation.status)
    return ""


# --- the dialog -----------------------------------------------------------------------------
class SignDialog(QDialog):
    pdfLoaded = Signal()  # the fields are known (or the PDF could not be read)
    signFinished = Signal(bool, str)  # succeeded?, the PDF's path or the error message

    def __init__(self, session: EvaluationSession, pdf_path: str | os.PathLike,
                 parent: QWidget | None = None, *, settings: Settings | None = None,
                 key_path: str | os.PathLike | None = None):
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.session = session
        self.pdf_path = Path(pdf_path)
        self.settings = settings or Settings()
        self.key_path = Path(key_path) if key_path is not None else default_key_path()
        self.image_path = signature_path()
        self.info: PdfInfo | None = None
        self.state = "loading"  # then "ready", "signing", "signed"
        self._pending: PendingFile | None = None
        self._blocker = ""  # why signing is impossible (shown in red), if it is
        self.setWindowTitle(self.tr("Sign the report"))
        self._build()
        self._load_key()
        self._load_pdf()

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        session = self.session
        result = session.result

        document = QGroupBox(self.tr("What you sign"), self)
        doc_form = QFormLayout(document)
        self.school_label = QLabel(session.school.name, document)
        self.rubric_label = QLabel(session.rubric.title, document)
        self.rubric_label.setWordWrap(True)
        self.result_label = QLabel(
            self.tr("Total %1 / %2 · Grade: %3").replace("%1", format_decimal(result.total))
            .replace("%2", format_decimal(result.max)).replace("%3", result.grade), document)
        self.result_label.setObjectName("signResult")
        font = self.result_label.font()
        font.setBold(True)
        self.result_label.setFont(font)
        self.status_label = QLabel(document)
        self.status_label.setObjectName("signStatus")
        self.file_label = QLabel(str(self.pdf_path), document)
        self.file_label.setObjectName("signFile")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        doc_form.addRow(self.tr("School:"), self.school_label)
        doc_form.addRow(self.tr("Rubric:"), self.rubric_label)
        doc_form.addRow(self.tr("Result:"), self.result_label)
        doc_form.addRow(self.tr("Status:"), self.status_label)
        doc_form.addRow(self.tr("File:"), self.file_label)

        signature = QGroupBox(self.tr("Your signature"), self)
        form = QFormLayout(signature)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_combo = QComboBox(signature)
        self.field_combo.setObjectName("signField")
        self.field_combo.addItem(self.tr("Reading the PDF…"))
        self.field_combo.setEnabled(False)
        self.signer_label = QLabel(signature)
        self.signer_label.setObjectName("signSigner")
        self.signer_label.setWordWrap(True)
        self.key_edit = QLineEdit(str(self.key_path), signature)
        self.key_edit.setObjectName("signKey")
        self.key_edit.setReadOnly(True)
        self.key_button = QPushButton(self.tr("Change…"), signature)
        self.key_button.clicked.connect(self._choose_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.key_button)
        self.role_edit = QLineEdit(default_role(session.store, self.settings), signature)
        self.role_edit.setObjectName("signRole")
        self.role_edit.setPlaceholderText(self.tr("Printed in the stamp, for example 组长"))
        self.image_check = QCheckBox(signature)
        self.image_check.setObjectName("signUseImage")
        self.image_preview = QLabel(signature)
        self.image_preview.setObjectName("signImagePreview")
        image_row = QVBoxLayout()  # the check box level with its label, the preview below
        image_row.addWidget(self.image_check)
        image_row.addWidget(self.image_preview, 0, Qt.AlignmentFlag.AlignLeft)
        self.passphrase_edit = QLineEdit(signature)
        self.passphrase_edit.setObjectName("signPassphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("The passphrase of your signing key"))
        self.passphrase_edit.textEdited.connect(self._passphrase_edited)
        field_label_ = QLabel(self.tr("Signature &field:"), signature)
        field_label_.setBuddy(self.field_combo)
        role_label = QLabel(self.tr("&Role:"), signature)
        role_label.setBuddy(self.role_edit)
        pass_label = QLabel(self.tr("&Passphrase:"), signature)
        pass_label.setBuddy(self.passphrase_edit)
        form.addRow(field_label_, self.field_combo)
        form.addRow(self.tr("Signer:"), self.signer_label)
        form.addRow(self.tr("Key file:"), key_row)
        form.addRow(role_label, self.role_edit)
        form.addRow(self.tr("Handwritten:"), image_row)
        form.addRow(pass_label, self.passphrase_edit)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("signError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.buttons = QDialogButtonBox(self)
        self.sign_button = QPushButton(self.tr("Sign"), self)
        self.sign_button.setObjectName("signButton")
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.sign)
        self.open_folder_button = QPushButton(self.tr("Open folder"), self)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_folder_button.hide()  # after addButton(), which shows it
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(document)
        layout.addWidget(signature)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.form_box = signature
        self.field_combo.currentIndexChanged.connect(self._update)
        self._show_status()
        self._load_image()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def _show_status(self) -> None:
        self.status_label.setText(status_label(self.session.evaluation.status))

    def _load_image(self) -> None:
        pixmap = QPixmap(str(self.image_path)) if self.image_path.is_file() else QPixmap()
        if pixmap.isNull():
            self.image_check.setChecked(False)
            self.image_check.setEnabled(False)
            self.image_check.setText(self.tr("None yet (Settings → Handwritten signature…)"))
            self.image_preview.hide()
            return
        self.image_check.setText(self.tr("Use my handwritten signature"))
        self.image_check.setEnabled(True)
        self.image_check.setChecked(True)
        ratio = self.devicePixelRatioF()
        preview = pixmap.scaledToHeight(round(44 * ratio),
                                        Qt.TransformationMode.SmoothTransformation)
        preview.setDevicePixelRatio(ratio)
        self.image_preview.setPixmap(preview)
        self.image_preview.setStyleSheet(
            "background: white; border: 1px solid #c9ced6; border-radius: 4px; padding: 2px;")
        self.image_preview.show()

    # --- the key and the PDF ---------------------------------------------------------------
    def _load_key(self) -> None:
        self.key_edit.setText(str(self.key_path))
        self._key_ok = False
        try:
            cert = describe_certificate(read_certificate(self.key_path))
        except SigningError as exc:
            self.signer_label.setText(refusal_text(exc))
            self.signer_label.setStyleSheet(ERROR_STYLE)
            self._update()
            return
        self._key_ok = True
        who = cert["name"] + (f"（{cert['inspector_id']}）" if cert["inspector_id"] else "")
        if cert["organization"]:
            who += f" · {cert['organization']}"
        until = cert["not_after"][:10]
        if cert["self_signed"]:
            detail = self.tr("Self-signed certificate: the signature will be intact but not "
                             "trusted until the bureau issues your certificate.")
            style = WARNING_STYLE
        else:
            issuer = next((part.partition("=")[2] for part in cert["issuer"].split(",")
                           if part.startswith("CN=")), cert["issuer"])
            detail = (self.tr("Certificate issued by %1, valid until %2")
                      .replace("%1", issuer).replace("%2", until))
            style = ""
        self.signer_label.setText(f"<b>{who}</b><br><small>{detail}</small>")
        self.signer_label.setStyleSheet(style)
        self._update()

    def _choose_key(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose your signing key"), str(self.key_path),
            self.tr("Signing keys (*.p12 *.pfx)"))
        if chosen:
            self.key_path = Path(chosen)
            self._load_key()

    def _load_pdf(self) -> None:
        path, me = self.pdf_path, weakref.ref(self)  # see export_dialog.alive()

        def done(info: PdfInfo) -> None:
            dialog = alive(me)
            if dialog is not None:
                dialog._pdf_loaded(info, "")

        def failed(message: str) -> None:
            dialog = alive(me)
            if dialog is not None:
                dialog._pdf_loaded(None, message)

        run_in_background(lambda: read_pdf_info(path), done, failed)

    def _pdf_loaded(self, info: PdfInfo | None, error: str) -> None:
        self.info = info
        self.state = "ready"
        self.field_combo.clear()
        if info is None:
            self._blocker = error
        elif info.evaluation_id and not self.session.id.startswith(info.evaluation_id):
            self._blocker = (self.tr("This PDF is the report of another evaluation (%1). "
                                     "Export this evaluation's report and sign that.")
                             .replace("%1", info.evaluation_id[:8]))
        elif not info.fields:
            self._blocker = self.tr("This PDF has no signature fields. Export the report "
                                    "from this app and sign that file.")
        elif all(signed for _name, signed in info.fields):
            self._blocker = self.tr("Every signature field of this PDF is already signed.")
        if info is not None:
            team = self.session.evaluation.team
            model = self.field_combo.model()
            for name, signed in info.fields:
                who = field_label(name, team)
                text = f"{name} — {who}" if who else name
                if signed:
                    text += "  " + self.tr("(signed)")
                self.field_combo.addItem(text, name)
                item = model.item(self.field_combo.count() - 1)  # QStandardItemModel
                item.setEnabled(not signed)
            first_empty = next((i for i, (_n, signed) in enumerate(info.fields) if not signed),
                               -1)
            self.field_combo.setCurrentIndex(max(0, first_empty))
        self.field_combo.setEnabled(bool(info and info.fields))
        self._update()
        if self._blocker:
            self.show_error(self._blocker)
        self.passphrase_edit.setFocus()
        self.pdfLoaded.emit()

    # --- state -----------------------------------------------------------------------------
    def chosen_field(self) -> str | None:
        name = self.field_combo.currentData()
        if not name or self.info is None:
            return None
        signed = dict(self.info.fields).get(name, True)
        return None if signed else name

    def _draft_blocker(self) -> str:
        if self.session.evaluation.is_draft:
            return self.tr("A draft cannot be signed: finalize the evaluation first.")
        return ""

    def can_sign(self) -> bool:
        return (self.state == "ready" and not self._blocker and self._key_ok
                and not self._draft_blocker() and self.chosen_field() is not None)

    def _update(self, *_args: object) -> None:
        if not hasattr(self, "_key_ok"):
            return
        self.sign_button.setEnabled(self.can_sign())
        draft = self._draft_blocker()
        if draft and self.state == "ready":
            self.show_error(draft)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(bool(message))

    def _passphrase_edited(self) -> None:
        if self.state == "ready" and not self._blocker and not self._draft_blocker():
            self.show_error("")

    def _set_busy(self, busy: bool) -> None:
        self.form_box.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.sign_button.setEnabled(not busy and self.can_sign())

    # --- signing ---------------------------------------------------------------------------
    def sign(self) -> bool:
        """Start signing off the GUI thread; False when it cannot start (the reason is shown)."""
        if not self.can_sign():
            return False
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.show_error(self.tr("Enter the passphrase of your signing key."))
            self.passphrase_edit.setFocus()
            return False
        assert self.info is not None
        field = self.chosen_field()
        assert field is not None
        certify = not any(signed for _name, signed in self.info.fields)
        image = self.image_path if self.image_check.isChecked() else None
        pdf, key, role = self.pdf_path, self.key_path, self.role_edit.text().strip()
        pending = self._pending = PendingFile(pdf)
        self.state = "signing"
        self.show_error("")
        self._set_busy(True)
        me, session_ref = weakref.ref(self), weakref.ref(self.session)  # see alive()

        def compute():  # pool thread: no widgets, no GUI store
            return sign_into(pdf, pending, key, passphrase, field, role, image, certify)

        def on_done(result) -> None:  # GUI thread; the dialog may be gone by now
            if isinstance(result, WrongPassphrase):
                pending.discard()
                dialog = alive(me)
                if dialog is not None and not pending.cancelled:
                    dialog._wrong_passphrase()
                return
            try:
                moved = pending.commit()
            except OSError as exc:
                on_error(str(exc))
                return
            if not moved:
                return
            result, identity = result
            # Written on the GUI thread, the store's single writer, only after success.
            session = alive(session_ref)
            mark_error = mark_signed(session, pdf, identity) if session is not None else ""
            dialog = alive(me)
            if dialog is not None:
                dialog._signed(result, mark_error)

        def on_error(message: str) -> None:
            pending.discard()
            dialog = alive(me)
            if dialog is not None and not pending.cancelled:
                dialog._failed(message)

        run_in_background(compute, on_done, on_error)
        return True

    def _wrong_passphrase(self) -> None:
        self.state = "ready"
        self._set_busy(False)
        self.show_error(self.tr("Wrong passphrase. Try again."))
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()
        self.signFinished.emit(False, self.error_label.text())

    def _failed(self, message: str) -> None:
        self.state = "ready"
        self._set_busy(False)
        self.show_error(self.tr("Could not sign: %1").replace("%1", message))
        self.signFinished.emit(False, self.error_label.text())

    def _signed(self, result, mark_error: str) -> None:
        self.state = "signed"
        self.passphrase_edit.clear()  # the passphrase is not kept, not even in the widget
        self._set_busy(False)
        self.form_box.setEnabled(False)
        self._show_status()
        text = (self.tr("✓ Signed by %1 in the field %2.").replace("%1", result.signer)
                .replace("%2", result.field))
        if self.session.evaluation.status == "signed" and not mark_error:
            text += " " + self.tr("The evaluation is marked as signed.")
        self.error_label.setText(text + (f"\n{mark_error}" if mark_error else ""))
        self.error_label.setStyleSheet(ERROR_STYLE if mark_error else SUCCESS_STYLE)
        self.error_label.show()
        index = self.field_combo.findData(result.field)
        if index >= 0:
            self.field_combo.setItemText(index, self.field_combo.itemText(index) + "  "
                                         + self.tr("(signed)"))
        self.sign_button.hide()
        self.open_folder_button.show()
        self.open_folder_button.setDefault(True)
        self.close_button.setText(self.tr("Close"))
        self.signFinished.emit(True, str(self.pdf_path))

    # --- after -----------------------------------------------------------------------------
    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path.parent)))

    def done(self, result: int) -> None:
        """Closing while signing cancels: the PDF is left as it was."""
        if self._pending is not None and self.state == "signing":
            self._pending.cancel()
        self.passphrase_edit.clear()
        super().done(result)
