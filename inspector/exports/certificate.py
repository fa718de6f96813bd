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

No Qt here: the core must run headless.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import math
import random
import re
import sqlite3
import subprocess
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths
from . import qr_payload
from .qr_payload import CertificateKeyError, PayloadError

if TYPE_CHECKING:
    from ..store import Store

__all__ = [
    "CertificateCheck", "CertificateError", "CertificateKeyError", "CertificateRecord",
    "PayloadError", "certificate_pdf", "certificates_for", "draw_seal", "get_certificate",
    "issue_certificate", "list_certificates", "verify_certificate",
]

BUREAU = "杭州市余杭区教育局"
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
SEAL_FILE = "bureau-seal.png"
SEAL_ISSUER = BUREAU  # the name on resources/seals/bureau-seal.png


class CertificateError(Exception):
    """A certificate that cannot be issued or printed (the message says why, in one line)."""


@dataclass(frozen=True)
class CertificateRecord:
    """One issued certificate, as recorded in the store."""

    number: str
    evaluation_id: str
    issuer: str
    year: int
    sequence: int
    school_code: str
    school: str
    grade: str
    title: str
    issued_on: str
    recheck_on: str | None
    payload: str
    signature: str
    created_at: str = ""
    created_by: str = ""

    @property
    def qr_text(self) -> str:
        return qr_payload.qr_text(self.payload, self.signature)

    @property
    def digest(self) -> str:
        return qr_payload.split(self.qr_text)[2]["digest"]

    def fields(self) -> dict[str, Any]:
        return qr_payload.split(self.qr_text)[2]

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "qr_text": self.qr_text}


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
                    _check_drawable(value, name)
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


def _check_drawable(text: str | None, where: str) -> None:
    if text is None:
        return
    from .pdf_fonts import MissingGlyph, check_text

    try:
        check_text(text, where)
    except MissingGlyph as exc:
        raise CertificateError(str(exc)) from None


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


# --- the seal ------------------------------------------------------------------------------

SEAL_RED = (205, 22, 28)


