"""The bureau's certificate authority: a root CA in a folder, kept by the bureau.

Folder contents:

- ``ca.key.pem``: the CA's private key (ECDSA P-384), encrypted with the CA passphrase;
- ``ca.cert.pem``: the root certificate (give it to every inspector, and to ``verify --ca``);
- ``index.json``: every certificate issued, with its revocation if any;
- ``issued/SERIAL.pem``: a copy of each issued certificate;
- ``crl.pem``: the latest certificate revocation list (rewritten by ``ca_revoke``/``ca_crl``).

Serial numbers are shown and stored as upper-case hexadecimal.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from ._util import (
    as_bytes,
    atomic_write,
    cert_pem,
    common_name,
    load_certs,
    same_public_key,
    serial_hex,
    utcnow,
)
from .errors import SigningError, WrongPassphrase
from .keys import DEFAULT_ORGANIZATION, signing_extensions

CA_KEY = "ca.key.pem"
CA_CERT = "ca.cert.pem"
INDEX = "index.json"
CRL_FILE = "crl.pem"
ISSUED_DIR = "issued"
CA_DAYS = 20 * 365
ISSUE_DAYS = 3 * 365
CRL_DAYS = 30

REASONS = {flag.name: flag for flag in x509.ReasonFlags if flag is not x509.ReasonFlags.remove_from_crl}


def ca_init(folder: str | Path, name: str, passphrase: str | bytes, *,
            organization: str = DEFAULT_ORGANIZATION, days: int = CA_DAYS) -> x509.Certificate:
    """Create a root CA (key + self-signed certificate) in ``folder``; return its certificate."""
    folder = Path(folder)
    secret = as_bytes(passphrase)
    name = (name or "").strip()
    if not name or len(name) > 64:
        raise SigningError("the CA name must have 1 to 64 characters")
    if (folder / CA_KEY).exists():
        raise SigningError(f"{folder} already holds a CA")
    key = ec.generate_private_key(ec.SECP384R1())
    subject = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
        x509.NameAttribute(NameOID.COMMON_NAME, name),
    ])
    now = utcnow()
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=False, content_commitment=False,
                          key_encipherment=False, data_encipherment=False,
                          key_agreement=False, key_cert_sign=True, crl_sign=True,
                          encipher_only=False, decipher_only=False),
            critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA384())
    )
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write(folder / CA_KEY, key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(secret)), private=True)
    atomic_write(folder / CA_CERT, cert_pem(cert).encode("ascii"))
    _save_index(folder, {"format": 1, "name": name, "crl_number": 0, "certificates": []})
    return cert


def ca_certificate(folder: str | Path) -> x509.Certificate:
    """The CA's root certificate (no passphrase needed)."""
    p = Path(folder) / CA_CERT
    try:
        return load_certs(p.read_bytes())[0]
    except FileNotFoundError:
        raise SigningError(f"{folder} is not a CA folder (no {CA_CERT}; run `ca init`)") from None


def _load_ca(folder: str | Path, passphrase: str | bytes):
    folder = Path(folder)
    cert = ca_certificate(folder)
    try:
        data = (folder / CA_KEY).read_bytes()
    except FileNotFoundError:
        raise SigningError(f"{folder} has no CA key ({CA_KEY})") from None
    try:
        key = serialization.load_pem_private_key(data, as_bytes(passphrase))
    except (ValueError, TypeError):
        raise WrongPassphrase(f"wrong passphrase for the CA in {folder}") from None
    if not same_public_key(key.public_key(), cert.public_key()):
        raise SigningError(f"{folder}: {CA_KEY} does not belong to {CA_CERT}")
    return cert, key


def _load_index(folder: Path) -> dict:
    try:
        return json.loads((folder / INDEX).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"format": 1, "crl_number": 0, "certificates": []}
    except (ValueError, OSError) as exc:
        raise SigningError(f"{folder / INDEX} is damaged: {exc}") from None


def _save_index(folder: Path, index: dict) -> None:
    atomic_write(folder / INDEX, (json.dumps(index, ensure_ascii=False, indent=2) + "\n")
                 .encode("utf-8"))


def ca_index(folder: str | Path) -> list[dict]:
    """Every certificate the CA issued: serial, subject, validity, revoked_at, reason."""
    ca_certificate(folder)
    return list(_load_index(Path(folder))["certificates"])


def ca_issue(folder: str | Path, csr_pem: str | bytes, passphrase: str | bytes,
             days: int = ISSUE_DAYS) -> str:
    """Issue a signing certificate for a certificate request; return it as PEM."""
    folder = Path(folder)
    raw = csr_pem.encode("ascii", "replace") if isinstance(csr_pem, str) else bytes(csr_pem)
    try:
        csr = (x509.load_pem_x509_csr(raw) if b"-----BEGIN" in raw
               else x509.load_der_x509_csr(raw))
    except ValueError:
        raise SigningError("not a certificate request (CSR)") from None
    if not csr.is_signature_valid:
        raise SigningError("the certificate request's signature is invalid")
    pub = csr.public_key()
    if isinstance(pub, rsa.RSAPublicKey):
        if pub.key_size < 2048:
            raise SigningError("RSA keys shorter than 2048 bits are refused")
    elif not isinstance(pub, ec.EllipticCurvePublicKey):
        raise SigningError("only ECDSA and RSA keys can be certified")
    if not common_name_of(csr.subject):
        raise SigningError("the certificate request has no name (CN)")
    if days < 1:
        raise SigningError("days must be at least 1")
    ca_cert, ca_key = _load_ca(folder, passphrase)
    if same_public_key(pub, ca_cert.public_key()):
        raise SigningError("refusing to certify the CA's own key")
    now = utcnow()
    not_after = min(now + dt.timedelta(days=days), ca_cert.not_valid_after_utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(csr.subject).issuer_name(ca_cert.subject)
        .public_key(pub)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(not_after)
    )
    cert = signing_extensions(builder, pub, issuer_key=ca_key.public_key()) \
        .sign(ca_key, hashes.SHA384())
    index = _load_index(folder)
    index["certificates"].append({
        "serial": serial_hex(cert.serial_number),
        "subject": cert.subject.rfc4514_string(),
        "name": common_name(cert),
        "issued_at": now.isoformat(),
        "not_before": cert.not_valid_before_utc.isoformat(),
        "not_after": cert.not_valid_after_utc.isoformat(),
        "revoked_at": None,
        "reason": None,
    })
    pem = cert_pem(cert)
    atomic_write(folder / ISSUED_DIR / f"{serial_hex(cert.serial_number)}.pem",
                 pem.encode("ascii"))
    _save_index(folder, index)
    return pem


