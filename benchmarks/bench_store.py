"""The offline store: autosave latency, opening an evaluation, a database of 1,000 evaluations.

    .venv/bin/python benchmarks/bench_store.py [--evaluations 1000]

Each figure is printed next to a bare baseline measured in the same run on the same disk:
raw ``sqlite3`` doing the same writes (answer upsert + event insert + touch the evaluation,
one transaction per edit, WAL + synchronous=NORMAL) and the same reads.

Targets (issue "Offline evaluation store"): per-edit save within 3× of raw sqlite3; open an
evaluation of 300 answers with its scoring result in under 50 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inspector.rubrics import rubric_from_text  # noqa: E402
from inspector.scoring import answer_to_json, parse_answers  # noqa: E402
from inspector.store import School, Store  # noqa: E402
from tests.factories import full_answers, synthetic_rubric_yaml  # noqa: E402


def pct(samples: list[float], p: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, int(len(s) * p))]


def edits_for(rubric, n: int, seed: int = 1):
    rng = random.Random(seed)
    codes = [leaf.code for leaf in rubric.leaves() if leaf.mode.value == "points"]
    return [(rng.choice(codes), rng.choice([0, 0.5, 1, 1.5, 2])) for _ in range(n)]


def bench_edits(tmp: Path, rubric, n: int) -> None:
    edits = edits_for(rubric, n)
    with Store.open(tmp / "ours", daily_backup=False) as store:
        store.use_actor("bench")
        store.schools.add(School("1", "基准学校", "primary"))
        ev = store.evaluations.create("1", rubric)
        ours = []
        for code, value in edits:
            t0 = time.perf_counter()
            store.evaluations.set_answer(ev.id, code, value)
            ours.append((time.perf_counter() - t0) * 1000)

    conn = sqlite3.connect(tmp / "raw.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE TABLE answers(evaluation_id TEXT, code TEXT, value TEXT, "
                 "updated_at TEXT, PRIMARY KEY(evaluation_id, code))")
    conn.execute("CREATE TABLE events(seq INTEGER PRIMARY KEY, at TEXT, evaluation_id TEXT, "
                 "code TEXT, old TEXT, new TEXT)")
    conn.execute("CREATE TABLE evaluations(id TEXT PRIMARY KEY, updated_at TEXT)")
    conn.execute("INSERT INTO evaluations VALUES ('e', '')")
    raw = []
    for code, value in edits:
        t0 = time.perf_counter()
        at = str(time.time())
        new = json.dumps(value)
        conn.execute("BEGIN")
        row = conn.execute("SELECT value FROM answers WHERE evaluation_id='e' AND code=?",
                           [code]).fetchone()
        conn.execute("INSERT INTO answers VALUES ('e', ?, ?, ?) ON CONFLICT DO UPDATE SET "
                     "value=excluded.value, updated_at=excluded.updated_at", [code, new, at])
        conn.execute("INSERT INTO events(at, evaluation_id, code, old, new) VALUES (?,?,?,?,?)",
                     [at, "e", code, row[0] if row else None, new])
        conn.execute("UPDATE evaluations SET updated_at = ? WHERE id = 'e'", [at])
        conn.execute("COMMIT")
        raw.append((time.perf_counter() - t0) * 1000)
    conn.close()
    med, p99 = statistics.median(ours), pct(ours, 0.99)
    rmed, rp99 = statistics.median(raw), pct(raw, 0.99)
    print(f"Autosave, {n} edits, each its own transaction (validated, logged)")
    print(f"  store.set_answer      median {med:6.3f} ms   p99 {p99:6.3f} ms")
    print(f"  raw sqlite3 baseline  median {rmed:6.3f} ms   p99 {rp99:6.3f} ms")
    print(f"  ratio                 median {med / rmed:5.2f}×      p99 {p99 / rp99:5.2f}×"
          f"      (target: within 3×)")


def bench_open(tmp: Path, rubric) -> None:
    with Store.open(tmp / "open", daily_backup=False) as store:
        store.use_actor("bench")
        store.schools.add(School("1", "基准学校", "primary"))
        ev = store.evaluations.create("1", rubric)
        for code, value in full_answers(rubric).items():
            store.evaluations.set_answer(ev.id, code, value)
        path = store.path
    samples, raw_samples = [], []
    for _ in range(20):
        t0 = time.perf_counter()
        with Store.open(tmp / "open", daily_backup=False) as store:
            sheet = store.evaluations.open(ev.id)
            result = sheet.result()
        samples.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        conn = sqlite3.connect(path)
        rows = conn.execute("SELECT code, value FROM answers WHERE evaluation_id = ?",
                            [ev.id]).fetchall()
        {c: json.loads(v) for c, v in rows}
        conn.execute("SELECT definition FROM rubrics").fetchone()
        conn.close()
        raw_samples.append((time.perf_counter() - t0) * 1000)
    print(f"Open an evaluation of {len(sheet.answers)} answers with its scoring result "
          f"(cold: open the database, load the stored rubric, decode, validate, score)")
    print(f"  ours                  median {statistics.median(samples):6.2f} ms   "
          f"max {max(samples):6.2f} ms   (target: under 50 ms)   total {result.total}")
    print(f"  raw sqlite3 baseline  median {statistics.median(raw_samples):6.2f} ms   "
          f"(connect + select + json.loads; no rubric, no validation, no score)")
    with Store.open(tmp / "open", daily_backup=False) as store:
        store.evaluations.open(ev.id)
        warm = []
        for _ in range(20):
            t0 = time.perf_counter()
            store.evaluations.open(ev.id).result()
            warm.append((time.perf_counter() - t0) * 1000)
    print(f"  warm (store already open, rubric cached) median {statistics.median(warm):6.2f} ms")


def bench_many(tmp: Path, rubric, count: int) -> None:
    answers = parse_answers(rubric, full_answers(rubric))
    encoded = {c: json.dumps(answer_to_json(v), ensure_ascii=False) for c, v in answers.items()}
    t0 = time.perf_counter()
    with Store.open(tmp / "many", daily_backup=False) as store:
        store.use_actor("bench")
        towns = ["良渚街道", "仓前街道", "闲林街道", "五常街道", "瓶窑镇", "径山镇"]
        for i in range(100):
            store.schools.add(School(f"S{i:03d}", f"杭州市余杭区第{i}小学", "primary",
                                     towns[i % len(towns)]))
        ids = [store.evaluations.create(f"S{i % 100:03d}", rubric, visit_date="2025-10-01").id
               for i in range(count)]
        # Bulk-load the answers (the per-edit path is measured above), then finalize half.
        with store.transaction():
            for eid in ids:
                store.db.conn.executemany(
                    "INSERT INTO answers(evaluation_id, code, value, updated_at) "
                    "VALUES (?, ?, ?, '2025-10-01')", [(eid, c, v) for c, v in encoded.items()])
        build = time.perf_counter() - t0
        t0 = time.perf_counter()
        for eid in ids[: count // 2]:
            store.evaluations.finalize(eid)
        finalize = (time.perf_counter() - t0) / (count // 2) * 1000
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = store.path.stat().st_size
        timings = {}
        for label, fn in [
            ("list, finalized only (frozen results)",
             lambda: store.evaluations.list(status="finalized")),
            ("list all, scoring every draft", lambda: store.evaluations.list(with_scores=True)),
            ("list all, no draft scores", lambda: store.evaluations.list()),
            ("search '良渚' (2 chars, LIKE)", lambda: store.evaluations.list(search="良渚")),
            ("search '第12小学' (trigram FTS)", lambda: store.evaluations.list(search="第12小学")),
            ("integrity_check (db check)", store.check),
            ("quick_check (every start-up)",
             lambda: store.db.execute("PRAGMA quick_check").fetchone()[0]),
        ]:
            fn()
            t1 = time.perf_counter()
            rows = fn()
            timings[label] = ((time.perf_counter() - t1) * 1000,
                              len(rows) if isinstance(rows, list) else rows)
        t1 = time.perf_counter()
        store.close()
        with Store.open(tmp / "many", daily_backup=False) as again:
            again.evaluations.open(ids[-1]).result()
        timings["open the store + one evaluation, cold"] = ((time.perf_counter() - t1) * 1000,
                                                            "incl. quick_check")
    print(f"A database of {count} evaluations × {len(encoded)} answers "
          f"({count * len(encoded):,} answers)")
    print(f"  file size {size / 1e6:.1f} MB   built in {build:.1f} s   "
          f"finalize {finalize:.1f} ms each")
    for label, (ms, n) in timings.items():
        print(f"  {label:<42} {ms:8.1f} ms   ({n})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--evaluations", type=int, default=1000)
    args = parser.parse_args()
    rubric = rubric_from_text(synthetic_rubric_yaml(300), "synthetic-300")
    with tempfile.TemporaryDirectory() as tmp:
        bench_edits(Path(tmp), rubric, args.edits)
        bench_open(Path(tmp), rubric)
        bench_many(Path(tmp), rubric, args.evaluations)


if __name__ == "__main__":
    main()
