"""Excel exports: the district roll-up of 1,000 evaluations, and one 300-leaf evaluation.

    .venv/bin/python benchmarks/bench_exports_xlsx.py [--evaluations 1000] [--runs 5]

The roll-up is timed next to bare openpyxl writing the same cells (the same values and
formulas, read back from our workbook; no styles, no print setup) in the same run, both in
normal mode (``Workbook()`` + ``ws.append``) and in write-only mode. The target is ≤ 1.2× the
faster bare run. Ours includes gathering the figures from the store (list, frozen results,
scoring any draft); the bare runs start from values already in memory.

Scenarios:
* 1,000 finalized evaluations (with 50 reopened-and-refinalized chains whose older
  revisions the roll-up leaves out) over the demo rubrics and 200 schools — the bureau's case;
* the same number of drafts, which must be scored when exported (figures for information:
  scoring, not writing, dominates);
* ``export_evaluation`` of one 300-leaf evaluation (synthetic rubric).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook, load_workbook  # noqa: E402

from inspector.exports.rollup import collect_rows, export_rollup, write_rollup  # noqa: E402
from inspector.exports.workbook import export_evaluation  # noqa: E402
from inspector.rubrics import Catalog, Mode, rubric_from_text  # noqa: E402
from inspector.scoring import answer_to_json, parse_answers  # noqa: E402
from inspector.store import School, Store  # noqa: E402
from inspector.store.database import now  # noqa: E402
from inspector.store.schema import FROZEN_FIGURES_SQL  # noqa: E402
from tests.factories import full_answers, synthetic_rubric_yaml  # noqa: E402

TOWNS = ["良渚街道", "仓前街道", "闲林街道", "五常街道", "瓶窑镇", "中泰街道", "径山镇", "仁和街道",
         "百丈镇", "鸬鸟镇", "余杭街道", "黄湖镇"]
TYPES = ["primary", "primary", "junior", "nine_year", "kindergarten", "kindergarten"]


def random_answers(rubric, rng: random.Random) -> dict:
    """Plausible answers (JSON form) for every answerable item, with some N/A and vetoes."""
    answers: dict = {}
    for code in rubric.answerable_codes():
        if rubric.is_prerequisite(code):
            answers[code] = rng.random() > 0.02
            continue
        if rubric.is_veto(code):
            answers[code] = rng.random() < 0.01
            continue
        leaf = rubric.find(code)
        if leaf.na_allowed and rng.random() < 0.15:
            answers[code] = "NA"
            continue
        mode = leaf.mode
        if mode is Mode.POINTS:
            step = rubric.step_of(leaf)
            steps = int(leaf.points / step)
            answers[code] = json.loads(str(step * rng.randint(int(steps * 0.5), steps)))
        elif mode is Mode.DEDUCTION:
            keys = [d.key for d in leaf.deductions]
            answers[code] = rng.sample(keys, k=min(len(keys), rng.choice([0, 0, 1, 2])))
        elif mode is Mode.COEFFICIENT:
            answers[code] = rng.choice([lv.name for lv in rubric.levels_of(leaf)])
        elif mode is Mode.BANDS:
            answers[code] = rng.choice([100, 96, 88, 75, 62])
        elif mode is Mode.PASS_FAIL:
            answers[code] = rng.random() < 0.85
        else:
            answers[code] = "整体情况良好，个别方面有待加强。"
    return answers


def build_database(home: Path, count: int, *, finalize: bool, reopened: int = 50) -> None:
    """``count`` evaluations (latest revisions) over the catalog's rubrics and 200 schools."""
    rng = random.Random(7)
    with Store.open(home, daily_backup=False) as store:
        catalog = Catalog.discover()
        for i in range(200):
            kind = TYPES[i % len(TYPES)]
            store.schools.add(School(f"33011099{i:03d}", f"杭州市余杭区基准{i}号学校", kind,
                                     TOWNS[i % len(TOWNS)]), replace=True)
        schools = [s for s in store.schools.list() if s.code.startswith("33011099")]
        by_type = {t: [r for r in catalog.rubrics if r.applies_to(t)] for t in set(TYPES)}
        ids = []
        for i in range(count):
            school = schools[i % len(schools)]
            choices = by_type[school.type]
            rubric = choices[i % len(choices)]
            ev = store.evaluations.create(school.code, rubric,
                                          visit_date=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                                          kind="formal")
            answers = parse_answers(rubric, random_answers(rubric, rng))
            with store.transaction():
                store.db.conn.executemany(
                    "INSERT INTO answers(evaluation_id, code, value, updated_at, updated_by) "
                    "VALUES (?, ?, ?, '2025-10-01', 'bench')",
                    [(ev.id, c, json.dumps(answer_to_json(v), ensure_ascii=False))
                     for c, v in answers.items()])
            ids.append(ev.id)
        if finalize:
            bulk_finalize(store, ids)
            for eid in ids[:reopened]:
                new = store.evaluations.reopen(eid, "复核")
                bulk_finalize(store, [new.id])
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def bulk_finalize(store: Store, ids: list[str]) -> None:
    """What Evaluations.finalize stores, without its evidence checks (bench data has no
    photos) and in one transaction."""
    at = now()
    with store.transaction():
        for eid in ids:
            sheet = store.evaluations.open(eid)
            result = sheet.result()
            summary = result.to_json()
            summary["answerable"] = len(sheet.rubric.answerable_codes())
            del summary["nodes"]
            store.db.execute(
                "UPDATE evaluations SET status = 'finalized', finalized_at = ?, "
                "finalized_by = 'bench', updated_at = ?, result = ? WHERE id = ?",
                [at, at, json.dumps(summary, ensure_ascii=False), eid])
            store.db.execute("INSERT INTO frozen_figures(evaluation_id, figures) SELECT id, "
                             + FROZEN_FIGURES_SQL.format(r="result")
                             + " FROM evaluations WHERE id = ?", [eid])
            store.evaluations.save_summary(eid, at, {
                "total": result.total, "max": result.max, "percent": result.percent,
                "grade": result.grade, "passed": result.passed,
                "answerable": summary["answerable"],
                "answered": summary["answerable"] - len(result.unanswered)})


