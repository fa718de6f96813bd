"""Helpers shared by the command modules."""

from __future__ import annotations

import json
import sys
from typing import Any


class CommandError(Exception):
    """A problem to report to the user in one line, with exit status 1."""


def action_adder(parser, dest: str):
    """For a command with actions (``sync run``, ``team new`` …): ``add(name, handler, help)``
    makes an action's parser, which runs ``handler``."""
    actions = parser.add_subparsers(dest=dest, metavar="ACTION", required=True)

    def add(name: str, handler, help: str):
        action = actions.add_parser(name, help=help)
        action.set_defaults(handler=handler)
        return action

    return add


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def open_store():
    """The user's store; a damaged database becomes a one-line error with the way out."""
    from ..store import Store

    return Store.open()
