"""Evaluation certificates (证书): issuing, printing and checking them.

A certificate is issued for a finalized evaluation that passed, printed, and hung on the
school's wall. Anyone can later check it is real from a phone photo: its QR code carries the
certificate's fields signed with the issuing body's key (:mod:`.qr_payload`).

    record = issue_certificate(store, evaluation_id, signing_key)   # numbered, recorded
    certificate_pdf(record, "证书.pdf")                             # A4 landscape
    check = verify_certificate("photo.jpg", public_key, store=store)
    check.valid, check.reason, check.fields

Rules (official-rubrics.md §1.2, §1.4, §6):

* the title fits the family and grade: 一级幼儿园 / 二级幼儿园 / 三级幼儿园 (never with 省 or
  省级 in the grade name), 余杭区义务教育规范化学校, 浙江省现代化学校;
* the issuer is the body that granted the grade: for kindergartens 一级 → 浙江省教育厅,
  二级 → 杭州市教育局 (the city), 三级 → 杭州市余杭区教育局 (the county/district); for the other
  families the rubric's issuer; ``issuer=`` overrides either;
* kindergartens are re-checked (复核) every 4 years: ``recheck_on`` = issue date + 4 years;
* numbers run per issuer and year (余教督证〔2025〕第0007号), allocated in the transaction that
  records the certificate; certificates can never change or be deleted (database triggers),
  so a number is never reused.

The printed page is drawn in :mod:`.certificate_drawing`, the seal in :mod:`.seal`; the
record and the error they share are in :mod:`.certificate_record`. All are importable from here.

No Qt here: the core must run headless.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import qr_payload
from .certificate_drawing import arabic_date as arabic_date
from .certificate_drawing import certificate_pdf
from .certificate_drawing import chinese_date as chinese_date
from .certificate_record import BUREAU, CertificateError, CertificateRecord, check_drawable
from .qr_payload import CertificateKeyError, PayloadError
from .seal import SEAL_FILE as SEAL_FILE
from .seal import SEAL_ISSUER as SEAL_ISSUER
from .seal import draw_seal
from .seal import seal_png_for as seal_png_for

if TYPE_CHECKING:
    from ..store import Store

__all__ = [
    "CertificateCheck", "CertificateError", "CertificateKeyError", "CertificateRecord",
    "PayloadError", "certificate_pdf", "certificates_for", "draw_seal", "get_certificate",
    "issue_certificate", "list_certificates", "verify_certificate",
]

PROVINCE = "浙江省教育厅"
CITY = "杭州市教育局"
RECHECK_YEARS = 4

#: The body that grants each kindergarten grade (分级负责评估, 分级认定发证; §1.4).
KINDERGARTEN_ISSUERS = {"一级": PROVINCE, "二级": CITY, "三级": BUREAU}
#: Certificate titles of the families that lead to a certificate (other than kindergartens).
FAMILY_TITLES = {"standardized_school": "余杭区义务教育规范化学校",
                 "modern_school": "浙江省现代化学校"}
#: The number prefix of each issuer: 余教督证〔2025〕第0007号. Issuers not listed get one made
#: from their name (see :func:`number_prefix`).
NUMBER_PREFIXES = {
    BUREAU: "余教督证",
    CITY: "杭教证",
    PROVINCE: "浙教证",
    "浙江省教育厅、浙江省人民政府教育督导委员会办公室": "浙教督证",
}


@dataclass
class CertificateCheck:
    """The verdict on a certificate code. ``fields`` holds what the code says (also when it
    is not valid, if it could be read); ``reason`` says why it is not valid."""

    valid: bool
    reason: str
    fields: dict[str, Any] = field(default_factory=dict)
    source: str = "text"  # text, image or pdf
    store_checked: bool = False
    warnings: list[str] = field(default_factory=list)
    text: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"valid": self.valid, "reason": self.reason, "fields": self.fields,
                "source": self.source, "store_checked": self.store_checked,
                "warnings": self.warnings}


# --- issuing -------------------------------------------------------------------------------

_COLUMNS = ("number, evaluation_id, issuer, year, sequence, school_code, school, grade, title, "
            "issued_on, recheck_on, payload, signature, created_at, created_by")


def issue_certificate(store: Store, evaluation_id: str, signing_key, *, issuer: str | None = None,
                      issued_on: date | str | None = None) -> CertificateRecord:
    """Issue, sign and record the certificate of a finalized evaluation that passed.

    ``signing_key`` is the issuer's private key (Ed25519 or ECDSA P-256, see
    :func:`qr_payload.load_private_key`). Raises :class:`CertificateError` for an evaluation
    that is a draft, was reopened, did not pass, already has a certificate, or belongs to a
    family that has none.
    """
    from ..store import StoreError

    try:
        eid = store.evaluations.resolve(evaluation_id)
        ev = store.evaluations.get(eid)
    except StoreError as exc:
        raise CertificateError(str(exc)) from None
    if ev.is_draft:
        raise CertificateError(f"evaluation {ev.id} is a draft; a certificate is issued only "
                               f"for a finalized evaluation")
    if ev.superseded_by:
        raise CertificateError(f"evaluation {ev.id} was reopened as {ev.superseded_by}; issue "
                               f"the certificate from the latest revision")
    existing = certificates_for(store, ev.id)
    if existing:
        raise CertificateError(f"evaluation {ev.id} already has certificate {existing[0].number} "
                               f"(issued {existing[0].issued_on}); print that one again")
    result_json = store.db.execute("SELECT result FROM evaluations WHERE id = ?",
                                   [ev.id]).fetchone()[0]
    result = json.loads(result_json)
    if not result.get("passed"):
        raise CertificateError(f"evaluation {ev.id} did not pass (grade: {result.get('grade')}); "
                               f"no certificate can be issued")
    rubric = store.rubric(ev.rubric_hash)
    grade = str(result["grade"])
    title, default_issuer = _title_and_issuer(rubric, grade)
    issuer = " ".join((issuer or default_issuer or BUREAU).split())
    if not issuer:
        raise CertificateError("the issuer's name is empty")
    day = _as_date(issued_on) if issued_on is not None else date.today()
    if day.isoformat() < ev.visit_date:
        raise CertificateError(f"the issue date {day.isoformat()} is before the visit "
                               f"({ev.visit_date})")
    recheck = _add_years(day, RECHECK_YEARS).isoformat() if _is_kindergarten(rubric) else None
    school = store.schools.require(ev.school_code)
    from ..store.database import now

    prefix = number_prefix(issuer)
    for attempt in range(3):  # another writer may take the same sequence: try again
        try:
            with store.transaction():
                _check_prefix_free(store, prefix, issuer)
                sequence = 1 + store.db.execute(
                    "SELECT coalesce(max(sequence), 0) FROM certificates WHERE issuer = ? AND "
                    "year = ?", [issuer, day.year]).fetchone()[0]
                number = format_number(prefix, day.year, sequence)
                fields = {"number": number, "school_code": school.code, "school": school.name,
                          "grade": grade, "title": title, "issued_on": day.isoformat(),
                          "recheck_on": recheck, "issuer": issuer, "evaluation_id": ev.id,
                          "digest": qr_payload.digest_of(result_json)}
                for name, value in fields.items():
                    check_drawable(value, name)
                payload = qr_payload.canonical(fields)
                signature = qr_payload.sign(payload, signing_key)
                record = CertificateRecord(
                    number, ev.id, issuer, day.year, sequence, school.code, school.name, grade,
                    title, day.isoformat(), recheck, payload, signature, now(), store.actor)
                store.db.execute(
                    f"INSERT INTO certificates({_COLUMNS}) VALUES "
                    f"({', '.join('?' * len(_COLUMNS.split(',')))})",
                    [getattr(record, c.strip()) for c in _COLUMNS.split(",")])
                store.log(ev.id, None, "certificate", None,
                          {"number": number, "issuer": issuer, "title": title, "grade": grade,
                           "issued_on": day.isoformat(), "recheck_on": recheck},
                          at=record.created_at)
            return record
        except sqlite3.IntegrityError as exc:
            if attempt == 2 or "UNIQUE" not in str(exc):
                raise CertificateError(f"the certificate could not be recorded: {exc}") from None
        except sqlite3.OperationalError as exc:  # busy snapshot: another writer committed
            if attempt == 2:
                raise CertificateError(f"the certificate could not be recorded: {exc}") from None
    raise AssertionError("unreachable")


def format_number(prefix: str, year: int, sequence: int) -> str:
    return f"{prefix}〔{year}〕第{sequence:04d}号"


def number_prefix(issuer: str) -> str:
    """The number prefix of an issuer: from :data:`NUMBER_PREFIXES`, else the issuer's
    place and kind of body (浙江省…厅 → 浙…证) plus a short code of its full name, so that two
    unlisted issuers never share numbers."""
    if issuer in NUMBER_PREFIXES:
        return NUMBER_PREFIXES[issuer]
    short = re.sub(r"^(浙江省|杭州市)", "", issuer)[:2] or "证"
    code = hashlib.sha256(issuer.encode("utf-8")).hexdigest()[:4].upper()
    return f"{short}{code}证"


def _check_prefix_free(store: Store, prefix: str, issuer: str) -> None:
    row = store.db.execute(
        "SELECT issuer FROM certificates WHERE substr(number, 1, ?) = ? AND issuer <> ? LIMIT 1",
        [len(prefix) + 1, prefix + "〔", issuer]).fetchone()
    if row:
        raise CertificateError(f"the number prefix {prefix} is used by {row[0]}; add an own "
                               f"prefix for {issuer} to NUMBER_PREFIXES")


def _is_kindergarten(rubric) -> bool:
    return rubric.meta.family.value == "kindergarten_grade"


def kindergarten_level(rubric, grade: str) -> str:
    """一级, 二级 or 三级: from the grade awarded, else the rubric's id or title."""
    for text, pattern in ((grade, r"([一二三])级"), (rubric.id, r"grade[-_]?([123])\b"),
                          (rubric.title, r"([一二三])级幼儿园")):
        match = re.search(pattern, text)
        if match:
            level = match.group(1)
            return {"1": "一", "2": "二", "3": "三"}.get(level, level) + "级"
    raise CertificateError(f"cannot tell the kindergarten grade (一级/二级/三级) from the "
                           f"grade '{grade}' or rubric {rubric.id}")


