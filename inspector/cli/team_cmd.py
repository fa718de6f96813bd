"""``team …``: expert-team evaluations (专家组) from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from .common import CommandError, action_adder, open_store, print_json
from .sign_cmd import KEY_ENV, passphrase


def register(sub) -> None:
    team = sub.add_parser("team", help="expert-team evaluations: share, join, merge, settle")
    add = action_adder(team, "team_command")

    p = add("new", cmd_new, "create a team evaluation (you lead it)")
    p.add_argument("--school", required=True)
    p.add_argument("--rubric", required=True, help="rubric id or file")
    p.add_argument("--lead", required=True, metavar="ID:NAME")
    p.add_argument("--member", action="append", default=[], metavar="ID:NAME")
    p.add_argument("--policy", default="mean",
                   choices=("mean", "trimmed_mean", "median", "lead"))
    p.add_argument("--split", default=None, metavar="AREA=ID,…",
                   help="split the work by area (each area's owner scores it)")
    p.add_argument("--threshold", default="0.2", help="disagreement above this share of "
                                                      "an item's points (default 0.2)")
    p.add_argument("--date", default=None)
    p = add("invite", cmd_invite, "write the signed invitation for the members")
    p.add_argument("evaluation")
    p.add_argument("out", type=Path)
    _key_args(p)
    p = add("join", cmd_join, "join a team from its invitation (makes your scoresheet)")
    p.add_argument("file", type=Path)
    p.add_argument("--as", dest="member", default=None, help="your member id (default: "
                                                             "your key's)")
    p = add("hand-in", cmd_hand_in, "write your signed scoresheet (with its photos)")
    p.add_argument("sheet", help="your scoresheet's evaluation id")
    p.add_argument("out", type=Path)
    _key_args(p)
    p = add("send", cmd_send, "send an invitation or a scoresheet file through the bureau "
                              "(members and the lead receive it on their next sync)")
    p.add_argument("file", type=Path)
    p = add("import", cmd_import, "the lead imports members' scoresheets")
    p.add_argument("evaluation")
    p.add_argument("files", nargs="+", type=Path)
    p = add("status", cmd_status, "members, scoresheets, disagreements")
    p.add_argument("evaluation")
    p.add_argument("--json", action="store_true")
    p = add("settle", cmd_settle, "record the agreed answer of an item, and why")
    p.add_argument("evaluation")
    p.add_argument("code")
    p.add_argument("value", help="as JSON: 8.5, true, \"优\", [\"k1\"], \"NA\"")
    p.add_argument("--reason", required=True)
    p = add("finalize", cmd_finalize, "finalize the merged evaluation")
    p.add_argument("evaluation")


def _key_args(p) -> None:
    p.add_argument("--key", default=None)
    p.add_argument("--passphrase-file", default=None)


def _identity(args):
    from ..signing.errors import SigningError
    from ..signing.keys import load_identity

    try:
        return load_identity(args.key, passphrase(args, KEY_ENV,
                                                  "passphrase of your signing key"))
    except SigningError as exc:
        raise CommandError(str(exc)) from None


def _member(text: str):
    from ..team.workflow import Member

    member_id, _, name = text.partition(":")
    if not member_id.strip() or not name.strip():
        raise CommandError(f"give a member as ID:NAME, not {text!r}")
    return Member(member_id.strip(), name.strip())


def _ca():
    from ..signing import keys
    from ..signing._util import read_certs

    path = keys.bureau_ca_path()
    return read_certs(path)[0] if path.exists() else None


def cmd_new(args) -> int:
    from ..rubrics.catalog import resolve_rubric
    from ..team.workflow import create_team

    ownership = None
    if args.split:
        ownership = dict(part.split("=", 1) for part in args.split.split(",") if "=" in part)
    try:
        rubric = resolve_rubric(args.rubric)
    except (LookupError, ValueError) as exc:
        raise CommandError(str(exc)) from None
    lead = _member(args.lead)
    with open_store() as store:
        team = create_team(store, args.school, rubric, lead=lead,
                           members=[_member(m) for m in args.member],
                           mode="split" if ownership else "parallel", policy=args.policy,
                           ownership=ownership, threshold=args.threshold,
                           visit_date=args.date)
    print(team.evaluation_id)
    return 0


def cmd_invite(args) -> int:
    from ..team.workflow import invitation, write_file

    identity = _identity(args)
    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        write_file(invitation(store, eid, identity), args.out)
    print(f"{args.out}: give it to every member")
    return 0


def cmd_join(args) -> int:
    from ..signing import keys
    from ..signing._util import name_attr
    from ..team.workflow import join, read_file

    member = args.member
    if member is None:
        from cryptography.x509.oid import NameOID

        member = name_attr(keys.read_certificate().subject, NameOID.SERIAL_NUMBER)
    with open_store() as store:
        sheet = join(store, read_file(args.file), member, ca=_ca())
    print(sheet)
    return 0


def cmd_hand_in(args) -> int:
    from ..team.workflow import write_scoresheet

    identity = _identity(args)
    with open_store() as store:
        sheet = store.evaluations.resolve(args.sheet)
        write_scoresheet(store, sheet, identity, args.out)
    print(f"{args.out}: give it to the lead")
    return 0


def cmd_send(args) -> int:
    import zipfile

    from ..sync.client import SyncClient, SyncError
    from ..sync.config import load_config
    from ..team.workflow import read_file, read_scoresheet

    config = load_config()
    if config is None:
        raise CommandError("this laptop is not enrolled: run `sync enroll URL CODE` first")
    envelope = (read_scoresheet(args.file)[0] if zipfile.is_zipfile(args.file)
                else read_file(args.file))
    with open_store() as store, SyncClient(config.url, config.token) as client:
        try:
            answer = client.send_team_file(store, envelope)
        except SyncError as exc:
            raise CommandError(str(exc)) from None
    print(f"{args.file}: {answer['status']} to {', '.join(answer['recipients'])}")
    return 0


def cmd_import(args) -> int:
    from ..team.workflow import import_scoresheet, read_scoresheet

    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        for path in args.files:
            envelope, files = read_scoresheet(path)
            done = import_scoresheet(store, eid, envelope, files=files, ca=_ca())
            print(f"{path}: {done.member_name} ({done.member_id}): {done.status}")
    return 0


def cmd_status(args) -> int:
    from ..team import merge_to_json
    from ..team.workflow import merged, sheet_history, team

    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        found = team(store, eid)
        if found is None:
            raise CommandError(f"evaluation {eid} is not a team evaluation")
        result = merged(store, eid)
        history = sheet_history(store, eid)
    if args.json:
        print_json({"team": found.to_json(), "scoresheets": history,
                    "merge": merge_to_json(result)})
        return 0
    handed = {h["member_id"] for h in history if h["current"]}
    for m in found.members:
        print(f"{m.id}  {m.name}  " + ("scoresheet in" if m.id in handed else "waiting"))
    for d in result.disagreements:
        values = "；".join(f"{v.member_name} {json.dumps(str(v.answer), ensure_ascii=False)}"
                          for v in d.values)
        print(f"{'settled' if d.settled else 'TO SETTLE'}  {d.code} {d.title}: {d.reason} "
              f"({values})")
    print(f"{len(result.unsettled)} item(s) to settle, {len(result.unanswered)} unanswered")
    return 0


def cmd_settle(args) -> int:
    from ..scoring import loads_answers_json
    from ..team.workflow import settle

    try:
        raw = loads_answers_json(args.value)
    except ValueError:
        raw = args.value  # a bare word: a level name or a text
    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        result = settle(store, eid, args.code, raw, args.reason)
    print(f"{args.code} settled; {len(result.unsettled)} item(s) left to settle")
    return 0


def cmd_finalize(args) -> int:
    from ..team.workflow import finalize_team

    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        result = finalize_team(store, eid)
    print(f"finalized: {result.total} / {result.max}, {result.grade}")
    return 0
