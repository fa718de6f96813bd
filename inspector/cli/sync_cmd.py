"""``sync …``: this laptop's exchange with the bureau (network or USB bundle)."""

from __future__ import annotations

from pathlib import Path

from .common import CommandError, action_adder, open_store, print_json
from .sign_cmd import KEY_ENV, passphrase


def register(sub) -> None:
    sync = sub.add_parser("sync", help="send signed evaluations to the bureau, get updates")
    add = action_adder(sync, "sync_command")

    p = add("enroll", cmd_enroll, "enrol this laptop with the bureau (one-time code)")
    p.add_argument("url", help="the bureau server, e.g. https://duban.example.gov.cn")
    p.add_argument("code", help="the one-time code the bureau gave you")
    p.add_argument("--key", default=None, help="your signing key (default: keys folder)")
    p.add_argument("--passphrase-file", default=None)
    p = add("run", cmd_run, "send what is waiting, then get updates (one round)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--now", action="store_true", help="ignore the back-off: try everything")
    p = add("status", cmd_status, "the outbox: each signed evaluation and its state")
    p.add_argument("--json", action="store_true")
    p = add("queue", cmd_queue, "queue an evaluation whose report you signed separately")
    p.add_argument("evaluation")
    p.add_argument("pdf", type=Path, help="the signed PDF report")
    p.add_argument("--key", default=None)
    p.add_argument("--passphrase-file", default=None)
    p = add("export-bundle", cmd_export_bundle, "write the waiting submissions to a signed file")
    p.add_argument("out", type=Path)
    p.add_argument("--all", action="store_true", help="every submission, not only waiting")
    p.add_argument("--key", default=None)
    p.add_argument("--passphrase-file", default=None)
    p = add("import-bundle", cmd_import_bundle, "apply a bundle the bureau gave you")
    p.add_argument("file", type=Path)
    p.add_argument("--ca", type=Path, default=None,
                   help="the bureau CA certificate (default: received at enrolment)")
    p = add("assignments", cmd_assignments, "the visits the bureau assigned to you")
    p.add_argument("--json", action="store_true")


def _config():
    from ..sync.config import load_config

    config = load_config()
    if config is None:
        raise CommandError("this laptop is not enrolled: run `sync enroll URL CODE` first")
    return config


def cmd_enroll(args) -> int:
    from ..signing.errors import SigningError
    from ..sync.client import SyncError
    from ..sync.config import config_path
    from ..sync.enroll import enroll

    secret = passphrase(args, KEY_ENV, "passphrase of your signing key")
    try:
        config = enroll(args.url, args.code, secret, key_path=args.key)
    except (SyncError, SigningError) as exc:
        raise CommandError(str(exc)) from None
    print(f"enrolled as {config.name} ({config.inspector_id}) with {config.url}; "
          f"settings in {config_path()}")
    return 0


def cmd_run(args) -> int:
    from ..sync import outbox
    from ..sync.client import SyncClient, SyncError, sync_once

    config = _config()
    with open_store() as store, SyncClient(config.url, config.token) as client:
        if args.now:
            outbox.retry_now(store)
        try:
            report, applied = sync_once(store, client)
        except SyncError as exc:
            raise CommandError(str(exc)) from None
        counts = outbox.counts(store)
    if args.json:
        print_json({"push": report.to_json(), "counts": counts,
                    "pulled": None if applied is None else {
                        "rubrics": applied.rubrics, "schools": applied.schools,
                        "assignments": applied.assignments,
                        "reviews": [list(r) for r in applied.reviews],
                        "problems": applied.problems}})
    else:
        print(f"sent {len(report.created)} new, {len(report.duplicate)} already there, "
              f"{len(report.conflict)} conflict(s), {len(report.refused)} refused, "
              f"{len(report.retry)} to retry; {report.files_sent} file(s)")
        if applied is not None:
            print(f"received {len(applied.rubrics)} rubric(s), {applied.schools} school(s), "
                  f"{applied.assignments} assignment(s), {len(applied.reviews)} review(s)")
            for problem in applied.problems:
                print(f"warning: {problem}")
    if report.stopped:
        raise CommandError(report.stopped)
    return 1 if report.conflict or report.refused else 0


def cmd_status(args) -> int:
    from ..sync import outbox

    with open_store() as store:
        items = outbox.entries(store)
    if args.json:
        print_json([e.to_json() for e in items])
        return 0
    for e in items:
        extra = e.review_comment or e.last_error or ""
        print(f"{e.evaluation_id}  {e.state:9}  tries {e.attempts}  {extra}")
    print(f"{len(items)} in the outbox")
    return 0


def _identity(args):
    from ..signing.keys import load_identity

    return load_identity(args.key, passphrase(args, KEY_ENV, "passphrase of your signing key"))


def cmd_queue(args) -> int:
    from ..sync import outbox

    identity = _identity(args)
    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        entry = outbox.record_signed(store, eid, args.pdf, identity)
    print(f"{entry.evaluation_id}: {entry.state}")
    return 0


def cmd_export_bundle(args) -> int:
    from ..sync import outbox
    from ..sync.bundle import export_outbox

    identity = _identity(args)
    states = outbox.ALL_STATES if args.all else ("waiting",)
    with open_store() as store:
        payload = export_outbox(store, args.out, identity, states=states)
    print(f"{args.out}: {len(payload['submissions'])} submission(s), "
          f"{len(payload['files'])} file(s)")
    return 0


def cmd_import_bundle(args) -> int:
    from ..signing import keys
    from ..signing._util import read_certs
    from ..signing.errors import SigningError
    from ..sync.bundle import BundleError, import_from_bureau
    from ..sync.config import load_config

    ca_path = args.ca or keys.bureau_ca_path()
    try:
        ca = read_certs(ca_path)[0]
    except SigningError as exc:
        raise CommandError(f"{exc}: the bureau's CA certificate is needed (--ca)") from None
    config = load_config()
    inspector_id = config.inspector_id if config else None
    if inspector_id is None:
        from cryptography.x509.oid import NameOID

        from ..signing._util import name_attr

        try:
            cert = keys.read_certificate()
            inspector_id = name_attr(cert.subject, NameOID.SERIAL_NUMBER) or None
        except SigningError:
            inspector_id = None
    with open_store() as store:
        try:
            applied = import_from_bureau(store, args.file, ca=ca, inspector_id=inspector_id)
        except BundleError as exc:
            raise CommandError(str(exc)) from None
    print(f"received {len(applied.rubrics)} rubric(s), {applied.schools} school(s), "
          f"{applied.assignments} assignment(s), {len(applied.reviews)} review(s)")
    for problem in applied.problems:
        print(f"warning: {problem}")
    return 0


def cmd_assignments(args) -> int:
    from ..sync.apply import assignments

    with open_store() as store:
        items = assignments(store)
    if args.json:
        print_json(items)
        return 0
    for a in items:
        print(f"{a['due_date']}  {a['school_code']}  {a['kind']}  {a['note']}")
    print(f"{len(items)} assignment(s)")
    return 0
