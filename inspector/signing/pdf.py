"""PAdES signatures on report PDFs: prepare the signature fields, sign, verify.

- :func:`add_signature_fields` puts empty signature fields where each signer goes;
- :func:`sign_pdf` fills one, as an incremental update, with a visible Chinese stamp (name,
  role, time; the handwritten signature image behind it). The first signature may certify the
  document (DocMDP "fill forms"), so that later countersignatures keep every signature valid;
- :func:`verify_pdf` checks every signature against the bureau's CA (offline, CRLs given by
  the caller) and never raises for a damaged signature: it is reported invalid.

pyHanko is imported inside the functions: it costs ~0.4 s to import, which the app's start-up
and the other commands should not pay.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from .. import messages as msg
from ._util import atomic_write, load_certs, serial_hex
from .errors import SigningError
from .keys import Identity

DEFAULT_REASON = "督导评估报告签名"
DEFAULT_LOCATION = "杭州市余杭区"
STAMP_FONT_SIZE = 10
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"

Box = tuple[float, float, float, float]

# pyHanko logs every failed check as a warning with a traceback; with no logging configured
# Python would print those on stderr. The findings are in the report: keep them off the
# terminal unless the app configures logging itself.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


# ---------------------------------------------------------------- preparing the fields


def _read(path: str | os.PathLike) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise SigningError(msg.FILE_UNREADABLE, path=str(path), reason=exc.strerror) from None


def _writer(data: bytes, path):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise SigningError(msg.PDF_UNREADABLE, path=str(path), detail=str(exc)) from None
    if writer.prev.encrypted:
        raise SigningError(msg.PDF_ENCRYPTED, path=str(path))
    return writer


def signature_fields(pdf: str | os.PathLike) -> list[tuple[str, bool]]:
    """Every signature field of a PDF: (name, signed?), in document order."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields

    data = _read(pdf)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        return [(name, value is not None)
                for name, value, _ref in fields.enumerate_sig_fields(reader)]
    except Exception as exc:  # noqa: BLE001 - any parse failure is "not readable"
        raise SigningError(msg.PDF_UNREADABLE, path=str(pdf), detail=str(exc)) from None


def add_signature_fields(pdf_in: str | os.PathLike, pdf_out: str | os.PathLike,
                         boxes: list[tuple[str, int, Box]]
                         | list[tuple[str, int, Box, str]]) -> None:
    """Add empty signature fields: ``(field_name, page_index, (x1, y1, x2, y2))`` in points,
    optionally followed by the signer's role (see :func:`with_signature_fields`)."""
    data = with_signature_fields(_read(pdf_in), boxes, pdf_in)
    try:
        atomic_write(Path(pdf_out), data)
    except OSError as exc:
        raise SigningError(msg.FILE_UNWRITABLE, path=str(pdf_out), reason=exc.strerror) from None


def with_signature_fields(data: bytes, boxes: list[tuple[str, int, Box]]
                          | list[tuple[str, int, Box, str]],
                          source: str | os.PathLike = "the PDF") -> bytes:
    """:func:`add_signature_fields` in memory: the PDF ``data`` with the fields added (an
    incremental update); ``source`` names the PDF in error messages.

    A box may carry a fourth element, the role its signer signs in (组长, 督导室审核 …): it
    becomes the field's user-facing name (/TU), which verification reports as the role. It is
    part of what the first signature covers, so changing it afterwards shows as a
    modification."""
    from pyhanko.sign import fields

    writer = _writer(data, source)
    existing = {name for name, _v, _r in fields.enumerate_sig_fields(writer.prev)}
    page_count = int(writer.prev.root["/Pages"]["/Count"])
    seen: set[str] = set()
    for name, page, box, *label in boxes:
        if not name or "." in name:
            raise SigningError(f"invalid field name {name!r} (no dots, not empty)")
        if name in existing or name in seen:
            raise SigningError(f"the PDF already has a signature field named {name!r}")
        if not 0 <= page < page_count:
            raise SigningError(f"page {page} does not exist (the PDF has {page_count} pages)")
        x1, y1, x2, y2 = (float(v) for v in box)
        if x2 - x1 < 10 or y2 - y1 < 10:
            raise SigningError(f"the box of {name!r} is too small: {box}")
        seen.add(name)
        fields.append_signature_field(
            writer, fields.SigFieldSpec(sig_field_name=name, on_page=page,
                                        box=(int(x1), int(y1), int(x2), int(y2)),
                                        readable_field_name=label[0] if label else None))
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- signing