def _title_and_issuer(rubric, grade: str) -> tuple[str, str]:
    family = rubric.meta.family.value
    if family == "kindergarten_grade":
        level = kindergarten_level(rubric, grade)
        return f"{level}幼儿园", KINDERGARTEN_ISSUERS[level]  # never 省/省级 in the name
    if family in FAMILY_TITLES:
        return FAMILY_TITLES[family], rubric.meta.issuer.strip() or BUREAU
    from ..rubrics.model import FAMILY_LABELS

    raise CertificateError(f"no certificate is issued for {FAMILY_LABELS[rubric.meta.family]} "
                           f"evaluations (rubric {rubric.id})")


def _as_date(value: date | str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise CertificateError(f"'{value}' is not a date (YYYY-MM-DD)") from None


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)



# --- reading -------------------------------------------------------------------------------

def _records(store: Store, where: str, params: list) -> list[CertificateRecord]:
    rows = store.db.execute(f"SELECT {_COLUMNS} FROM certificates {where}", params).fetchall()
    return [CertificateRecord(*row) for row in rows]


def get_certificate(store: Store, number: str) -> CertificateRecord | None:
    found = _records(store, "WHERE number = ?", [number.strip()])
    return found[0] if found else None


def certificates_for(store: Store, evaluation_id: str) -> list[CertificateRecord]:
    return _records(store, "WHERE evaluation_id = ? ORDER BY created_at", [evaluation_id])