def sheet_values(path: Path) -> list[tuple[str, list[tuple]]]:
    wb = load_workbook(path)
    return [(ws.title, [tuple(r) for r in ws.iter_rows(values_only=True)]) for ws in wb]


def bare_write(sheets, out: Path, write_only: bool) -> None:
    wb = Workbook(write_only=write_only)
    if not write_only:
        wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)


def timed(fn, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


def line(label: str, samples: list[float]) -> str:
    return f"  {label:<46} median {statistics.median(samples):8.1f} ms   min {min(samples):8.1f} ms"


def bench_rollup(home: Path, tmp: Path, runs: int, title: str, status: str | None, *,
                 target: str = "target ≤ 1.2×") -> None:
    """Each run times ours, its two halves and both bare writers back to back (interleaved,
    so that a busy machine slows them alike)."""
    ours_path = tmp / "ours.xlsx"
    with Store.open(home, daily_backup=False) as store:
        export_rollup(store, ours_path, status=status)  # warm up: page cache, imports
        sheets = sheet_values(ours_path)
        ours, gather, write, normal, streamed = [], [], [], [], []
        for _ in range(runs):
            ours += timed(lambda: export_rollup(store, ours_path, status=status), 1)
            rubrics: dict = {}
            t0 = time.perf_counter()
            rows = collect_rows(store, status=status, rubrics=rubrics)
            gather.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            write_rollup(rows, rubrics, ours_path, status=status)
            write.append((time.perf_counter() - t0) * 1000)
            normal += timed(lambda: bare_write(sheets, tmp / "bare.xlsx", False), 1)
            streamed += timed(lambda: bare_write(sheets, tmp / "bare_wo.xlsx", True), 1)
    cells = sum(sum(v is not None for v in r) for _, rs in sheets for r in rs)
    bare = min(statistics.median(normal), statistics.median(streamed))
    print(f"{title}: {len(rows)} rows, {len(sheets)} sheets, {cells:,} cells "
          f"({ours_path.stat().st_size // 1024} KiB), {runs} runs")
    print(line("export_rollup (gather + write)", ours))
    print(line("  of which gathering the figures", gather))
    print(line("  of which writing the workbook", write))
    print(line("bare openpyxl, normal mode, same cells", normal))
    print(line("bare openpyxl, write-only mode, same cells", streamed))
    print(f"  ratio export_rollup / fastest bare  {statistics.median(ours) / bare:4.2f}×   "
          f"({target});  writing alone {statistics.median(write) / bare:4.2f}×;  "
          f"vs bare normal mode {statistics.median(ours) / statistics.median(normal):4.2f}×")


def bench_evaluation(tmp: Path, runs: int) -> None:
    home = tmp / "one"
    with Store.open(home, daily_backup=False) as store:
        store.schools.add(School("1", "杭州市余杭区基准学校", "primary", "良渚街道"))
        big = rubric_from_text(synthetic_rubric_yaml(300), "synthetic-300.yaml")
        ev = store.evaluations.create("1", big, visit_date="2025-10-01")
        for code, value in full_answers(big).items():
            store.evaluations.set_answer(ev.id, code, value)
        out = tmp / "evaluation.xlsx"
        samples = timed(lambda: export_evaluation(store, [ev.id], out), runs)
        rows = load_workbook(out)["评分明细"].max_row
    print(f"export_evaluation, one evaluation of 300 leaves ({rows} item-sheet rows, "
          f"{out.stat().st_size // 1024} KiB)")
    print(line("export_evaluation", samples))
    sheets = sheet_values(out)
    bare = timed(lambda: bare_write(sheets, tmp / "bare_one.xlsx", False), runs)
    print(line("bare openpyxl, normal mode, same cells", bare))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--evaluations", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        t0 = time.perf_counter()
        build_database(tmp / "finalized", args.evaluations, finalize=True)
        build_database(tmp / "drafts", args.evaluations, finalize=False)
        print(f"(built the databases in {time.perf_counter() - t0:.1f} s)\n")
        bench_rollup(tmp / "finalized", tmp, args.runs,
                     f"Roll-up of {args.evaluations:,} finalized evaluations", None)
        print()
        bench_rollup(tmp / "drafts", tmp, max(3, args.runs // 3),
                     f"Roll-up of {args.evaluations:,} drafts (scored on export)", None,
                     target="no target: each draft is scored while exporting")
        print()
        bench_evaluation(tmp, args.runs)


if __name__ == "__main__":
    main()