@dataclass(frozen=True)
class SignResult:
    field: str
    signer: str
    signing_time: str
    certified: bool
    seconds: float


def _background(image: str | os.PathLike):
    from PIL import Image, UnidentifiedImageError
    from pyhanko.pdf_utils.images import PdfImage

    try:
        img = Image.open(image)
        img.load()
    except (OSError, UnidentifiedImageError) as exc:
        raise SigningError(msg.SIGNATURE_IMAGE_UNREADABLE, path=str(image), detail=str(exc)) \
            from None
    if img.mode not in ("RGB", "RGBA", "L", "LA"):
        img = img.convert("RGBA")
    return PdfImage(img, writer=None)


_STAMP_FONT_FACTORY = None


def _stamp_font_factory():
    """pyHanko's font engine for the stamp, except that the font file goes into the PDF as it
    is. The file is already a subset cut for this stamp (:mod:`.stamp_font`: the labels,
    ASCII, the signer's name and role, no hinting); pyHanko would subset it again and re-save
    it with fontTools on every signature, which took a fifth of the signing time. Glyph ids
    are the file's own either way (pyHanko keeps them when it subsets a TrueType font)."""
    global _STAMP_FONT_FACTORY
    if _STAMP_FONT_FACTORY is not None:
        return _STAMP_FONT_FACTORY
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.font.opentype import (
        CIDFontType2,
        GlyphAccumulator,
        GlyphAccumulatorFactory,
    )

    class StampFontEngine(GlyphAccumulator):
        def __init__(self, *args, font_bytes: bytes, **kwargs):
            super().__init__(*args, **kwargs)
            if isinstance(self.cidfont_obj, CIDFontType2):  # TrueType outlines: as it is
                self._subset_created = True  # prepare_write then does not subset it
                cidfont = self.cidfont_obj

                def set_font_file(writer):
                    stream = generic.StreamObject(stream_data=font_bytes)
                    stream.compress()
                    ref = writer.add_object(stream)
                    cidfont._font_descriptor[generic.pdf_name("/FontFile2")] = ref
                    return ref

                cidfont.set_font_file = set_font_file

    @dataclass(frozen=True)
    class StampFontFactory(GlyphAccumulatorFactory):
        def create_font_engine(self, writer, obj_stream=None):
            data = Path(self.font_file).read_bytes()
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return StampFontEngine(
                writer=writer, font_handle=io.BytesIO(data), font_size=self.font_size,
                ot_script_tag=self.ot_script_tag, ot_language_tag=self.ot_language_tag,
                writing_direction=self.writing_direction,
                bcp47_lang_code=self.bcp47_lang_code, obj_stream=obj_stream,
                font_bytes=data)

    _STAMP_FONT_FACTORY = StampFontFactory
    return StampFontFactory


def _stamp_style(name: str, role: str, signature_image):
    from pyhanko.pdf_utils.layout import AxisAlignment, Margins, SimpleBoxLayoutRule
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    from .stamp_font import stamp_font

    def esc(text: str) -> str:
        return text.replace("%", "%%")

    lines = [f"签名人：{esc(name)}"]
    if role:
        lines.append(f"角色：{esc(role)}")
    lines.append("时间：%(ts)s")
    font = stamp_font(name + role)
    text_style = TextBoxStyle(
        font=_stamp_font_factory()(str(font), font_size=STAMP_FONT_SIZE),
        font_size=STAMP_FONT_SIZE, leading=STAMP_FONT_SIZE + 3,
        border_width=0)
    kwargs: dict[str, Any] = {}
    if signature_image is not None:
        kwargs.update(background=_background(signature_image), background_opacity=0.9)
    return TextStampStyle(
        stamp_text="\n".join(lines), text_box_style=text_style, timestamp_format=TIME_FORMAT,
        border_width=1,
        inner_content_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MID, y_align=AxisAlignment.ALIGN_MID,
            margins=Margins.uniform(4)),
        **kwargs)


