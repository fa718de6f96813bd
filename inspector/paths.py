"""Where things live: the user's data folder and the resources shipped with the app.

One import point for every path, so that the code works the same from a checkout and when
installed. ``INSPECTOR_HOME`` overrides the data folder, so that tests and development never
touch an inspector's real data.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "yuhang-inspector"
_ROOT = Path(__file__).resolve().parent.parent


def data_home() -> Path:
    """The per-user data folder (database, attachments, backups, keys, installed rubrics)."""
    override = os.environ.get("INSPECTOR_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    return path


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
