"""Where this laptop syncs to: the bureau's address and the access token from enrolment.

Kept in ``sync.json`` in the data folder, readable only by the user (the token is a secret;
the bureau stores only its hash).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from .. import paths

FILE = "sync.json"


@dataclass(frozen=True)
class SyncConfig:
    url: str
    token: str
    inspector_id: str
    name: str = ""


def config_path(data_dir: Path | None = None) -> Path:
    return (data_dir or paths.data_home()) / FILE


def load_config(data_dir: Path | None = None) -> SyncConfig | None:
    try:
        data = json.loads(config_path(data_dir).read_text("utf-8"))
        return SyncConfig(**{k: str(data[k]) for k in ("url", "token", "inspector_id")},
                          name=str(data.get("name", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_config(config: SyncConfig, data_dir: Path | None = None) -> Path:
    from ..signing._util import atomic_write

    path = config_path(data_dir)
    atomic_write(path, json.dumps(asdict(config), ensure_ascii=False, indent=2).encode(),
                 private=True)
    return path
