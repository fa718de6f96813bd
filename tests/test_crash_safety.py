"""Kill a process while it applies edits; every edit it reported saved must survive.

`eval apply` prints ``saved CODE`` only after the edit's transaction has committed. The test
feeds it a stream of edits, SIGKILLs it at a random moment, reopens the database and checks
that every reported edit is there (or was overtaken by a later edit of the same item that
also reached the disk), that the event log agrees, and that the file passes integrity_check.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from inspector.rubrics import rubric_from_text
from inspector.store import School, Store
from tests.factories import synthetic_rubric_yaml

ROOT = Path(__file__).resolve().parent.parent
KILLS = int(os.environ.get("CRASH_TEST_KILLS", "30"))


@pytest.fixture
def prepared(tmp_path):
    home = tmp_path / "home"
    rubric_path = tmp_path / "syn.yaml"
    rubric_path.write_text(synthetic_rubric_yaml(60, areas=3, groups_per_area=2),
                           encoding="utf-8")
    rubric = rubric_from_text(rubric_path.read_text(encoding="utf-8"), str(rubric_path))
    with Store.open(home) as store:
        store.schools.add(School("3301100101", "杭州市余杭区良渚第一小学", "primary"))
        ev = store.evaluations.create("3301100101", rubric)
    points_codes = [leaf.code for leaf in rubric.leaves() if leaf.mode.value == "points"]
    return home, ev.id, points_codes


def _edits(codes: list[str], rng: random.Random):
    """An endless stream of (code, value) edits of points items (values 0, 0.5 … 2)."""
    while True:
        yield rng.choice(codes), rng.choice([0, 0.5, 1, 1.5, 2])


def _run_and_kill(home: Path, eid: str, codes: list[str], rng: random.Random):
    env = {**os.environ, "INSPECTOR_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "eval", "apply", eid],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=ROOT, text=True,
                            encoding="utf-8")
    sent: list[tuple[str, float]] = []
    saved: list[str] = []
    stop = threading.Event()

    def feed():
        try:
            for code, value in _edits(codes, rng):
                if stop.is_set():
                    break
                sent.append((code, value))
                proc.stdin.write(json.dumps({"code": code, "value": value}) + "\n")
                proc.stdin.flush()
        except (BrokenPipeError, OSError, ValueError):
            pass

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    first = proc.stdout.readline()  # wait until the process is really writing
    assert first.startswith("saved "), first + proc.stderr.read()
    saved.append(first.split()[1])
    deadline = time.monotonic() + rng.uniform(0.0, 0.25)
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        saved.append(line.split()[1])
    proc.send_signal(signal.SIGKILL)
    stop.set()
    for line in proc.stdout:  # lines already printed before the kill still count
        saved.append(line.split()[1])
    proc.wait()
    feeder.join(timeout=5)
    return sent, saved


def test_every_reported_edit_survives_sigkill(prepared):
    home, eid, codes = prepared
    rng = random.Random(20251129)
    db_file = home / "inspector.sqlite"
    # What the database held before this round, per code (edits are applied in order).
    for round_no in range(KILLS):
        before_events = _count_events(db_file)
        sent, saved = _run_and_kill(home, eid, codes, rng)
        assert len(saved) >= 1
        # The first len(saved) edits were committed, in order; later ones may or may not be.
        committed = sent[: len(saved)]
        assert [c for c, _ in committed] == saved, "saved lines must follow the input order"
        conn = sqlite3.connect(db_file)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {code: json.loads(value) for code, value in conn.execute(
                "SELECT code, value FROM answers WHERE evaluation_id = ?", [eid])}
            events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        finally:
            conn.close()
        last_saved = {}
        for code, value in committed:
            last_saved[code] = value
        for code, value in last_saved.items():
            later = [v for c, v in sent[len(saved):] if c == code]
            assert stored.get(code) == value or stored.get(code) in later, \
                f"round {round_no}: {code} was reported saved as {value}, found {stored.get(code)}"
        # every saved edit that changed something left an event; nothing beyond what was sent
        assert before_events <= events <= before_events + len(sent)
    with Store.open(home, daily_backup=False) as store:
        assert store.check() == "ok"
        assert store.evaluations.open(eid).result() is not None


def _count_events(db_file: Path) -> int:
    conn = sqlite3.connect(db_file)
    try:
        return conn.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        conn.close()
