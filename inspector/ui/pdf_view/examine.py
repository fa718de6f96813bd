"""What a document proves: the signatures of a PDF, or the certificate in its QR code.

File work only (no widgets): the verify panel runs :func:`examine` off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...exports import qr_payload
from ...exports.certificate import CertificateCheck, CertificateKeyError, verify_certificate
from ...signing import SigningError, VerificationReport, verify_pdf
from .pdf_preview import PdfPages

#: ``VerificationReport.error`` of a PDF without any signature (inspector.signing.pdf).

NO_SIGNATURE = "the PDF has no signature"
QR_DPI = 150  # a certificate's first page is read at this resolution
GREEN, GREEN_BG = "#137333", "#e6f4ea"
RED, RED_BG = "#b3261e", "#fce8e6"
AMBER, AMBER_BG = "#8a5300", "#fef7e0"
GREY, GREY_BG = "#5f6368", "#f1f3f4"
CA_FILTER = "*.pem *.crt *.cer *.der"
KEY_FILTER = "*.pem *.pub"



@dataclass
class Outcome:
    """What :func:`examine` found.

    ``kind``: ``signatures`` (a signed PDF: ``report``), ``unsigned`` (a PDF with neither
    signature nor certificate code), ``certificate`` (``check``; or ``code_fields`` when it
    could not be checked for want of a usable key, ``key_problem`` saying why), ``no_code``
    (an image without a readable certificate code) or ``error``.
    """

    path: str
    kind: str
    report: VerificationReport | None = None
    check: CertificateCheck | None = None
    code_fields: dict[str, Any] | None = None
    key_problem: str | None = None
    trust_roots: list[str] = field(default_factory=list)  # names of the CAs checked against
    ca_problem: str | None = None
    crls_checked: bool = False
    error: str | None = None

    @property
    def ok(self) -> bool:
        if self.kind == "signatures":
            return self.report is not None and self.report.ok
        return self.kind == "certificate" and self.check is not None and self.check.valid


def is_pdf(path: str | Path) -> bool:
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        return True
    try:
        with open(path, "rb") as f:
            return f.read(5) == b"%PDF-"
    except OSError:
        return False


def _root_names(paths: list[Path]) -> tuple[list, list[str], str | None]:
    from ...signing._util import common_name, read_certs

    roots, names = [], []
    for path in paths:
        try:
            certs = read_certs(path)
        except SigningError as exc:
            return roots, names, str(exc)
        roots += certs
        names += [common_name(c) or c.subject.rfc4514_string() for c in certs]
    return roots, names, None


def _codes_in_pdf(path: Path) -> list[str]:
    pages = PdfPages(path)
    try:
        if not len(pages):
            return []
        image = pages.render_pil(0, QR_DPI / 72)
    finally:
        pages.close()
    return qr_payload.read_codes(image)


def _codes_in_image(path: Path) -> list[str]:
    from PIL import Image, ImageOps

    with Image.open(path) as img:
        img.load()
        try:
            image = ImageOps.exif_transpose(img)
        except Exception:  # noqa: BLE001 - a broken EXIF block: read the image as it is
            image = img.copy()
    return qr_payload.read_codes(image)


def examine(path: str | Path, ca_files: list[Path], public_key: Path | None,
            crls: list | None = None) -> Outcome:
    """Check ``path``: a signed PDF's signatures, else a certificate code on it. Never raises
    for a bad document: the outcome says what is wrong."""
    path = Path(path)
    outcome = Outcome(path=str(path), kind="error")
    if not path.is_file():
        outcome.error = f"{path} does not exist"
        return outcome
    pdf = is_pdf(path)
    try:
        if pdf:
            roots, outcome.trust_roots, outcome.ca_problem = _root_names(ca_files)
            outcome.crls_checked = bool(crls)
            report = verify_pdf(path, roots, crls)
            outcome.report = report
            if report.signatures:
                outcome.kind = "signatures"
                return outcome
            if report.error and report.error != NO_SIGNATURE:
                outcome.error = report.error
                return outcome
            texts = _codes_in_pdf(path)
        else:
            texts = _codes_in_image(path)
    except Exception as exc:  # noqa: BLE001 - an unreadable file is a finding, not a crash
        outcome.error = str(exc) or type(exc).__name__
        return outcome
    codes = [t for t in texts if t.startswith(qr_payload.PREFIX)]
    if not codes:
        outcome.kind = "unsigned" if pdf else "no_code"
        return outcome
    outcome.kind = "certificate"
    try:
        outcome.code_fields = qr_payload.split(codes[0])[2]
    except qr_payload.PayloadError:
        outcome.code_fields = None
    if public_key is None:
        return outcome
    try:
        outcome.check = verify_certificate(codes[0], public_key)
    except CertificateKeyError as exc:
        outcome.key_problem = str(exc)
        return outcome
    outcome.check.source = "pdf" if pdf else "image"
    return outcome


# --- the panel --------------------------------------------------------------------------------


