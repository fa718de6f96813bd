"""``keys …``, ``ca …``, ``sign-fields``, ``sign`` and ``verify``: PDF signatures.

Passphrases never appear on the command line: they come from ``--passphrase-file FILE``, else
the environment (``INSPECTOR_PASSPHRASE`` for an inspector's key, ``INSPECTOR_CA_PASSPHRASE``
for the bureau CA), else a prompt when a terminal is attached.
"""

from __future__ import annotations

import functools
import getpass
import os
import sys
from pathlib import Path

from .common import CommandError, print_json

KEY_ENV = "INSPECTOR_PASSPHRASE"
CA_ENV = "INSPECTOR_CA_PASSPHRASE"


def register(sub) -> None:
    # ---- keys
    keys = _add(sub, "keys", "your signing key and certificate")
    ksub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)

    init = _add(ksub, "init", "create your signing key, a self-signed certificate "
                                        "and a certificate request for the bureau")
    init.add_argument("--name", required=True, help="your name as it appears on signatures")
    init.add_argument("--id", required=True, dest="inspector_id", help="your inspector id")
    init.add_argument("--org", default=None, help="organization (default: 杭州市余杭区教育局督导室)")
    init.add_argument("--force", action="store_true", help="replace an existing key")
    _key_option(init)
    _passphrase_option(init)
    init.set_defaults(handler=cmd_keys_init)

    csr = _add(ksub, "csr", "print the certificate request to send to the bureau")
    _key_option(csr)
    csr.set_defaults(handler=cmd_keys_csr)

    inst = _add(ksub, "install", "install the certificate the bureau issued")
    inst.add_argument("cert", metavar="CERT.pem")
    _key_option(inst)
    _passphrase_option(inst)
    inst.set_defaults(handler=cmd_keys_install)

    show = _add(ksub, "show", "show your certificate")
    show.add_argument("--json", action="store_true")
    _key_option(show)
    show.set_defaults(handler=cmd_keys_show)

    # ---- ca
    ca = _add(sub, "ca", "the bureau's certificate authority")
    csub = ca.add_subparsers(dest="ca_command", metavar="ACTION", required=True)

    cinit = _add(csub, "init", "create the bureau's root CA in FOLDER")
    cinit.add_argument("folder", metavar="FOLDER")
    cinit.add_argument("--name", required=True, help="the CA's name (CN)")
    cinit.add_argument("--org", default=None)
    _passphrase_option(cinit)
    cinit.set_defaults(handler=cmd_ca_init)

    issue = _add(csub, "issue", "issue a certificate for a request (CSR)")
    issue.add_argument("folder", metavar="FOLDER")
    issue.add_argument("request", metavar="REQUEST.csr")
    issue.add_argument("--out", metavar="CERT.pem",
                       help="write the certificate and the CA certificate here "
                            "(default: standard output)")
    issue.add_argument("--days", type=int, default=None, help="validity (default 3 years)")
    _passphrase_option(issue)
    issue.set_defaults(handler=cmd_ca_issue)

    revoke = _add(csub, "revoke", "revoke an issued certificate")
    revoke.add_argument("folder", metavar="FOLDER")
    revoke.add_argument("serial", metavar="SERIAL", help="as shown by `ca list` (hex)")
    revoke.add_argument("--reason", default="unspecified",
                        help="unspecified, key_compromise, affiliation_changed, superseded, "
                             "cessation_of_operation, …")
    _passphrase_option(revoke)
    revoke.set_defaults(handler=cmd_ca_revoke)

    crl = _add(csub, "crl", "write the certificate revocation list")
    crl.add_argument("folder", metavar="FOLDER")
    crl.add_argument("--out", metavar="CRL.pem", help="default: standard output")
    crl.add_argument("--days", type=int, default=None, help="valid for (default 30 days)")
    _passphrase_option(crl)
    crl.set_defaults(handler=cmd_ca_crl)

    lst = _add(csub, "list", "every certificate the CA issued")
    lst.add_argument("folder", metavar="FOLDER")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_ca_list)

    # ---- PDFs
    fields = _add(sub, "sign-fields", "list a PDF's signature fields, or add some")
    fields.add_argument("pdf", metavar="PDF")
    fields.add_argument("--add", action="append", default=[], metavar="NAME@PAGE:X1,Y1,X2,Y2",
                        help="add an empty signature field (page from 1, box in points)")
    fields.add_argument("--out", metavar="OUT.pdf", help="default: update PDF in place")
    fields.set_defaults(handler=cmd_sign_fields)

    sign = _add(sub, "sign", "sign a PDF report (PAdES, visible stamp)")
    sign.add_argument("pdf", metavar="PDF")
    sign.add_argument("p12", metavar="P12", help="your key file (keys show prints its path)")
    sign.add_argument("--out", metavar="OUT.pdf",
                      help="default: append the signature to PDF in place")
    sign.add_argument("--role", default="", help="shown on the stamp, e.g. 督导组长")
    sign.add_argument("--field", default=None, help="default: the first empty signature field")
    sign.add_argument("--image", metavar="SIGNATURE.png", default=None,
                      help="handwritten signature shown behind the stamp text")
    sign.add_argument("--certify", action="store_true",
                      help="first signature only: lock the report except for further "
                           "signatures")
    sign.add_argument("--reason", default=None)
    sign.add_argument("--location", default=None)
    _passphrase_option(sign)
    sign.set_defaults(handler=cmd_sign)

    verify = _add(sub, "verify", "check every signature of a PDF report "
                                           "(exit 0 only when all are valid and trusted)")
    verify.add_argument("pdf", metavar="FILE.pdf")
    verify.add_argument("--json", action="store_true")
    verify.add_argument("--ca", action="append", default=[], metavar="CA.pem",
                        help="trusted root (default: the bureau CA installed with your "
                             "certificate)")
    verify.add_argument("--crl", action="append", default=[], metavar="CRL.pem",
                        help="revocation list (default: the bureau's, as the last sync "
                             "installed it)")
    verify.set_defaults(handler=cmd_verify)


