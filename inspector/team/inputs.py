"""Checking what a merge is given, so that a wrong input fails loudly instead of skewing a score.

Answers (members' and the lead's) are re-checked against the rubric with the same rules as a
single inspector's answers; raw JSON values are accepted too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from ..rubrics.model import Rubric
from ..scoring.answers import Answer, AnswerError, answer_to_json, parse_answer
from .model import Policy, Scoresheet, Settlement, TeamError


def check_answer(rubric: Rubric, code: str, value: Any, whose: str) -> Answer | None:
    try:
        return parse_answer(rubric, code, answer_to_json(value) if value is not None else None)
    except AnswerError as exc:
        raise TeamError(f"{whose}: {exc}") from exc


def check_sheets(rubric: Rubric, sheets: Iterable[Scoresheet]) -> tuple[Scoresheet, ...]:
    """The sheets by member id; answers re-checked, empty ones dropped, in the rubric's order.

    Each member may appear once: the caller decides which of a member's sheets is the newest.
    """
    by_id: dict[str, Scoresheet] = {}
    position = rubric.answer_positions
    for sheet in sheets:
        mid = sheet.member_id
        if not isinstance(mid, str) or not mid.strip():
            raise TeamError(f"a scoresheet has no member id ({sheet.member_name!r})")
        if mid in by_id:
            raise TeamError(f"member {mid} has more than one scoresheet; pass only the newest")
        whose = f"member {mid}"
        answers = {}
        for code, value in sheet.answers.items():
            checked = check_answer(rubric, str(code), value, whose)
            if checked is not None:
                answers[str(code)] = checked
        notes = {str(code): text.strip() for code, text in sheet.notes.items()
                 if isinstance(text, str) and text.strip()}
        in_order = dict(sorted(answers.items(), key=lambda kv: position[kv[0]]))
        notes = dict(sorted(notes.items(), key=lambda kv: (position.get(kv[0], len(position)),
                                                           kv[0])))
        by_id[mid] = Scoresheet(mid, sheet.member_name or mid, in_order, notes)
    if not by_id:
        raise TeamError("no scoresheets to merge")
    return tuple(by_id[mid] for mid in sorted(by_id))


def check_ownership(rubric: Rubric, policy: Policy, ownership: Mapping[str, str] | None,
                    members: Iterable[str]) -> dict[str, str]:
    """Area code → owner, in the rubric's area order; only the policy "owner" takes one."""
    if policy is not Policy.OWNER:
        if ownership:
            raise TeamError(f"ownership by area applies to the policy 'owner', not '{policy}'")
        return {}
    if not ownership:
        raise TeamError("the policy 'owner' needs the areas' owners (area code → member id)")
    areas = [a.code for a in rubric.areas]
    known = set(members)
    for area, owner in ownership.items():
        if area not in areas:
            raise TeamError(f"{area} is not a top-level area (一级指标) of this rubric "
                            f"(areas: {', '.join(areas)})")
        if owner not in known:
            raise TeamError(f"the owner of {area}, {owner}, has no scoresheet")
    return {a: ownership[a] for a in areas if a in ownership}


def check_settlements(rubric: Rubric, settlements: Mapping[str, Any] | None
                      ) -> dict[str, Settlement]:
    """Code → Settlement(answer, reason), in the rubric's order; each needs a reason."""
    checked: dict[str, Settlement] = {}
    for code, entry in (settlements or {}).items():
        try:
            answer, reason = entry
        except (TypeError, ValueError) as exc:
            raise TeamError(f"settlement of {code}: expected (answer, reason)") from exc
        value = check_answer(rubric, code, answer, f"settlement of {code}")
        if value is None:
            raise TeamError(f"settlement of {code}: the lead's answer is missing")
        if not isinstance(reason, str) or not reason.strip():
            raise TeamError(f"settlement of {code}: the lead must give a reason")
        checked[code] = Settlement(value, reason.strip())
    position = rubric.answer_positions
    return dict(sorted(checked.items(), key=lambda kv: position[kv[0]]))


def check_parameters(threshold: Any, trim_min: Any) -> tuple[Decimal, int]:
    try:
        limit = threshold if isinstance(threshold, Decimal) else Decimal(str(threshold))
    except InvalidOperation as exc:
        raise TeamError(f"threshold must be a number, got {threshold!r}") from exc
    if not limit.is_finite() or limit < 0:
        raise TeamError(f"threshold must be a fraction ≥ 0 of an item's points, got {threshold}")
    if isinstance(trim_min, bool) or not isinstance(trim_min, int) or trim_min < 3:
        raise TeamError(f"trim_min must be a whole number ≥ 3, got {trim_min!r}")
    return limit, trim_min
