"""A member's two steps: join a team from the lead's invitation (加入专家组), which makes the
member's own scoresheet on this laptop, and hand in the signed scoresheet (提交我的评分表).

Each returns what it made (None when cancelled or refused) and says what happened in a
window-modal message box that does not block (``open()``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...store import Store, StoreError
from ...team import workflow as tw
from ..placeholders import fill
from .common import ask_identity, bureau_ca, my_id_and_name

translate = QCoreApplication.translate


def tell(parent: QWidget, text: str, error: bool = False) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information,
                      translate("TeamMember", "Expert team"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("teamMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def join_team(parent: QWidget, store: Store, path: str | Path | None = None) -> str | None:
    """Join the team of an invitation file as the inspector of this laptop's signing key.
    Returns the member's scoresheet (an evaluation id), new or already there."""
    if path is None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            parent, translate("TeamMember", "Join an expert team"), "",
            translate("TeamMember", "Team invitations (*.json);;All files (*)"))
        if not path:
            return None
    me = my_id_and_name(store)
    if me is None:
        tell(parent, translate("TeamMember", "This laptop has no signing key yet: a member "
                                             "joins with the inspector ID of their key."), True)
        return None
    try:
        sheet_id = tw.join(store, tw.read_file(path), me[0], ca=bureau_ca(store))
    except (StoreError, ValueError, KeyError, TypeError, AttributeError) as exc:
        tell(parent, fill(translate("TeamMember", "Could not join: %1"), exc), True)
        return None
    return sheet_id


def hand_in(parent: QWidget, store: Store, sheet_id: str, path: str | Path | None = None,
            passphrase: str | None = None) -> Path | None:
    """Write the member's signed scoresheet (with its photos) for the lead."""
    member = tw.membership(store, sheet_id)
    if member is None:
        tell(parent, translate("TeamMember", "This evaluation is not a team member's "
                                             "scoresheet."), True)
        return None
    if path is None:
        from PySide6.QtWidgets import QFileDialog

        ev = store.evaluations.get(sheet_id)
        school = store.schools.get(ev.school_code)
        name = next((m["name"] for m in member["members"] if m["id"] == member["member_id"]),
                    member["member_id"])
        suggested = f"评分表-{name}-{school.name if school else ev.school_code}.zip"
        path, _ = QFileDialog.getSaveFileName(
            parent, translate("TeamMember", "Hand in my scoresheet"), suggested,
            translate("TeamMember", "Scoresheets (*.zip)"))
        if not path:
            return None
    identity, problem = ask_identity(parent, store, passphrase,
                                     translate("TeamMember", "Sign the scoresheet"))
    if identity is None:
        if problem:
            tell(parent, problem, True)
        return None
    try:
        written = tw.write_scoresheet(store, sheet_id, identity, path)
    except (StoreError, OSError) as exc:
        tell(parent, fill(translate("TeamMember", "The scoresheet was not written: %1"), exc),
             True)
        return None
    tell(parent, fill(translate("TeamMember", "Your scoresheet is written to %1. Give it to the "
                                              "team's lead; hand it in again after any change."),
                      written))
    return written
