"""Where things live: the user's data folder and the resources shipped with the app.

One import point for every path, so that the code works the same from a checkout and when
installed. ``INSPECTOR_HOME`` overrides the data folder, so that tests and development never
touch an inspector's real data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "yuhang-inspector"
_ROOT = Path(__file__).resolve().parent.parent


def data_home() -> Path:
    """The per-user data folder (database, attachments, backups, keys, installed rubrics)."""
    override = os.environ.get("INSPECTOR_HOME")
    return Path(override) if override else user_data_dir()


def user_data_dir() -> Path:
    """Where the platform keeps an application's data for this user (not roaming):
    ``%LOCALAPPDATA%\\yuhang-inspector`` on Windows, ``~/Library/Application Support/…`` on
    macOS, ``$XDG_DATA_HOME/…`` (by default ``~/.local/share/…``) elsewhere, as the XDG Base
    Directory specification says. The same folders platformdirs gives, without importing it
    at every start (some 3 ms)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA", "").strip()
        folder = Path(base) if base else Path.home() / "AppData" / "Local"
    elif sys.platform == "darwin":
        folder = Path.home() / "Library" / "Application Support"
    else:
        base = os.environ.get("XDG_DATA_HOME", "").strip()
        folder = Path(base) if base else Path.home() / ".local" / "share"
    return folder / APP_NAME


def project_root() -> Path:
    return _ROOT


def bundled_rubrics_dir() -> Path:
    return _ROOT / "rubrics"


def user_rubrics_dir() -> Path:
    """Rubrics installed by this user (for example updates received from the bureau)."""
    return data_home() / "rubrics"


def resources_dir() -> Path:
    return _ROOT / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def forms_dir() -> Path:
    return _ROOT / "forms"