def draw_seal(name: str, size: int = 1000, *, seed: int = 7):
    """A red round seal image (RGBA): a ring, a five-pointed star in the middle and ``name``
    along the upper edge, in the bundled font, with the uneven ink of a real stamp."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

    font_path = str(paths.fonts_dir() / "wqy-microhei.ttc")
    mask = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(mask)
    c = size / 2
    ring = size * 0.04
    outer = size / 2 - size * 0.01
    draw.ellipse([c - outer, c - outer, c + outer, c + outer], fill=255)
    inner = outer - ring
    draw.ellipse([c - inner, c - inner, c + inner, c + inner], fill=0)

    # the star
    r_star = size * 0.19
    points = []
    for i in range(10):
        r = r_star if i % 2 == 0 else r_star * 0.382
        a = math.radians(-90 + 36 * i)
        points.append((c + r * math.cos(a), c + size * 0.015 + r * math.sin(a)))
    draw.polygon(points, fill=255)

    # the name along the upper arc, each character upright towards the rim
    chars = [ch for ch in name if not ch.isspace()]
    n = len(chars)
    font_size = int(size * (0.145 if n <= 9 else max(0.085, 0.145 * 9 / n)))
    font = ImageFont.truetype(font_path, font_size, index=0)
    r_text = inner - size * 0.03 - font_size * 0.55
    span = min(250.0, max(150.0, n * 26.0))  # degrees of arc the name takes
    step = span / max(n - 1, 1)
    for i, ch in enumerate(chars):
        angle = -span / 2 + i * step if n > 1 else 0.0  # 0 = top, clockwise positive
        tile = Image.new("L", (int(font_size * 1.6), int(font_size * 1.6)), 0)
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, fill=255, font=font,
                                  anchor="mm")
        # characters are drawn condensed, as on an official seal
        tile = tile.resize((int(tile.width * 0.82), tile.height), Image.Resampling.LANCZOS)
        tile = tile.filter(ImageFilter.MaxFilter(_odd(font_size / 22)))  # seal strokes are bold
        tile = tile.rotate(-angle, resample=Image.Resampling.BICUBIC, expand=True)
        a = math.radians(angle)
        x = c + r_text * math.sin(a) - tile.width / 2
        y = c - r_text * math.cos(a) - tile.height / 2
        mask.paste(255, (int(round(x)), int(round(y))), tile)

    # uneven ink: speckles where the paper did not take it, softened edges
    rng = random.Random(seed)
    noise = Image.new("L", (size // 8, size // 8))
    noise.putdata([255 if rng.random() > 0.06 else rng.randrange(60, 200)
                   for _ in range(noise.width * noise.height)])
    noise = noise.resize((size, size), Image.Resampling.BICUBIC)
    grain = Image.new("L", (size, size))
    grain.putdata([255 if rng.random() > 0.03 else 90 for _ in range(size * size)])
    mask = ImageChops.multiply(mask, noise)
    mask = ImageChops.multiply(mask, grain.filter(ImageFilter.GaussianBlur(0.8)))
    mask = mask.filter(ImageFilter.GaussianBlur(size / 900))
    alpha = mask.point(lambda v: int(v * 0.9))
    seal = Image.new("RGBA", (size, size), (*SEAL_RED, 0))
    seal.putalpha(alpha)
    return seal


def _odd(value: float) -> int:
    n = max(1, int(round(value)))
    return n if n % 2 else n + 1


def seal_png_for(issuer: str) -> bytes:
    """PNG bytes of the seal of one body: the bundled image for the bureau, else drawn."""
    bundled = paths.resources_dir() / "seals" / SEAL_FILE
    if issuer == SEAL_ISSUER and bundled.exists():
        return bundled.read_bytes()
    out = io.BytesIO()
    draw_seal(issuer, 600).save(out, format="PNG")
    return out.getvalue()


# --- the PDF -------------------------------------------------------------------------------

RED = (0.62, 0.09, 0.09)
GOLD = (0.72, 0.55, 0.22)
INK = (0.12, 0.1, 0.1)
GREY = (0.3, 0.28, 0.28)
CN_DIGITS = "〇一二三四五六七八九"


def chinese_date(iso: str) -> str:
    """2025-11-30 → 二〇二五年十一月三十日 (the style of a signature date)."""
    day = date.fromisoformat(iso)

    def small(n: int) -> str:
        tens, ones = divmod(n, 10)
        return ((CN_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "")
                + (CN_DIGITS[ones] if ones else ""))

    year = "".join(CN_DIGITS[int(d)] for d in str(day.year))
    return f"{year}年{small(day.month)}月{small(day.day)}日"


def arabic_date(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.year}年{day.month}月{day.day}日"


def certificate_pdf(record: CertificateRecord, out_path, seal_png: Path | bytes | None = None,
                    ) -> Path:
    """Write the certificate as a one-page A4 landscape PDF (fonts embedded). ``seal_png``
    is the seal image; by default the bundled bureau seal, or for another issuer a seal
    drawn with its name (one per body for a joint issuer 甲、乙)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas as rl_canvas

    from .pdf_fonts import register_fonts

    body_font, _fallback = register_fonts()
    fields = record.fields()  # the signed text is what gets printed
    for name in ("school", "title", "grade", "number", "issuer"):
        _check_drawable(fields[name], name)
    out = Path(out_path)
    width, height = landscape(A4)
    c = rl_canvas.Canvas(str(out), pagesize=(width, height), pageCompression=1,
                         initialFontName=body_font)  # no stray, unembedded Helvetica
    c.setTitle(f"{fields['title']}证书 {fields['number']}")
    c.setAuthor(fields["issuer"])
    c.setSubject(f"{fields['school']} — {fields['title']}")
    c.setCreator("余杭区教育督导评估工具")

    _guilloche(c, width / 2, height / 2 + 20)
    _frame(c, width, height)
    cx = width / 2

    _line(c, cx, height - 122, "证书", 50, color=RED, align="centre", bold=1.2, space=40)
    c.setStrokeColorRGB(*GOLD)
    c.setLineWidth(0.8)
    for side in (-1, 1):
        x0 = cx + side * 78
        c.line(x0, height - 106, x0 + side * 90, height - 106)
        c.line(x0, height - 110, x0 + side * 70, height - 110)

    school = fields["school"]
    size = _fit(school, 26, 560)
    _line(c, cx, height - 198, school, size, color=INK, align="centre", bold=0.45)
    w = _width(school, size)
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(0.6)
    c.line(cx - w / 2 - 12, height - 206, cx + w / 2 + 12, height - 206)
    _line(c, cx, height - 244, "经评估，被认定为", 18, color=INK, align="centre", space=2)
    title = fields["title"]
    _line(c, cx, height - 300, title, _fit(title, 38, 600), color=RED, align="centre",
          bold=0.9, space=4)
    y = height - 342
    grade = fields["grade"]
    if grade not in title:
        _line(c, cx, y, f"评估等级：{grade}", 16, color=INK, align="centre", space=1)
        y -= 32
    _line(c, cx, y, "特发此证。", 16, color=INK, align="centre", space=2)

    # the QR code and the certificate's particulars, bottom left
    png, _version = qr_payload.qr_png(record.qr_text, scale=6, border=2)
    qr_size = 128
    qr_x, qr_y = 84, 78
    c.drawImage(ImageReader(io.BytesIO(png)), qr_x, qr_y, qr_size, qr_size)
    _line(c, qr_x + qr_size / 2, qr_y - 11, "扫码验证", 9, color=GREY, align="centre", space=3)
    details = [f"证书编号：{fields['number']}", f"发证日期：{arabic_date(fields['issued_on'])}"]
    if fields.get("recheck_on"):
        details.append(f"复核日期：{arabic_date(fields['recheck_on'])}前")
    details.append(f"学校代码：{fields['school_code']}")
    ty = qr_y + qr_size - 26
    for text in details:
        _line(c, qr_x + qr_size + 16, ty, text, 10.5, color=GREY)
        ty -= 19

    # the issuing body and the date, bottom right, under the seal: drawn after it, so that
    # the text stays legible through the "ink" as under a real stamp
    bodies = [b for b in fields["issuer"].split("、") if b.strip()]
    right_cx = width - 225
    top = 150 + 12 * (len(bodies) - 1)
    date_y = top - 26 * len(bodies) - 2
    seal_d = 119  # 42 mm, the size of a county-level official seal
    seals: list[bytes]
    if seal_png is not None:
        seals = [seal_png if isinstance(seal_png, bytes) else Path(seal_png).read_bytes()]
    else:
        seals = [seal_png_for(body) for body in bodies[:2]]
    centre_y = (top + date_y) / 2 + 4
    offsets = [0.0] if len(seals) == 1 else [-seal_d * 0.42, seal_d * 0.42]
    for png_bytes, dx in zip(seals, offsets, strict=False):
        c.drawImage(ImageReader(io.BytesIO(png_bytes)), right_cx + dx - seal_d / 2,
                    centre_y - seal_d / 2, seal_d, seal_d, mask="auto")
    by = top
    for body in bodies:
        _line(c, right_cx, by, body, _fit(body, 17, 300), color=INK, align="centre", space=1)
        by -= 26
    _line(c, right_cx, date_y, chinese_date(fields["issued_on"]), 15, color=INK,
          align="centre", space=1)
    c.showPage()
    try:
        c.save()
    except OSError as exc:
        raise CertificateError(f"cannot write {out}: {exc.strerror or exc}") from None
    return out


