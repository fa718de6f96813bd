"""An inspector's signing identity: one PKCS#12 file in ``data_home()/keys/``.

``init_keys`` makes an ECDSA P-256 key, a self-signed certificate (so that the inspector can
sign before the bureau has enrolled them; such signatures verify as intact but not trusted) and
a certificate request (CSR) for the bureau. ``install_certificate`` swaps the self-signed
certificate for the one the bureau issued (plus its chain). The passphrase is never stored.

Files, next to each other (``inspector.p12`` by default):

- ``inspector.p12``: key + certificate + chain, encrypted with the passphrase;
- ``inspector.cert.pem``: the current certificate, public (``keys show`` needs no passphrase);
- ``inspector.csr.pem``: the request to send to the bureau;
- ``bureau-ca.pem``: the bureau's root certificate, once a certificate issued by it is
  installed with its chain; ``verify`` trusts it by default.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from .. import messages as msg
from .. import paths
from ._util import (
    DOCUMENT_SIGNING,
    as_bytes,
    atomic_write,
    cert_pem,
    common_name,
    fingerprint,
    is_self_signed,
    load_certs,
    name_attr,
    same_public_key,
    serial_hex,
    utcnow,
)
from .errors import SigningError, WrongPassphrase

DEFAULT_ORGANIZATION = "杭州市余杭区教育局督导室"
KEY_FILE = "inspector.p12"
BUREAU_CA_FILE = "bureau-ca.pem"
BUREAU_CRL_FILE = "bureau-crl.pem"  # the bureau's revocation list, as the last sync brought it
SELF_SIGNED_DAYS = 3 * 365

# X.520 serialNumber is a PrintableString: letters, digits, space and '()+,-./:=?
_PRINTABLE = re.compile(r"^[A-Za-z0-9 '()+,\-./:=?]{1,64}$")


def keys_dir() -> Path:
    return paths.data_home() / "keys"


def default_key_path() -> Path:
    return keys_dir() / KEY_FILE


def bureau_ca_path() -> Path:
    """Where the bureau's root certificate is kept once installed (the default trust root)."""
    return keys_dir() / BUREAU_CA_FILE


def bureau_crl_path() -> Path:
    return keys_dir() / BUREAU_CRL_FILE


def installed_crls() -> list[x509.CertificateRevocationList]:
    """The bureau's revocation list as sync (or enrolment) last installed it, to check
    signatures against by default; [] when there is none or it cannot be read (verification
    then says that no revocation list was checked)."""
    from .ca import load_crls
    from .errors import SigningError

    try:
        return load_crls(bureau_crl_path().read_bytes())
    except (OSError, SigningError):
        return []


def csr_path(key_path: str | Path | None = None) -> Path:
    return Path(key_path or default_key_path()).with_suffix(".csr.pem")


def cert_path(key_path: str | Path | None = None) -> Path:
    return Path(key_path or default_key_path()).with_suffix(".cert.pem")


def signing_extensions(builder, public_key, *, issuer_key=None):
    """The extensions a PDF signing certificate needs (pyHanko requires nonRepudiation by
    default; documentSigning is the EKU meant for it, emailProtection is the one older Adobe
    Reader versions accept)."""
    builder = (
        builder.add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=True, content_commitment=True,
                          key_encipherment=False, data_encipherment=False,
                          key_agreement=False, key_cert_sign=False, crl_sign=False,
                          encipher_only=False, decipher_only=False),
            critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([DOCUMENT_SIGNING, ExtendedKeyUsageOID.EMAIL_PROTECTION]),
            critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )
    if issuer_key is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key), critical=False)
    return builder


