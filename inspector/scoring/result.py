"""What the scoring engine returns: every figure, and the reasons for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .answers import json_number


@dataclass(frozen=True)
class NodeResult:
    code: str
    title: str
    score: Decimal
    max: Decimal  # the points the rubric gives this node
    applicable_max: Decimal  # max without items excluded as not applicable
    answered: int
    leaves: int
    na: bool = False
    explanation: str = ""

    @classmethod
    def make(cls, code: str, title: str, score: Decimal, max: Decimal,
             applicable_max: Decimal, answered: int, leaves: int, na: bool = False,
             explanation: str = "") -> NodeResult:
        """The same value as ``NodeResult(...)``, built three times faster: the engine makes
        one per node at every scoring, and a frozen dataclass's ``__init__`` sets each field
        through ``object.__setattr__``. (A test checks that it sets exactly the fields.)"""
        node = object.__new__(cls)
        fields = node.__dict__
        fields["code"] = code
        fields["title"] = title
        fields["score"] = score
        fields["max"] = max
        fields["applicable_max"] = applicable_max
        fields["answered"] = answered
        fields["leaves"] = leaves
        fields["na"] = na
        fields["explanation"] = explanation
        return node

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "title": self.title, "score": json_number(self.score),
                "max": json_number(self.max), "applicable_max": json_number(self.applicable_max),
                "answered": self.answered, "leaves": self.leaves, "na": self.na,
                "explanation": self.explanation}


@dataclass(frozen=True)
class AreaResult:
    """A top-level area (一级指标)."""

    code: str
    title: str
    score: Decimal
    max: Decimal
    percent: Decimal | None

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "title": self.title, "score": json_number(self.score),
                "max": json_number(self.max),
                "percent": None if self.percent is None else json_number(self.percent)}


@dataclass(frozen=True)
class RuleCheck:
    """How one grade rule fared: the conditions met and those that failed."""

    grade: str
    passed: bool
    satisfied: bool
    met: tuple[str, ...]
    failed: tuple[str, ...]
    description: str = ""

    def sentence(self) -> str:
        if self.satisfied:
            why = "；".join(self.met) if self.met else "以上等级均未达到，适用兜底等级"
            return f"评为“{self.grade}”：{why}"
        return f"未达到“{self.grade}”：{'；'.join(self.failed)}"

    def to_json(self) -> dict[str, Any]:
        return {"grade": self.grade, "passed": self.passed, "satisfied": self.satisfied,
                "met": list(self.met), "failed": list(self.failed)}


@dataclass(frozen=True)
class Result:
    rubric_id: str
    rubric_version: str
    rubric_hash: str
    total: Decimal
    max: Decimal
    percent: Decimal
    base_total: Decimal
    raw_total: Decimal
    applicable_max: Decimal
    bonus: Decimal
    bonus_raw: Decimal
    grade: str
    passed: bool
    veto: list[str]
    prerequisites_unmet: list[str]
    unanswered: list[str]
    complete: bool
    areas: list[AreaResult]
    nodes: dict[str, NodeResult] = field(repr=False)
    rule_checks: list[RuleCheck] = field(repr=False)
    trace: list[str] = field(repr=False)

    @property
    def deciding_rule(self) -> RuleCheck:
        return self.rule_checks[-1]

    def to_json(self) -> dict[str, Any]:
        """The shape printed by ``score --json`` and embedded by ``eval show --json``."""
        return {
            "rubric": {"id": self.rubric_id, "version": self.rubric_version,
                       "hash": self.rubric_hash},
            "total": json_number(self.total),
            "max": json_number(self.max),
            "percent": json_number(self.percent),
            "base_total": json_number(self.base_total),
            "bonus": json_number(self.bonus),
            "bonus_raw": json_number(self.bonus_raw),
            "grade": self.grade,
            "passed": self.passed,
            "complete": self.complete,
            "veto": list(self.veto),
            "prerequisites_unmet": list(self.prerequisites_unmet),
            "unanswered": list(self.unanswered),
            "areas": [a.to_json() for a in self.areas],
            "nodes": {code: n.to_json() for code, n in self.nodes.items()},
            "rules": [c.to_json() for c in self.rule_checks],
            "trace": list(self.trace),
        }
