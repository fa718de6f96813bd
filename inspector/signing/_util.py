"""Small helpers shared by keys.py, ca.py and pdf.py (certificates, PEM, atomic writes)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID, ObjectIdentifier

from .. import messages as msg
from .errors import SigningError

#: id-kp-documentSigning (RFC 9336): the purpose PDF validators look for.
DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def as_bytes(passphrase: str | bytes) -> bytes:
    data = passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)
    if not data:
        raise SigningError(msg.PASSPHRASE_EMPTY)
    return data


def atomic_write(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path`` in one step (a crash leaves the old file or the new one)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        if private:
            os.chmod(tmp, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def cert_pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def load_certs(data: bytes | str) -> list[x509.Certificate]:
    """Every certificate in PEM text (one or more blocks) or a single DER certificate."""
    raw = data.encode("ascii", "replace") if isinstance(data, str) else bytes(data)
    try:
        if b"-----BEGIN" in raw:
            return x509.load_pem_x509_certificates(raw)
        return [x509.load_der_x509_certificate(raw)]
    except ValueError as exc:
        raise SigningError(f"not a certificate (PEM or DER): {exc}") from None


def read_certs(path: str | os.PathLike) -> list[x509.Certificate]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SigningError(msg.FILE_UNREADABLE, path=str(path), reason=exc.strerror) from None
    try:
        return load_certs(data)
    except SigningError:
        raise SigningError(msg.NOT_A_CERTIFICATE, path=str(path)) from None


def name_attr(name: x509.Name, oid) -> str:
    values = name.get_attributes_for_oid(oid)
    if not values:
        return ""
    value = values[0].value
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def common_name(cert: x509.Certificate) -> str:
    return name_attr(cert.subject, NameOID.COMMON_NAME)


def serial_hex(serial: int) -> str:
    return f"{serial:X}"


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex(":").upper()


def is_self_signed(cert: x509.Certificate) -> bool:
    if cert.issuer != cert.subject:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except (ValueError, TypeError, Exception):  # noqa: BLE001 - any failure: not self-signed
        return False
    return True


def same_public_key(a, b) -> bool:
    fmt = serialization.PublicFormat.SubjectPublicKeyInfo
    enc = serialization.Encoding.DER
    return a.public_bytes(enc, fmt) == b.public_bytes(enc, fmt)
