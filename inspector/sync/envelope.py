"""Signed envelopes: a JSON document, its signature and the signer's certificate.

``{"format": "inspector.envelope/1", "payload": {...}, "signature": "<base64url>",
"certificate": "<PEM>", "chain": ["<PEM>", ...]}``. The signature is ECDSA P-256 / SHA-256
(or RSA PKCS#1 v1.5 / SHA-256) over the canonical bytes of ``payload``. The same envelope
carries submissions, bundles and team scoresheets.

``open_envelope`` checks, in order: the form, the signature, that the certificate was issued
by the given CA and is within its validity, and that it is not on the revocation list.
Every failure is an :class:`EnvelopeError` with a stable ``reason`` code.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from .canonical import canonical_bytes, sha256_hex

FORMAT = "inspector.envelope/1"


class EnvelopeError(ValueError):
    """A signed document that cannot be trusted. ``reason`` is a stable code:
    ``malformed``, ``bad_signature``, ``untrusted_certificate``, ``certificate_expired``,
    ``certificate_revoked``."""

    def __init__(self, reason: str, message: str):
        self.reason = reason
        super().__init__(message)


@dataclass(frozen=True)
class Opened:
    payload: dict
    certificate: x509.Certificate
    digest: str  # SHA-256 (hex) of the payload's canonical bytes: the content's identity

    @property
    def signer_id(self) -> str:
        """The inspector id (X.520 serialNumber) of the signer's certificate."""
        values = self.certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
        return str(values[0].value) if values else ""

    @property
    def signer_name(self) -> str:
        values = self.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(values[0].value) if values else ""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _pem(cert: x509.Certificate) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding

    return cert.public_bytes(Encoding.PEM).decode("ascii")


def sign_bytes(private_key, data: bytes) -> bytes:
    if isinstance(private_key, ec.EllipticCurvePrivateKey):
        return private_key.sign(data, ec.ECDSA(hashes.SHA256()))
    if isinstance(private_key, rsa.RSAPrivateKey):
        return private_key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    raise TypeError("only ECDSA and RSA keys can sign")


def verify_bytes(public_key, signature: bytes, data: bytes) -> bool:
    try:
        if isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        elif isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            return False
    except (InvalidSignature, ValueError):
        return False
    return True


def seal(payload: dict, identity) -> dict:
    """Sign ``payload`` with an opened :class:`inspector.signing.keys.Identity`."""
    signature = sign_bytes(identity.private_key, canonical_bytes(payload))
    return {"format": FORMAT, "payload": payload, "signature": _b64(signature),
            "certificate": _pem(identity.certificate),
            "chain": [_pem(c) for c in identity.chain]}


def read_envelope(envelope: Any) -> tuple[dict, x509.Certificate, bytes]:
    """The payload, certificate and signature of an envelope, checking only its form."""
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise EnvelopeError("malformed", f"not a signed document ({FORMAT})")
    payload, signature, cert = (envelope.get(k) for k in ("payload", "signature", "certificate"))
    if not isinstance(payload, dict) or not isinstance(signature, str) \
            or not isinstance(cert, str):
        raise EnvelopeError("malformed", "a signed document needs payload, signature and "
                                         "certificate")
    try:
        certificate = _certificate(cert)
        raw_signature = _unb64(signature)
    except (ValueError, UnicodeEncodeError):
        raise EnvelopeError("malformed", "unreadable certificate or signature") from None
    return payload, certificate, raw_signature


@functools.lru_cache(maxsize=256)
def _certificate(pem: str) -> x509.Certificate:
    """The certificate a PEM text holds (remembered by its text: a laptop sends many
    documents with the same certificate; certificates are immutable values)."""
    return x509.load_pem_x509_certificate(pem.encode("ascii"))


def _payload_bytes(raw: bytes) -> bytes | None:
    """The payload's own bytes inside an envelope sent in canonical form (keys sorted:
    certificate, chain, format, payload, signature), or None when the body is not laid out
    so. Each marker must occur once: inside strings a quote is always escaped, so a marker
    found once is the envelope's own key."""
    start, end = b',"payload":', b',"signature":"'
    # The first and the last occurrence are the same one: the marker occurs once. (The
    # payload marker is near the start and the signature marker near the end, so each
    # search from its near side is short and each search from the far side crosses the
    # payload once.)
    i, j = raw.find(start), raw.rfind(end)
    if i < 0 or j < 0 or raw.rfind(start) != i or raw.find(end) != j:
        return None
    i += len(start)
    return raw[i:j] if i < j else None


def open_envelope(envelope: Any, *, ca: x509.Certificate | None,
                  revoked_serials: Iterable[int] = (), at: dt.datetime | None = None,
                  raw: bytes | None = None) -> Opened:
    """Check an envelope and return its payload. ``ca=None`` checks the signature only
    (for reading a document one produced oneself); otherwise the certificate must be issued
    by ``ca``, valid at ``at`` (default now) and not revoked. ``raw``: the bytes the envelope
    was parsed from; when they hold the payload in canonical form, the signature is checked
    on them directly instead of serialising the payload again."""
    payload, certificate, signature = read_envelope(envelope)
    data = _payload_bytes(raw) if raw is not None else None
    if data is not None and verify_bytes(certificate.public_key(), signature, data):
        opened = Opened(payload, certificate, sha256_hex(data))
        return opened if ca is None else _trusted(opened, ca, revoked_serials, at)
    try:
        data = canonical_bytes(payload)
    except (TypeError, ValueError):
        raise EnvelopeError("malformed", "the payload is not canonical JSON") from None
    if not verify_bytes(certificate.public_key(), signature, data):
        raise EnvelopeError("bad_signature", "the signature does not match the content "
                                             "(changed after signing, or a wrong key)")
    opened = Opened(payload, certificate, sha256_hex(data))
    return opened if ca is None else _trusted(opened, ca, revoked_serials, at)


def _trusted(opened: Opened, ca: x509.Certificate, revoked_serials: Iterable[int],
             at: dt.datetime | None) -> Opened:
    certificate = opened.certificate
    if not _issued_by(certificate, ca):
        raise EnvelopeError("untrusted_certificate",
                            "the signer's certificate was not issued by the bureau CA")
    when = at or dt.datetime.now(dt.UTC)
    if not (certificate.not_valid_before_utc <= when <= certificate.not_valid_after_utc):
        raise EnvelopeError("certificate_expired", "the signer's certificate is expired or "
                                                   "not yet valid")
    if not isinstance(revoked_serials, set | frozenset):
        revoked_serials = set(revoked_serials)
    if certificate.serial_number in revoked_serials:
        raise EnvelopeError("certificate_revoked", "the signer's certificate was revoked")
    return opened


@functools.lru_cache(maxsize=1024)
def _issued_by(cert: x509.Certificate, ca: x509.Certificate) -> bool:
    """Whether the CA signed this certificate (remembered by both certificates' contents —
    certificates compare and hash by their DER bytes: a laptop sends many documents with one
    certificate; validity and revocation are still checked every time)."""
    try:
        cert.verify_directly_issued_by(ca)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True
