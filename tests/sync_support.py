"""Real servers for the sync tests and benchmarks: a throwaway PostgreSQL cluster, the bureau
server in a uvicorn subprocess on loopback, and laptops with signed evaluations.

PostgreSQL: ``initdb`` in a temporary folder, started with ``pg_ctl`` on a free port (as the
``postgres`` user when running as root; PostgreSQL refuses root). ``.ci/run`` installs the
server and sets INSPECTOR_REQUIRE_POSTGRES=1, so a missing PostgreSQL fails there instead of
skipping.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
CA_PASS, KEY_PASS = "bureau-ca-secret", "inspector-secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- PostgreSQL ----------------------------------------------------------------------------
def postgres_bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


class Postgres:
    """A PostgreSQL cluster of our own, in a temporary folder, stopped and removed at close."""

    def __init__(self):
        bindir = postgres_bindir()
        if bindir is None:
            raise FileNotFoundError("PostgreSQL is not installed (initdb not found)")
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="inspector-pg-"))
        self.port = free_port()
        self._as = []
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            shutil.chown(self.dir, "postgres")
            self._as = ["runuser", "-u", "postgres", "--"]
        data = self.dir / "data"
        self._run([bindir / "initdb", "-D", data, "-A", "trust", "-U", "app", "-E", "UTF8",
                   "--no-sync", "--locale=C"])
        self._run([bindir / "pg_ctl", "-D", data, "-l", self.dir / "log", "-w", "-o",
                   f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c max_connections=200", "start"])
        self._count = 0

    def _run(self, args) -> None:
        subprocess.run([*self._as, *map(str, args)], check=True, capture_output=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://app@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        self._count += 1
        name = f"bureau_{self._count}_{uuid.uuid4().hex[:6]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def close(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run([self.bindir / "pg_ctl", "-D", self.dir / "data", "-m", "immediate",
                       "stop"])
        shutil.rmtree(self.dir, ignore_errors=True)


# --- the bureau server ---------------------------------------------------------------------
@dataclass
class BureauServer:
    """``inspector bureau serve`` in a subprocess, on a free loopback port."""

    db_url: str
    ca: Path
    home: Path
    port: int = 0
    process: subprocess.Popen | None = None
    report_checks: bool = True
    files: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict:
        return {**os.environ, "BUREAU_HOME": str(self.home), "BUREAU_CA_PASSPHRASE": CA_PASS,
                "PYTHONUNBUFFERED": "1"}

    def start(self, timeout: float = 30) -> BureauServer:
        self.port = self.port or free_port()
        args = [sys.executable, str(ROOT / "main.py"), "bureau", "--db", self.db_url, "--ca",
                str(self.ca)]
        if self.files is not None:
            args += ["--files", str(self.files)]
        args += ["serve", "--port", str(self.port)]
        if not self.report_checks:
            args.append("--no-report-checks")
        self.process = subprocess.Popen(args, env=self.env(), stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the bureau server exited: "
                                   + self.process.stdout.read().decode("utf-8", "replace"))
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return self
            time.sleep(0.05)
        raise RuntimeError("the bureau server did not start")

    def kill(self) -> None:
        """SIGKILL: no goodbye, as a power cut."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        if self.process and self.process.stdout:
            self.process.stdout.close()


def make_ca(folder: Path) -> Path:
    from inspector.signing.ca import ca_init

    ca_init(folder, "余杭区教育局督导室 CA", CA_PASS)
    return folder


def open_service(db_url: str, ca: Path, files: Path | None = None):
    """The bureau's service on the same database (and files folder) as a server."""
    from inspector.bureau.database import Database
    from inspector.bureau.service import Bureau

    return Bureau(Database.open(db_url), ca, CA_PASS, files=files)


def files_folder(db_url: str, folder: Path) -> Path | None:
    """Where a test's bureau keeps files: next to SQLite by default, a folder for PostgreSQL."""
    return None if not db_url.startswith("postgresql") else folder


# --- laptops -------------------------------------------------------------------------------
@contextlib.contextmanager
def home(folder: Path):
    """Make ``folder`` the data folder (INSPECTOR_HOME) for the block."""
    old = os.environ.get("INSPECTOR_HOME")
    os.environ["INSPECTOR_HOME"] = str(folder)
    try:
        yield folder
    finally:
        if old is None:
            os.environ.pop("INSPECTOR_HOME", None)
        else:
            os.environ["INSPECTOR_HOME"] = old


def make_inspector_key(folder: Path, ca: Path, name: str, inspector_id: str):
    """A signing key in ``folder``/keys whose certificate the CA issued (as enrolment does)."""
    from inspector.signing import keys
    from inspector.signing._util import cert_pem
    from inspector.signing.ca import ca_certificate, ca_issue

    path = folder / "keys" / "inspector.p12"
    keys.init_keys(name, inspector_id, passphrase=KEY_PASS, path=path)
    pem = ca_issue(ca, keys.read_csr(path), CA_PASS)
    keys.install_certificate(pem + cert_pem(ca_certificate(ca)), KEY_PASS, path=path)
    return keys.load_identity(path, KEY_PASS)


def bundled_rubric(rubric_id: str = "yh-modern-school"):
    from inspector.paths import bundled_rubrics_dir
    from inspector.rubrics.catalog import Catalog

    catalog = Catalog.discover([bundled_rubrics_dir()])
    found = [r for r in catalog.rubrics if r.id == rubric_id] or catalog.rubrics
    return found[0]


def finalized_evaluations(store, count: int, *, rubric=None, school_code="3301100104",
                          tmp: Path) -> list[str]:
    """``count`` finalized evaluations of a bundled rubric, every required note and photo given."""
    from inspector.rubrics import Evidence
    from inspector.store.demo import _png
    from inspector.store.records import School

    from .factories import full_answers

    rubric = rubric or bundled_rubric()
    if store.schools.get(school_code) is None:
        store.schools.add(School(school_code, "杭州市余杭区五常小学", "primary", "五常街道"))
    answers = full_answers(rubric)
    ids = []
    for n in range(count):
        ev = store.evaluations.create(school_code, rubric, visit_date="2026-11-20")
        for code, value in answers.items():
            leaf = rubric.find(code)
            requires = getattr(leaf, "requires", ()) or ()
            store.evaluations.set_answer(ev.id, code, value,
                                         note="现场核实" if Evidence.NOTE in requires else None)
            if Evidence.PHOTO in requires:
                photo = tmp / f"photo-{n}-{code}.png"
                photo.write_bytes(_png((n % 256, 80, 120)))
                store.evaluations.attach(ev.id, code, photo)
        store.evaluations.finalize(ev.id)
        ids.append(ev.id)
    return ids


def sign_and_queue(store, identity, evaluation_id: str, tmp: Path):
    """The signed PDF report of a finalized evaluation, queued in the outbox (as the app does
    after signing)."""
    from inspector.exports.signable_report import write_signable_report
    from inspector.signing.pdf import sign_pdf
    from inspector.sync.outbox import record_signed

    pdf = tmp / f"{evaluation_id}.pdf"
    write_signable_report(store, evaluation_id, pdf)
    sign_pdf(pdf, pdf, identity, certify=True)
    return record_signed(store, evaluation_id, pdf, identity)


def signed_evaluations(store, identity, count: int, *, tmp: Path, **kwargs) -> list[str]:
    ids = finalized_evaluations(store, count, tmp=tmp, **kwargs)
    for eid in ids:
        sign_and_queue(store, identity, eid, tmp)
    return ids
