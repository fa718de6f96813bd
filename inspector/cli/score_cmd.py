"""``score RUBRIC ANSWERS.json [--json]`` — score a set of answers without any database."""

from __future__ import annotations

import sys
from decimal import InvalidOperation
from pathlib import Path

from ..rubrics import RubricError
from ..rubrics.catalog import resolve_rubric
from ..rubrics.numbers import format_decimal
from ..scoring import AnswerError, loads_answers_json, parse_answers, score
from .common import CommandError, print_json


def register(sub) -> None:
    p = sub.add_parser("score", help="score answers (a JSON object: item code → answer)")
    p.add_argument("rubric", metavar="RUBRIC", help="a rubric id or file path")
    p.add_argument("answers", metavar="ANSWERS.json", help="'-' reads standard input")
    p.add_argument("--json", action="store_true", help="print the full result as JSON")
    p.set_defaults(handler=cmd_score)


def load_rubric_ref(ref: str):
    try:
        return resolve_rubric(ref)
    except RubricError as exc:
        raise CommandError("the rubric is invalid:\n" + "\n".join(exc.lines())) from None
    except LookupError as exc:
        raise CommandError(str(exc)) from None


def cmd_score(args) -> int:
    rubric = load_rubric_ref(args.rubric)
    try:
        text = sys.stdin.read() if args.answers == "-" else \
            Path(args.answers).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"cannot read {args.answers}: {exc}") from None
    try:
        raw = loads_answers_json(text)
    except (ValueError, InvalidOperation) as exc:
        raise CommandError(f"{args.answers} is not valid JSON: {exc}") from None
    try:
        answers = parse_answers(rubric, raw)
    except AnswerError as exc:
        raise CommandError(f"bad answer for {exc.code}: {exc.message}") from None
    result = score(rubric, answers)
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"{rubric.title}（{rubric.id} {rubric.version}）")
    for area in result.areas:
        pct = "—" if area.percent is None else f"{format_decimal(area.percent)}%"
        print(f"  {area.code} {area.title}\t{format_decimal(area.score)} / "
              f"{format_decimal(area.max)}\t{pct}")
    print(f"总分 {format_decimal(result.total)} / {format_decimal(result.max)}"
          f"（{format_decimal(result.percent)}%）  等级：{result.grade}"
          + ("" if result.complete else f"（预估，{len(result.unanswered)} 项未作答）"))
    print()
    print("\n".join(result.trace))
    return 0
