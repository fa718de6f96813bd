"""The signed content of a certificate's QR code, and the keys that sign it.

The QR code holds one line of text::

    YHCERT1.{"c":"3301100401","d":"…","e":"…","g":"一级","i":"浙江省教育厅",…}.<signature>

* ``YHCERT1.`` names the format (version 1);
* then the *payload*: canonical JSON — keys sorted, no spaces, UTF-8 characters as they are,
  absent (``None``) fields left out — of the certificate's fields, each under a one-letter
  key (:data:`KEYS`: n number, c school_code, s school, g grade, t title, o issued_on,
  r recheck_on, i issuer, e evaluation_id, d digest);
* then ``.`` and the signature of the payload's UTF-8 bytes, base64url without padding:
  Ed25519 (the default key type), or ECDSA P-256 with SHA-256 as the 64-byte r‖s.

Everything is chosen to keep the code small enough to scan from a photo of the wall: the
payload is readable UTF-8, not base64 (a third shorter, and any phone's scanner shows what it
certifies); one-letter keys; ``digest`` (SHA-256 of the evaluation's frozen result JSON, as
stored) in base64url. A certificate then fits in QR version 15 at error correction M (version
16 for the long joint issuer of 现代化学校); with full key names and base64 it took 19–20.

No Qt, no store: pure functions, used by :mod:`inspector.exports.certificate` and the command
line.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
from pathlib import Path
from typing import Any

PREFIX = "YHCERT1."
FIELDS = ("number", "school_code", "school", "grade", "title", "issued_on", "recheck_on",
          "issuer", "evaluation_id", "digest")
KEYS = {"number": "n", "school_code": "c", "school": "s", "grade": "g", "title": "t",
        "issued_on": "o", "recheck_on": "r", "issuer": "i", "evaluation_id": "e", "digest": "d"}
NAMES = {short: name for name, short in KEYS.items()}
REQUIRED = tuple(f for f in FIELDS if f != "recheck_on")
ERROR_CORRECTION = "m"


class PayloadError(ValueError):
    """A QR text that is not a well-formed certificate code."""


class CertificateKeyError(ValueError):
    """A key file that cannot be read, or a key of an unsupported type."""


# --- the payload ---------------------------------------------------------------------------

def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    if not text or any(c not in _B64URL for c in text):
        raise PayloadError("the signature is not base64url text")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise PayloadError("the signature is not base64url text") from None


_B64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def digest_of(result_json: str) -> str:
    """The ``digest`` field: SHA-256 of an evaluation's frozen result JSON, base64url."""
    return b64url(hashlib.sha256(result_json.encode("utf-8")).digest())


def canonical(fields: dict[str, Any]) -> str:
    """The payload text for ``fields``: sorted keys, compact, UTF-8 characters kept, and
    ``None`` values left out."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown certificate field(s): {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise ValueError(f"certificate field {name} must be text, not {value!r}")
    present = {KEYS[k]: v for k, v in fields.items() if v is not None}
    return json.dumps(present, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def qr_text(payload: str, signature: str) -> str:
    return f"{PREFIX}{payload}.{signature}"


def split(text: str) -> tuple[str, str, dict[str, Any]]:
    """(payload, signature, fields) of a QR text; :class:`PayloadError` when malformed."""
    text = text.strip()
    if not text.startswith(PREFIX):
        shown = text if len(text) <= 40 else text[:40] + "…"
        raise PayloadError(f"not a certificate code (it reads '{shown}')")
    body = text[len(PREFIX):]
    payload, dot, signature = body.rpartition(".")
    if not dot or not payload:
        raise PayloadError("the certificate code has no signature")
    unb64url(signature)  # well-formed, or PayloadError
    try:
        wire = json.loads(payload)
    except json.JSONDecodeError:
        raise PayloadError("the certificate code's content is not readable JSON") from None
    if not isinstance(wire, dict):
        raise PayloadError("the certificate code's content is not a set of fields")
    extra = sorted(set(wire) - set(NAMES))
    if extra:
        raise PayloadError(f"the certificate code has unknown fields: {', '.join(extra)}")
    fields = {NAMES[k]: v for k, v in wire.items()}
    missing = [f for f in REQUIRED if not isinstance(fields.get(f), str) or not fields[f]]
    if missing or not isinstance(fields.get("recheck_on", ""), str):
        raise PayloadError(f"the certificate code lacks {', '.join(missing) or 'recheck_on'}")
    fields.setdefault("recheck_on", None)
    if canonical(fields) != payload:
        raise PayloadError("the certificate code's content is not in canonical form")
    return payload, signature, fields


# --- keys and signatures -------------------------------------------------------------------

def generate_private_key():
    """A new Ed25519 signing key."""
    from cryptography.hazmat.primitives.asymmetric import ed25519

    return ed25519.Ed25519PrivateKey.generate()


def _check_type(key, *, private: bool):
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519

    kinds = ((ed25519.Ed25519PrivateKey, ec.EllipticCurvePrivateKey) if private
             else (ed25519.Ed25519PublicKey, ec.EllipticCurvePublicKey))
    if not isinstance(key, kinds) or (
            isinstance(key, kinds[1]) and not isinstance(key.curve, ec.SECP256R1)):
        what = "private" if private else "public"
        raise CertificateKeyError(f"a certificate {what} key must be Ed25519 or ECDSA P-256, "
                        f"not {type(key).__name__}")
    return key


def sign(payload: str, private_key) -> str:
    """The base64url signature of ``payload``."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, utils

    _check_type(private_key, private=True)
    data = payload.encode("utf-8")
    if isinstance(private_key, ec.EllipticCurvePrivateKey):
        r, s = utils.decode_dss_signature(private_key.sign(data, ec.ECDSA(hashes.SHA256())))
        return b64url(r.to_bytes(32, "big") + s.to_bytes(32, "big"))
    return b64url(private_key.sign(data))


