"""The district roll-up workbook from what the bureau received (same workbook as the
laptop's ``export rollup``): each current submission's figures, recomputed from its answers
with the engine for the per-area scores."""

from __future__ import annotations

from pathlib import Path

from ..exports.rollup import RollupRow, write_rollup
from ..exports.workbook_values import fraction, num
from .service import Bureau


def collect_rows(bureau: Bureau, *, review: str | None = None) -> tuple[list[RollupRow], dict]:
    from ..sync.submission import score_payload

    rubrics: dict = {}
    rows: list[RollupRow] = []
    for item in bureau.evaluations(review=review):
        if item["superseded_by"]:
            continue
        body = bureau.submission_body(item["evaluation_id"])["payload"]
        rubric = rubrics.get(item["rubric_hash"]) or bureau.rubric(item["rubric_hash"])
        rubrics[item["rubric_hash"]] = rubric
        result = score_payload(rubric, body, explain=False)
        rows.append(RollupRow(
            id=item["evaluation_id"], school=item["school_name"],
            school_code=item["school_code"], town=item["town"] or "",
            school_type=body["school"].get("type", ""), family=rubric.meta.family.value,
            rubric_id=rubric.id, rubric_title=rubric.title, rubric_version=rubric.version,
            rubric_hash=rubric.content_hash, visit_date=item["visit_date"], status="submitted",
            superseded=False, revision=item["revision"], total=num(result.total),
            max=num(result.max), percent=fraction(result.percent), grade=result.grade,
            passed=result.passed, veto=list(result.veto),
            areas={a.code: (a.title, num(a.score)) for a in result.areas}))
    rows.sort(key=lambda x: (x.town, x.school_code, x.visit_date, x.revision))
    return rows, rubrics


def export_bureau_rollup(bureau: Bureau, out: str | Path, *, review: str | None = None) -> int:
    rows, rubrics = collect_rows(bureau, review=review)
    write_rollup(rows, rubrics, out)
    return len(rows)

