"""Merging the scoresheets of an expert team (专家组) into one set of answers.

Every answerable item of the rubric (prerequisites, vetoes, leaves, bonus items) is merged on
its own, from the members who answered it (members by id, so the order of the sheets does not
matter):

* a settlement by the lead decides the item, whatever the policy (组长裁定, with a reason);
* policy ``owner``: a leaf under an owned area takes its owner's answer; other members'
  answers are ignored, and named in the explanation. Items outside the owned areas
  (prerequisites, vetoes, bonus items, unowned areas) are merged by the whole team as ``mean``;
* policy ``lead``: nothing merges by itself; each answered item awaits the lead's settlement
  (disagreements are still listed, for the lead to see);
* otherwise the whole team's answers merge by the rules of :mod:`inspector.team.rules`.

A disagreement leaves the item without an answer until the lead settles it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from ..rubrics.model import Rubric
from ..scoring.answers import describe_answer
from .inputs import check_ownership, check_parameters, check_settlements, check_sheets
from .model import (
    DEFAULT_THRESHOLD,
    DEFAULT_TRIM_MIN,
    Disagreement,
    ItemMerge,
    MemberValue,
    MergeResult,
    Method,
    Policy,
    Scoresheet,
    Settlement,
    Status,
    TeamError,
)
from .rules import Outcome, canonical, team_outcome


def merge(rubric: Rubric, sheets: Iterable[Scoresheet], policy: Policy | str = Policy.MEAN, *,
          ownership: Mapping[str, str] | None = None,
          settlements: Mapping[str, Settlement | tuple[Any, str]] | None = None,
          threshold: Decimal | str | float = DEFAULT_THRESHOLD,
          trim_min: int = DEFAULT_TRIM_MIN) -> MergeResult:
    """Merge the members' ``sheets`` (one per member) for ``rubric``.

    ``ownership`` maps top-level area codes to member ids (policy ``owner`` only);
    ``settlements`` maps item codes to the lead's (answer, reason); ``threshold`` is the
    largest spread of scores, as a fraction of an item's points, that still merges;
    ``trim_min`` is the fewest scores from which the trimmed mean drops the extremes.
    Raises :class:`~inspector.team.model.TeamError` for inputs that cannot be merged.
    """
    try:
        policy = Policy(policy)
    except ValueError as exc:
        raise TeamError(f"unknown policy {policy!r} (one of: {', '.join(Policy)})") from exc
    members = check_sheets(rubric, sheets)
    owners = check_ownership(rubric, policy, ownership, [m.member_id for m in members])
    settled = check_settlements(rubric, settlements)
    limit, trim_min = check_parameters(threshold, trim_min)
    owner_of = {leaf.code: (area, owner) for area, owner in owners.items()
                for leaf in rubric.area_leaves[area]}
    names = {m.member_id: m.member_name for m in members}

    items: list[ItemMerge] = []
    disagreements: list[Disagreement] = []
    for code in rubric.answerable_codes():
        item = rubric.find(code)
        assert item is not None
        values = tuple(MemberValue(m.member_id, m.member_name, m.answers[code],
                                   m.notes.get(code, ""))
                       for m in members if code in m.answers)
        ignored: tuple[str, ...] = ()
        if code in owner_of:
            area, owner = owner_of[code]
            outcome, ignored = _owned(rubric, code, values, area, owner, names[owner])
        elif not values:
            outcome = Outcome(None, Method.NONE, (), "无人作答")
        else:
            team_policy = policy if policy in _TEAM_POLICIES else Policy.MEAN
            outcome = team_outcome(rubric, item, values, team_policy, limit, trim_min)
            if policy is Policy.OWNER:
                outcome = _prefixed(outcome, "不在分工范围内，由全组合并：")
        settlement = settled.get(code)
        if outcome.disagreement:
            disagreements.append(Disagreement(code, item.title, outcome.disagreement, values,
                                               settlement))
        items.append(_item(rubric, code, item.title, policy, outcome, values, ignored,
                           settlement))

    return MergeResult(
        rubric_id=rubric.id, rubric_version=rubric.version, rubric_hash=rubric.content_hash,
        policy=policy, threshold=limit, trim_min=trim_min, members=members, ownership=owners,
        settlements=settled, items=tuple(items), disagreements=tuple(disagreements))


_TEAM_POLICIES = (Policy.MEAN, Policy.TRIMMED_MEAN, Policy.MEDIAN)


def _owned(rubric: Rubric, code: str, values: tuple[MemberValue, ...], area: str, owner: str,
           owner_name: str) -> tuple[Outcome, tuple[str, ...]]:
    """The owner's answer; the others' answers are ignored but named."""
    mine = [v for v in values if v.member_id == owner]
    others = tuple(v for v in values if v.member_id != owner)
    ignored = "" if not others else "；未采用 " + "、".join(
        f"{v.member_name} {describe_answer(rubric, code, v.answer)}" for v in others)
    whose = f"按分工由 {area} 负责人{owner_name}评定"
    if not mine:
        return Outcome(None, Method.NONE, (), f"{whose}，尚未作答{ignored}"), \
            tuple(v.member_id for v in others)
    answer = canonical(rubric.find(code), mine[0].answer)
    said = describe_answer(rubric, code, answer)
    return Outcome(answer, Method.OWNER, (owner,), f"{whose}：{said}{ignored}"), \
        tuple(v.member_id for v in others)


def _members_said(outcome: Outcome, values: tuple[MemberValue, ...]) -> str:
    if outcome.disagreement:
        return f"{outcome.explanation}。"
    return f"成员意见：{outcome.explanation}。" if values else ""


def _prefixed(outcome: Outcome, prefix: str) -> Outcome:
    return Outcome(outcome.answer, outcome.method, outcome.used, prefix + outcome.explanation,
                   outcome.disagreement)


def _item(rubric: Rubric, code: str, title: str, policy: Policy, outcome: Outcome,
          values: tuple[MemberValue, ...], ignored: tuple[str, ...],
          settlement: Settlement | None) -> ItemMerge:
    """The item's record: the settlement overrides; under "lead" nothing merges by itself."""
    if settlement is not None:
        said = describe_answer(rubric, code, settlement.answer)
        before = _members_said(outcome, values)
        return ItemMerge(code, title, Status.SETTLED, Method.LEAD, settlement.answer, (), ignored,
                         values, f"{before}组长裁定：{said}（理由：{settlement.reason}）")
    if policy is Policy.LEAD and values:
        return ItemMerge(code, title, Status.AWAITING_LEAD, Method.NONE, None, (), ignored,
                         values, f"{_members_said(outcome, values)}按规定由组长裁定，尚未裁定")
    if outcome.disagreement:
        return ItemMerge(code, title, Status.DISAGREEMENT, outcome.method, None, (), ignored,
                         values, f"{outcome.explanation}，待组长裁定")
    status = Status.UNANSWERED if outcome.answer is None else Status.MERGED
    return ItemMerge(code, title, status, outcome.method, outcome.answer, outcome.used, ignored,
                     values, outcome.explanation)