def signature_ok(payload: str, signature: str, public_key) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, utils

    _check_type(public_key, private=False)
    raw = unb64url(signature)
    data = payload.encode("utf-8")
    try:
        if isinstance(public_key, ec.EllipticCurvePublicKey):
            if len(raw) != 64:
                return False
            der = utils.encode_dss_signature(int.from_bytes(raw[:32], "big"),
                                             int.from_bytes(raw[32:], "big"))
            public_key.verify(der, data, ec.ECDSA(hashes.SHA256()))
        else:
            public_key.verify(raw, data)
    except InvalidSignature:
        return False
    return True


def private_pem(private_key, passphrase: bytes | None) -> bytes:
    from cryptography.hazmat.primitives import serialization

    encryption = (serialization.BestAvailableEncryption(passphrase) if passphrase
                  else serialization.NoEncryption())
    return private_key.private_bytes(serialization.Encoding.PEM,
                                     serialization.PrivateFormat.PKCS8, encryption)


def public_pem(key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    public = key.public_key() if hasattr(key, "public_key") else key
    return public.public_bytes(serialization.Encoding.PEM,
                               serialization.PublicFormat.SubjectPublicKeyInfo)


def pem_is_encrypted(data: bytes) -> bool:
    return b"ENCRYPTED" in data.split(b"\n", 1)[0] or b"Proc-Type: 4,ENCRYPTED" in data


def load_private_key(source: Path | bytes, passphrase: bytes | None = None):
    """A signing key from a PEM file (or its bytes); :class:`CertificateKeyError` says why
    not."""
    from cryptography.hazmat.primitives import serialization

    data = _read(source, "private key")
    try:
        key = serialization.load_pem_private_key(
            data, password=passphrase if pem_is_encrypted(data) else None)
    except TypeError:
        raise CertificateKeyError("the private key is protected by a passphrase; set "
                        "INSPECTOR_CA_PASSPHRASE or enter it when asked") from None
    except ValueError as exc:
        if pem_is_encrypted(data):
            raise CertificateKeyError("the passphrase does not open the private key") from None
        raise CertificateKeyError(f"not a PEM private key ({exc})") from None
    return _check_type(key, private=True)


def load_public_key(source):
    """A verification key: a key object, a private key (its public half), PEM bytes or a
    PEM file path."""
    from cryptography.hazmat.primitives import serialization

    if hasattr(source, "verify") or hasattr(source, "public_key"):
        key = source.public_key() if hasattr(source, "sign") else source
        return _check_type(key, private=False)
    data = _read(source, "public key")
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError:
        raise CertificateKeyError("not a PEM public key (give the PUBLIC key file, not the private "
                        "key)") from None
    return _check_type(key, private=False)


def _read(source: Path | str | bytes, what: str) -> bytes:
    if isinstance(source, bytes):
        return source
    path = Path(source)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CertificateKeyError(f"{what} file {path} does not exist") from None
    except OSError as exc:
        raise CertificateKeyError(f"cannot read {what} file {path}: {exc.strerror}") from None


# --- the QR code itself --------------------------------------------------------------------

def make_qr(text: str):
    """The segno QR code for a certificate text (error correction M, UTF-8 with ECI)."""
    import segno

    return segno.make(text, error=ERROR_CORRECTION, boost_error=False, micro=False,
                      eci=not text.isascii(), encoding="utf-8")


def qr_png(text: str, *, scale: int = 8, border: int = 4) -> tuple[bytes, int]:
    """(PNG bytes, QR version) of the code, black on white, ``scale`` pixels a module."""
    qr = make_qr(text)
    out = io.BytesIO()
    qr.save(out, kind="png", scale=scale, border=border, dark="black", light="white")
    return out.getvalue(), qr.version


def read_codes(image) -> list[str]:
    """The texts of the QR codes found in a PIL image. Tries the image as it is, then a few
    clean-ups that help with phone photos (grey, contrast, larger, sharper)."""
    import zxingcpp
    from PIL import Image, ImageFilter, ImageOps

    def attempt(img) -> list[str]:
        found = []
        for barcode in zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode,
                                              try_rotate=True, try_downscale=True):
            data = bytes(barcode.bytes)
            try:
                found.append(data.decode("utf-8"))
            except UnicodeDecodeError:
                found.append(barcode.text)
        return found

    image = image.convert("RGB") if image.mode not in ("L", "RGB") else image
    grey = ImageOps.grayscale(image) if image.mode != "L" else image
    tries = [lambda: image, lambda: ImageOps.autocontrast(grey, cutoff=1),
             lambda: ImageOps.autocontrast(grey, cutoff=1).resize(
                 (grey.width * 2, grey.height * 2), Image.Resampling.LANCZOS),
             lambda: ImageOps.autocontrast(grey, cutoff=1).filter(
                 ImageFilter.UnsharpMask(radius=2, percent=200, threshold=2))]
    for make in tries:
        found = attempt(make())
        if found:
            return found
    return []
