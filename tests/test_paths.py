"""Where the app keeps its data: the folder each platform expects, the same folders as
platformdirs (which the app no longer imports at start-up), and $INSPECTOR_HOME first."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from inspector import paths


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    for name in ("INSPECTOR_HOME", "XDG_DATA_HOME", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_linux_follows_the_xdg_base_directory_specification(home, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert paths.user_data_dir() == home / ".local" / "share" / "yuhang-inspector"
    monkeypatch.setenv("XDG_DATA_HOME", "  ")  # set but empty: the default
    assert paths.user_data_dir() == home / ".local" / "share" / "yuhang-inspector"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    assert paths.user_data_dir() == home / "data" / "yuhang-inspector"


def test_windows_uses_the_local_app_data_folder(home, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    assert paths.user_data_dir() == home / "AppData" / "Local" / "yuhang-inspector"


def test_macos_uses_application_support(home, monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert paths.user_data_dir() == (home / "Library" / "Application Support"
                                     / "yuhang-inspector")


@pytest.mark.skipif(sys.platform == "win32", reason="platformdirs asks Windows itself there")
def test_the_same_folder_as_platformdirs(home, monkeypatch):
    import platformdirs  # a dev dependency
    for xdg in (None, str(home / "elsewhere")):
        if xdg:
            monkeypatch.setenv("XDG_DATA_HOME", xdg)
        assert paths.user_data_dir() == Path(platformdirs.user_data_dir(paths.APP_NAME, False))


def test_inspector_home_overrides_the_platform_folder(home, monkeypatch):
    monkeypatch.setenv("INSPECTOR_HOME", str(home / "test-data"))
    assert paths.data_home() == home / "test-data"
    monkeypatch.delenv("INSPECTOR_HOME")
    assert paths.data_home() == paths.user_data_dir()
