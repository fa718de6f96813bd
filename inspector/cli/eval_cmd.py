"""``eval new | list | show | set | apply | finding | attach | finalize | reopen | history``."""

from __future__ import annotations

import json
import sys
from decimal import InvalidOperation
from pathlib import Path

from ..rubrics.numbers import format_decimal
from ..scoring import answer_to_json, describe_answer, loads_answers_json, parse_cli_value
from ..store import FINDING_KINDS, STATUSES, VISIT_KINDS, FinalizeBlocked, Store, StoreError
from .common import CommandError, open_store, print_json
from .score_cmd import load_rubric_ref


def register(sub) -> None:
    ev = sub.add_parser("eval", help="evaluations on this laptop")
    esub = ev.add_subparsers(dest="eval_command", metavar="ACTION", required=True)

    new = esub.add_parser("new", help="start an evaluation of a school")
    new.add_argument("--school", required=True, metavar="CODE")
    new.add_argument("--rubric", required=True, metavar="ID", help="rubric id or file")
    new.add_argument("--date", metavar="YYYY-MM-DD", help="visit date (default: today)")
    new.add_argument("--kind", choices=VISIT_KINDS, default="regular")
    new.add_argument("--team", metavar="NAMES", help="team members, comma-separated")
    new.add_argument("--json", action="store_true")
    new.set_defaults(handler=cmd_new)

    lst = esub.add_parser("list", help="evaluations, newest visit first")
    lst.add_argument("--status", choices=STATUSES)
    lst.add_argument("--family")
    lst.add_argument("--town")
    lst.add_argument("--search", metavar="TEXT", help="school name, town, rubric or team")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)

    show = esub.add_parser("show", help="one evaluation with its answers and score")
    show.add_argument("evaluation", metavar="EVAL")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)

    st = esub.add_parser("set", help="record an answer (and/or a note) for one item")
    st.add_argument("evaluation", metavar="EVAL")
    st.add_argument("code", metavar="CODE")
    st.add_argument("value", metavar="VALUE", nargs="?",
                    help='a number, a level name, true/false, a JSON list, text, "NA", '
                         'or null to clear')
    st.add_argument("--note", metavar="TEXT")
    st.add_argument("--self", dest="self_value", metavar="VALUE",
                    help="the school's self-evaluation (自评) for this item")
    st.add_argument("--reason", metavar="TEXT", help="why it changed (kept in the audit trail)")
    st.set_defaults(handler=cmd_set)

    ap = esub.add_parser("apply", help='apply edits from standard input, one JSON object a '
                                       'line: {"code": …, "value": …, "note": …}')
    ap.add_argument("evaluation", metavar="EVAL")
    ap.set_defaults(handler=cmd_apply)

    fd = esub.add_parser("finding", help="add a finding (strength, problem, rectification)")
    fd.add_argument("evaluation", metavar="EVAL")
    fd.add_argument("kind", choices=FINDING_KINDS)
    fd.add_argument("text")
    fd.add_argument("--code", help="the item it concerns (default: the whole evaluation)")
    fd.add_argument("--deadline", metavar="YYYY-MM-DD", help="rectification deadline")
    fd.set_defaults(handler=cmd_finding)

    at = esub.add_parser("attach", help="attach a photo or document as evidence")
    at.add_argument("evaluation", metavar="EVAL")
    at.add_argument("file", type=Path)
    at.add_argument("--code", help="the item it is evidence for")
    at.set_defaults(handler=cmd_attach)

    fin = esub.add_parser("finalize", help="freeze the evaluation (it can then only be reopened)")
    fin.add_argument("evaluation", metavar="EVAL")
    fin.set_defaults(handler=cmd_finalize)

    ro = esub.add_parser("reopen", help="start a new revision of a finalized evaluation")
    ro.add_argument("evaluation", metavar="EVAL")
    ro.add_argument("--reason", metavar="TEXT")
    ro.add_argument("--json", action="store_true")
    ro.set_defaults(handler=cmd_reopen)

    hist = esub.add_parser("history", help="the audit trail of an evaluation")
    hist.add_argument("evaluation", metavar="EVAL")
    hist.add_argument("--json", action="store_true")
    hist.set_defaults(handler=cmd_history)


def cmd_new(args) -> int:
    rubric = load_rubric_ref(args.rubric)
    team = [t for t in (args.team or "").replace("，", ",").split(",") if t.strip()] or None
    with open_store() as store:
        ev = store.evaluations.create(args.school, rubric, visit_date=args.date,
                                      kind=args.kind, team=team)
    if args.json:
        print_json(ev.to_json())
    else:
        print(ev.id)
    return 0


def cmd_list(args) -> int:
    with open_store() as store:
        rows = store.evaluations.list(status=args.status, family=args.family, town=args.town,
                                      search=args.search, with_scores=True)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        total = f"{r['total']}/{r['max']} {r['grade']}" if "total" in r else ""
        print(f"{r['id'][:8]}  {r['visit_date']}  {r['status']:<9}  r{r['revision']}  "
              f"{r['school']}  {r['rubric_title']}  {r['answered']}/{r['answerable']}  {total}")
    return 0