def list_certificates(store: Store, *, year: int | None = None) -> list[CertificateRecord]:
    if year is None:
        return _records(store, "ORDER BY issuer, year, sequence", [])
    return _records(store, "WHERE year = ? ORDER BY issuer, sequence", [year])


# --- verifying -----------------------------------------------------------------------------

def verify_certificate(source, public_key, *, store: Store | None = None) -> CertificateCheck:
    """Check a certificate from its QR text, a photo or scan (PNG/JPEG…), a PIL image, or the
    PDF. The signature must verify with ``public_key`` (a key object, PEM bytes or a PEM file);
    with a ``store``, the certificate must also be recorded there, unchanged, and its
    evaluation's frozen result must still have the signed digest.

    Never raises for a bad certificate or an unreadable file: the check is then not valid
    and ``reason`` says why. Raises :class:`CertificateKeyError` for an unusable key.
    """
    key = qr_payload.load_public_key(public_key)
    kind, texts, problem = _codes_in(source)
    if problem:
        return CertificateCheck(False, problem, source=kind)
    ours = [t for t in texts if t.startswith(qr_payload.PREFIX)]
    if not ours:
        shown = texts[0] if len(texts[0]) <= 40 else texts[0][:40] + "…"
        return CertificateCheck(False, f"the QR code is not a certificate code (it reads "
                                       f"'{shown}')", source=kind)
    text = ours[0]
    try:
        payload, signature, fields = qr_payload.split(text)
    except PayloadError as exc:
        return CertificateCheck(False, str(exc), source=kind, text=text)
    check = CertificateCheck(False, "", fields=fields, source=kind, text=text)
    if not qr_payload.signature_ok(payload, signature, key):
        check.reason = ("the signature does not match: the certificate's content was changed, "
                        "or it was not signed with this issuer's key")
        return check
    if store is not None:
        problem = _store_problem(store, fields, payload, signature, check.warnings)
        check.store_checked = True
        if problem:
            check.reason = problem
            return check
    check.valid = True
    check.reason = (f"valid: {fields['number']}, {fields['school']}, {fields['title']}, "
                    f"issued by {fields['issuer']} on {fields['issued_on']}")
    return check


