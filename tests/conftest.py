"""Shared by every test: Qt runs offscreen, and each test has its own empty data folder."""

from __future__ import annotations

import os

# Before anything imports Qt: no display is needed, in CI or on a developer's machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest_plugins = ["tests.sync_fixtures"]


@pytest.fixture(autouse=True)
def inspector_home(tmp_path, monkeypatch):
    """A fresh data folder (``INSPECTOR_HOME``) for each test, so that no test ever reads or
    writes an inspector's real data. The developer's own ``INSPECTOR_RUBRICS`` and
    ``INSPECTOR_LANG`` are cleared too; a test that wants them sets them itself."""
    home = tmp_path / "inspector-home"
    home.mkdir()
    monkeypatch.setenv("INSPECTOR_HOME", str(home))
    monkeypatch.delenv("INSPECTOR_RUBRICS", raising=False)
    monkeypatch.delenv("INSPECTOR_LANG", raising=False)
    return home


@pytest.fixture(autouse=True)
def no_translation_leaks():
    """A test that switches the app's language (to Chinese, the default) must not change the
    language of the tests after it: remove the translators it installed."""
    yield
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None:
        return
    from inspector.ui import i18n

    for translator in i18n._installed:
        app.removeTranslator(translator)
    i18n._installed.clear()