@dataclass(frozen=True)
class Identity:
    """An opened signing identity: the key, its certificate and the chain above it."""

    path: Path
    certificate: x509.Certificate
    private_key: ec.EllipticCurvePrivateKey = field(repr=False)
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def name(self) -> str:
        return common_name(self.certificate)

    @property
    def inspector_id(self) -> str:
        return name_attr(self.certificate.subject, NameOID.SERIAL_NUMBER)

    @property
    def organization(self) -> str:
        return name_attr(self.certificate.subject, NameOID.ORGANIZATION_NAME)

    @property
    def self_signed(self) -> bool:
        return is_self_signed(self.certificate)

    def describe(self) -> dict:
        return describe_certificate(self.certificate) | {"path": str(self.path),
                                                         "chain": [common_name(c) or
                                                                   c.subject.rfc4514_string()
                                                                   for c in self.chain]}

    def signer(self):
        """A pyHanko signer for this identity (imported lazily: pyHanko is slow to import)."""
        from asn1crypto import keys as asn1_keys
        from asn1crypto import x509 as asn1_x509
        from pyhanko.sign.signers import SimpleSigner
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        der = serialization.Encoding.DER
        key_info = asn1_keys.PrivateKeyInfo.load(self.private_key.private_bytes(
            der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        cert = asn1_x509.Certificate.load(self.certificate.public_bytes(der))
        others = [asn1_x509.Certificate.load(c.public_bytes(der)) for c in self.chain]
        return SimpleSigner(signing_cert=cert, signing_key=key_info,
                            cert_registry=SimpleCertificateStore.from_certs([cert, *others]))


def describe_certificate(cert: x509.Certificate) -> dict:
    return {
        "name": common_name(cert),
        "inspector_id": name_attr(cert.subject, NameOID.SERIAL_NUMBER),
        "organization": name_attr(cert.subject, NameOID.ORGANIZATION_NAME),
        "subject": cert.subject.rfc4514_string(),
        "issuer": cert.issuer.rfc4514_string(),
        "serial": serial_hex(cert.serial_number),
        "not_before": cert.not_valid_before_utc.isoformat(),
        "not_after": cert.not_valid_after_utc.isoformat(),
        "self_signed": is_self_signed(cert),
        "sha256": fingerprint(cert),
    }


def _subject(name: str, inspector_id: str, organization: str) -> x509.Name:
    name = (name or "").strip()
    inspector_id = (inspector_id or "").strip()
    organization = (organization or "").strip()
    if not name or len(name) > 64:
        raise SigningError(msg.KEY_NAME_LENGTH)
    if not _PRINTABLE.match(inspector_id):
        raise SigningError(msg.KEY_ID_FORM)
    if not organization or len(organization) > 64:
        raise SigningError(msg.KEY_ORGANIZATION_LENGTH)
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
        x509.NameAttribute(NameOID.COMMON_NAME, name),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, inspector_id),
    ])


def _write_p12(path: Path, key, cert: x509.Certificate, chain, passphrase: bytes) -> None:
    blob = pkcs12.serialize_key_and_certificates(
        name=common_name(cert).encode("utf-8") or None, key=key, cert=cert,
        cas=list(chain) or None,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase))
    atomic_write(path, blob, private=True)
    atomic_write(cert_path(path), cert_pem(cert).encode("ascii"))


def init_keys(name: str, inspector_id: str, organization: str = DEFAULT_ORGANIZATION,
              passphrase: str | bytes = b"", *, path: str | Path | None = None,
              overwrite: bool = False) -> Identity:
    """Create the key, a self-signed certificate and a CSR; return the new identity."""
    secret = as_bytes(passphrase)
    subject = _subject(name, inspector_id, organization)
    path = Path(path or default_key_path())
    if path.exists() and not overwrite:
        raise SigningError(msg.KEY_EXISTS, path=str(path))
    key = ec.generate_private_key(ec.SECP256R1())
    now = utcnow()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=SELF_SIGNED_DAYS))
    )
    builder = signing_extensions(builder, key.public_key(), issuer_key=key.public_key())
    cert = builder.sign(key, hashes.SHA256())
    csr = signing_extensions(
        x509.CertificateSigningRequestBuilder().subject_name(subject), key.public_key(),
    ).sign(key, hashes.SHA256())
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_p12(path, key, cert, (), secret)
    atomic_write(csr_path(path), csr.public_bytes(serialization.Encoding.PEM))
    return Identity(path=path, certificate=cert, private_key=key)