def _add(sub, name: str, help: str):
    # allow_abbrev=False: otherwise argparse would take "--passphrase SECRET" as an
    # abbreviation of --passphrase-file and treat the secret as a file name.
    return sub.add_parser(name, help=help, allow_abbrev=False)


def _key_option(parser) -> None:
    parser.add_argument("--key", metavar="P12", default=None,
                        help="key file (default: inspector.p12 in your data folder)")


def _passphrase_option(parser) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE", default=None,
                        help="read the passphrase from the first line of FILE")


def _signing_errors(func):
    """SigningError (and unreadable files) → a one-line CommandError."""

    @functools.wraps(func)
    def wrapper(args):
        from ..signing import SigningError

        try:
            return func(args)
        except SigningError as exc:
            raise CommandError(str(exc)) from None
    return wrapper


def passphrase(args, env: str, what: str, *, confirm: bool = False) -> str:
    """From --passphrase-file, else the environment variable ``env``, else a prompt."""
    if getattr(args, "passphrase_file", None):
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot read {args.passphrase_file}: {exc.strerror}") from None
        value = text.splitlines()[0] if text.splitlines() else ""
    elif os.environ.get(env):
        value = os.environ[env]
    elif _interactive():
        value = getpass.getpass(f"{what}: ")
        if confirm and getpass.getpass(f"{what} (again): ") != value:
            raise CommandError("the passphrases do not match")
    else:
        raise CommandError(f"no passphrase for the {what}: set {env}, use --passphrase-file, "
                           "or run in a terminal")
    if not value:
        raise CommandError("the passphrase must not be empty")
    return value


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, OSError, ValueError):
        return False


def _read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror}") from None


def _write_text(path: str, text: str) -> None:
    try:
        Path(path).write_text(text, encoding="ascii")
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror}") from None


# ---------------------------------------------------------------- keys


@_signing_errors
def cmd_keys_init(args) -> int:
    from ..signing import keys

    path = Path(args.key) if args.key else keys.default_key_path()
    if path.exists() and not args.force:
        raise CommandError(f"a signing key already exists at {path} (--force replaces it, "
                           "and makes its certificate useless)")
    secret = passphrase(args, KEY_ENV, "passphrase for the new key", confirm=True)
    ident = keys.init_keys(args.name, args.inspector_id,
                           args.org or keys.DEFAULT_ORGANIZATION, secret,
                           path=path, overwrite=args.force)
    print(f"key:         {ident.path}")
    print(f"certificate: {keys.cert_path(ident.path)} (self-signed until the bureau issues one)")
    print(f"request:     {keys.csr_path(ident.path)} (send it to the bureau: `keys csr`)")
    return 0


@_signing_errors
def cmd_keys_csr(args) -> int:
    from ..signing import keys

    sys.stdout.write(keys.read_csr(args.key))
    return 0


@_signing_errors
def cmd_keys_install(args) -> int:
    from ..signing import keys

    data = _read_bytes(args.cert)
    secret = passphrase(args, KEY_ENV, "passphrase of your key")
    ident = keys.install_certificate(data, secret, path=args.key)
    info = ident.describe()
    print(f"installed: {info['name']} serial {info['serial']}, issued by {info['issuer']}, "
          f"valid until {info['not_after'][:10]}")
    if any(c.subject == c.issuer for c in ident.chain):
        print(f"bureau CA: {keys.bureau_ca_path()} (trusted by `verify`)")
    return 0


