"""Rubric loading and scoring, each next to a bare baseline measured in the same run.

    .venv/bin/python benchmarks/bench_core.py

Targets (issue "Core"): load and validate a rubric in under 50 ms; score a 300-leaf rubric in
under 2 ms.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inspector.rubrics import load_rubric, rubric_from_text  # noqa: E402
from inspector.scoring import parse_answers, score  # noqa: E402
from tests.factories import full_answers, synthetic_rubric_yaml  # noqa: E402


def bare_score(rubric, answers) -> float:
    """The baseline: the same tree summed with floats — no trace, no grades, no exactness."""
    levels = {lv.name: float(lv.coefficient) for lv in rubric.scoring.levels}
    bands = [(float(b.min_percent), float(b.fraction)) for b in rubric.scoring.bands]

    def leaf(n) -> float:
        v = answers.get(n.code)
        p = float(n.points)
        if v is None or isinstance(v, tuple) and not v:
            return 0.0 if v is None else p
        mode = n.mode.value
        if mode == "points":
            return float(v)
        if mode == "pass_fail":
            return p if v else 0.0
        if mode == "coefficient":
            return p * levels[v]
        if mode == "bands":
            return p * next(f for m, f in bands if float(v) >= m)
        if mode == "deduction":
            cut = {d.key: float(d.points) for d in n.deductions}
            return max(0.0, p - sum(cut[k] for k in v))
        return 0.0

    def node(n) -> float:
        return leaf(n) if n.is_leaf else sum(node(c) for c in n.children)

    return sum(node(a) for a in rubric.areas)


def timed(fn, repeat: int) -> tuple[float, float]:
    """(median, p95) wall time in milliseconds over ``repeat`` runs, after one warm-up."""
    fn()
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def row(label: str, ours: tuple[float, float], base: tuple[float, float], target: str) -> None:
    ratio = ours[0] / base[0] if base[0] else float("inf")
    print(f"{label:<44} {ours[0]:8.2f} {ours[1]:8.2f} {base[0]:9.3f} {ratio:7.1f}×  {target}")


def main() -> None:
    print(f"{'':<44} {'median':>8} {'p95':>8} {'baseline':>9} {'ratio':>8}  target")
    print(f"{'':<44} {'ms':>8} {'ms':>8} {'ms':>9}")
    print("Load + validate + hash each bundled rubric (baseline: yaml CSafeLoader of the file)")
    for path in sorted((ROOT / "rubrics").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        ours = timed(lambda p=path: load_rubric(p), 30)
        base = timed(lambda t=text: yaml.load(t, Loader=yaml.CSafeLoader), 30)
        leaves = sum(1 for _ in load_rubric(path).leaves())
        row(f"  {path.name} ({leaves} leaves)", ours, base, "< 50 ms")

    print("Score a synthetic rubric (baseline: the same tree summed with floats, no trace)")
    for leaves in (60, 300, 1000):
        rubric = rubric_from_text(synthetic_rubric_yaml(leaves), f"synthetic-{leaves}")
        answers = parse_answers(rubric, full_answers(rubric))
        ours = timed(lambda r=rubric, a=answers: score(r, a), 200)
        base = timed(lambda r=rubric, a=answers: bare_score(r, a), 200)
        assert abs(bare_score(rubric, answers) - float(score(rubric, answers).raw_total)) < 1e-6
        row(f"  score, {leaves} leaves", ours, base, "< 2 ms" if leaves == 300 else "")
        ours = timed(lambda r=rubric, a=answers: score(r, a).to_json(), 100)
        row(f"  score + to_json, {leaves} leaves", ours, base, "")
    rubric = rubric_from_text(synthetic_rubric_yaml(300), "synthetic-300")
    raw = full_answers(rubric)
    ours = timed(lambda: parse_answers(rubric, raw), 200)
    base = timed(lambda: dict(raw), 200)
    row("  validate 300 raw answers", ours, base, "")
    text = synthetic_rubric_yaml(300)
    ours = timed(lambda: rubric_from_text(text, "synthetic-300"), 30)
    base = timed(lambda: yaml.load(text, Loader=yaml.CSafeLoader), 30)
    row("  load + validate synthetic 300 leaves", ours, base, "< 50 ms")


if __name__ == "__main__":
    main()
