"""Decimal numbers as rubrics, scores and reports write them (no YAML needed here)."""

from __future__ import annotations

import functools
from decimal import Decimal


@functools.lru_cache(maxsize=8192)
def format_decimal(value: Decimal) -> str:
    """A decimal in plain notation without trailing zeros: 40, 0.5, 12.25."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