@_signing_errors
def cmd_keys_show(args) -> int:
    from ..signing import keys

    cert = keys.read_certificate(args.key)
    info = keys.describe_certificate(cert) | {
        "path": str(Path(args.key) if args.key else keys.default_key_path()),
        "bureau_ca": str(keys.bureau_ca_path()) if keys.bureau_ca_path().exists() else None,
    }
    if args.json:
        print_json(info)
        return 0
    status = "self-signed (not yet enrolled: send `keys csr` to the bureau)" \
        if info["self_signed"] else f"issued by {info['issuer']}"
    print(f"name:         {info['name']}")
    print(f"inspector id: {info['inspector_id']}")
    print(f"organization: {info['organization']}")
    print(f"certificate:  {status}")
    print(f"serial:       {info['serial']}")
    print(f"valid:        {info['not_before'][:10]} – {info['not_after'][:10]}")
    print(f"sha256:       {info['sha256']}")
    print(f"key file:     {info['path']}")
    if info["bureau_ca"]:
        print(f"bureau CA:    {info['bureau_ca']}")
    return 0


# ---------------------------------------------------------------- ca


@_signing_errors
def cmd_ca_init(args) -> int:
    from ..signing import ca, keys

    folder = Path(args.folder)
    if (folder / ca.CA_KEY).exists():
        raise CommandError(f"{folder} already holds a CA")
    secret = passphrase(args, CA_ENV, "passphrase for the new CA", confirm=True)
    cert = ca.ca_init(folder, args.name, secret,
                      organization=args.org or keys.DEFAULT_ORGANIZATION)
    from ..signing._util import fingerprint

    print(f"CA certificate: {folder / ca.CA_CERT}")
    print(f"sha256:         {fingerprint(cert)}")
    return 0


@_signing_errors
def cmd_ca_issue(args) -> int:
    from ..signing import ca
    from ..signing._util import cert_pem, common_name, load_certs, serial_hex

    request = _read_bytes(args.request)
    ca.ca_certificate(args.folder)  # a clear error before asking for the passphrase
    secret = passphrase(args, CA_ENV, "CA passphrase")
    kwargs = {"days": args.days} if args.days else {}
    pem = ca.ca_issue(args.folder, request, secret, **kwargs)
    chain = pem + cert_pem(ca.ca_certificate(args.folder))
    cert = load_certs(pem)[0]
    if args.out:
        _write_text(args.out, chain)
    else:
        sys.stdout.write(chain)
    print(f"issued {common_name(cert)}: serial {serial_hex(cert.serial_number)}, valid until "
          f"{cert.not_valid_after_utc:%Y-%m-%d}" + (f" → {args.out}" if args.out else ""),
          file=sys.stderr)
    return 0


@_signing_errors
def cmd_ca_revoke(args) -> int:
    from ..signing import ca

    ca.parse_serial(args.folder, args.serial)  # a clear error before asking
    secret = passphrase(args, CA_ENV, "CA passphrase")
    entry = ca.ca_revoke(args.folder, args.serial, secret, reason=args.reason)
    print(f"revoked {entry['serial']} ({entry['name']}), reason {entry['reason']}; "
          f"new CRL: {Path(args.folder) / ca.CRL_FILE}")
    return 0


