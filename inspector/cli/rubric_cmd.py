"""``rubric check | list | import-xlsx | export-xlsx``."""

from __future__ import annotations

import sys
from pathlib import Path

from ..rubrics import FAMILY_LABELS, Catalog, RubricError, load_rubric, rubric_to_yaml
from ..rubrics.catalog import RUBRIC_SUFFIXES, resolve_rubric
from ..rubrics.errors import Problem
from ..rubrics.numbers import format_decimal
from .common import CommandError, print_json


def register(sub) -> None:
    rubric = sub.add_parser("rubric", help="check, list, import and export rubrics")
    rsub = rubric.add_subparsers(dest="rubric_command", metavar="ACTION", required=True)

    check = rsub.add_parser("check", help="validate rubric files (.yaml or .xlsx)")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.set_defaults(handler=cmd_check)

    lst = rsub.add_parser("list", help="every available rubric")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)

    imp = rsub.add_parser("import-xlsx", help="convert an Excel rubric template to a rubric file")
    imp.add_argument("source", metavar="IN.xlsx")
    imp.add_argument("out", metavar="OUT")
    imp.set_defaults(handler=cmd_import)

    exp = rsub.add_parser("export-xlsx", help="write a rubric as an Excel template")
    exp.add_argument("rubric", metavar="RUBRIC", help="a rubric id or file path")
    exp.add_argument("out", metavar="OUT.xlsx")
    exp.set_defaults(handler=cmd_export)


def _check_one(path: str) -> list[str]:
    try:
        if path.lower().endswith(".xlsx"):
            from ..rubrics.xlsx import import_xlsx  # openpyxl: imported only when needed

            import_xlsx(path)
        else:
            load_rubric(path)
        return []
    except RubricError as exc:
        return exc.lines()
    except Exception as exc:  # noqa: BLE001 - `check` must never show a traceback
        return [Problem(0, None, f"internal error while checking: {exc!r}").format(path)]


def cmd_check(args) -> int:
    problems: list[str] = []
    files: list[str] = []
    for name in args.files:
        p = Path(name)
        if p.is_dir():
            files += [str(f) for f in sorted(p.iterdir())
                      if f.suffix.lower() in (*RUBRIC_SUFFIXES, ".xlsx")]
        else:
            files.append(name)
    for name in files:
        problems += _check_one(name)
    for line in problems:
        print(line)
    if not problems:
        print(f"{len(files)} rubric file(s) OK", file=sys.stderr)
    return 1 if problems else 0


def _summary(r) -> dict:
    return {
        "id": r.id, "version": r.version, "family": r.meta.family.value, "title": r.title,
        "school_types": [t.value for t in r.meta.school_types],
        "document_number": r.meta.document_number,
        "leaves": sum(1 for _ in r.leaves()), "max_points": float(r.max_points)
        if r.max_points != r.max_points.to_integral_value() else int(r.max_points),
        "hash": r.content_hash, "path": r.path,
    }


def cmd_list(args) -> int:
    catalog = Catalog.discover()
    for err in catalog.errors:
        for line in err.lines():
            print(f"warning: {line}", file=sys.stderr)
    rubrics = sorted(catalog.rubrics, key=lambda r: (r.meta.family.value, r.id, r.version))
    if args.json:
        print_json([_summary(r) for r in rubrics])
        return 0
    for r in rubrics:
        print(f"{r.id}\t{r.version}\t{FAMILY_LABELS[r.meta.family]}\t{r.title}\t"
              f"{sum(1 for _ in r.leaves())} 项\t满分 {format_decimal(r.max_points)}\t{r.path}")
    return 0


def cmd_import(args) -> int:
    from ..rubrics.xlsx import import_xlsx

    try:
        rubric = import_xlsx(args.source)
    except RubricError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return 1
    out = Path(args.out)
    if out.suffix.lower() == ".xlsx":
        raise CommandError("OUT is the rubric file to write (.yaml), not a workbook")
    try:
        out.write_text(rubric_to_yaml(rubric), encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror}") from None
    print(f"{out}: {rubric.id} {rubric.version} {rubric.content_hash}", file=sys.stderr)
    return 0


def cmd_export(args) -> int:
    from ..rubrics.xlsx import export_xlsx

    try:
        rubric = resolve_rubric(args.rubric)
    except RubricError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return 1
    except LookupError as exc:
        raise CommandError(str(exc)) from None
    try:
        export_xlsx(rubric, args.out)
    except OSError as exc:
        raise CommandError(f"cannot write {args.out}: {exc.strerror}") from None
    print(f"{args.out}: {rubric.id} {rubric.version} {rubric.content_hash}", file=sys.stderr)
    return 0