def common_name_of(name: x509.Name) -> str:
    values = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(values[0].value) if values else ""


def parse_serial(folder: str | Path, serial: int | str) -> int:
    """A serial given as an int, or as text: hexadecimal as shown by the CA (``0x``, colons
    and spaces allowed) or decimal. Must be one this CA issued."""
    issued = {int(e["serial"], 16) for e in ca_index(folder)}
    if isinstance(serial, int):
        candidates = [serial]
    else:
        text = serial.strip().replace(":", "").replace(" ", "")
        if text.lower().startswith("0x"):
            text = text[2:]
        candidates = []
        with contextlib.suppress(ValueError):
            candidates.append(int(text, 16))
        if text.isdigit():
            candidates.append(int(text, 10))
    found = [c for c in candidates if c in issued]
    if not found:
        raise SigningError(f"no certificate with serial {serial} was issued by this CA")
    return found[0]


def ca_revoke(folder: str | Path, serial: int | str, passphrase: str | bytes,
              reason: str = "unspecified") -> dict:
    """Mark an issued certificate revoked and rewrite ``crl.pem``; return its index entry."""
    folder = Path(folder)
    key = (reason or "unspecified").strip().lower().replace("-", "_")
    if key not in REASONS:
        raise SigningError(f"unknown reason {reason!r}; one of: {', '.join(REASONS)}")
    number = parse_serial(folder, serial)
    _load_ca(folder, passphrase)  # checks the passphrase before anything changes
    index = _load_index(folder)
    entry = next(e for e in index["certificates"] if int(e["serial"], 16) == number)
    if entry.get("revoked_at"):
        raise SigningError(f"certificate {entry['serial']} was already revoked on "
                           f"{entry['revoked_at']}")
    entry["revoked_at"] = utcnow().isoformat()
    entry["reason"] = key
    _save_index(folder, index)
    ca_crl(folder, passphrase)
    return dict(entry)


def ca_crl(folder: str | Path, passphrase: str | bytes, days: int = CRL_DAYS) -> str:
    """A CRL listing every revoked certificate, signed by the CA (also saved as crl.pem)."""
    folder = Path(folder)
    ca_cert, ca_key = _load_ca(folder, passphrase)
    index = _load_index(folder)
    index["crl_number"] = int(index.get("crl_number", 0)) + 1
    now = utcnow()
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca_cert.subject)
        .last_update(now - dt.timedelta(minutes=1))
        .next_update(now + dt.timedelta(days=days))
        .add_extension(x509.CRLNumber(index["crl_number"]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       critical=False)
    )
    for entry in index["certificates"]:
        if not entry.get("revoked_at"):
            continue
        revoked = (
            x509.RevokedCertificateBuilder()
            .serial_number(int(entry["serial"], 16))
            .revocation_date(dt.datetime.fromisoformat(entry["revoked_at"]))
        )
        reason = REASONS.get(entry.get("reason") or "unspecified", x509.ReasonFlags.unspecified)
        if reason is not x509.ReasonFlags.unspecified:  # RFC 5280: omit rather than unspecified
            revoked = revoked.add_extension(x509.CRLReason(reason), critical=False)
        builder = builder.add_revoked_certificate(revoked.build())
    crl = builder.sign(ca_key, hashes.SHA384())
    pem = crl.public_bytes(serialization.Encoding.PEM).decode("ascii")
    atomic_write(folder / CRL_FILE, pem.encode("ascii"))
    _save_index(folder, index)
    return pem


def load_crls(data: bytes | str) -> list[x509.CertificateRevocationList]:
    """Every CRL in PEM text (one or more blocks) or a single DER CRL."""
    raw = data.encode("ascii", "replace") if isinstance(data, str) else bytes(data)
    try:
        if b"-----BEGIN" not in raw:
            return [x509.load_der_x509_crl(raw)]
        blocks = raw.split(b"-----END X509 CRL-----")
        return [x509.load_pem_x509_crl(b + b"-----END X509 CRL-----\n")
                for b in blocks if b"-----BEGIN X509 CRL-----" in b]
    except ValueError:
        raise SigningError("not a certificate revocation list (CRL)") from None


def crl_is_signed_by(crl: x509.CertificateRevocationList, issuer: x509.Certificate) -> bool:
    if crl.issuer != issuer.subject:
        return False
    try:
        return crl.is_signature_valid(issuer.public_key())
    except (InvalidSignature, TypeError, ValueError):
        return False
