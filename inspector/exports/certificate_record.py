"""A certificate as it is recorded and printed: :class:`CertificateRecord`, the error raised
when one cannot be issued or printed, and the check that every printed text can be drawn in
the bundled fonts. Shared by issuing (:mod:`.certificate`), the seal (:mod:`.seal`) and the
printed page (:mod:`.certificate_drawing`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from . import qr_payload

BUREAU = "杭州市余杭区教育局"


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


def check_drawable(text: str | None, where: str) -> None:
    """Raise :class:`CertificateError` when ``text`` has a character no bundled font has."""
    if text is None:
        return
    from .pdf_fonts import MissingGlyph, check_text

    try:
        check_text(text, where)
    except MissingGlyph as exc:
        raise CertificateError(str(exc)) from None