def _store_problem(store: Store, fields: dict, payload: str, signature: str,
                   warnings: list[str]) -> str | None:
    record = get_certificate(store, fields["number"])
    if record is None:
        return f"certificate {fields['number']} is not recorded in this database"
    if record.payload != payload or record.signature != signature:
        return f"certificate {fields['number']} differs from the one recorded in this database"
    row = store.db.execute("SELECT result, superseded_by FROM evaluations WHERE id = ?",
                           [fields["evaluation_id"]]).fetchone()
    if row is None:
        return f"evaluation {fields['evaluation_id']} is not in this database"
    if row[0] is None or qr_payload.digest_of(row[0]) != fields["digest"]:
        return (f"the result of evaluation {fields['evaluation_id']} is not the one the "
                f"certificate was issued for")
    if row[1]:
        warnings.append(f"evaluation {fields['evaluation_id']} was reopened later as {row[1]}")
    recheck = fields.get("recheck_on")
    if recheck and recheck < date.today().isoformat():
        warnings.append(f"the re-check (复核) was due on {recheck}")
    return None


def _codes_in(source) -> tuple[str, list[str], str | None]:
    """(kind of source, QR texts found, problem or None)."""
    from PIL import Image, UnidentifiedImageError

    if hasattr(source, "convert") and hasattr(source, "size"):  # a PIL image
        texts = qr_payload.read_codes(source)
        return "image", texts, None if texts else _NO_CODE
    if isinstance(source, str) and source.strip().startswith(qr_payload.PREFIX):
        return "text", [source.strip()], None
    path = Path(source)
    if isinstance(source, str) and not path.exists() and ("{" in source or len(source) > 200):
        return "text", [source.strip()], None
    if not path.exists():
        return "file", [], f"{path} does not exist"
    try:
        with open(path, "rb") as f:
            magic = f.read(5)
    except OSError as exc:
        return "file", [], f"cannot read {path}: {exc.strerror}"
    if path.suffix.lower() == ".pdf" or magic == b"%PDF-":
        try:
            image = render_pdf_page(path)
        except CertificateError as exc:
            return "pdf", [], str(exc)
        texts = qr_payload.read_codes(image)
        return "pdf", texts, None if texts else _NO_CODE
    try:
        with Image.open(path) as img:
            img.load()
            image = _upright(img)
    except (UnidentifiedImageError, OSError) as exc:
        return "image", [], f"{path} cannot be read as an image or a PDF ({exc})"
    texts = qr_payload.read_codes(image)
    return "image", texts, None if texts else _NO_CODE


_NO_CODE = ("no QR code could be read; photograph the code straight on, in focus and well "
            "lit, filling more of the picture")


def _upright(img):
    """A phone photo turned the way its EXIF orientation says."""
    from PIL import ImageOps

    with contextlib.suppress(Exception):
        return ImageOps.exif_transpose(img)
    return img.copy()


def render_pdf_page(path: Path, dpi: int = 150):
    """Page 1 of a PDF as a PIL image (pdftoppm)."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        try:
            subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1",
                            str(path), str(Path(tmp) / "page")],
                           check=True, capture_output=True, timeout=120)
        except FileNotFoundError:
            raise CertificateError("pdftoppm (poppler-utils) is needed to read a PDF") from None
        except subprocess.CalledProcessError as exc:
            detail = exc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise CertificateError(f"{path} could not be rendered"
                                   f"{': ' + detail[-1] if detail else ''}") from None
        except subprocess.TimeoutExpired:
            raise CertificateError(f"{path} took too long to render") from None
        pages = sorted(Path(tmp).glob("page*.png"))
        if not pages:
            raise CertificateError(f"{path} has no page to read")
        with Image.open(pages[0]) as img:
            img.load()
            return img.copy()
