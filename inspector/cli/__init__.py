"""The headless command interface: ``python main.py COMMAND …`` or ``inspector COMMAND …``.

A stable interface that tests, bureau scripts and the rest of the app rely on. Every command
prints its result on standard output, problems on standard error, and exits 0 on success and 1
on any problem — never with a traceback for bad input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from .common import CommandError


def build_parser() -> argparse.ArgumentParser:
    # Imported here, not at the top: starting the GUI (no arguments) must not pay for the
    # command modules and what they import (openpyxl for the Excel commands, for one).
    from . import (
        bureau_cmd,
        certificate_cmd,
        db_cmd,
        eval_cmd,
        export_cmd,
        rubric_cmd,
        school_cmd,
        score_cmd,
        sign_cmd,
        sync_cmd,
        team_cmd,
    )

    parser = argparse.ArgumentParser(
        prog="inspector",
        description="余杭区教育督导评估工具 — run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (rubric_cmd, score_cmd, school_cmd, eval_cmd, db_cmd, export_cmd, sign_cmd,
                   certificate_cmd, sync_cmd, bureau_cmd, team_cmd):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        from ..app import main as gui_main  # the GUI is only imported when it is wanted

        return gui_main([])
    for stream in (sys.stdout, sys.stderr):  # Chinese output whatever the locale
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 1
    from ..store import StoreError

    try:
        return int(args.handler(args) or 0)
    except (CommandError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
