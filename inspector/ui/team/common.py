"""What the team dialogs share: labels in words, answers as people say them, the signing key
and the bureau's CA of this laptop, and the team evaluations and scoresheets it holds."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ..describe import LIST_SEPARATOR, fill, format_points
from ..refusals import refusal_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ...rubrics import Rubric
    from ...signing.keys import Identity
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


# --- this laptop's key and trust -------------------------------------------------------------
def key_path(store: Store) -> Path:
    from ...signing.keys import KEY_FILE

    return store.data_dir / "keys" / KEY_FILE


def my_id_and_name(store: Store) -> tuple[str, str] | None:
    """The inspector id (serialNumber) and name of this laptop's signing certificate, if any."""
    from cryptography.x509.oid import NameOID

    from ...signing._util import common_name, name_attr
    from ...signing.errors import SigningError
    from ...signing.keys import read_certificate

    try:
        cert = read_certificate(key_path(store))
    except (SigningError, OSError, ValueError):
        return None
    member_id = name_attr(cert.subject, NameOID.SERIAL_NUMBER)
    return (member_id, common_name(cert)) if member_id else None


def bureau_ca(store: Store):
    """The bureau's root certificate once installed (``keys/bureau-ca.pem``), else None."""
    from ...signing._util import read_certs
    from ...signing.keys import BUREAU_CA_FILE

    path = store.data_dir / "keys" / BUREAU_CA_FILE
    return read_certs(path)[0] if path.exists() else None


def ask_identity(parent: QWidget, store: Store, passphrase: str | None,
                 title: str) -> tuple[Identity | None, str]:
    """(the opened signing identity, "") or (None, why not); asks for the passphrase when
    none is given ((None, "") when the inspector cancels)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from ...signing.errors import SigningError
    from ...signing.keys import load_identity

    if passphrase is None:
        passphrase, ok = QInputDialog.getText(
            parent, title, translate("Team", "Passphrase of your signing key:"),
            QLineEdit.EchoMode.Password)
        if not ok:
            return None, ""
    try:
        return load_identity(key_path(store), passphrase), ""
    except (SigningError, OSError) as exc:
        return None, refusal_text(exc)


# --- what this laptop holds ------------------------------------------------------------------
def team_evaluations(store: Store) -> list[tuple[str, str]]:
    """(id, label) of every team evaluation led from this laptop, newest first."""
    rows = store.db.execute(
        "SELECT t.evaluation_id, s.name, e.visit_date, e.status FROM team_evaluations t "
        "JOIN evaluations e ON e.id = t.evaluation_id "
        "LEFT JOIN schools s ON s.code = e.school_code "
        "ORDER BY t.created_at DESC").fetchall()
    return [(eid, _label(name, date, status)) for eid, name, date, status in rows]


def member_scoresheets(store: Store) -> list[tuple[str, str]]:
    """(id, label) of every scoresheet of a team this laptop's inspector joined."""
    rows = store.db.execute(
        "SELECT m.evaluation_id, s.name, e.visit_date, e.status FROM team_memberships m "
        "JOIN evaluations e ON e.id = m.evaluation_id "
        "LEFT JOIN schools s ON s.code = e.school_code "
        "ORDER BY m.joined_at DESC").fetchall()
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
