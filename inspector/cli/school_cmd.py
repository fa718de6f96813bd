"""``school add | list``, ``inspector add | list | use`` and ``search``."""

from __future__ import annotations

from ..store import SCHOOL_TYPES, Inspector, School
from .common import open_store, print_json

ROLES = ("责任督学", "专家组组长", "专家组成员", "督导室管理员")


def register(sub) -> None:
    school = sub.add_parser("school", help="the schools on this laptop")
    ssub = school.add_subparsers(dest="school_command", metavar="ACTION", required=True)
    add = ssub.add_parser("add", help="add (or with --replace, update) a school")
    add.add_argument("--code", required=True, help="school code (学校代码)")
    add.add_argument("--name", required=True)
    add.add_argument("--type", required=True, choices=SCHOOL_TYPES)
    add.add_argument("--town", default="", help="town or street (镇街)")
    add.add_argument("--address", default="")
    add.add_argument("--contact", default="", help="contact person")
    add.add_argument("--phone", default="")
    add.add_argument("--replace", action="store_true", help="update an existing school")
    add.set_defaults(handler=cmd_school_add)
    lst = ssub.add_parser("list", help="list schools")
    lst.add_argument("--search", metavar="TEXT", help="name, town or address (中文两字词可检索)")
    lst.add_argument("--type", choices=SCHOOL_TYPES)
    lst.add_argument("--town")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_school_list)

    insp = sub.add_parser("inspector", help="inspectors, and who is using this laptop")
    isub = insp.add_subparsers(dest="inspector_command", metavar="ACTION", required=True)
    iadd = isub.add_parser("add", help="add an inspector")
    iadd.add_argument("--id", required=True)
    iadd.add_argument("--name", required=True)
    iadd.add_argument("--role", default=ROLES[0], help=f"e.g. {', '.join(ROLES)}")
    iadd.add_argument("--phone", default="")
    iadd.add_argument("--replace", action="store_true")
    iadd.set_defaults(handler=cmd_inspector_add)
    ilist = isub.add_parser("list", help="list inspectors")
    ilist.add_argument("--json", action="store_true")
    ilist.set_defaults(handler=cmd_inspector_list)
    use = isub.add_parser("use", help="set the inspector who makes edits on this laptop")
    use.add_argument("id")
    use.set_defaults(handler=cmd_inspector_use)


def cmd_school_add(args) -> int:
    school = School(args.code, args.name, args.type, args.town, args.address, args.contact,
                    args.phone)
    with open_store() as store:
        store.schools.add(school, replace=args.replace)
    print(f"saved school {school.code}")
    return 0


def cmd_school_list(args) -> int:
    with open_store() as store:
        schools = store.schools.list(search=args.search, school_type=args.type, town=args.town)
    if args.json:
        print_json([s.to_json() for s in schools])
    else:
        for s in schools:
            print(f"{s.code}\t{s.name}\t{s.type}\t{s.town}")
    return 0


def cmd_inspector_add(args) -> int:
    with open_store() as store:
        store.inspectors.add(Inspector(args.id, args.name, args.role, args.phone),
                             replace=args.replace)
    print(f"saved inspector {args.id}")
    return 0


def cmd_inspector_list(args) -> int:
    with open_store() as store:
        people = store.inspectors.list()
        current = store.setting("current_inspector")
    if args.json:
        print_json([{**p.to_json(), "current": p.id == current} for p in people])
    else:
        for p in people:
            print(f"{'*' if p.id == current else ' '} {p.id}\t{p.name}\t{p.role}")
    return 0


def cmd_inspector_use(args) -> int:
    with open_store() as store:
        person = store.inspectors.get(args.id)
        if person is None:
            from .common import CommandError

            raise CommandError(f"no inspector with id '{args.id}' (add one with inspector add)")
        store.set_setting("current_inspector", args.id)
    print(f"edits are now recorded as {person.name} ({args.id})")
    return 0
