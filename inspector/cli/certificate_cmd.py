"""``certificate | certificate-key init | verify-certificate``.

    inspector certificate-key init ca/key.pem             # development: a new key pair
    inspector certificate EVAL 证书.pdf --key ca/key.pem    # issue (or print again) a certificate
    inspector verify-certificate photo.jpg --public-key ca/key.pub.pem [--json]

The private key's passphrase comes from ``INSPECTOR_CA_PASSPHRASE`` or is asked for on the
terminal — never from the command line, where it would end up in the shell history.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from .common import CommandError, open_store, print_json

PASSPHRASE_ENV = "INSPECTOR_CA_PASSPHRASE"
KEY_ENV = "INSPECTOR_CA_KEY"


def register(sub) -> None:
    cert = sub.add_parser(
        "certificate", help="issue the certificate (证书) of a passed evaluation as a PDF",
        description="Issue, sign and record the certificate of a finalized evaluation that "
                    "passed, and write it as a PDF. An evaluation that already has one gets "
                    f"the same certificate printed again (no key needed). The key's "
                    f"passphrase comes from {PASSPHRASE_ENV} or is asked for.")
    cert.add_argument("evaluation", metavar="EVAL", help="evaluation id (or a unique prefix)")
    cert.add_argument("out", metavar="OUT.pdf", type=Path)
    cert.add_argument("--key", metavar="KEY.pem", type=Path,
                      help=f"the issuer's private signing key (default: ${KEY_ENV})")
    cert.add_argument("--issuer", metavar="NAME",
                      help="the body that grants the grade (default: from the rubric and grade)")
    cert.add_argument("--date", metavar="YYYY-MM-DD", help="issue date (default: today)")
    cert.add_argument("--json", action="store_true", help="print the certificate record")
    cert.set_defaults(handler=cmd_certificate)

    key = sub.add_parser("certificate-key", help="the key pair that signs certificates")
    ksub = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    init = ksub.add_parser(
        "init", help="make a new key pair (for development and testing)",
        description="Write a new Ed25519 private key (encrypted with a passphrase from "
                    f"{PASSPHRASE_ENV} or asked for) and its public key next to it.")
    init.add_argument("key", metavar="KEY.pem", type=Path)
    init.add_argument("--public", metavar="PUBLIC.pem", type=Path,
                      help="where to write the public key (default: KEY.pub.pem)")
    init.set_defaults(handler=cmd_key_init)

    ver = sub.add_parser(
        "verify-certificate", help="check a certificate from a photo, a PDF or its QR text",
        description="Read the certificate's QR code from a photo (PNG, JPEG…), the PDF, or "
                    "the code's text, and check its signature. Exit status 0 only when it "
                    "is valid.")
    ver.add_argument("source", metavar="IMAGE_OR_PDF_OR_PAYLOAD")
    ver.add_argument("--public-key", metavar="PUB.pem", type=Path, required=True)
    ver.add_argument("--check-store", action="store_true",
                     help="also require the certificate to be recorded, unchanged, in this "
                          "laptop's database")
    ver.add_argument("--bureau", metavar="URL", default=None,
                     help="also ask the bureau's register whether the certificate was revoked "
                          "(e.g. https://duban.example.gov.cn)")
    ver.add_argument("--json", action="store_true")
    ver.set_defaults(handler=cmd_verify)


# --- passphrases ---------------------------------------------------------------------------

def _passphrase(prompt: str, *, confirm: bool = False) -> bytes:
    value = os.environ.get(PASSPHRASE_ENV)
    if value is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise CommandError(f"the key's passphrase is needed: set {PASSPHRASE_ENV} (it is "
                               f"never given on the command line)")
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat the passphrase: ") != value:
            raise CommandError("the passphrases differ")
    if not value:
        raise CommandError("the passphrase must not be empty")
    return value.encode("utf-8")


def _load_key(path: Path):
    from ..exports.qr_payload import CertificateKeyError, load_private_key, pem_is_encrypted

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read the key {path}: {exc.strerror}") from None
    passphrase = _passphrase(f"Passphrase for {path}: ") if pem_is_encrypted(data) else None
    try:
        return load_private_key(data, passphrase)
    except CertificateKeyError as exc:
        raise CommandError(f"{path}: {exc}") from None


# --- commands ------------------------------------------------------------------------------

def cmd_certificate(args) -> int:
    from ..exports.certificate import (
        CertificateError,
        certificate_pdf,
        certificates_for,
        issue_certificate,
    )
    from ..store import StoreError

    if args.out.suffix.lower() != ".pdf":
        raise CommandError("OUT.pdf must be a .pdf file")
    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        existing = certificates_for(store, eid)
        if existing:
            record = existing[0]
            if args.issuer and " ".join(args.issuer.split()) != record.issuer:
                raise CommandError(f"evaluation {eid} already has certificate {record.number} "
                                   f"issued by {record.issuer}")
            print(f"certificate {record.number} was issued on {record.issued_on}; printing it "
                  f"again", file=sys.stderr)
        else:
            key_path = args.key or (Path(os.environ[KEY_ENV]) if os.environ.get(KEY_ENV)
                                    else None)
            if key_path is None:
                raise CommandError(f"issuing a certificate needs the signing key: --key "
                                   f"KEY.pem (or set {KEY_ENV})")
            key = _load_key(key_path)
            try:
                record = issue_certificate(store, eid, key, issuer=args.issuer,
                                           issued_on=args.date)
            except (CertificateError, StoreError) as exc:
                raise CommandError(str(exc)) from None
        try:
            certificate_pdf(record, args.out)
        except CertificateError as exc:
            raise CommandError(str(exc)) from None
        except OSError as exc:
            raise CommandError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    if args.json:
        print_json({**record.to_json(), "pdf": str(args.out)})
    else:
        print(f"{record.number}\t{record.school}\t{record.title}\t{args.out}")
    return 0


def cmd_key_init(args) -> int:
    from ..exports import qr_payload

    key_path: Path = args.key
    public_path: Path = args.public or key_path.with_name(
        (key_path.stem if key_path.suffix.lower() == ".pem" else key_path.name) + ".pub.pem")
    for path in (key_path, public_path):
        if path.exists():
            raise CommandError(f"{path} already exists; a key is never overwritten")
    if key_path.resolve() == public_path.resolve():
        raise CommandError("the public key needs another file name than the private key")
    passphrase = _passphrase(f"New passphrase for {key_path}: ", confirm=True)
    key = qr_payload.generate_private_key()
    try:
        key_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(qr_payload.private_pem(key, passphrase))
        public_path.parent.mkdir(parents=True, exist_ok=True)
        public_path.write_bytes(qr_payload.public_pem(key))
    except OSError as exc:
        raise CommandError(f"cannot write the key: {exc.strerror or exc}") from None
    print(f"private key {key_path}\npublic key {public_path}")
    return 0


def _ask_register(url: str, number: str) -> dict:
    """The bureau's public register entry of a certificate number."""
    import httpx

    try:
        response = httpx.get(f"{url.rstrip('/')}/v1/certificates/{number}", timeout=20)
    except httpx.HTTPError as exc:
        raise CommandError(f"the bureau cannot be reached: {exc}") from None
    if response.status_code != 200:
        raise CommandError(f"the bureau answered HTTP {response.status_code}")
    return response.json()


