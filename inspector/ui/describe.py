"""How rubric values read on screen: points, school types and each indicator's scoring rule.

Rubric data (titles, guidance, level names) is already Chinese and shown as written; only the
sentences around it are translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..rubrics import MODE_LABELS, SCHOOL_TYPE_LABELS, Evidence, Mode, NotApplicablePolicy
from .placeholders import fill

if TYPE_CHECKING:
    from decimal import Decimal

    from ..rubrics import Condition, Node, Rubric

LIST_SEPARATOR = "、"  # the data being listed is Chinese, so it is listed the Chinese way


def format_points(value: Decimal) -> str:
    """4 → "4", 2.50 → "2.5": no exponent, no trailing zeros."""
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text


def school_types_text(rubric: Rubric) -> str:
    return LIST_SEPARATOR.join(SCHOOL_TYPE_LABELS.get(t, str(t)) for t in rubric.meta.school_types)


@dataclass(frozen=True)
class IndicatorText:
    """The lines of the scoring-details panel for one indicator; empty lines are not shown."""

    heading: str
    mode: str = ""
    rule: str = ""
    evidence: str = ""
    guidance: str = ""


def to_html(text: IndicatorText | None) -> str:
    """The scoring-details panel as rich text: a two-column table of the non-empty lines."""
    import html  # not at start-up: only the evaluation page shows this panel

    if text is None:
        hint = QCoreApplication.translate("Describe", "Select an indicator to see how it is scored.")
        return f"<p style='color:#666'>{html.escape(hint)}</p>"
    rows = ((QCoreApplication.translate("Describe", "Indicator:"), text.heading),
            (QCoreApplication.translate("Describe", "Scoring method:"), text.mode),
            (QCoreApplication.translate("Describe", "Scoring rule:"), text.rule),
            (QCoreApplication.translate("Describe", "Evidence methods:"), text.evidence),
            (QCoreApplication.translate("Describe", "Guidance:"), text.guidance))
    cells = "".join(
        "<tr><td style='color:#555; white-space:nowrap; padding-right:12px'>"
        f"{html.escape(label)}</td><td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
        for label, value in rows if value)
    return f"<table cellspacing='3'>{cells}</table>"


def describe_node(rubric: Rubric, node: Node, level_name: str = "") -> IndicatorText:
    heading = f"{node.code} {node.title}"
    if not node.is_leaf:
        rule = fill(QCoreApplication.translate("Describe", "Full marks: %1 points."),
                    format_points(node.points))
        return IndicatorText(heading, mode=level_name, rule=rule, guidance=node.guidance)
    return IndicatorText(
        heading,
        mode=MODE_LABELS.get(node.mode, "") if node.mode else "",
        rule="\n".join([scoring_rule(rubric, node), *_leaf_notes(rubric, node)]),
        evidence=LIST_SEPARATOR.join(node.evidence_methods),
        guidance=node.guidance,
    )


def describe_condition(rubric: Rubric, condition: Condition) -> IndicatorText:
    if rubric.is_veto(condition.code):
        kind = QCoreApplication.translate("Describe", "Veto item")
        rule = QCoreApplication.translate(
            "Describe", "If this has happened, the school cannot be given a passing grade.")
    else:
        kind = QCoreApplication.translate("Describe", "Prerequisite")
        rule = QCoreApplication.translate(
            "Describe", "If this is not met, the school cannot be given a passing grade.")
    return IndicatorText(f"{condition.code} {condition.title}", mode=kind, rule=rule,
                         guidance=condition.guidance)


def scoring_rule(rubric: Rubric, leaf: Node) -> str:
    """How the inspector scores this leaf, in a sentence or a short list."""
    points = format_points(leaf.points)
    if leaf.mode is Mode.POINTS:
        return fill(QCoreApplication.translate("Describe", "Give 0 to %1 points, in steps of %2."),
                    points, format_points(rubric.step_of(leaf)))
    if leaf.mode is Mode.DEDUCTION:
        lines = [fill(QCoreApplication.translate(
            "Describe", "Start from %1 points and deduct for each shortfall, down to 0:"), points)]
        for item in leaf.deductions:
            each = (QCoreApplication.translate("Describe", "%1: deduct %2 points each time")
                    if item.repeatable else
                    QCoreApplication.translate("Describe", "%1: deduct %2 points"))
            lines.append("• " + fill(each, item.text, format_points(item.points)))
        return "\n".join(lines)
    if leaf.mode is Mode.COEFFICIENT:
        levels = LIST_SEPARATOR.join(f"{level.name} × {format_points(level.coefficient)}"
                                     for level in rubric.levels_of(leaf))
        return fill(QCoreApplication.translate(
            "Describe", "Choose a level; the score is %1 points × its coefficient: %2"),
            points, levels)
    if leaf.mode is Mode.BANDS:
        lines = [QCoreApplication.translate(
            "Describe", "The share of the standard met decides the score:")]
        for band in rubric.bands_of(leaf):
            lines.append("• " + fill(QCoreApplication.translate(
                "Describe", "at least %1% met: %2 points"),
                format_points(band.min_percent), format_points(leaf.points * band.fraction)))
        return "\n".join(lines)
    if leaf.mode is Mode.PASS_FAIL:
        return fill(QCoreApplication.translate(
            "Describe", "Met: %1 points; not met: 0 points."), points)
    return QCoreApplication.translate("Describe", "A written finding; no points.")


def _leaf_notes(rubric: Rubric, leaf: Node) -> list[str]:
    notes = []
    if leaf.key:
        notes.append(QCoreApplication.translate("Describe", "★ Key indicator."))
    if leaf.na_allowed:
        if rubric.scoring.not_applicable is NotApplicablePolicy.EXCLUDE:
            notes.append(QCoreApplication.translate(
                "Describe", "May be marked not applicable: then left out of the full marks."))
        else:
            notes.append(QCoreApplication.translate(
                "Describe", "May be marked not applicable: then given full marks."))
    required = [_evidence_name(e) for e in Evidence if e in leaf.requires]
    if required:
        notes.append(fill(QCoreApplication.translate("Describe", "Required evidence: %1."),
                          LIST_SEPARATOR.join(required)))
    return notes


def _evidence_name(evidence: Evidence) -> str:
    if evidence is Evidence.PHOTO:
        return QCoreApplication.translate("Describe", "photo")
    return QCoreApplication.translate("Describe", "written note")