@_signing_errors
def cmd_ca_crl(args) -> int:
    from ..signing import ca

    ca.ca_certificate(args.folder)
    secret = passphrase(args, CA_ENV, "CA passphrase")
    kwargs = {"days": args.days} if args.days else {}
    pem = ca.ca_crl(args.folder, secret, **kwargs)
    if args.out:
        _write_text(args.out, pem)
        print(f"CRL written to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(pem)
    return 0


@_signing_errors
def cmd_ca_list(args) -> int:
    from ..signing import ca

    entries = ca.ca_index(args.folder)
    if args.json:
        print_json(entries)
        return 0
    for e in entries:
        state = f"revoked {e['revoked_at'][:10]} ({e['reason']})" if e.get("revoked_at") \
            else "valid"
        print(f"{e['serial']}\t{e['name']}\t{e['not_after'][:10]}\t{state}")
    return 0


# ---------------------------------------------------------------- PDFs


def _parse_box(spec: str):
    try:
        name, rest = spec.rsplit("@", 1)
        page, coords = rest.split(":", 1)
        x1, y1, x2, y2 = (float(v) for v in coords.split(","))
        return name, int(page) - 1, (x1, y1, x2, y2)
    except ValueError:
        raise CommandError(f"--add {spec!r}: expected NAME@PAGE:X1,Y1,X2,Y2") from None


@_signing_errors
def cmd_sign_fields(args) -> int:
    from ..signing import pdf

    if args.add:
        boxes = [_parse_box(spec) for spec in args.add]
        pdf.add_signature_fields(args.pdf, args.out or args.pdf, boxes)
    for name, signed in pdf.signature_fields(args.out or args.pdf):
        print(f"{name}\t{'signed' if signed else 'empty'}")
    return 0


@_signing_errors
def cmd_sign(args) -> int:
    from ..signing import keys, pdf

    if not Path(args.pdf).is_file():
        raise CommandError(f"no such file: {args.pdf}")
    secret = passphrase(args, KEY_ENV, "passphrase of your key")
    ident = keys.load_identity(args.p12, secret)
    extra = {}
    if args.reason is not None:
        extra["reason"] = args.reason
    if args.location is not None:
        extra["location"] = args.location
    out = args.out or args.pdf
    result = pdf.sign_pdf(args.pdf, out, ident, field=args.field, role=args.role,
                          signature_image=args.image, certify=args.certify, **extra)
    print(f"{out}: signed field {result.field} as {result.signer}"
          + (" (certified)" if result.certified else "") + f" at {result.signing_time}")
    if ident.self_signed:
        print("warning: your certificate is self-signed; verifiers will not trust this "
              "signature until the bureau issues your certificate", file=sys.stderr)
    return 0


_TRUST_PROBLEMS = {
    "NO_CERTIFICATE_CHAIN_FOUND": "no chain to the given CA",
    "TRY_LATER": "the revocation list given is out of date",
    "OUT_OF_BOUNDS_NO_POE": "certificate expired or not yet valid",
    "OUT_OF_BOUNDS_NOT_REVOKED": "certificate expired or not yet valid",
    "CHAIN_CONSTRAINTS_FAILURE": "certificate not allowed for document signing",
}


def _problems(s) -> list[str]:
    out = []
    if s.error:
        out.append(f"unreadable signature ({s.error})")
    else:
        if not s.intact:
            out.append("content changed after signing (digest mismatch)")
        if s.intact and not s.valid:
            out.append("signature invalid")
        if s.revoked:
            out.append(f"certificate revoked ({s.revocation_reason or 'unspecified'})")
        elif s.intact and s.valid and not s.trusted:
            out.append("signer not trusted (" + _TRUST_PROBLEMS.get(
                s.trust_problem or "", s.trust_problem or "no chain to the given CA") + ")")
        if s.modified_after_signing:
            out.append(f"document modified after signing ({s.coverage}, "
                       f"{s.modification_level})")
        if not out and not s.bottom_line:
            out.append("rejected by the validator")
    return out


@_signing_errors
def cmd_verify(args) -> int:
    from ..signing import keys, pdf
    from ..signing._util import read_certs
    from ..signing.ca import load_crls

    if not Path(args.pdf).is_file():
        raise CommandError(f"no such file: {args.pdf}")
    roots = []
    for path in args.ca:
        roots += read_certs(path)
    if not args.ca and keys.bureau_ca_path().exists():
        roots += read_certs(keys.bureau_ca_path())
    crls = []
    for path in args.crl:
        crls += load_crls(_read_bytes(path))
    if not args.crl:  # the bureau's list as the last sync installed it, if there is one
        from ..signing import installed_crls

        crls = installed_crls()
    if not roots:
        print("warning: no trusted CA (pass --ca CA.pem, or install your certificate with its "
              "CA): no signature can be trusted", file=sys.stderr)
    report = pdf.verify_pdf(args.pdf, roots, crls)
    if args.json:
        print(report.to_json())
        return 0 if report.ok else 1
    if report.error and not report.signatures:
        print(f"{args.pdf}: {report.error}")
        return 1
    for s in report.signatures:
        problems = _problems(s)
        mark = "OK  " if s.ok else "FAIL"
        when = (s.signing_time or "?")[:19].replace("T", " ")
        field = f"{s.field} ({s.role})" if s.role else s.field
        print(f"{mark} {field}: {s.signer or '?'} ({when})"
              + (" certified" if s.certified else "")
              + (": " + "; ".join(problems) if problems else ""))
    for name in report.unsigned_fields:
        print(f"     {name}: not signed yet")
    bad = sum(1 for s in report.signatures if not s.ok)
    total = len(report.signatures)
    print(f"{args.pdf}: " + ("all " + str(total) + " signature(s) valid and trusted" if not bad
                             else f"{bad} of {total} signature(s) not valid"))
    return 0 if report.ok else 1