def cmd_verify(args) -> int:
    from ..exports.certificate import verify_certificate
    from ..exports.qr_payload import CertificateKeyError, load_public_key

    try:
        public_key = load_public_key(args.public_key)
    except CertificateKeyError as exc:
        raise CommandError(str(exc)) from None
    if args.check_store:
        with open_store() as store:
            check = verify_certificate(args.source, public_key, store=store)
    else:
        check = verify_certificate(args.source, public_key)
    register = None
    if args.bureau and check.valid:
        register = _ask_register(args.bureau, str(check.fields.get("number", "")))
        if register.get("status") == "revoked":
            check.valid = False
            check.reason = (f"revoked by the bureau on {str(register.get('revoked_at'))[:10]}: "
                            f"{register.get('revoke_reason') or ''}")
        elif register.get("status") != "valid":
            check.warnings.append(f"the bureau's register: {register.get('status')}")
    if args.json:
        print_json(check.to_json() | ({"register": register} if register is not None else {}))
    elif check.valid:
        print("valid")
        labels = (("number", "证书编号"), ("school", "学校"), ("school_code", "学校代码"),
                  ("title", "认定"), ("grade", "等级"), ("issuer", "发证机关"),
                  ("issued_on", "发证日期"), ("recheck_on", "复核日期"),
                  ("evaluation_id", "评估记录"))
        for name, label in labels:
            if check.fields.get(name):
                print(f"{label}\t{check.fields[name]}")
        for warning in check.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    if not check.valid:
        print(f"invalid: {check.reason}", file=sys.stderr)
        return 1
    return 0