def show_json(store: Store, evaluation_id: str) -> dict:
    sheet = store.evaluations.open(evaluation_id)
    ev, rubric = sheet.evaluation, sheet.rubric
    school = store.schools.require(ev.school_code)
    result = sheet.result()
    blockers, warnings = sheet.finalize_report() if ev.is_draft else ([], [])
    return {
        **ev.to_json(),
        "school": school.to_json(),
        "rubric": {"id": rubric.id, "version": rubric.version, "title": rubric.title,
                   "hash": rubric.content_hash, "family": rubric.meta.family.value},
        "answers": {code: {"value": None if a.value is None else answer_to_json(a.value),
                           "self": None if a.self_value is None else answer_to_json(a.self_value),
                           "note": a.note, "updated_at": a.updated_at,
                           "updated_by": a.updated_by}
                    for code, a in sheet.answers.items()},
        "findings": [f.to_json() for f in sheet.findings],
        "attachments": [a.to_json() for a in sheet.attachments],
        "result": result.to_json(),
        "finalize": {"blockers": blockers, "warnings": warnings},
        "cursor": store.evaluations.cursor(ev.id),
    }


def cmd_show(args) -> int:
    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        data = show_json(store, eid)
        if args.json:
            print_json(data)
            return 0
        sheet = store.evaluations.open(eid)
        rubric = sheet.rubric
        print(f"{data['school']['name']} — {rubric.title}（{rubric.version}）")
        print(f"{data['id']}  {data['status']}  第 {data['revision']} 版  {data['visit_date']}")
        for code in rubric.answerable_codes():
            record = sheet.answers.get(code)
            value = describe_answer(rubric, code, record.value if record else None)
            note = f"  — {record.note}" if record and record.note else ""
            print(f"  {code:<8} {value}{note}")
        r = data["result"]
        print(f"总分 {r['total']} / {r['max']}（{r['percent']}%）  等级：{r['grade']}")
    return 0


def cmd_set(args) -> int:
    if args.value is None and args.note is None and args.self_value is None:
        raise CommandError("give a VALUE, --note or --self")
    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        kwargs = {}
        if args.value is not None:
            kwargs["raw"] = parse_cli_value(args.value)
        if args.self_value is not None:
            kwargs["self_value"] = parse_cli_value(args.self_value)
        changed = store.evaluations.set_answer(eid, args.code, note=args.note,
                                               reason=args.reason, **kwargs)
    print(f"saved {args.code}" if changed else f"unchanged {args.code}")
    return 0


def cmd_apply(args) -> int:
    """Apply JSON-lines edits; each is committed before ``saved CODE`` is printed."""
    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                edit = loads_answers_json(line)
            except (ValueError, InvalidOperation) as exc:
                raise CommandError(f"line {number}: not valid JSON: {exc}") from None
            if not isinstance(edit, dict) or not isinstance(edit.get("code"), str):
                raise CommandError(f'line {number}: expected {{"code": …, "value": …}}')
            unknown = set(edit) - {"code", "value", "note", "self", "reason"}
            if unknown:
                raise CommandError(f"line {number}: unknown field(s) {', '.join(sorted(unknown))}")
            kwargs = {}
            if "value" in edit:
                kwargs["raw"] = edit["value"]
            if "self" in edit:
                kwargs["self_value"] = edit["self"]
            try:
                store.evaluations.set_answer(eid, edit["code"], note=edit.get("note"),
                                             reason=edit.get("reason"), **kwargs)
            except StoreError as exc:
                raise CommandError(f"line {number}: {exc}") from None
            sys.stdout.write(f"saved {edit['code']}\n")
            sys.stdout.flush()
    return 0


def cmd_finding(args) -> int:
    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        fid = store.evaluations.add_finding(eid, args.kind, args.text, code=args.code,
                                            deadline=args.deadline)
    print(f"saved finding {fid}")
    return 0


def cmd_attach(args) -> int:
    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        att = store.evaluations.attach(eid, args.code, args.file)
    print(f"saved {att.filename} sha256:{att.sha256}")
    return 0


def cmd_finalize(args) -> int:
    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        try:
            result = store.evaluations.finalize(eid)
        except FinalizeBlocked as exc:
            raise CommandError(str(exc)) from None
    print(f"finalized {eid}: {format_decimal(result.total)} / {format_decimal(result.max)} "
          f"{result.grade}")
    return 0


def cmd_reopen(args) -> int:
    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        ev = store.evaluations.reopen(eid, args.reason)
    if args.json:
        print_json(ev.to_json())
    else:
        print(ev.id)
    return 0


def cmd_history(args) -> int:
    with open_store() as store:
        eid = store.evaluations.resolve(args.evaluation)
        events = store.evaluations.history(eid)
    if args.json:
        print_json(events)
        return 0
    for e in events:
        old = "—" if e["old"] is None else json.dumps(e["old"], ensure_ascii=False)
        new = "—" if e["new"] is None else json.dumps(e["new"], ensure_ascii=False)
        reason = f"  （{e['reason']}）" if e["reason"] else ""
        print(f"{e['at'][:19]}  {e['actor']}  {e['code'] or '':<6} {e['field']}: "
              f"{old} → {new}{reason}")
    return 0
