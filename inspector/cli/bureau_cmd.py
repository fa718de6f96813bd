"""``bureau …``: the bureau's server and its administration, on the bureau's machine.

The database is ``--db`` (a file path or a ``postgresql://`` URL; default ``$BUREAU_DB`` or
``bureau.db`` in ``$BUREAU_HOME``), the certificate authority ``--ca`` (default ``$BUREAU_CA``
or ``ca/`` in ``$BUREAU_HOME``); the CA passphrase comes from ``$BUREAU_CA_PASSPHRASE`` or
``--passphrase-file``.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from .. import paths
from .common import CommandError, action_adder, print_json

CA_ENV = "BUREAU_CA_PASSPHRASE"


def bureau_home() -> Path:
    return Path(os.environ.get("BUREAU_HOME") or paths.data_home() / "bureau")


def register(sub) -> None:
    bureau = sub.add_parser("bureau", help="the bureau server and its administration")
    bureau.add_argument("--db", default=None, metavar="URL",
                        help="database: a file or postgresql://… (default $BUREAU_DB or "
                             "$BUREAU_HOME/bureau.db)")
    bureau.add_argument("--ca", default=None, type=Path, metavar="FOLDER",
                        help="the bureau CA folder (default $BUREAU_CA or $BUREAU_HOME/ca)")
    bureau.add_argument("--passphrase-file", default=None, metavar="FILE",
                        help=f"the CA passphrase (else ${CA_ENV})")
    bureau.add_argument("--certificate-key", default=None, type=Path, metavar="PEM",
                        help="public key that signs certificates (证书), for the register")
    bureau.add_argument("--files", default=None, type=Path, metavar="FOLDER",
                        help="where received files are kept (default: next to a SQLite "
                             "database; $BUREAU_HOME/files for PostgreSQL)")
    add = action_adder(bureau, "bureau_command")

    p = add("init", cmd_init, "create the database and the CA, publish the bundled rubrics")
    p.add_argument("--ca-name", default="余杭区教育局督导室 CA")
    p = add("serve", cmd_serve, "run the HTTP server (uvicorn)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8750)
    p.add_argument("--no-report-checks", action="store_true",
                   help="do not check signed PDF reports in the background")
    p = add("user", cmd_user, "add a user (an inspector, or an administrator with --admin)")
    p.add_argument("id")
    p.add_argument("name")
    p.add_argument("--admin", action="store_true", help="prints the administrator's token")
    p = add("users", cmd_users, "list the users")
    p = add("token", cmd_token, "issue an access token for a user (shown once)")
    p.add_argument("id")
    p = add("enroll-code", cmd_enroll_code, "a one-time code for an inspector's laptop")
    p.add_argument("inspector")
    p.add_argument("--days", type=int, default=7)
    p = add("publish", cmd_publish, "publish rubric files (YAML/xlsx) to the catalogue")
    p.add_argument("files", nargs="*", type=Path)
    p.add_argument("--bundled", action="store_true", help="the rubrics shipped with the app")
    p = add("school", cmd_school, "add or update schools: CODE NAME TYPE [TOWN], or --csv FILE")
    p.add_argument("fields", nargs="*")
    p.add_argument("--csv", type=Path, help="columns code,name,type,town,address,contact,phone")
    p = add("assign", cmd_assign, "assign a school visit to an inspector")
    p.add_argument("inspector")
    p.add_argument("school")
    p.add_argument("rubric", help="content hash, or ID[@VERSION] of a published rubric")
    p.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--kind", default="regular")
    p.add_argument("--note", default="")
    p = add("list", cmd_list, "the evaluations received")
    p.add_argument("--review", choices=("received", "accepted", "returned"))
    p.add_argument("--conflicts", action="store_true", help="the conflicts kept instead")
    p.add_argument("--json", action="store_true")
    p = add("show", cmd_show, "one evaluation received, with its conflicts")
    p.add_argument("evaluation")
    p.add_argument("--json", action="store_true")
    p = add("review", cmd_review, "accept an evaluation, or return it with a comment")
    p.add_argument("evaluation")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--accept", action="store_true")
    g.add_argument("--return", dest="return_", action="store_true")
    p.add_argument("--comment", default=None)
    p.add_argument("--by", default="admin")
    p = add("rollup", cmd_rollup, "the district roll-up workbook of what was received")
    p.add_argument("out", type=Path)
    p.add_argument("--review", choices=("received", "accepted", "returned"))
    p = add("import-bundle", cmd_import_bundle, "apply a laptop's signed bundle")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p = add("export-bundle", cmd_export_bundle, "a signed bundle for an inspector's laptop")
    p.add_argument("inspector")
    p.add_argument("out", type=Path)
    p = add("check-reports", cmd_check_reports, "check the signed PDF reports waiting")
    p = add("certificate", cmd_certificate, "the register of certificates: show or revoke")
    p.add_argument("number")
    p.add_argument("--revoke", metavar="REASON")


def _db_url(args) -> str:
    return args.db or os.environ.get("BUREAU_DB") or str(bureau_home() / "bureau.db")


def _ca_folder(args) -> Path:
    return args.ca or Path(os.environ.get("BUREAU_CA") or bureau_home() / "ca")


def _ca_passphrase(args, required: bool = False) -> str | None:
    if args.passphrase_file:
        try:
            return Path(args.passphrase_file).read_text("utf-8").splitlines()[0]
        except (OSError, IndexError):
            raise CommandError(f"cannot read a passphrase from {args.passphrase_file}") from None
    value = os.environ.get(CA_ENV)
    if required and not value:
        raise CommandError(f"the CA passphrase is needed: set {CA_ENV} or --passphrase-file")
    return value or None


def open_bureau(args, *, need_passphrase: bool = False):
    from ..bureau.database import Database, DatabaseError
    from ..bureau.service import Bureau

    try:
        db = Database.open(_db_url(args))
    except DatabaseError as exc:
        raise CommandError(str(exc)) from None
    key = args.certificate_key or (bureau_home() / "certificate-key.pub.pem")
    files = args.files
    if files is None and db.dialect == "postgresql":
        files = bureau_home() / "files"
    return Bureau(db, _ca_folder(args), _ca_passphrase(args, need_passphrase),
                  certificate_key=key if Path(key).exists() else None, files=files)


def _refused(exc) -> CommandError:
    return CommandError(f"{exc} ({exc.reason})")


def cmd_init(args) -> int:
    from ..signing.ca import ca_init

    passphrase = _ca_passphrase(args, required=True)
    folder = _ca_folder(args)
    if not (folder / "ca.cert.pem").exists():
        ca_init(folder, args.ca_name, passphrase)
        print(f"CA created in {folder}")
    bureau = open_bureau(args)
    count = _publish_bundled(bureau)
    print(f"database ready: {_db_url(args)}; {count} bundled rubric(s) published")
    return 0


def _publish_bundled(bureau) -> int:
    from ..rubrics.catalog import Catalog

    catalog = Catalog.discover([paths.bundled_rubrics_dir()])
    return sum(bureau.publish_rubric(r) for r in catalog.rubrics)


def cmd_serve(args) -> int:
    import uvicorn

    from ..bureau.server import create_app

    bureau = open_bureau(args)
    _publish_bundled(bureau)
    bureau.release_report_checks()  # checks a stopped server left half done start again
    app = create_app(bureau, check_reports=not args.no_report_checks)
    print(f"bureau server on http://{args.host}:{args.port} (API docs at /docs)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_user(args) -> int:
    from ..bureau.service import BureauError

    bureau = open_bureau(args)
    try:
        user = bureau.add_user(args.id, args.name, "admin" if args.admin else "inspector")
    except BureauError as exc:
        raise _refused(exc) from None
    print(f"{user.role} {user.id} {user.name} added")
    if user.is_admin:
        print(f"token (shown once): {bureau.issue_token(user.id, 'administrator')}")
    else:
        print(f"next: bureau enroll-code {user.id}")
    return 0


def cmd_users(args) -> int:
    for user in open_bureau(args).users():
        print(f"{user.id}\t{user.name}\t{user.role}")
    return 0


def cmd_token(args) -> int:
    from ..bureau.service import BureauError

    try:
        print(open_bureau(args).issue_token(args.id, "issued by command"))
    except BureauError as exc:
        raise _refused(exc) from None
    return 0


def cmd_enroll_code(args) -> int:
    from ..bureau.service import BureauError

    try:
        code = open_bureau(args).enroll_code(args.inspector, args.days)
    except BureauError as exc:
        raise _refused(exc) from None
    print(code)
    print(f"valid {args.days} days, once; on the laptop: inspector sync enroll URL {code}")
    return 0


def cmd_publish(args) -> int:
    from ..rubrics.errors import RubricError
    from ..rubrics.io import load_rubric

    bureau = open_bureau(args)
    if args.bundled:
        print(f"{_publish_bundled(bureau)} bundled rubric(s) newly published")
    failed = 0
    for path in args.files:
        try:
            rubric = (_load_xlsx(path) if path.suffix == ".xlsx" else load_rubric(path))
        except RubricError as exc:
            print(exc, flush=True)
            failed += 1
            continue
        new = bureau.publish_rubric(rubric)
        print(f"{rubric.id} {rubric.version} {rubric.content_hash}: "
              + ("published" if new else "already published"))
    return 1 if failed else 0


def _load_xlsx(path: Path):
    from ..rubrics.xlsx import import_xlsx

    return import_xlsx(path)


def cmd_school(args) -> int:
    from ..bureau.service import BureauError

    bureau = open_bureau(args)
    records: list[dict] = []
    if args.csv:
        try:
            with open(args.csv, encoding="utf-8-sig", newline="") as fh:
                records = list(csv.DictReader(fh))
        except OSError as exc:
            raise CommandError(f"cannot read {args.csv}: {exc.strerror}") from None
    if args.fields:
        if len(args.fields) < 3:
            raise CommandError("give CODE NAME TYPE [TOWN]")
        records.append(dict(zip(("code", "name", "type", "town"), args.fields, strict=False)))
    changed = 0
    for record in records:
        try:
            changed += bureau.upsert_school(record)
        except BureauError as exc:
            raise CommandError(f"school {record.get('code')}: {exc}") from None
    print(f"{changed} school(s) added or changed, {len(records) - changed} unchanged")
    return 0


def cmd_assign(args) -> int:
    from ..bureau.service import BureauError

    bureau = open_bureau(args)
    rubric_hash = _resolve_rubric(bureau, args.rubric)
    try:
        aid = bureau.assign(args.inspector, args.school, rubric_hash, args.due, kind=args.kind,
                            note=args.note)
    except (BureauError, ValueError) as exc:
        raise CommandError(str(exc)) from None
    print(aid)
    return 0


def _resolve_rubric(bureau, ref: str) -> str:
    rid, _, version = ref.partition("@")
    with bureau.db.transaction(write=False) as tx:
        rows = tx.all("SELECT hash, version FROM rubrics WHERE hash = ? OR id = ?", [ref, rid])
    rows = [r for r in rows if r[0] == ref or not version or r[1] == version]
    if not rows:
        raise CommandError(f"no published rubric {ref}")
    from ..rubrics.catalog import _version_key

    return max(rows, key=lambda r: _version_key(r[1]))[0]


def cmd_list(args) -> int:
    bureau = open_bureau(args)
    if args.conflicts:
        items = bureau.conflicts()
        if args.json:
            print_json(items)
        for c in items if not args.json else []:
            print(f"{c['evaluation_id']}\t{c['inspector_id']}\t{c['reason']}\t"
                  f"{c['received_at'][:19]}")
        return 0
    items = bureau.evaluations(review=args.review)
    if args.json:
        print_json(items)
        return 0
    for e in items:
        print(f"{e['server_id']:>6}  {e['evaluation_id'][:8]}  {e['school_name']}  "
              f"{e['grade']}  {e['total']}/{e['max']}  {e['review']}  "
              f"report:{e['report_check']}  {e['inspector_id']}")
    print(f"{len(items)} evaluation(s)")
    return 0


def cmd_show(args) -> int:
    from ..bureau.service import BureauError

    bureau = open_bureau(args)
    try:
        item = bureau.evaluation(_resolve_submission(bureau, args.evaluation))
    except BureauError as exc:
        raise _refused(exc) from None
    if args.json:
        print_json(item)
        return 0
    for key, value in item.items():
        if key != "conflicts":
            print(f"{key:15} {value}")
    for c in item["conflicts"]:
        print(f"conflict #{c['id']} {c['reason']} at {c['received_at'][:19]}: "
              f"{json.dumps(c['detail'], ensure_ascii=False)}")
    return 0


def _resolve_submission(bureau, ref: str) -> str:
    ref = ref.strip().lower()
    with bureau.db.transaction(write=False) as tx:
        rows = tx.all("SELECT evaluation_id FROM submissions WHERE evaluation_id LIKE ?",
                      [ref + "%"])
        rows += tx.all("SELECT DISTINCT evaluation_id FROM conflicts WHERE evaluation_id LIKE ?",
                       [ref + "%"])
    ids = sorted({r[0] for r in rows})
    if len(ids) == 1:
        return ids[0]
    raise CommandError(f"no evaluation '{ref}'" if not ids else f"'{ref}' is ambiguous")


def cmd_review(args) -> int:
    from ..bureau.service import BureauError

    bureau = open_bureau(args)
    try:
        item = bureau.review(_resolve_submission(bureau, args.evaluation),
                             "accepted" if args.accept else "returned", args.comment, args.by)
    except BureauError as exc:
        raise _refused(exc) from None
    print(f"{item['evaluation_id']}: {item['review']}")
    return 0


def cmd_rollup(args) -> int:
    from ..bureau.rollup import export_bureau_rollup

    count = export_bureau_rollup(open_bureau(args), args.out, review=args.review)
    print(f"{args.out}: {count} evaluation(s)")
    return 0


def cmd_import_bundle(args) -> int:
    from ..sync.bundle import BundleError, import_to_bureau

    try:
        report = import_to_bureau(open_bureau(args), args.file)
    except BundleError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        print_json(report.to_json())
    else:
        for s in report.submissions:
            print(f"{s['evaluation_id']}: {s['status']}"
                  + (f" ({s['reason']})" if s.get("reason") else ""))
        print(f"{len(report.submissions)} submission(s), {report.files} file(s)")
    bad = [s for s in report.submissions if s["http_status"] not in (200, 201)]
    return 1 if bad else 0


def cmd_export_bundle(args) -> int:
    from ..bureau.service import BureauError
    from ..sync.bundle import BundleError, export_for_inspector

    try:
        payload = export_for_inspector(open_bureau(args, need_passphrase=True), args.inspector,
                                       args.out)
    except (BundleError, BureauError) as exc:
        raise CommandError(str(exc)) from None
    pull = payload["pull"]
    print(f"{args.out}: {len(pull['rubrics'])} rubric(s), {len(pull['schools'])} school(s), "
          f"{len(pull['assignments'])} assignment(s), {len(pull['reviews'])} review(s)")
    return 0


def cmd_check_reports(args) -> int:
    from ..bureau.report_checks import check_pending

    bureau = open_bureau(args)
    total = 0
    while (done := check_pending(bureau, 50)):
        total += done
    print(f"{total} report(s) checked")
    return 0


def cmd_certificate(args) -> int:
    from ..bureau.service import BureauError

    bureau = open_bureau(args)
    try:
        status = (bureau.revoke_certificate(args.number, args.revoke) if args.revoke
                  else bureau.certificate_status(args.number))
    except BureauError as exc:
        raise _refused(exc) from None
    print_json(status)
    return 0
