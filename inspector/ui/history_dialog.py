"""The audit trail of one evaluation: who changed what, when, from what to what, and why.

Read-only. Values are stored as JSON in the event log; here they read as an inspector would
say them (不适用, 是/否, lists joined, — for nothing).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..store import Store, StoreError
from .describe import LIST_SEPARATOR, format_points
from .home.home_model import status_labels
from .new_evaluation_dialog import visit_kind_labels
from .placeholders import fill

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls
TIME, WHO, CODE, WHAT, CHANGE, REASON = range(6)
NONE = "—"
ARROW = " → "


def field_labels() -> dict[str, str]:
    return {
        "answer": translate("HistoryDialog", "Score"),  # zh: 评分
        "self": translate("HistoryDialog", "Self-evaluation"),  # zh: 自评
        "note": translate("HistoryDialog", "Note"),  # zh: 说明
        "finding": translate("HistoryDialog", "Finding"),  # zh: 督导意见
        "attachment": translate("HistoryDialog", "Attachment"),  # zh: 附件
        "status": translate("HistoryDialog", "Status"),  # zh: 状态
        "created": translate("HistoryDialog", "Created"),  # zh: 创建
        "reopened": translate("HistoryDialog", "Reopened"),  # zh: 重新打开
        "superseded_by": translate("HistoryDialog", "Superseded by"),  # zh: 被新修订取代
    }


def finding_kind_labels() -> dict[str, str]:
    return {"strength": translate("HistoryDialog", "Strength"),  # zh: 亮点
            "problem": translate("HistoryDialog", "Problem"),  # zh: 问题
            "rectification": translate("HistoryDialog", "Rectification")}  # zh: 整改要求


def local_time(at: str) -> str:
    """A UTC ISO timestamp as local wall-clock time, to the second."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


def format_value(value: Any) -> str:
    """One JSON value, readably."""
    if value is None:
        return NONE
    if value is True:
        return translate("HistoryDialog", "Yes")  # zh: 是
    if value is False:
        return translate("HistoryDialog", "No")  # zh: 否
    if value == "NA":
        return translate("HistoryDialog", "N/A")  # zh: 不适用
    if isinstance(value, int | float):
        try:
            return format_points(Decimal(str(value)))
        except InvalidOperation:
            return str(value)
    if isinstance(value, list):
        return LIST_SEPARATOR.join(format_value(v) for v in value) if value else \
            translate("HistoryDialog", "(none)")  # zh: （无）
    if isinstance(value, dict):
        return "; ".join(f"{key}: {format_value(v)}" for key, v in value.items())
    return str(value)


def short_id(value: Any) -> str:
    return str(value)[:8] if value else NONE


class HistoryDialog(QDialog):
    def __init__(self, store: Store, evaluation_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.evaluation_id = evaluation_id
        self.setWindowTitle(self.tr("History"))
        self.events = store.evaluations.history(evaluation_id)
        self._names = {i.id: i.name for i in store.inspectors.list()}
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("By"), self.tr("Item"), self.tr("What"),
             self.tr("Change"), self.tr("Reason")])
        for event in self.events:
            self.model.appendRow(self._items(event))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(CODE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build()
        self._update_count()

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(self._heading(), self)
        heading.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by item code, for example B1.2"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.set_filter)
        self.count_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHANGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(REASON, self.fontMetrics().averageCharWidth() * 28)
        header.setResizeContentsPrecision(500)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 150, metrics.height() * 40)

    def _heading(self) -> str:
        try:
            ev = self.store.evaluations.get(self.evaluation_id)
        except StoreError:
            return self.evaluation_id
        school = self.store.schools.get(ev.school_code)
        title = self.store.rubric(ev.rubric_hash).title
        return fill(self.tr("%1 · %2 · visit of %3 · revision %4"),
                    school.name if school else ev.school_code, title, ev.visit_date,
                    ev.revision)

    def set_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n change(s)", None, self.proxy.rowCount()))

    def row_texts(self, row: int) -> list[str]:
        """What a row of the table shows (visible rows, after the filter)."""
        return [self.proxy.index(row, column).data() for column in range(6)]

    # --- one event -------------------------------------------------------------------------
    def _items(self, event: dict) -> list[QStandardItem]:
        actor = event["actor"] or ""
        texts = [local_time(event["at"]), self._names.get(actor, actor), event["code"] or "",
                 field_labels().get(event["field"], event["field"]), self._change(event),
                 event["reason"] or ""]
        items = []
        for column, text in enumerate(texts):
            item = QStandardItem(text)
            item.setEditable(False)
            if column in (CHANGE, REASON) and text:
                item.setToolTip(text)
            items.append(item)
        items[TIME].setToolTip(event["at"])
        items[WHO].setToolTip(actor)
        return items

    def _change(self, event: dict) -> str:
        field, old, new = event["field"], event["old"], event["new"]
        if field == "created":
            return self._created(new) if isinstance(new, dict) else format_value(new)
        if field == "reopened":
            revision = new.get("revision") if isinstance(new, dict) else new
            return fill(self.tr("revision %1, from %2"), revision, short_id(old))
        if field == "superseded_by":
            return short_id(new)
        if field == "status":
            labels = status_labels()
            return f"{labels.get(old, format_value(old))}{ARROW}{labels.get(new, format_value(new))}"
        if field in ("finding", "attachment"):
            if old is None:
                return self._record(new)
            if new is None:
                return fill(self.tr("removed: %1"), self._record(old))
            return f"{self._record(old)}{ARROW}{self._record(new)}"
        return f"{format_value(old)}{ARROW}{format_value(new)}"

    def _record(self, value: Any) -> str:
        """A finding or an attachment, by what people recognise it by."""
        if not isinstance(value, dict):
            return format_value(value)
        if "filename" in value:
            return str(value["filename"])
        kind = finding_kind_labels().get(value.get("kind", ""), value.get("kind", ""))
        text = f"{kind}：{value.get('text', '')}" if kind else str(value.get("text", ""))
        if value.get("deadline"):
            text += " " + fill(self.tr("(by %1)"), value["deadline"])
        return text

    def _created(self, new: dict) -> str:
        school = self.store.schools.get(new.get("school", ""))
        parts = [school.name if school else new.get("school", ""),
                 f"{new.get('rubric', '')} {new.get('version', '')}".strip(),
                 new.get("visit_date", ""),
                 visit_kind_labels().get(new.get("kind", ""), new.get("kind", "")),
                 LIST_SEPARATOR.join(new.get("team", []))]
        return " · ".join(p for p in parts if p)
