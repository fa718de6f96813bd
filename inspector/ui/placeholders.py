"""Values put into a translated template's ``%1``, ``%2`` … (Qt's placeholders, which
translators may reorder), as ``QString.arg`` does."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *args: object) -> str:
    """Put args into %1, %2 … of a translated template, in one pass (like QString.arg), so
    that a value which itself contains "%2" is left alone."""
    return _PLACEHOLDER.sub(
        lambda m: str(args[int(m[1]) - 1]) if 0 < int(m[1]) <= len(args) else m[0], template)
