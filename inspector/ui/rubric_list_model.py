"""The rubrics available, as a read-only table: one row per rubric."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ..rubrics import FAMILY_LABELS, Rubric
from .describe import format_points

RUBRIC_ROLE = Qt.ItemDataRole.UserRole  # the Rubric behind a row

TITLE, FAMILY, VERSION, LEAVES, POINTS = range(5)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()  # the invisible root: the default parent


class RubricListModel(QAbstractTableModel):
    def __init__(self, rubrics: Iterable[Rubric] = (), parent: QObject | None = None):
        super().__init__(parent)
        self._rubrics: list[Rubric] = []
        self._leaves: list[int] = []
        self.set_rubrics(rubrics)

    def set_rubrics(self, rubrics: Iterable[Rubric]) -> None:
        self.beginResetModel()
        self._rubrics = list(rubrics)
        self._leaves = [sum(1 for _ in r.leaves()) for r in self._rubrics]
        self.endResetModel()

    def rubric(self, row: int) -> Rubric:
        return self._rubrics[row]

    def rowCount(self, parent: Index = _TOP) -> int:
        return 0 if parent.isValid() else len(self._rubrics)

    def columnCount(self, parent: Index = _TOP) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rubrics):
            return None
        rubric, column = self._rubrics[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return rubric.title
            if column == FAMILY:
                return FAMILY_LABELS.get(rubric.meta.family, str(rubric.meta.family))
            if column == VERSION:
                return rubric.version
            if column == LEAVES:
                return str(self._leaves[index.row()])
            return format_points(rubric.max_points)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{rubric.title}\n{rubric.path}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LEAVES, POINTS):
            return _RIGHT
        if role == RUBRIC_ROLE:
            return rubric
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Rubric"), self.tr("Type"), self.tr("Version"), self.tr("Items"),
                   self.tr("Full marks"))
        return headers[section] if 0 <= section < len(headers) else None
