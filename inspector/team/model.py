"""The values of a team merge: members' scoresheets in, the merged answers and their reasons out.

All of them are immutable. A :class:`MergeResult` keeps its inputs (sheets, policy, ownership,
settlements) next to its outcome, so that its JSON form can be recomputed and checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from ..scoring.answers import Answer

DEFAULT_THRESHOLD = Decimal("0.2")  # a spread above 20 % of an item's points is a disagreement
DEFAULT_TRIM_MIN = 5  # 去掉最高分和最低分 only from 5 scores up (with 3 or 4 it is the median)


class TeamError(ValueError):
    """Inputs that cannot be merged: a member given twice, an unknown area, a bad answer …"""


class Unsettled(TeamError):
    """Finalizing was asked while the lead still has items to settle."""

    def __init__(self, codes: tuple[str, ...]):
        self.codes = codes
        super().__init__(f"the lead has still to settle {len(codes)} item(s): {', '.join(codes)}")


class Policy(StrEnum):
    """How the numbers of several members become one (other values must agree; see rules.py)."""

    MEAN = "mean"  # 平均分
    TRIMMED_MEAN = "trimmed_mean"  # 去掉一个最高分和一个最低分后取平均
    MEDIAN = "median"  # 中位数
    OWNER = "owner"  # 按一级指标分工：负责人的评分
    LEAD = "lead"  # 每一项都由组长裁定


class Status(StrEnum):
    MERGED = "merged"  # the team's answer follows from the members' answers
    SETTLED = "settled"  # the lead recorded the answer (with a reason)
    DISAGREEMENT = "disagreement"  # members disagree: no answer until the lead settles it
    AWAITING_LEAD = "awaiting_lead"  # policy "lead": answered, not yet settled
    UNANSWERED = "unanswered"  # nobody (or, under "owner", not the owner) answered


class Method(StrEnum):
    """What produced an item's answer."""

    MEAN = "mean"
    TRIMMED_MEAN = "trimmed_mean"
    MEDIAN = "median"
    AGREEMENT = "agreement"  # everyone who answered gave the same value (or only one did)
    OWNER = "owner"
    LEAD = "lead"
    NONE = "none"


class Settlement(NamedTuple):
    """The lead's decision on one item, and why (裁定理由)."""

    answer: Answer
    reason: str


@dataclass(frozen=True)
class Scoresheet:
    """One member's answers (code → checked answer) and notes (code → text)."""

    member_id: str
    member_name: str
    answers: Mapping[str, Answer]
    notes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class MemberValue:
    """One member's answer to one item, with their note: a row of the side-by-side view."""

    member_id: str
    member_name: str
    answer: Answer
    note: str = ""


@dataclass(frozen=True)
class ItemMerge:
    """How one answerable item (prerequisite, veto, leaf or bonus item) was merged."""

    code: str
    title: str
    status: Status
    method: Method
    answer: Answer | None  # None while unanswered or unsettled
    used: tuple[str, ...]  # member ids whose answers made the answer
    ignored: tuple[str, ...]  # member ids who answered but do not count (policy "owner")
    values: tuple[MemberValue, ...]  # every member's answer, by member id
    explanation: str


@dataclass(frozen=True)
class Disagreement:
    """An item where the members' answers differ too much to merge."""

    code: str
    title: str
    reason: str
    values: tuple[MemberValue, ...]
    settlement: Settlement | None = None

    @property
    def settled(self) -> bool:
        return self.settlement is not None


@dataclass(frozen=True)
class MergeResult:
    rubric_id: str
    rubric_version: str
    rubric_hash: str
    policy: Policy
    threshold: Decimal
    trim_min: int
    members: tuple[Scoresheet, ...]  # checked, by member id
    ownership: Mapping[str, str]  # area code → member id (policy "owner")
    settlements: Mapping[str, Settlement]
    items: tuple[ItemMerge, ...]  # in the rubric's answer order
    disagreements: tuple[Disagreement, ...]  # settled ones included, marked as such

    @property
    def answers(self) -> dict[str, Answer]:
        """The team's answers, ready for :func:`inspector.scoring.score`."""
        return {i.code: i.answer for i in self.items if i.answer is not None}

    @property
    def unsettled(self) -> tuple[str, ...]:
        """Items the lead must settle before the evaluation can be finalized."""
        return tuple(i.code for i in self.items
                     if i.status in (Status.DISAGREEMENT, Status.AWAITING_LEAD))

    @property
    def unanswered(self) -> tuple[str, ...]:
        return tuple(i.code for i in self.items if i.status is Status.UNANSWERED)

    def item(self, code: str) -> ItemMerge:
        for it in self.items:
            if it.code == code:
                return it
        raise KeyError(code)

    def require_settled(self) -> None:
        """Raise :class:`Unsettled` while any item awaits the lead (call before finalizing)."""
        if self.unsettled:
            raise Unsettled(self.unsettled)
