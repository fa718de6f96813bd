"""Pytest fixtures for the sync tests (registered in conftest.py): a PostgreSQL cluster for
the session, a bureau database on each engine, and a ``world`` — a bureau server running on
loopback, its service opened on the same database, and a laptop with signed evaluations."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from inspector.store import Store
from inspector.sync.client import SyncClient

from .sync_support import (
    KEY_PASS,
    BureauServer,
    Postgres,
    files_folder,
    home,
    make_ca,
    make_inspector_key,
    open_service,
    signed_evaluations,
)

ME, OTHER = "yh-dx-001", "yh-dx-002"


@pytest.fixture(scope="session")
def postgres():
    try:
        pg = Postgres()
    except (FileNotFoundError, OSError) as exc:
        if os.environ.get("INSPECTOR_REQUIRE_POSTGRES"):
            raise
        pytest.skip(f"PostgreSQL is not installed here ({exc})")
    yield pg
    pg.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "bureau.db")
    return request.getfixturevalue("postgres").new_database()


@pytest.fixture(scope="session")
def template(tmp_path_factory):
    """Made once: a bureau CA, and a laptop with 12 finalized evaluations whose signed
    reports are queued in the outbox (signing reports is the slow part)."""
    root = tmp_path_factory.mktemp("sync-template")
    ca = make_ca(root / "ca")
    laptop = root / "laptop"
    with home(laptop):
        identity = make_inspector_key(laptop, ca, "王喆", ME)
        with Store.open(laptop, daily_backup=False) as store:
            ids = signed_evaluations(store, identity, 12, tmp=root)
    return root, ids


@dataclass
class World:
    server: BureauServer
    service: object
    laptop: Path
    ca: Path
    ids: list[str]
    token: str
    admin_token: str

    def store(self) -> Store:
        return Store.open(self.laptop, daily_backup=False)

    def client(self, token: str | None = None) -> SyncClient:
        return SyncClient(self.server.url, token or self.token, timeout=30)

    def identity(self):
        from inspector.signing.keys import load_identity

        return load_identity(self.laptop / "keys" / "inspector.p12", KEY_PASS)

    def count(self, table: str = "submissions") -> int:
        with self.service.db.transaction(write=False) as tx:
            return tx.one(f"SELECT count(*) FROM {table}")[0]


@pytest.fixture
def world(template, tmp_path, db_url, monkeypatch):
    root, ids = template
    ca = tmp_path / "ca"
    laptop = tmp_path / "laptop"
    shutil.copytree(root / "ca", ca)
    shutil.copytree(root / "laptop", laptop)
    monkeypatch.setenv("INSPECTOR_HOME", str(laptop))
    files = files_folder(db_url, tmp_path / "bureau-files")
    service = open_service(db_url, ca, files)
    service.add_user(ME, "王喆")
    service.add_user(OTHER, "李娜")
    service.add_user("admin", "督导室管理员", "admin")
    server = BureauServer(db_url, ca, tmp_path / "bureau-home", files=files).start()
    w = World(server, service, laptop, ca, ids, service.issue_token(ME),
              service.issue_token("admin"))
    yield w
    server.stop()
    service.db.close()


