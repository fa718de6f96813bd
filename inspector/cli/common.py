"""Helpers shared by the command modules."""

from __future__ import annotations

import json
import sys
from typing import Any


class CommandError(Exception):
    """A problem to report to the user in one line, with exit status 1."""


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def open_store():
    """The user's store; a damaged database becomes a one-line error with the way out."""
    from ..store import Store

    return Store.open()
