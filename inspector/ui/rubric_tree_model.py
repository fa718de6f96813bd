"""One rubric's indicators as a read-only tree: areas → … → leaves, then the bonus items,
prerequisites and veto items as groups of their own."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ..rubrics import MODE_LABELS, Condition, Node, Rubric
from .describe import format_points

# The Node or Condition behind a row (None for the bonus / prerequisite / veto group rows).
NODE_ROLE = Qt.ItemDataRole.UserRole
# The rubric's name for the row's level (一级指标, 二级指标 …), "" for the groups added here.
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1

CODE, TITLE, POINTS, MODE, KEY = range(5)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()  # the invisible root: the default parent


@dataclass(eq=False)
class _Item:
    code: str
    title: str
    points: str
    obj: Node | Condition | None
    level: str = ""
    parent: _Item | None = None
    row: int = 0
    children: list[_Item] = field(default_factory=list)

    def add(self, child: _Item) -> _Item:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


class RubricTreeModel(QAbstractItemModel):
    def __init__(self, rubric: Rubric | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._rubric: Rubric | None = None
        self._root = _Item("", "", "", None)
        self.set_rubric(rubric)

    def rubric(self) -> Rubric | None:
        return self._rubric

    def set_rubric(self, rubric: Rubric | None) -> None:
        self.beginResetModel()
        self._rubric = rubric
        self._root = self._build(rubric) if rubric else _Item("", "", "", None)
        self.endResetModel()

    def _build(self, rubric: Rubric) -> _Item:
        root = _Item("", "", "", None)
        names = rubric.meta.level_names

        def add_node(parent: _Item, node: Node, depth: int) -> None:
            level = names[depth] if depth < len(names) else ""
            item = parent.add(_Item(node.code, node.title, _points(node), node, level))
            for child in node.children:
                add_node(item, child, depth + 1)

        for area in rubric.areas:
            add_node(root, area, 0)
        if rubric.bonus and rubric.bonus.items:
            group = root.add(_Item("", self.tr("Bonus items"), format_points(rubric.bonus.cap),
                                   None))
            for item in rubric.bonus.items:
                add_node(group, item, len(names))  # no level name
        for title, conditions in ((self.tr("Prerequisites"), rubric.prerequisites),
                                  (self.tr("Veto items"), rubric.vetoes)):
            if conditions:
                group = root.add(_Item("", title, "", None))
                for cond in conditions:
                    group.add(_Item(cond.code, cond.title, "", cond))
        return root

    # --- QAbstractItemModel --------------------------------------------------------------------
    def _item(self, index: Index) -> _Item:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = _TOP) -> QModelIndex:
        children = self._item(parent).children
        if not (0 <= row < len(children) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index | None = None):  # type: ignore[override]
        if index is None:  # QObject.parent(), which this overload would otherwise hide
            return QObject.parent(self)
        if not index.isValid():
            return QModelIndex()
        parent = self._item(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = _TOP) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: Index = _TOP) -> int:
        return 5

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item, column = self._item(index), index.column()
        node = item.obj if isinstance(item.obj, Node) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CODE:
                return item.code
            if column == TITLE:
                return item.title
            if column == POINTS:
                return item.points
            if column == MODE:
                return MODE_LABELS.get(node.mode, "") if node and node.mode else ""
            return "★" if node and node.key else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == KEY and node and node.key:
                return self.tr("Key indicator")
            if column == CODE:
                return item.level or None
            return item.title if column == TITLE else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == POINTS else _CENTER if column == KEY else None
        if role == Qt.ItemDataRole.FontRole and item.parent is self._root:
            font = QFont()
            font.setBold(True)
            return font
        if role == NODE_ROLE:
            return item.obj
        if role == LEVEL_ROLE:
            return item.level
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Code"), self.tr("Indicator"), self.tr("Points"),
                   self.tr("Scoring"), "★")
        return headers[section] if 0 <= section < len(headers) else None


def _points(node: Node) -> str:
    """Descriptive leaves carry no points, so they show none rather than a misleading 0."""
    return "" if node.is_leaf and not node.points else format_points(node.points)
