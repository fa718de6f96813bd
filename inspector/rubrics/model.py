"""The rubric model: what an evaluation standard says, as immutable values.

A :class:`Rubric` is built and validated by :mod:`inspector.rubrics.build`; once built it is
known to be consistent (codes unique, points adding up, thresholds reachable), so the scoring
engine can trust it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

# The enumerations and their labels live in a module of their own, light enough for the app's
# start-up; they are part of the model and exported from here as well.
from .vocabulary import (
    FAMILY_LABELS,
    MODE_LABELS,
    SCHOOL_TYPE_LABELS,
    Evidence,
    Family,
    Mode,
    NotApplicablePolicy,
    SchoolType,
)

__all__ = [
    "FAMILY_LABELS", "MODE_LABELS", "SCHOOL_TYPE_LABELS", "Band", "Bonus", "Condition",
    "Deduction", "Evidence", "Family", "GradeRule", "Level", "Metadata", "Mode", "Node",
    "NotApplicablePolicy", "Rubric", "SchoolType", "ScoringDefaults",
]


@dataclass(frozen=True)
class Deduction:
    """One shortfall on a deduction checklist."""

    key: str
    text: str
    points: Decimal
    repeatable: bool = False  # may be listed several times (每缺一间扣 1 分)


@dataclass(frozen=True)
class Level:
    """A coefficient grade: 优 × 1.0, 良 × 0.8 …"""

    name: str
    coefficient: Decimal


@dataclass(frozen=True)
class Band:
    """An attainment band: at least ``min_percent`` of the standard met earns ``fraction``."""

    min_percent: Decimal
    fraction: Decimal


@dataclass(frozen=True)
class Node:
    """An indicator. Groups have children; leaves carry a scoring mode and its parameters.

    ``step``, ``levels`` and ``bands`` are what the file says for this leaf (``None`` or empty
    when it inherits the rubric's default); ``Rubric`` resolves them.
    """

    code: str
    title: str
    points: Decimal
    line: int = 0
    children: tuple[Node, ...] = ()
    mode: Mode | None = None
    guidance: str = ""
    evidence_methods: tuple[str, ...] = ()
    requires: frozenset[Evidence] = frozenset()
    key: bool = False
    na_allowed: bool = False
    step: Decimal | None = None
    deductions: tuple[Deduction, ...] = ()
    levels: tuple[Level, ...] = ()
    bands: tuple[Band, ...] = ()

    @property
    def is_leaf(self) -> bool:
        return not self.children

    def walk(self):
        """This node and every node below it, depth first, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def leaves(self):
        return (n for n in self.walk() if n.is_leaf)


@dataclass(frozen=True)
class Condition:
    """A yes/no item outside the points: a veto (否决项) or a prerequisite (基本条件)."""

    code: str
    title: str
    guidance: str = ""
    line: int = 0


@dataclass(frozen=True)
class GradeRule:
    """A grade and the conditions that award it. Rules are tried in order; the first whose
    conditions all hold decides. A rule with no condition is the fallback."""

    name: str
    passed: bool
    min_total: Decimal | None = None
    min_percent: Decimal | None = None
    min_area_percent: Decimal | None = None
    areas: tuple[str, ...] = ()  # the areas min_area_percent applies to; empty = every area
    key_items_min_percent: Decimal | None = None
    description: str = ""
    line: int = 0

    @property
    def is_fallback(self) -> bool:
        return (self.min_total is None and self.min_percent is None
                and self.min_area_percent is None and self.key_items_min_percent is None)


@dataclass(frozen=True)
class Bonus:
    cap: Decimal
    items: tuple[Node, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Metadata:
    id: str
    title: str
    family: Family
    version: str
    school_types: tuple[SchoolType, ...]
    year: int | None = None
    document_number: str = ""
    issuer: str = ""
    effective: str = ""
    notes: str = ""
    level_names: tuple[str, ...] = ("一级指标", "二级指标", "三级指标", "评估要点")


@dataclass(frozen=True)
class ScoringDefaults:
    step: Decimal = Decimal("0.5")
    not_applicable: NotApplicablePolicy = NotApplicablePolicy.FULL_MARKS
    levels: tuple[Level, ...] = ()
    bands: tuple[Band, ...] = ()


@dataclass(frozen=True)
class Rubric:
    meta: Metadata
    scoring: ScoringDefaults
    areas: tuple[Node, ...]
    prerequisites: tuple[Condition, ...] = ()
    vetoes: tuple[Condition, ...] = ()
    bonus: Bonus | None = None
    grades: tuple[GradeRule, ...] = ()
    declared_points: Decimal | None = None
    path: str = ""
    content_hash: str = ""
    _index: dict[str, Node | Condition] = field(default_factory=dict, compare=False, repr=False)

    # --- identity --------------------------------------------------------------------------
    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def version(self) -> str:
        return self.meta.version

    @property
    def title(self) -> str:
        return self.meta.title

    # --- structure -------------------------------------------------------------------------
    @property
    def max_points(self) -> Decimal:
        return sum((a.points for a in self.areas), Decimal(0))

    def nodes(self):
        for area in self.areas:
            yield from area.walk()

    def leaves(self) -> tuple[Node, ...]:
        """Every scored leaf of the indicator tree, in document order (bonus items not
        included)."""
        return self._leaves

    @cached_property
    def _leaves(self) -> tuple[Node, ...]:
        return tuple(leaf for area in self.areas for leaf in area.leaves())

    @cached_property
    def area_leaves(self) -> dict[str, tuple[Node, ...]]:
        """The leaves under each top-level area, by area code."""
        return {area.code: tuple(area.leaves()) for area in self.areas}

    def bonus_items(self) -> tuple[Node, ...]:
        return self.bonus.items if self.bonus else ()

    def answerable_codes(self) -> list[str]:
        """Every code that takes an answer, in document order."""
        return ([c.code for c in self.prerequisites] + [c.code for c in self.vetoes]
                + [n.code for n in self.leaves()] + [n.code for n in self.bonus_items()])

    @cached_property
    def answer_positions(self) -> dict[str, int]:
        """Each answerable code's position in document order."""
        return {code: i for i, code in enumerate(self.answerable_codes())}

    def find(self, code: str) -> Node | Condition | None:
        if not self._index:
            index = self._index
            for node in self.nodes():
                index[node.code] = node
            for node in self.bonus_items():
                index[node.code] = node
            for cond in (*self.prerequisites, *self.vetoes):
                index[cond.code] = cond
        return self._index.get(code)

    def is_veto(self, code: str) -> bool:
        return any(v.code == code for v in self.vetoes)

    def is_prerequisite(self, code: str) -> bool:
        return any(p.code == code for p in self.prerequisites)

    # --- resolved leaf parameters ----------------------------------------------------------
    def step_of(self, leaf: Node) -> Decimal:
        return leaf.step if leaf.step is not None else self.scoring.step

    def levels_of(self, leaf: Node) -> tuple[Level, ...]:
        return leaf.levels or self.scoring.levels

    def bands_of(self, leaf: Node) -> tuple[Band, ...]:
        return leaf.bands or self.scoring.bands

    def applies_to(self, school_type: str) -> bool:
        return school_type in self.meta.school_types
