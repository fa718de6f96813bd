"""A finalized evaluation as a submission: the document the bureau receives.

The payload holds everything needed to check the result without the laptop: the evaluation's
record, the rubric reference (id, version, content hash), every answer as its stored JSON
text, findings, the event log, the digests of the evidence files and of the signed PDF
report, and the result the laptop computed. The bureau recomputes that result from the raw
answers with the same engine and refuses a mismatch.

Decimals travel as text (``"36.5"``), never as JSON numbers, so the canonical bytes are the
same in every language.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..rubrics.numbers import format_decimal

if TYPE_CHECKING:
    from ..rubrics import Rubric
    from ..scoring import Result
    from ..store import Store

FORMAT = "inspector.submission/1"


class SubmissionError(ValueError):
    """A submission that does not hold together. ``reason`` is a stable code."""

    def __init__(self, reason: str, message: str):
        self.reason = reason
        super().__init__(message)


def result_figures(result: Result) -> dict[str, Any]:
    return {"total": format_decimal(result.total), "max": format_decimal(result.max),
            "percent": format_decimal(result.percent), "grade": result.grade,
            "passed": bool(result.passed)}


def build_payload(store: Store, evaluation_id: str, report: dict) -> dict:
    """The submission payload of a finalized evaluation; ``report`` is the signed PDF's
    ``{"sha256", "size"}``."""
    evaluations = store.evaluations
    sheet = evaluations.open(evaluation_id)
    ev, rubric = sheet.evaluation, sheet.rubric
    if ev.is_draft:
        raise SubmissionError("draft", f"evaluation {ev.id} is a draft; finalize it first")
    school = store.schools.require(ev.school_code)
    db = store.db
    answers = {code: {"value": value, "self_value": self_value, "note": note,
                      "updated_at": at, "updated_by": by}
               for code, value, self_value, note, at, by in db.execute(
                   "SELECT code, value, self_value, note, updated_at, updated_by FROM answers "
                   "WHERE evaluation_id = ? ORDER BY code", [ev.id])}
    events = [{"seq": seq, "at": at, "actor": actor, "code": code, "field": fld, "old": old,
               "new": new, "reason": reason}
              for seq, at, actor, code, fld, old, new, reason in db.execute(
                  "SELECT seq, at, actor, code, field, old, new, reason FROM events "
                  "WHERE evaluation_id = ? ORDER BY seq", [ev.id])]
    from ..team.bureau_check import submission_block

    payload = {
        "format": FORMAT,
        "evaluation": {
            "id": ev.id, "revision": ev.revision, "supersedes": ev.supersedes,
            "kind": ev.kind, "visit_date": ev.visit_date, "team": list(ev.team),
            "created_by": ev.created_by, "created_at": ev.created_at,
            "finalized_at": ev.finalized_at, "finalized_by": ev.finalized_by,
        },
        "school": {"code": school.code, "name": school.name, "type": school.type,
                   "town": school.town},
        "rubric": {"id": rubric.id, "version": rubric.version, "hash": rubric.content_hash},
        "answers": answers,
        "findings": [{"code": f.code, "kind": f.kind, "text": f.text, "deadline": f.deadline,
                      "created_at": f.created_at, "created_by": f.created_by}
                     for f in sheet.findings],
        "attachments": [{"code": a.code or None, "sha256": a.sha256, "filename": a.filename,
                         "mime": a.mime, "size": a.size} for a in sheet.attachments],
        "events": events,
        "report": {"sha256": report["sha256"], "size": int(report["size"])},
        "result": result_figures(sheet.result()),
    }
    team = submission_block(store, evaluation_id)
    if team is not None:  # an expert team's evaluation: the scoresheets it was merged from
        payload["team"] = team
    return payload


def blobs_of(payload: dict) -> list[dict]:
    """The files a submission refers to: the signed report and every evidence file."""
    seen: dict[str, int] = {payload["report"]["sha256"]: payload["report"]["size"]}
    for a in payload.get("attachments", []):
        seen.setdefault(a["sha256"], a["size"])
    return [{"sha256": sha, "size": size} for sha, size in seen.items()]


def check_payload(payload: Any) -> None:
    """The shape of a submission payload (types and required fields)."""
    def need(mapping: Any, key: str, kinds, where: str) -> Any:
        if not isinstance(mapping, dict) or key not in mapping \
                or not isinstance(mapping[key], kinds):
            raise SubmissionError("malformed", f"{where}.{key} is missing or of the wrong type")
        return mapping[key]

    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise SubmissionError("malformed", f"not a submission ({FORMAT})")
    ev = need(payload, "evaluation", dict, "submission")
    need(ev, "id", str, "evaluation")
    need(ev, "revision", int, "evaluation")
    if ev.get("supersedes") is not None and not isinstance(ev["supersedes"], str):
        raise SubmissionError("malformed", "evaluation.supersedes must be text or null")
    for key in ("kind", "visit_date"):
        need(ev, key, str, "evaluation")
    school = need(payload, "school", dict, "submission")
    need(school, "code", str, "school")
    rubric = need(payload, "rubric", dict, "submission")
    for key in ("id", "version", "hash"):
        need(rubric, key, str, "rubric")
    answers = need(payload, "answers", dict, "submission")
    text_or_null = (str, type(None))
    for code, record in answers.items():
        if not isinstance(record, dict) or not isinstance(record.get("value"), text_or_null) \
                or not isinstance(record.get("note", ""), str):
            raise SubmissionError("malformed", f"answers.{code} is malformed")
    for key in ("findings", "attachments", "events"):
        need(payload, key, list, "submission")
    for a in payload["attachments"]:
        need(a, "sha256", str, "attachment")
        need(a, "size", int, "attachment")
    report = need(payload, "report", dict, "submission")
    need(report, "sha256", str, "report")
    need(report, "size", int, "report")
    result = need(payload, "result", dict, "submission")
    for key in ("total", "max", "percent", "grade"):
        need(result, key, str, "result")
    need(result, "passed", bool, "result")
    if payload.get("team") is not None:
        team = need(payload, "team", dict, "submission")
        for key in ("members", "scoresheets", "settlements"):
            need(team, key, list, "team")
        for key in ("policy", "threshold"):
            need(team, key, str, "team")
        need(team, "trim_min", int, "team")


def recompute(rubric: Rubric, payload: dict) -> dict[str, Any]:
    """Score the payload's raw answers with the engine; return the figures. Answers that do
    not fit the rubric raise SubmissionError('invalid_answer'). Only the figures are compared,
    so the engine writes no explanations (same arithmetic, see ``score(explain=False)``)."""
    return result_figures(score_payload(rubric, payload, explain=False))


def score_payload(rubric: Rubric, payload: dict, *, explain: bool = True) -> Result:
    """The engine's result for a submission's raw answers (SubmissionError for a bad one);
    ``explain=False``: the figures without the sentences."""
    from ..scoring import AnswerError, loads_answers_json, parse_answer, score

    given = [(code, r["value"]) for code, r in payload["answers"].items()
             if r.get("value") is not None]
    try:  # one parse for all the values (each is a JSON text)
        raws = loads_answers_json("[" + ",".join(text for _code, text in given) + "]")
        if len(raws) != len(given):
            raise ValueError("an answer holds more than one value")
    except (json.JSONDecodeError, ValueError):
        raws = None
    values = {}
    for n, (code, text) in enumerate(given):
        try:
            raw = raws[n] if raws is not None else loads_answers_json(text)
            parsed = parse_answer(rubric, code, raw)
        except (AnswerError, json.JSONDecodeError, ValueError) as exc:
            raise SubmissionError("invalid_answer", f"answer {code}: {exc}") from None
        if parsed is not None:
            values[code] = parsed
    return score(rubric, values, explain=explain)