def _width(text: str, size: float, space: float = 0.0) -> float:
    from .pdf_fonts import text_width

    return text_width(text, size) + space * max(len(text) - 1, 0)


def _fit(text: str, size: float, width: float) -> float:
    while size > 8 and _width(text, size) > width:
        size -= 0.5
    return size


def _line(c, x: float, y: float, text: str, size: float, *, color=INK, align: str = "left",
          bold: float = 0.0, space: float = 0.0) -> None:
    """One line in the bundled fonts; ``bold`` strokes the glyphs (the font has no bold face),
    ``space`` adds letter spacing."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .pdf_fonts import font_runs

    runs = font_runs(text)
    total = _width(text, size, space)
    if align in ("centre", "center"):
        x -= total / 2
    elif align == "right":
        x -= total
    c.saveState()
    c.setFillColorRGB(*color)
    c.setStrokeColorRGB(*color)
    if bold:
        c.setLineWidth(bold)
        c.setLineJoin(1)
    for font, run in runs:
        c.setFont(font, size)
        c.drawString(x, y, run, mode=2 if bold else 0, charSpace=space)
        x += stringWidth(run, font, size) + space * len(run)
    c.restoreState()


def _frame(c, width: float, height: float) -> None:
    """A double red border, a gold meander (回纹) band and an inner hairline."""
    c.saveState()
    c.setStrokeColorRGB(*RED)
    c.setLineWidth(4)
    c.rect(18, 18, width - 36, height - 36)
    c.setLineWidth(1.2)
    c.rect(25.5, 25.5, width - 51, height - 51)
    band_in, band = 30.0, 14.0
    c.setStrokeColorRGB(*GOLD)
    c.setLineWidth(1.0)
    c.setLineJoin(0)
    c.setLineCap(2)
    x0, y0 = band_in, band_in
    x1, y1 = width - band_in, height - band_in
    w, h = x1 - x0, y1 - y0
    for ox, oy, angle, length in ((x0, y0, 0, w), (x1, y0, 90, h), (x1, y1, 180, w),
                                  (x0, y1, 270, h)):
        c.saveState()
        c.translate(ox, oy)
        c.rotate(angle)
        _meander(c, length, band)
        c.restoreState()
    c.setStrokeColorRGB(*RED)
    c.setLineWidth(0.8)
    inset = band_in + band + 4
    c.rect(inset, inset, width - 2 * inset, height - 2 * inset)
    c.restoreState()


def _meander(c, length: float, band: float) -> None:
    """One side of the band in a frame where x runs along the side and y into the page;
    the corner square at x = 0 is drawn too."""
    pad = 1.6
    # the corner: a square with a square inside (回)
    c.rect(pad, pad, band - 2 * pad, band - 2 * pad)
    c.rect(band * 0.33, band * 0.33, band * 0.34, band * 0.34)
    start, end = band + 1.5, length - band - 1.5
    count = max(1, round((end - start) / (band * 1.05)))
    unit = (end - start) / count
    top, bottom = band - pad, pad
    path = c.beginPath()
    path.moveTo(start, bottom)
    for i in range(count):
        u = start + i * unit
        s = unit / 10
        # a square spiral rising from the base line, then back to it
        path.lineTo(u + 1 * s, bottom)
        path.lineTo(u + 1 * s, top)
        path.lineTo(u + 8 * s, top)
        path.lineTo(u + 8 * s, bottom + (top - bottom) * 0.28)
        path.lineTo(u + 3.5 * s, bottom + (top - bottom) * 0.28)
        path.lineTo(u + 3.5 * s, bottom + (top - bottom) * 0.68)
        path.lineTo(u + 5.8 * s, bottom + (top - bottom) * 0.68)
        path.moveTo(u + 1 * s, bottom)
        path.lineTo(u + unit, bottom)
    c.drawPath(path, stroke=1, fill=0)


def _guilloche(c, cx: float, cy: float) -> None:
    """A faint rosette behind the text (hard to copy by hand; prints as a light tint)."""
    c.saveState()
    c.setStrokeColorRGB(0.95, 0.91, 0.81)
    c.setLineWidth(0.3)
    for i in range(30):
        c.saveState()
        c.translate(cx, cy)
        c.rotate(i * 6)
        c.ellipse(-185, -58, 185, 58, stroke=1, fill=0)
        c.restoreState()
    c.setStrokeColorRGB(0.95, 0.91, 0.81)
    for r in (194, 199):
        c.circle(cx, cy, r, stroke=1, fill=0)
    c.restoreState()
