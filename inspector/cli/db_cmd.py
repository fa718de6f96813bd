"""``db check | backup | restore`` and ``demo``."""

from __future__ import annotations

from pathlib import Path

from .. import paths
from ..store import CorruptDatabase, Store, restore
from .common import CommandError


def register(sub) -> None:
    db = sub.add_parser("db", help="check, back up and restore the local database")
    dsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    chk = dsub.add_parser("check", help="full integrity check")
    chk.set_defaults(handler=cmd_check)
    bk = dsub.add_parser("backup", help="copy the database (safe while the app runs)")
    bk.add_argument("path", nargs="?", type=Path, metavar="PATH",
                    help="where to write (default: the backups folder)")
    bk.set_defaults(handler=cmd_backup)
    rs = dsub.add_parser("restore", help="replace the database with a backup (the current one "
                                         "is set aside, not deleted)")
    rs.add_argument("path", type=Path, metavar="PATH")
    rs.set_defaults(handler=cmd_restore)
    ls = dsub.add_parser("backups", help="list the backups in the data folder")
    ls.set_defaults(handler=cmd_backups)

    demo = sub.add_parser("demo", help="create or refresh a demo database (realistic Yuhang "
                                       "schools, inspectors and evaluations)")
    demo.set_defaults(handler=cmd_demo)


def cmd_check(args) -> int:
    try:
        store = Store.open(daily_backup=False)
    except CorruptDatabase as exc:
        raise CommandError(str(exc)) from None
    with store:
        verdict = store.check()
        path = store.path
    if verdict != "ok":
        raise CommandError(f"{path}: {verdict}")
    print(f"{path}: ok")
    return 0


def cmd_backup(args) -> int:
    with Store.open(daily_backup=False) as store:
        target = store.backup(args.path)
    print(f"backup written to {target}")
    return 0


def cmd_restore(args) -> int:
    aside = restore(paths.data_home(), args.path)
    with Store.open(daily_backup=False) as store:
        verdict = store.check()
    if aside:
        print(f"the previous database was kept as {aside}")
    print(f"restored {args.path}: {verdict}")
    return 0 if verdict == "ok" else 1


def cmd_backups(args) -> int:
    try:
        from ..store.backup import list_backups

        for p in list_backups(paths.data_home()):
            print(p)
    except OSError as exc:
        raise CommandError(str(exc)) from None
    return 0


def cmd_demo(args) -> int:
    from ..store.demo import build_demo

    with Store.open() as store:
        summary = build_demo(store)
    print(summary)
    return 0