def sign_pdf(pdf_in: str | os.PathLike, pdf_out: str | os.PathLike, identity: Identity, *,
             field: str | None = None, role: str = "", reason: str = DEFAULT_REASON,
             location: str = DEFAULT_LOCATION, signature_image: str | os.PathLike | None = None,
             certify: bool = False) -> SignResult:
    """Sign ``pdf_in`` into ``pdf_out`` (PAdES, incremental update, visible stamp).

    ``field=None`` takes the first empty signature field. ``certify=True`` (only for the
    first signature) locks the document except for form filling and further signatures.
    """
    import time

    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError as PyHankoSigningError

    started = time.perf_counter()
    role = (role or "").strip()
    writer = _writer(_read(pdf_in), pdf_in)
    all_fields = list(fields.enumerate_sig_fields(writer.prev))
    empty = [name for name, value, _ref in all_fields if value is None]
    signed = [name for name, value, _ref in all_fields if value is not None]
    if field is None:
        if not empty:
            raise SigningError(msg.PDF_NO_EMPTY_FIELD, path=str(pdf_in),
                               signed=", ".join(signed) or "-")
        field = empty[0]
    elif field in signed:
        raise SigningError(msg.PDF_FIELD_SIGNED, field=repr(field))
    elif field not in empty:
        raise SigningError(msg.PDF_NO_SUCH_FIELD, path=str(pdf_in), field=repr(field),
                           empty=", ".join(empty) or "-")
    if certify and signed:
        raise SigningError(msg.PDF_CERTIFY_FIRST)

    meta = signers.PdfSignatureMetadata(
        field_name=field, reason=reason or None, location=location or None,
        subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
        certify=certify,
        docmdp_permissions=fields.MDPPerm.FILL_FORMS)
    style = _stamp_style(identity.name, role, signature_image)
    sessions: list = []  # the signing time is the session's clock: kept, not read back

    class Signer(signers.PdfSigner):
        def init_signing_session(self, *args, **kwargs):
            sessions.append(super().init_signing_session(*args, **kwargs))
            return sessions[-1]

    pdf_signer = Signer(meta, signer=identity.signer(), stamp_style=style)
    buf = io.BytesIO()
    try:
        pdf_signer.sign_pdf(writer, output=buf, existing_fields_only=True)
    except PyHankoSigningError as exc:
        raise SigningError(msg.PDF_CANNOT_SIGN, path=str(pdf_in), detail=str(exc)) from None
    try:
        atomic_write(Path(pdf_out), buf.getvalue())
    except OSError as exc:
        raise SigningError(msg.FILE_UNWRITABLE, path=str(pdf_out), reason=exc.strerror) from None
    return SignResult(field=field, signer=identity.name,
                      signing_time=_signing_time(sessions[-1].system_time), certified=certify,
                      seconds=round(time.perf_counter() - started, 3))


def _signing_time(moment: dt.datetime) -> str:
    """The signing time as the signature records it (the CMS signingTime attribute, which
    pyHanko takes from the signing session's clock): UTC, whole seconds, ISO 8601."""
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat()


# ---------------------------------------------------------------- verifying


@dataclass
class SignatureReport:
    field: str
    role: str | None = None  # what the field is for, as the report named it (组长 …)
    signer: str = ""
    signer_subject: str = ""
    issuer: str = ""
    serial: str = ""
    signing_time: str | None = None
    reason: str | None = None
    location: str | None = None
    certified: bool = False
    intact: bool = False
    valid: bool = False
    trusted: bool = False
    revoked: bool = False
    revocation_reason: str | None = None
    trust_problem: str | None = None
    coverage: str | None = None
    modification_level: str | None = None
    docmdp_ok: bool | None = None
    modified_after_signing: bool = True
    bottom_line: bool = False
    error: str | None = None

    @property
    def ok(self) -> bool:
        return (self.error is None and self.bottom_line and self.intact and self.valid
                and self.trusted and not self.revoked and not self.modified_after_signing)

    def to_dict(self) -> dict:
        return asdict(self) | {"ok": self.ok}


