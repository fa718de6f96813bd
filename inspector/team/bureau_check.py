"""What the bureau needs to check a team's evaluation: the team, every member's signed
scoresheet and the lead's settlements travel inside the submission (``submission_block``), and
the bureau merges them again (``check_submission_block``)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..scoring import answer_to_json, loads_answers_json, parse_answer
from ..sync.envelope import EnvelopeError, open_envelope
from .files import SCORESHEET, sheet_answers
from .merge import merge
from .model import Policy, Scoresheet, TeamError

if TYPE_CHECKING:
    from ..rubrics import Rubric
    from ..store import Store


def submission_block(store: Store, evaluation_id: str) -> dict | None:
    """What the bureau needs to recompute the merge: the team, every current scoresheet (as
    signed by its member) and the settlements. None for an ordinary evaluation."""
    from .workflow import team

    found = team(store, evaluation_id)
    if found is None:
        return None
    sheets = [json.loads(text) for (text,) in store.db.execute(
        "SELECT envelope FROM team_scoresheets WHERE evaluation_id = ? AND replaced_by IS NULL "
        "ORDER BY member_id", [evaluation_id])]
    settled = [{"code": c, "value": v, "reason": r, "settled_at": at, "settled_by": by}
               for c, v, r, at, by in store.db.execute(
                   "SELECT code, value, reason, settled_at, settled_by FROM team_settlements "
                   "WHERE evaluation_id = ? ORDER BY code", [evaluation_id])]
    return {**found.to_json(), "scoresheets": sheets, "settlements": settled}


def check_submission_block(rubric: Rubric, block: dict, answers: dict, *, ca=None,
                           revoked=()) -> None:
    """At the bureau: every scoresheet signed by its member, and the submitted answers exactly
    the merge of them. Raises TeamError naming what does not hold."""
    members = {m["id"]: m["name"] for m in block["members"]}
    sheets = []
    for envelope in block["scoresheets"]:
        try:
            opened = open_envelope(envelope, ca=ca, revoked_serials=revoked)
        except EnvelopeError as exc:
            raise TeamError(f"a scoresheet cannot be trusted: {exc}") from None
        payload = opened.payload
        member_id = payload.get("member", {}).get("id")
        if payload.get("format") != SCORESHEET or payload.get("team_id") != block["team_id"]:
            raise TeamError(f"a scoresheet ({member_id}) is not one of this team's")
        if member_id not in members or opened.signer_id != member_id:
            raise TeamError(f"a scoresheet is not signed by its member ({member_id})")
        found, notes = sheet_answers(rubric, payload)
        sheets.append(Scoresheet(member_id, payload["member"]["name"], found, notes))
    settled = {s["code"]: (parse_answer(rubric, s["code"], loads_answers_json(s["value"])),
                           s["reason"]) for s in block["settlements"]}
    policy = Policy(block["policy"])
    result = merge(rubric, sheets, policy,
                   ownership=block.get("ownership") if policy is Policy.OWNER else None,
                   settlements=settled, threshold=block["threshold"],
                   trim_min=block["trim_min"])
    expected = {c: json.dumps(answer_to_json(a), ensure_ascii=False)
                for c, a in result.answers.items()}
    given = {c: json.dumps(answer_to_json(parse_answer(rubric, c, loads_answers_json(v))),
                           ensure_ascii=False)
             for c, r in answers.items() if (v := r.get("value")) is not None}
    if expected != given:
        differ = sorted(c for c in set(expected) | set(given)
                        if expected.get(c) != given.get(c))
        raise TeamError(f"the answers are not the merge of the scoresheets: "
                        f"{', '.join(differ[:10])}")

