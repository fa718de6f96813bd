"""The Qt binding must not leak references to None, True and False.

PySide6 6.12.0 on CPython 3.11 drops one reference to None on every call of a void method and
to True/False on every emitted bool signal (it treats them as immortal, which they are only
from CPython 3.12). After enough edits the interpreter aborts with "Fatal Python error:
none_dealloc" — an inspector would lose the app mid-visit. pyproject.toml pins PySide6 below
6.12; this test fails if an installed version brings the problem back.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QCheckBox, QLabel


def _counts() -> tuple[int, int, int]:
    gc.collect()
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_void_calls_and_bool_signals_keep_reference_counts(qapp):
    label, check, proxy = QLabel(), QCheckBox(), QSortFilterProxyModel()
    seen = []
    check.toggled.connect(lambda on: seen.append(int(on)))  # holds no reference to True
    before = _counts()
    for i in range(2000):
        label.setText("余杭")  # void methods
        proxy.invalidate()
        check.setChecked(i % 2 == 0)  # emits toggled(bool)
    after = _counts()
    assert len(seen) == 2000
    drift = [b - a for a, b in zip(before, after, strict=True)]
    assert all(abs(d) < 50 for d in drift), f"reference counts drifted by {drift}"
