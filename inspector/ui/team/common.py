"""What the team dialogs share: labels in words, answers as people say them, the signing key
and the bureau's CA of this laptop, and the team evaluations and scoresheets it holds."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ..describe import LIST_SEPARATOR, format_points
from ..placeholders import fill
from ..signing_key import ask_identity, bureau_ca, key_path, my_id_and_name  # noqa: F401 - shared

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ...rubrics import Rubric
    from ...store import Store

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls
NONE = "—"


# --- labels --------------------------------------------------------------------------------
def mode_labels() -> dict[str, str]:
    return {"parallel": translate("Team", "Parallel: everyone scores every item"),  # 并行
            "split": translate("Team", "Split: each area scored by its owner")}  # 分工


def policy_labels() -> dict[str, str]:
    return {"mean": translate("Team", "Mean"),  # 平均分
            "trimmed_mean": translate("Team", "Mean without the highest and lowest"),
            "median": translate("Team", "Median"),  # 中位数
            "owner": translate("Team", "The area's owner decides"),  # 按分工
            "lead": translate("Team", "The lead settles every item")}  # 组长逐项裁定


def import_status_text(status: str, member: str) -> str:
    """What importing a scoresheet did (workflow.Imported.status), in words."""
    texts = {
        "new": translate("Team", "%1's scoresheet imported and merged"),
        "newer": translate("Team", "%1's newer scoresheet replaces the earlier one"),
        "same": translate("Team", "%1's scoresheet was already imported: nothing changed"),
        "older": translate("Team", "older than %1's current scoresheet: kept in the history, "
                                   "not used"),
    }
    return fill(texts.get(status, status), member)


def answer_text(rubric: Rubric, code: str, answer: Any) -> str:
    """A checked answer (Decimal, bool, level, deduction keys, text or NA) as people say it."""
    from ...rubrics import Condition, Mode
    from ...scoring import NA

    if answer is None:
        return NONE
    if answer is NA:
        return translate("Team", "Not applicable")
    item = rubric.find(code)
    if isinstance(item, Condition):
        if rubric.is_veto(code):
            return translate("Team", "Occurred") if answer else translate("Team", "Did not occur")
        return translate("Team", "Met") if answer else translate("Team", "Not met")
    if isinstance(answer, bool):  # pass / fail
        return translate("Team", "Achieved") if answer else translate("Team", "Not achieved")
    if isinstance(answer, Decimal):
        if item is not None and item.mode is Mode.BANDS:
            return fill(translate("Team", "%1% met"), format_points(answer))
        return fill(translate("Team", "%1 points"), format_points(answer))
    if isinstance(answer, tuple | list):
        if not answer:
            return translate("Team", "No shortfall")
        texts = {d.key: d.text for d in getattr(item, "deductions", ())}
        counted = {key: list(answer).count(key) for key in dict.fromkeys(answer)}
        return LIST_SEPARATOR.join(texts.get(k, k) + (f" ×{n}" if n > 1 else "")
                                   for k, n in counted.items())
    return str(answer)


# --- what this laptop holds ------------------------------------------------------------------
def team_evaluations(store: Store) -> list[tuple[str, str]]:
    """(id, label) of every team evaluation led from this laptop, newest first."""
    return _labelled(store, "team_evaluations", "created_at")


def member_scoresheets(store: Store) -> list[tuple[str, str]]:
    """(id, label) of every scoresheet of a team this laptop's inspector joined."""
    return _labelled(store, "team_memberships", "joined_at")


def _labelled(store: Store, table: str, newest_first_by: str) -> list[tuple[str, str]]:
    rows = store.db.execute(
        f"SELECT t.evaluation_id, s.name, e.visit_date, e.status FROM {table} t "
        "JOIN evaluations e ON e.id = t.evaluation_id "
        "LEFT JOIN schools s ON s.code = e.school_code "
        f"ORDER BY t.{newest_first_by} DESC").fetchall()
    return [(eid, _label(name, date, status)) for eid, name, date, status in rows]


def _label(name: str | None, date: str, status: str) -> str:
    from ..home.home_model import status_labels

    return f"{name or NONE} · {date} · {status_labels().get(status, status)}"


def choose(parent: QWidget, title: str, label: str,
           choices: list[tuple[str, str]]) -> str | None:
    """One of (id, label) choices: the only one, or the one the inspector picks."""
    from PySide6.QtWidgets import QInputDialog

    if len(choices) == 1:
        return choices[0][0]
    if not choices:
        return None
    labels = [text for _id, text in choices]
    picked, ok = QInputDialog.getItem(parent, title, label, labels, 0, False)
    return choices[labels.index(picked)][0] if ok and picked in labels else None