def load_identity(path: str | Path | None = None,
                  passphrase: str | bytes = b"") -> Identity:
    """Open a PKCS#12 identity. A wrong passphrase raises :class:`WrongPassphrase`."""
    path = Path(path or default_key_path())
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        raise SigningError(msg.NO_SIGNING_KEY, path=str(path)) from None
    except OSError as exc:
        raise SigningError(msg.FILE_UNREADABLE, path=str(path), reason=exc.strerror) from None
    secret = as_bytes(passphrase)
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(blob, secret)
    except ValueError:
        if not _looks_like_pkcs12(blob):
            raise SigningError(msg.NOT_A_KEY_FILE, path=str(path)) from None
        raise WrongPassphrase(msg.WRONG_PASSPHRASE, path=str(path)) from None
    if key is None or cert is None:
        raise SigningError(msg.KEY_FILE_INCOMPLETE, path=str(path))
    if not same_public_key(key.public_key(), cert.public_key()):
        raise SigningError(msg.KEY_CERTIFICATE_MISMATCH, path=str(path))
    return Identity(path=path, certificate=cert, private_key=key, chain=tuple(extra or ()))


def _looks_like_pkcs12(blob: bytes) -> bool:
    try:
        from asn1crypto import pkcs12 as asn1_pkcs12

        pfx = asn1_pkcs12.Pfx.load(blob)
        pfx["auth_safe"]["content_type"].native  # noqa: B018 - forces parsing
        return True
    except Exception:  # noqa: BLE001 - anything unparsable is "not PKCS#12"
        return False


def read_certificate(path: str | Path | None = None) -> x509.Certificate:
    """The identity's current certificate, without the passphrase."""
    p = cert_path(path)
    try:
        return load_certs(p.read_bytes())[0]
    except FileNotFoundError:
        raise SigningError(msg.NO_SIGNING_KEY, path=str(Path(path or default_key_path()))) \
            from None


def read_csr(path: str | Path | None = None) -> str:
    p = csr_path(path)
    try:
        return p.read_text(encoding="ascii")
    except FileNotFoundError:
        raise SigningError(msg.NO_CERTIFICATE_REQUEST, path=str(p)) from None


def install_certificate(cert_pem_text: str | bytes, passphrase: str | bytes, *,
                        path: str | Path | None = None,
                        ca_path: str | Path | None = None) -> Identity:
    """Replace the identity's certificate with the one the bureau issued.

    ``cert_pem_text`` holds the certificate and, optionally, the chain above it (the bureau's
    root CA). The certificate must be for this identity's key. A self-signed CA in the chain
    is also saved as ``ca_path`` (default: ``data_home()/keys/bureau-ca.pem``, the default
    trust root of ``verify``).
    """
    ident = load_identity(path, passphrase)
    certs = load_certs(cert_pem_text)
    if not certs:
        raise SigningError(msg.NO_CERTIFICATE_FOUND)
    own_key = ident.private_key.public_key()
    leaves = [c for c in certs if same_public_key(c.public_key(), own_key)]
    if not leaves:
        raise SigningError(msg.CERTIFICATE_NOT_FOR_KEY)
    leaf = leaves[0]
    chain = [c for c in certs if not same_public_key(c.public_key(), own_key)]
    _check_signing_cert(leaf)
    if chain and not any(_issued_by(leaf, c) for c in chain):
        raise SigningError(msg.CERTIFICATE_NOT_FROM_CHAIN)
    if not chain and is_self_signed(leaf):
        raise SigningError(msg.CERTIFICATE_SELF_SIGNED)
    secret = as_bytes(passphrase)
    _write_p12(ident.path, ident.private_key, leaf, chain, secret)
    roots = [c for c in chain if is_self_signed(c)]
    if roots:
        atomic_write(Path(ca_path or bureau_ca_path()), cert_pem(roots[0]).encode("ascii"))
    return Identity(path=ident.path, certificate=leaf, private_key=ident.private_key,
                    chain=tuple(chain))


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
        return True
    except Exception:  # noqa: BLE001 - any failure: not its issuer
        return False


def _check_signing_cert(cert: x509.Certificate) -> None:
    now = utcnow()
    if cert.not_valid_after_utc < now:
        raise SigningError(msg.CERTIFICATE_EXPIRED, date=f"{cert.not_valid_after_utc:%Y-%m-%d}")
    try:
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (ku.digital_signature and ku.content_commitment):
        raise SigningError(msg.CERTIFICATE_NOT_FOR_SIGNING)