@dataclass
class VerificationReport:
    path: str
    signatures: list[SignatureReport] = field(default_factory=list)
    unsigned_fields: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Every signature intact, valid, trusted, not revoked, not modified after signing
        (and at least one signature)."""
        return self.error is None and bool(self.signatures) and all(
            s.ok for s in self.signatures)

    def to_dict(self) -> dict:
        return {"path": self.path, "ok": self.ok, "error": self.error,
                "signatures": [s.to_dict() for s in self.signatures],
                "unsigned_fields": list(self.unsigned_fields)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def _asn1_cert(cert):
    from asn1crypto import x509 as asn1_x509

    if isinstance(cert, asn1_x509.Certificate):
        return cert
    if isinstance(cert, x509.Certificate):
        return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    if isinstance(cert, (bytes, str)):
        return _asn1_cert(load_certs(cert)[0])
    raise TypeError(f"not a certificate: {cert!r}")


def _crypto_cert(cert) -> x509.Certificate:
    if isinstance(cert, x509.Certificate):
        return cert
    if isinstance(cert, (bytes, str)):
        return load_certs(cert)[0]
    return x509.load_der_x509_certificate(cert.dump())


def _crypto_crls(crls) -> list[x509.CertificateRevocationList]:
    from .ca import load_crls

    out: list[x509.CertificateRevocationList] = []
    for crl in crls or ():
        if isinstance(crl, x509.CertificateRevocationList):
            out.append(crl)
        elif isinstance(crl, (bytes, str)):
            out += load_crls(crl)
        else:  # asn1crypto CertificateList
            out.append(x509.load_der_x509_crl(crl.dump()))
    return out


def _cn(name) -> str:
    try:
        return str(name.native.get("common_name", "")) if name is not None else ""
    except Exception:  # noqa: BLE001
        return ""


def _own_revocation_check(signer_cert, roots: list[x509.Certificate],
                          crls: list[x509.CertificateRevocationList]) -> str | None:
    """Belt and braces next to pyHanko's check: is the signer's serial on a CRL that one of
    the trust roots signed? Returns the reason (or "unspecified"), None if not listed."""
    from .ca import crl_is_signed_by

    try:
        cert = _crypto_cert(signer_cert)
    except Exception:  # noqa: BLE001
        return None
    for crl in crls:
        if crl.issuer != cert.issuer:
            continue
        if not any(crl_is_signed_by(crl, root) for root in roots):
            continue
        entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
        if entry is None:
            continue
        try:
            reason = entry.extensions.get_extension_for_class(x509.CRLReason).value.reason.name
        except x509.ExtensionNotFound:
            reason = "unspecified"
        revoked_at = entry.revocation_date_utc
        if revoked_at <= dt.datetime.now(dt.UTC):
            return reason
    return None


def _has_crl_for(signer_cert, roots: list[x509.Certificate],
                 crls: list[x509.CertificateRevocationList]) -> bool:
    from .ca import crl_is_signed_by

    try:
        issuer = _crypto_cert(signer_cert).issuer
    except Exception:  # noqa: BLE001
        return False
    return any(crl.issuer == issuer and any(crl_is_signed_by(crl, r) for r in roots)
               for crl in crls)


def _modified_after(status) -> bool:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return False
    if status.coverage != SignatureCoverageLevel.ENTIRE_REVISION:
        return True
    allowed = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES,
               ModificationLevel.FORM_FILLING)
    return not (status.modification_level in allowed and status.docmdp_ok is not False)


def verify_pdf(path: str | os.PathLike, trust_roots: list, crls: list | None = None
               ) -> VerificationReport:
    """Check every signature of ``path`` against ``trust_roots`` (offline).

    ``trust_roots`` are certificates (cryptography or asn1crypto objects, or PEM/DER bytes);
    ``crls`` are CRLs (cryptography objects, or PEM/DER bytes). Never raises for a damaged
    file or signature: the report says what is wrong.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    report = VerificationReport(path=str(path))
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        report.error = f"cannot read {path}: {exc.strerror}"
        return report
    roots = [_crypto_cert(c) for c in trust_roots]
    asn1_roots = [_asn1_cert(c) for c in roots]
    crl_list = _crypto_crls(crls)
    crl_der = [c.public_bytes(serialization.Encoding.DER) for c in crl_list]
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            report.error = "the PDF is encrypted"
            return report
        embedded, broken = _collect_signatures(reader, fields)
        report.unsigned_fields = [name for name, value, _ref in
                                  fields.enumerate_sig_fields(reader, filled_status=False)]
    except Exception as exc:  # noqa: BLE001 - a damaged file is a finding, not a crash
        report.error = f"not a readable PDF: {type(exc).__name__}: {exc}"
        return report
    if not embedded and not broken:
        report.error = "the PDF has no signature"
    for sig in embedded:
        report.signatures.append(_verify_one(sig, asn1_roots, roots, crl_der, crl_list,
                                             validate_pdf_signature, ValidationContext))
    report.signatures += broken
    return report


