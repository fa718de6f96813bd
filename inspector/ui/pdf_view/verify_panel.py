"""Is this document genuine? A report's PAdES signatures, or a certificate's signed QR code.

    panel = VerifyPanel()            # the bureau's CA and the certificate key as installed/chosen
    panel.check("报告.pdf")          # off the GUI thread; ``checked(outcome)`` follows

* a signed PDF: every signature is checked against the bureau's CA (``bureau_ca_path()``, or
  a CA certificate chosen here) with :func:`inspector.signing.verify_pdf`, and listed with
  plain-language verdicts: intact, not changed after signing, trusted, not revoked;
* an unsigned PDF or an image: its QR code, if it is a certificate code, is checked with
  :func:`inspector.exports.certificate.verify_certificate` and the issuer's public key
  (chosen once, remembered in QSettings).

:func:`examine` does the file work and imports no widgets; the panel only shows its outcome.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...exports.certificate import CertificateCheck
from ...signing import bureau_ca_path, installed_crls
from ...signing.pdf import SignatureReport
from ..history_dialog import local_time
from ..settings import Setting, Settings

#: ``VerificationReport.error`` of a PDF without any signature (inspector.signing.pdf).
from .examine import (  # noqa: F401 - NO_SIGNATURE, QR_DPI, is_pdf: kept importable here
    AMBER,
    AMBER_BG,
    CA_FILTER,
    GREEN,
    GREEN_BG,
    GREY,
    GREY_BG,
    KEY_FILTER,
    NO_SIGNATURE,
    QR_DPI,
    RED,
    RED_BG,
    Outcome,
    examine,
    is_pdf,
)
from .pdf_preview import run_for


class ViewerSettings(Settings):
    """What the document viewer remembers (declared here, next to its only user)."""

    ca_certificate = Setting("viewer/ca_certificate", str, "")
    certificate_public_key = Setting("viewer/certificate_public_key", str, "")
    document_folder = Setting("viewer/document_folder", str, "")


# --- the check itself: no widgets, runs off the GUI thread ------------------------------------


def _mark(ok: bool, size: int = 16, ratio: float = 1.0) -> QPixmap:
    """A round green tick or red cross (drawn: the bundled fonts lack some symbols)."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(GREEN if ok else RED))
    painter.drawEllipse(0, 0, size, size)
    pen = QPen(Qt.GlobalColor.white, size / 8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    s = size
    if ok:
        painter.drawPolyline([QPointF(s * .28, s * .52), QPointF(s * .44, s * .68),
                              QPointF(s * .73, s * .35)])
    else:
        painter.drawLine(QPointF(s * .32, s * .32), QPointF(s * .68, s * .68))
        painter.drawLine(QPointF(s * .68, s * .32), QPointF(s * .32, s * .68))
    painter.end()
    return pixmap


class CheckRow(QWidget):
    """One verdict: a green tick or a red cross, and what it means in words."""

    def __init__(self, ok: bool, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ok, self.text = ok, text
        icon = QLabel(self)
        icon.setPixmap(_mark(ok, 14, self.devicePixelRatioF()))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setContentsMargins(0, 2, 0, 0)
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {GREEN if ok else RED};")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(label, 1)


class Card(QFrame):
    """A white box in the panel's list (one signature, or the certificate's fields)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verifyCard")
        self.setStyleSheet("QFrame#verifyCard { background: white; border: 1px solid #dadce0;"
                           " border-radius: 6px; }")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(12, 10, 12, 12)
        self.box.setSpacing(4)
        self.title_label: QLabel | None = None

    def heading(self, text: str, ok: bool | None = None) -> QLabel:
        row = QHBoxLayout()
        row.setSpacing(8)
        if ok is not None:
            icon = QLabel(self)
            icon.setPixmap(_mark(ok, 18, self.devicePixelRatioF()))
            row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        label = QLabel(text, self)
        label.setWordWrap(True)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        row.addWidget(label, 1)
        self.box.addLayout(row)
        self.title_label = label
        return label

    def note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {GREY};")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box.addWidget(label)
        return label


class SignatureCard(Card):
    def __init__(self, signature: SignatureReport, outcome: Outcome,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.signature = signature
        self.heading(signature.signer or self.tr("Unknown signer"), signature.ok)
        meta = [self.tr("Field: %1").replace("%1", signature.field)]
        if signature.role:
            meta.insert(0, self.tr("Signs as: %1").replace("%1", signature.role))
        if signature.signing_time:
            meta.append(self.tr("Signed: %1 (by the signer's clock)").replace(
                "%1", local_time(signature.signing_time)))
        if signature.reason:
            meta.append(self.tr("Reason: %1").replace("%1", signature.reason))
        if signature.location:
            meta.append(self.tr("Place: %1").replace("%1", signature.location))
        if signature.certified:
            meta.append(self.tr("Certifying signature: afterwards the document may only be "
                                "countersigned or have its form fields filled in"))
        self.meta = self.note("\n".join(meta))
        self.box.addSpacing(4)
        self.checks = [CheckRow(ok, text, self) for ok, text in self.verdicts(signature, outcome)]
        for row in self.checks:
            self.box.addWidget(row)

    def verdicts(self, s: SignatureReport, outcome: Outcome) -> list[tuple[bool, str]]:
        if s.error:
            return [(False, self.tr("The signature cannot be read: %1").replace("%1", s.error))]
        rows = []
        if s.intact and s.valid:
            rows.append((True, self.tr("Intact: the signed content is exactly as it was signed")))
        elif s.intact:
            rows.append((False, self.tr("Not valid: the signature does not match the signer's "
                                        "certificate")))
        else:
            rows.append((False, self.tr("Not intact: the signed content was altered after "
                                        "signing")))
        if s.modified_after_signing:
            rows.append((False, self.tr("Changed after signing: the file holds changes this "
                                        "signature does not allow")))
        else:
            rows.append((True, self.tr("Not changed after signing (later signatures and form "
                                       "filling excepted)")))
        roots = "、".join(outcome.trust_roots)
        if s.trusted:
            rows.append((True, self.tr("Trusted: the signer's certificate was issued by %1")
                         .replace("%1", roots)))
        elif not outcome.trust_roots:
            rows.append((False, self.tr("Not trusted: no CA certificate of the bureau to check "
                                        "the signer's certificate against")))
        elif s.revoked:
            rows.append((False, self.tr("Not trusted: the signer's certificate was revoked")))
        else:
            rows.append((False, self.tr("Not trusted: the signer's certificate was not issued by "
                                        "%1").replace("%1", roots)))
        if s.revoked:
            rows.append((False, self.tr("Revoked (%1)").replace(
                "%1", s.revocation_reason or "unspecified")))
        elif outcome.crls_checked:
            rows.append((True, self.tr("Not revoked")))
        else:
            rows.append((True, self.tr("Not known to be revoked (no revocation list loaded)")))
        return rows


class VerifyPanel(QWidget):
    """The verdict on one document, with the buttons to choose the CA or the key."""

    checked = Signal(object)  # the Outcome, once a check has finished

    def __init__(self, parent: QWidget | None = None, *, ca_certificate: str | Path | None = None,
                 public_key: str | Path | None = None, crls: list | None = None,
                 settings: QSettings | None = None):
        super().__init__(parent)
        self.setObjectName("verifyPanel")
        self.settings = ViewerSettings(settings)
        self._ca_choice = Path(ca_certificate) if ca_certificate else None
        self._key_choice = Path(public_key) if public_key else None
        self._crls = crls
        self._generation = 0
        self.path: Path | None = None
        self.outcome: Outcome | None = None
        self.cards: list[Card] = []
        self.field_labels: dict[str, QLabel] = {}

        self.title = QLabel(self.tr("Verification"), self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.file_label = QLabel(self)
        self.file_label.setStyleSheet(f"color: {GREY};")
        self.file_label.setWordWrap(True)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self._list = QWidget()
        self._list.setObjectName("verifyList")
        self._list.setStyleSheet("QWidget#verifyList { background: transparent; }")
        self._list_box = QVBoxLayout(self._list)
        self._list_box.setContentsMargins(0, 0, 0, 0)
        self._list_box.setSpacing(10)
        self._list_box.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._list)
        scroll.viewport().setAutoFillBackground(False)
        self.scroll = scroll

        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        self.source_label.setStyleSheet(f"color: {GREY};")
        self.choose_ca_button = QPushButton(self.tr("Choose CA certificate…"), self)
        self.choose_ca_button.clicked.connect(self.choose_ca_certificate)
        self.choose_key_button = QPushButton(self.tr("Choose public key…"), self)
        self.choose_key_button.clicked.connect(self.choose_public_key)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.choose_ca_button)
        buttons.addWidget(self.choose_key_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.file_label)
        layout.addWidget(self.verdict)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.source_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(320)
        self._banner(self.tr("No document is open."), GREY, GREY_BG)
        self.source_label.hide()
        self.choose_ca_button.hide()
        self.choose_key_button.hide()

    # --- what to check against -------------------------------------------------------------------
    def ca_files(self) -> list[Path]:
        """The CA certificate(s) to trust: the one chosen here, else the bureau's CA installed
        on this computer, else the one chosen last time."""
        if self._ca_choice is not None:
            return [self._ca_choice]
        installed = bureau_ca_path()
        if installed.is_file():
            return [installed]
        remembered = self.settings.ca_certificate
        return [Path(remembered)] if remembered and Path(remembered).is_file() else []

    def public_key_file(self) -> Path | None:
        """The certificate issuer's public key: chosen here, else the one chosen last time."""
        if self._key_choice is not None:
            return self._key_choice
        remembered = self.settings.certificate_public_key
        return Path(remembered) if remembered and Path(remembered).is_file() else None

    def choose_ca_certificate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the bureau's CA certificate"), self._folder(self.ca_files()),
            self.tr("Certificates (%1)").replace("%1", CA_FILTER))
        if path:
            self.set_ca_certificate(path)

    def set_ca_certificate(self, path: str | Path) -> None:
        self._ca_choice = Path(path)
        self.settings.ca_certificate = str(path)
        if self.path is not None:
            self.check(self.path)

    def choose_public_key(self) -> None:
        key = self.public_key_file()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the certificate issuer's public key"),
            self._folder([key] if key else []),
            self.tr("Public keys (%1)").replace("%1", KEY_FILTER))
        if path:
            self.set_public_key(path)

    def set_public_key(self, path: str | Path) -> None:
        self._key_choice = Path(path)
        self.settings.certificate_public_key = str(path)
        if self.path is not None:
            self.check(self.path)

    @staticmethod
    def _folder(paths: list[Path]) -> str:
        return str(paths[0].parent) if paths else ""

    # --- checking --------------------------------------------------------------------------------
    def check(self, path: str | Path) -> None:
        """Check ``path`` off the GUI thread; ``checked`` is emitted with the outcome."""
        self.path = Path(path)
        self._generation += 1
        generation = self._generation
        self.outcome = None
        self.title.setText(self.tr("Verification"))
        self.file_label.setText(self.path.name)
        self._clear()
        self._banner(self.tr("Checking…"), GREY, GREY_BG)
        self.source_label.hide()
        self.choose_ca_button.hide()
        self.choose_key_button.hide()
        ca_files, key, crls = self.ca_files(), self.public_key_file(), self._crls

        def check():  # by default against the revocation list the last sync brought
            return examine(path, ca_files, key, installed_crls() if crls is None else crls)

        run_for(self, check,
                lambda me, outcome: me._show(generation, outcome),
                lambda me, message: me._show(generation, Outcome(str(path), "error",
                                                                 error=message)))

    def verdict_text(self) -> str:
        return self.verdict.text()

    def _clear(self) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        self.field_labels = {}

    def _add_card(self, card: Card) -> Card:
        self._list_box.insertWidget(self._list_box.count() - 1, card)
        self.cards.append(card)
        return card

    def _banner(self, text: str, color: str, background: str) -> None:
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"QLabel {{ color: {color}; background: {background}; "
                                   f"border-radius: 6px; padding: 8px 10px; font-weight: bold; }}")

    def _show(self, generation: int, outcome: Outcome) -> None:
        if generation != self._generation:  # another check was started meanwhile
            return
        self.outcome = outcome
        self._clear()
        {"signatures": self._show_signatures, "unsigned": self._show_unsigned,
         "certificate": self._show_certificate, "no_code": self._show_no_code,
         "error": self._show_error}[outcome.kind](outcome)
        self.checked.emit(outcome)

    def _show_error(self, outcome: Outcome) -> None:
        self._banner(self.tr("This file cannot be checked: %1").replace(
            "%1", outcome.error or ""), RED, RED_BG)

    def _show_signatures(self, outcome: Outcome) -> None:
        report = outcome.report
        assert report is not None
        signatures = report.signatures
        self.title.setText(self.tr("Signatures"))
        bad = [s for s in signatures if not s.ok]
        only_trust_unknown = not outcome.trust_roots and all(
            not s.error and s.intact and s.valid and not s.modified_after_signing
            and not s.revoked for s in signatures)
        if not bad:
            self._banner(self.tr("Valid: the signature is intact, unchanged since signing and "
                                 "trusted.") if len(signatures) == 1 else
                         self.tr("Valid: all %1 signatures are intact, unchanged since signing "
                                 "and trusted.").replace("%1", str(len(signatures))),
                         GREEN, GREEN_BG)
        elif only_trust_unknown:
            self._banner(self.tr("Intact, but not checked against the bureau: choose its CA "
                                 "certificate to check who signed."), AMBER, AMBER_BG)
        else:
            self._banner(self.tr("Not valid: %1 of %2 signatures failed a check (see below).")
                         .replace("%1", str(len(bad))).replace("%2", str(len(signatures))),
                         RED, RED_BG)
        for signature in signatures:
            self._add_card(SignatureCard(signature, outcome, self._list))
        if report.unsigned_fields:
            card = self._add_card(Card(self._list))
            card.note(self.tr("Not signed yet: %1").replace(
                "%1", "、".join(report.unsigned_fields)))
        if outcome.ca_problem:
            self.source_label.setText(self.tr("The CA certificate cannot be used: %1")
                                      .replace("%1", outcome.ca_problem))
        elif outcome.trust_roots:
            self.source_label.setText(self.tr("Checked against the CA certificate of %1.")
                                      .replace("%1", "、".join(outcome.trust_roots)))
        else:
            self.source_label.setText(self.tr("The bureau's CA certificate is not installed on "
                                              "this computer: who signed cannot be checked."))
        self.source_label.show()
        self.choose_ca_button.show()

    def _show_unsigned(self, outcome: Outcome) -> None:
        self._banner(self.tr("This PDF is not signed, and it is not a certificate."),
                     GREY, GREY_BG)
        report = outcome.report
        if report is not None and report.unsigned_fields:
            card = self._add_card(Card(self._list))
            card.note(self.tr("It has empty signature fields: %1").replace(
                "%1", "、".join(report.unsigned_fields)))

    def _show_no_code(self, outcome: Outcome) -> None:
        self.title.setText(self.tr("Certificate"))
        self._banner(self.tr("No certificate code could be read. Photograph the QR code "
                             "straight on, in focus and well lit, filling more of the "
                             "picture."), RED, RED_BG)

    def _show_certificate(self, outcome: Outcome) -> None:
        self.title.setText(self.tr("Certificate"))
        check = outcome.check
        fields = check.fields if check is not None and check.fields else outcome.code_fields
        if check is not None and check.valid:
            self._banner(self.tr("Genuine certificate: the code is signed with the issuer's "
                                 "key."), GREEN, GREEN_BG)
        elif check is not None:
            self._banner(self.tr("Not genuine: %1").replace("%1", check.reason), RED, RED_BG)
        elif outcome.key_problem:
            self._banner(self.tr("The public key cannot be used: %1").replace(
                "%1", outcome.key_problem), RED, RED_BG)
        else:
            self._banner(self.tr("A certificate code, but it cannot be checked without the "
                                 "issuer's public key: choose the key below."), AMBER, AMBER_BG)
        if fields:
            self._add_card(self._fields_card(fields, check))
        if check is not None:
            for warning in check.warnings:
                card = self._add_card(Card(self._list))
                label = card.note(warning)
                label.setStyleSheet(f"color: {AMBER};")
        key = self.public_key_file()
        self.source_label.setText(
            self.tr("Checked with the public key %1. The bureau's records were not consulted.")
            .replace("%1", key.name) if key and check is not None else
            self.tr("No public key of the certificate issuer has been chosen."))
        self.source_label.show()
        self.choose_key_button.show()

    def _fields_card(self, fields: dict[str, Any], check: CertificateCheck | None) -> Card:
        card = Card(self._list)
        valid = check is not None and check.valid
        if valid:
            card.heading(fields.get("title") or self.tr("Certificate"), True)
        else:
            card.heading(self.tr("What the code says (not verified)"), None if check is None
                         else False)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        school = fields.get("school") or ""
        if fields.get("school_code"):
            school += f"（{fields['school_code']}）"
        rows = [("number", self.tr("Number"), fields.get("number")),
                ("school", self.tr("School"), school),
                ("title", self.tr("Title"), fields.get("title")),
                ("grade", self.tr("Grade"), fields.get("grade")),
                ("issued_on", self.tr("Issued on"), fields.get("issued_on")),
                ("recheck_on", self.tr("Re-check due"), fields.get("recheck_on")),
                ("issuer", self.tr("Issuer"), fields.get("issuer")),
                ("evaluation_id", self.tr("Evaluation"), fields.get("evaluation_id"))]
        for name, caption, value in rows:
            if not value:
                continue
            label = QLabel(str(value), card)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if name == "evaluation_id":
                label.setStyleSheet(f"color: {GREY};")
            caption_label = QLabel(caption, card)
            caption_label.setStyleSheet(f"color: {GREY};")
            form.addRow(caption_label, label)
            self.field_labels[name] = label
        card.box.addLayout(form)
        return card


