"""The JSON form of a team merge: its inputs and its outcome, for the report and the bureau.

Answers use the JSON forms of :mod:`inspector.scoring.answers` (numbers, true/false, level
names, lists of deduction keys, text, "NA"). The inputs (members' sheets, policy, threshold,
ownership, settlements) are enough to run the merge again: :func:`recompute` does, and
:func:`verify` says which parts of a recorded merge the recomputation does not reproduce.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from ..rubrics.model import Rubric
from ..scoring.answers import answer_to_json, json_number, parse_answers
from .inputs import check_answer
from .merge import merge
from .model import MemberValue, MergeResult, Scoresheet, Settlement, TeamError

KIND = "inspector/team-merge"
FORMAT = 1


def merge_to_json(result: MergeResult) -> dict[str, Any]:
    """A JSON-ready mapping (json.dumps takes it as is); keys and lists in a fixed order."""
    return {
        "kind": KIND, "format": FORMAT,
        "rubric": {"id": result.rubric_id, "version": result.rubric_version,
                   "hash": result.rubric_hash},
        "policy": str(result.policy), "threshold": json_number(result.threshold),
        "trim_min": result.trim_min, "ownership": dict(result.ownership),
        "members": [{"id": m.member_id, "name": m.member_name,
                     "answers": {c: answer_to_json(a) for c, a in m.answers.items()},
                     "notes": dict(m.notes)} for m in result.members],
        "settlements": {c: {"answer": answer_to_json(s.answer), "reason": s.reason}
                        for c, s in result.settlements.items()},
        "items": [{"code": i.code, "title": i.title, "status": str(i.status),
                   "method": str(i.method),
                   "answer": None if i.answer is None else answer_to_json(i.answer),
                   "used": list(i.used), "ignored": list(i.ignored),
                   "explanation": i.explanation} for i in result.items],
        "disagreements": [{"code": d.code, "title": d.title, "reason": d.reason,
                           "settled": d.settled, "values": [_value(v) for v in d.values]}
                          for d in result.disagreements],
        "answers": {c: answer_to_json(a) for c, a in result.answers.items()},
        "unsettled": list(result.unsettled), "unanswered": list(result.unanswered),
    }


def _value(v: MemberValue) -> dict[str, Any]:
    return {"member": v.member_id, "name": v.member_name, "answer": answer_to_json(v.answer),
            "note": v.note}


def recompute(rubric: Rubric, data: dict[str, Any]) -> MergeResult:
    """Run the merge again from the inputs recorded in ``data`` (as json.loads, or
    :func:`~inspector.scoring.answers.loads_answers_json`, decoded it)."""
    if data.get("kind") != KIND or data.get("format") != FORMAT:
        raise TeamError(f"not a team merge of format {FORMAT} ({data.get('kind')!r})")
    recorded = data["rubric"].get("hash", "")
    if recorded and rubric.content_hash and recorded != rubric.content_hash:
        raise TeamError(f"the merge was made with rubric {recorded}, not {rubric.content_hash}")
    try:
        sheets = [Scoresheet(m["id"], m["name"], parse_answers(rubric, m["answers"]),
                             m.get("notes", {})) for m in data["members"]]
    except ValueError as exc:
        raise TeamError(f"recorded answers: {exc}") from exc
    settlements = {code: Settlement(check_answer(rubric, code, s["answer"], "settlement"),
                                    s["reason"]) for code, s in data["settlements"].items()}
    return merge(rubric, sheets, data["policy"], ownership=data["ownership"] or None,
                 settlements=settlements, threshold=Decimal(str(data["threshold"])),
                 trim_min=int(data["trim_min"]))


def verify(rubric: Rubric, data: dict[str, Any]) -> list[str]:
    """The parts of a recorded merge that recomputing does not reproduce: top-level keys, and
    ``items:CODE`` for each item that differs. Empty when the record is exact."""
    fresh = _plain(merge_to_json(recompute(rubric, data)))
    recorded = _plain(data)
    differs = [key for key in fresh if key != "items" and fresh[key] != recorded.get(key)]
    old_items = {i.get("code"): i for i in recorded.get("items", [])}
    differs += [f"items:{i['code']}" for i in fresh["items"] if old_items.get(i["code"]) != i]
    differs += [f"items:{c}" for c in old_items if c not in {i["code"] for i in fresh["items"]}]
    return differs


def _plain(value: Any) -> Any:
    """Decimals (from an exact JSON decoding) as the JSON numbers the writer would give."""
    return json.loads(json.dumps(value, ensure_ascii=False,
                                 default=lambda d: json_number(d) if isinstance(d, Decimal)
                                 else str(d)))