def _collect_signatures(reader, fields):
    """Like pyHanko's ``reader.embedded_signatures`` (in signing order), except that one
    damaged signature does not hide the others: it comes back as a failed report."""
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    good, broken = [], []
    for name, value, field_ref in fields.enumerate_sig_fields(reader, filled_status=True):
        try:
            subfilter = value.get_object().get("/SubFilter")
            if subfilter not in ("/ETSI.CAdES.detached", "/adbe.pkcs7.detached"):
                raise SigningError(f"unsupported signature type {subfilter}")
            sig = EmbeddedPdfSignature(reader, field_ref, name)
            if sig.sig_object_type != "/Sig":
                raise SigningError(f"not a signature but {sig.sig_object_type}")
            good.append(sig)
        except Exception as exc:  # noqa: BLE001 - a damaged signature is invalid
            broken.append(SignatureReport(field=str(name), error=f"{type(exc).__name__}: {exc}"))
    good.sort(key=lambda sig: sig.signed_revision)
    return good, broken


def _verify_one(sig, asn1_roots, roots, crl_der, crl_list, validate, ValidationContext
                ) -> SignatureReport:
    try:
        name = str(sig.field_name)
    except Exception:  # noqa: BLE001
        name = "?"
    rep = SignatureReport(field=name)
    try:
        cert = sig.signer_cert
        rep.signer = _cn(cert.subject)
        rep.signer_subject = cert.subject.human_friendly
        rep.issuer = cert.issuer.human_friendly
        rep.serial = serial_hex(cert.serial_number)
    except Exception:  # noqa: BLE001
        cert = None
    try:
        ts = sig.self_reported_timestamp
        rep.signing_time = ts.isoformat() if ts else None
        rep.role = _text(sig.sig_field.get("/TU"))
        rep.reason = _text(sig.sig_object.get("/Reason"))
        rep.location = _text(sig.sig_object.get("/Location"))
        rep.certified = _is_certification(sig)
    except Exception:  # noqa: BLE001
        pass
    # Our certificates name no CRL distribution point, and pyHanko's default "soft-fail" mode
    # then never consults the CRLs it was given. When the caller gave a CRL from the signer's
    # issuer, "require" makes pyHanko check it (freshness included); otherwise soft-fail.
    mode = "require" if cert is not None and _has_crl_for(cert, roots, crl_list) \
        else "soft-fail"
    try:
        vc = ValidationContext(trust_roots=list(asn1_roots), allow_fetching=False,
                               crls=list(crl_der), revocation_mode=mode)
        status = validate(sig, vc)
    except Exception as exc:  # noqa: BLE001 - a damaged signature is invalid, never a crash
        rep.error = f"{type(exc).__name__}: {exc}"
        return rep
    rep.intact = bool(status.intact)
    rep.valid = bool(status.valid)
    rep.trusted = bool(status.trusted)
    rep.revoked = bool(status.revoked)
    if status.revocation_details is not None:
        rep.revocation_reason = getattr(status.revocation_details.revocation_reason, "native",
                                        None) or "unspecified"
    if status.trust_problem_indic is not None:
        rep.trust_problem = status.trust_problem_indic.name
    rep.coverage = status.coverage.name if status.coverage is not None else None
    rep.modification_level = (status.modification_level.name
                              if status.modification_level is not None else None)
    rep.docmdp_ok = status.docmdp_ok
    rep.modified_after_signing = _modified_after(status)
    rep.bottom_line = bool(status.bottom_line)
    if cert is not None and crl_list:
        own = _own_revocation_check(cert, roots, crl_list)
        if own is not None:
            rep.revoked = True
            rep.trusted = False
            rep.revocation_reason = rep.revocation_reason or own
    return rep


def _is_certification(sig) -> bool:
    try:
        refs = sig.sig_object.get("/Reference", [])
        return any(ref.get_object().get("/TransformMethod") == "/DocMDP" for ref in refs)
    except Exception:  # noqa: BLE001
        return False


def _text(value) -> str | None:
    if value is None:
        return None
    return str(value)
