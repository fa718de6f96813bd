"""The list of schools to choose from, as the new-evaluation and new-team dialogs show it:
filled from the store's (Chinese) search, the chosen school kept across searches."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ..rubrics import SCHOOL_TYPE_LABELS

if TYPE_CHECKING:
    from ..store import School

CODE_ROLE = Qt.ItemDataRole.UserRole  # the school code behind a row


def school_type_label(school_type: str) -> str:
    return SCHOOL_TYPE_LABELS.get(school_type, school_type)  # type: ignore[call-overload]


def school_text(school: School) -> str:
    details = " · ".join(filter(None, (school.town, school_type_label(school.type))))
    return f"{school.name}    {details}"


def show_schools(widget: QListWidget, schools: Iterable[School],
                 changed: Callable[[], None]) -> None:
    """List ``schools``; the school chosen before stays chosen when it is still listed, and
    ``changed`` is called when the choice did change."""
    chosen = chosen_school(widget)
    widget.blockSignals(True)
    widget.clear()
    for school in schools:
        item = QListWidgetItem(school_text(school), widget)
        item.setData(CODE_ROLE, school.code)
        item.setToolTip(f"{school.name}\n{school.address}\n{school.code}".strip())
    widget.blockSignals(False)
    if chosen:
        choose_school(widget, chosen)
    if chosen_school(widget) != chosen:
        changed()


def choose_school(widget: QListWidget, code: str) -> bool:
    for row in range(widget.count()):
        if widget.item(row).data(CODE_ROLE) == code:
            widget.setCurrentRow(row)
            return True
    return False


def chosen_school(widget: QListWidget) -> str | None:
    """The selected school (what the inspector sees highlighted), if any."""
    selected = widget.selectedItems()
    return selected[0].data(CODE_ROLE) if selected else None
