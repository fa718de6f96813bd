"""The evaluation's indicators as a live tree: what is answered, what each part scores.

Top rows are the areas (一级指标) in rubric order, then — when the rubric has them — the
prerequisites (基本条件), the veto items (否决项) and the bonus items (加分项) as groups of
their own. Every figure is read from ``session.result``; nothing is scored here. The model
follows the session's signals and reports changes with ``dataChanged`` only (never a reset),
so the view keeps its selection and expanded rows while the inspector works.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, StrEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)

from ...rubrics import Node
from ...rubrics.numbers import format_decimal as fmt
from ...scoring import NA
from ..describe import LIST_SEPARATOR
from .session import EvaluationSession

CODE, MARK, TITLE, SCORE, PROGRESS = range(5)
COLUMNS = 5

CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the item's code; None for the added group rows
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # a Status

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter

ANSWERED_COLOR = QColor("#2e7d32")  # green
MISSING_COLOR = QColor("#d84315")  # deep orange
PROBLEM_COLOR = QColor("#c62828")  # red: a veto occurred, a prerequisite is not met


class Status(StrEnum):
    UNANSWERED = "unanswered"
    PARTIAL = "partial"  # a group with some items answered
    ANSWERED = "answered"
    MISSING_EVIDENCE = "missing_evidence"  # answered, but a required note or photo is missing
    NOT_APPLICABLE = "na"


MARKS = {Status.UNANSWERED: "○", Status.PARTIAL: "◐", Status.ANSWERED: "●",
         Status.MISSING_EVIDENCE: "⚠", Status.NOT_APPLICABLE: "N/A"}
OPEN = frozenset({Status.UNANSWERED, Status.PARTIAL, Status.MISSING_EVIDENCE})
CIRCLES = frozenset({Status.ANSWERED, Status.UNANSWERED, Status.PARTIAL})
_circles: dict[tuple, QPixmap] = {}


def circle_pixmap(status: Status, colour: QColor) -> QPixmap:
    """The answered / unanswered / partly answered mark: a circle sized from the font, drawn
    once per colour and screen density. (Glyphs such as ● are tiny dots in some CJK fonts,
    and a custom delegate reading QStyleOptionViewItem from Python crashed PySide6 6.12.)"""
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if app is not None else 1.0
    size = max(8, round(QFontMetrics(QGuiApplication.font()).height() * 0.6))
    key = (status, colour.rgba(), size, ratio)
    cached = _circles.get(key)
    if cached is not None:
        return cached
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = max(1.0, size / 7)
    box = QRectF(pen / 2, pen / 2, size - pen, size - pen)
    painter.setPen(QPen(colour, pen))
    painter.drawEllipse(box)
    painter.setBrush(colour)
    if status == Status.ANSWERED:
        painter.drawEllipse(box)
    elif status == Status.PARTIAL:  # the left half filled, like ◐
        painter.drawPie(box, 90 * 16, 180 * 16)
    painter.end()
    _circles[key] = pixmap
    return pixmap


class Kind(Enum):
    GROUP = "group"  # an indicator with children (一级、二级指标 …)
    LEAF = "leaf"  # a scored indicator, bonus items included
    CONDITION = "condition"  # a prerequisite or a veto item
    PREREQUISITES = "prerequisites"  # the added group rows
    VETOES = "vetoes"
    BONUS = "bonus"


@dataclass(eq=False, slots=True)
class _Item:
    kind: Kind
    code: str | None
    title: str
    node: Node | None = None
    parent: _Item | None = None
    row: int = 0
    children: list[_Item] = field(default_factory=list)
    codes: tuple[str, ...] = ()  # the answerable codes at and below this row

    def add(self, child: _Item) -> _Item:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child

    @property
    def answerable(self) -> bool:
        return self.kind in (Kind.LEAF, Kind.CONDITION)


class EvaluationTreeModel(QAbstractItemModel):
    def __init__(self, session: EvaluationSession | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._session: EvaluationSession | None = None
        self._root = _Item(Kind.GROUP, None, "")
        self._by_code: dict[str, _Item] = {}
        self._branches: list[_Item] = []  # every row with children, and the root
        self._missing: dict[str, list[str]] = {}  # code → missing evidence, only when some is
        self._bold = QFont()
        self._bold.setBold(True)
        self._grey = self._hint = QColor()
        self.set_session(session)

    # --- the session -----------------------------------------------------------------------
    def session(self) -> EvaluationSession | None:
        return self._session

    def set_session(self, session: EvaluationSession | None) -> None:
        if self._session is not None:
            self._session.answerChanged.disconnect(self._on_answer)
            self._session.attachmentsChanged.disconnect(self._on_attachments)
        self.beginResetModel()
        self._session = session
        self._build()
        self.endResetModel()
        if session is not None:
            # No resultChanged handler: an edit changes the figures of the edited row and its
            # ancestors only, and the session rescores before it emits answerChanged. (Sending
            # dataChanged for every row after each edit cost 10 ms of Python per keystroke.)
            session.answerChanged.connect(self._on_answer)
            session.attachmentsChanged.connect(self._on_attachments)

    def _build(self) -> None:
        self._root = _Item(Kind.GROUP, None, "")
        self._by_code, self._branches, self._missing = {}, [], {}
        self._evidence: dict[str, _Item] = {}  # the items that require a note or a photo
        self._depth = 0
        palette = QGuiApplication.palette()
        self._grey = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self._hint = palette.color(QPalette.ColorRole.PlaceholderText)
        session = self._session
        if session is None:
            return
        rubric = session.rubric

        def add_node(parent: _Item, node: Node) -> _Item:
            item = parent.add(_Item(Kind.LEAF if node.is_leaf else Kind.GROUP, node.code,
                                    node.title, node))
            for child in node.children:
                add_node(item, child)
            return item

        def add_section(kind: Kind, title: str, items) -> None:
            if not items:
                return
            section = self._root.add(_Item(kind, None, title))
            for obj in items:
                if isinstance(obj, Node):
                    add_node(section, obj)
                else:
                    section.add(_Item(Kind.CONDITION, obj.code, obj.title))

        for area in rubric.areas:
            add_node(self._root, area)
        add_section(Kind.PREREQUISITES, self.tr("Prerequisites"), rubric.prerequisites)
        add_section(Kind.VETOES, self.tr("Veto items"), rubric.vetoes)
        add_section(Kind.BONUS, self.tr("Bonus"), rubric.bonus_items())
        self._index(self._root)
        self._evidence = {code: item for code, item in self._by_code.items()
                          if item.node is not None and item.node.is_leaf and item.node.requires}
        for code in self._evidence:
            self._refresh_missing(code)

    def _index(self, item: _Item, depth: int = 0) -> tuple[str, ...]:
        """Fill the code lookup, the branch list and each row's answerable codes."""
        self._depth = max(self._depth, depth)
        if item.code is not None:
            self._by_code[item.code] = item
        if item.children:
            self._branches.append(item)
            item.codes = tuple(c for child in item.children for c in self._index(child, depth + 1))
        elif item.answerable:
            item.codes = (item.code,)
        return item.codes

    def _refresh_missing(self, code: str) -> bool:
        """Re-read one item's missing evidence; True when it changed."""
        assert self._session is not None
        missing = self._session.missing_evidence(code)
        if missing == self._missing.get(code, []):
            return False
        if missing:
            self._missing[code] = missing
        else:
            self._missing.pop(code, None)
        return True

    # --- following the session -------------------------------------------------------------
    def _on_answer(self, code: str) -> None:
        item = self._by_code.get(code)
        if item is None:
            return
        if code in self._evidence:
            self._refresh_missing(code)
        self._row_and_ancestors_changed(item)

    def _on_attachments(self) -> None:
        for code, item in self._evidence.items():
            if self._refresh_missing(code):
                self._row_and_ancestors_changed(item)

    def _row_and_ancestors_changed(self, item: _Item) -> None:
        while item is not self._root and item is not None:
            parent = self._index_of(item.parent)
            self.dataChanged.emit(self.index(item.row, 0, parent),
                                  self.index(item.row, COLUMNS - 1, parent))
            item = item.parent

    # --- lookups ---------------------------------------------------------------------------
    def index_for_code(self, code: str) -> QModelIndex:
        item = self._by_code.get(code)
        return self.createIndex(item.row, 0, item) if item is not None else QModelIndex()

    def _index_of(self, item: _Item | None) -> QModelIndex:
        if item is None or item is self._root:
            return QModelIndex()
        return self.createIndex(item.row, 0, item)

    def depth(self) -> int:
        """How many levels the deepest row sits below the top rows' parent (1 = a top row)."""
        return self._depth

    def _item(self, index: Index) -> _Item:
        return index.internalPointer() if index.isValid() else self._root

    # --- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _TOP) -> QModelIndex:
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._item(parent).children
        if not (0 <= row < len(children) and 0 <= column < COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index | None = None):  # type: ignore[override]
        if index is None:  # QObject.parent(), which this overload would otherwise hide
            return QObject.parent(self)
        if not index.isValid():
            return QModelIndex()
        return self._index_of(self._item(index).parent)

    def rowCount(self, parent: Index = _TOP) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: Index = _TOP) -> int:
        return COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), "", self.tr("Indicator"), self.tr("Score"),
                    self.tr("Done"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (None, self.tr("Status"), None, None, self.tr("Items answered"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (SCORE, PROGRESS):
            return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._session is None:
            return None
        item, column = self._item(index), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == MARK and self.status(item) in CIRCLES:
                return None  # drawn as a picture (DecorationRole)
            return self._display(item, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == MARK and (status := self.status(item)) in CIRCLES:
                return circle_pixmap(status, self._foreground(item, column) or QColor("gray"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (SCORE, PROGRESS) else _CENTER if column == MARK else None
        if role == Qt.ItemDataRole.FontRole and item.parent is self._root:
            return self._bold
        if role == CODE_ROLE:
            return item.code
        if role == STATUS_ROLE:
            return self.status(item)
        return None

    # --- what a row shows ------------------------------------------------------------------
    def status(self, item: _Item) -> Status:
        session = self._session
        assert session is not None
        if item.answerable:
            assert item.code is not None
            if not session.is_answered(item.code):
                return Status.UNANSWERED
            if session.value(item.code) is NA:
                return Status.NOT_APPLICABLE
            return Status.MISSING_EVIDENCE if item.code in self._missing else Status.ANSWERED
        if any(code in self._missing for code in item.codes):
            return Status.MISSING_EVIDENCE
        answered = self._answered(item)
        node = session.result.nodes.get(item.code) if item.code else None
        if node is not None and node.na:
            return Status.NOT_APPLICABLE
        if answered == len(item.codes):
            return Status.ANSWERED
        return Status.PARTIAL if answered else Status.UNANSWERED

    def _answered(self, item: _Item) -> int:
        session = self._session
        assert session is not None
        node = session.result.nodes.get(item.code) if item.code else None
        if node is not None:
            return node.answered
        return sum(1 for code in item.codes if session.is_answered(code))

    def _display(self, item: _Item, column: int) -> str:
        if column == CODE:
            return item.code or ""
        if column == MARK:
            return MARKS[self.status(item)]
        if column == TITLE:
            return f"★ {item.title}" if item.node is not None and item.node.key else item.title
        if column == SCORE:
            return self._score_text(item)
        if column == PROGRESS and not item.answerable:
            return f"{self._answered(item)}/{len(item.codes)}"
        return ""

    def _score_text(self, item: _Item) -> str:
        session = self._session
        assert session is not None
        result = session.result
        if item.kind is Kind.CONDITION:
            return self._condition_text(item)
        if item.kind is Kind.BONUS:
            cap = session.rubric.bonus.cap if session.rubric.bonus else 0
            return f"{fmt(result.bonus)} / {fmt(cap)}"
        if item.kind is Kind.VETOES:
            return self.tr("%1 occurred").replace("%1", str(len(result.veto))) \
                if result.veto else ""
        if item.kind is Kind.PREREQUISITES:
            return self.tr("%1 not met").replace("%1", str(len(result.prerequisites_unmet))) \
                if result.prerequisites_unmet else ""
        node = result.nodes.get(item.code or "")
        if node is None:
            return ""
        if item.kind is Kind.GROUP:
            return f"{fmt(node.score)} / {fmt(node.applicable_max)}"
        if not node.max:  # descriptive: a written finding, no points
            return ""
        value = session.value(node.code)
        if value is None:
            return f"– / {fmt(node.max)}"
        if value is NA and not node.applicable_max:
            return "N/A"
        return f"{fmt(node.score)} / {fmt(node.max)}"

    def _condition_text(self, item: _Item) -> str:
        session = self._session
        assert session is not None and item.code is not None
        value = session.value(item.code)
        if value is None:
            return "–"
        if session.rubric.is_veto(item.code):
            return self.tr("Occurred") if value else self.tr("Not occurred")
        return self.tr("Met") if value else self.tr("Not met")

    def condition_words(self) -> tuple[str, ...]:
        """Every answer a condition row can show, for sizing the score column."""
        return (self.tr("Occurred"), self.tr("Not occurred"), self.tr("Met"), self.tr("Not met"))

    def _is_problem(self, item: _Item) -> bool:
        """A veto that occurred, an unmet prerequisite, or their group."""
        result = self._session.result  # type: ignore[union-attr]
        if item.kind is Kind.VETOES:
            return bool(result.veto)
        if item.kind is Kind.PREREQUISITES:
            return bool(result.prerequisites_unmet)
        return item.kind is Kind.CONDITION and (
            item.code in result.veto or item.code in result.prerequisites_unmet)

    def _foreground(self, item: _Item, column: int) -> QColor | None:
        status = self.status(item)
        if status is Status.NOT_APPLICABLE or self._others(item):
            return self._grey
        if column == MARK:
            if self._is_problem(item):
                return PROBLEM_COLOR
            if status is Status.MISSING_EVIDENCE:
                return MISSING_COLOR
            return ANSWERED_COLOR if status is Status.ANSWERED else self._hint
        if column == SCORE:
            if self._is_problem(item):
                return PROBLEM_COLOR
            if item.answerable and status is Status.UNANSWERED:
                return self._hint
        return None

    def _tooltip(self, item: _Item, column: int) -> str | None:
        session = self._session
        assert session is not None
        if column == MARK:
            return self._status_tooltip(item)
        if column in (CODE, TITLE):
            key = item.node is not None and item.node.key
            text = item.title + ("\n" + self.tr("★ Key indicator") if key else "")
            if owner := self._others(item):
                text += "\n" + self.tr("Split work: %1 scores this").replace("%1", owner)
            return text
        if column == SCORE:
            if item.kind is Kind.BONUS:
                return self.tr("Bonus items add %1 points (cap %2); counted: %3").replace(
                    "%1", fmt(session.result.bonus_raw)).replace(
                    "%2", fmt(session.rubric.bonus.cap if session.rubric.bonus else 0)).replace(
                    "%3", fmt(session.result.bonus))
            node = session.result.nodes.get(item.code or "")
            return node.explanation if node is not None else None
        if column == PROGRESS and not item.answerable:
            return self.tr("%1 of %2 items answered").replace(
                "%1", str(self._answered(item))).replace("%2", str(len(item.codes)))
        return None

    def _others(self, item: _Item) -> str:
        """Whose the row is when another member of a split team scores all of it ("" if the
        row is this inspector's)."""
        others = self._session.others_items if self._session is not None else {}
        if not others or not item.codes:
            return ""
        owners = {others.get(code) for code in item.codes}
        return next(iter(owners)) if len(owners) == 1 and None not in owners else ""

    def _status_tooltip(self, item: _Item) -> str:
        status = self.status(item)
        if item.answerable and status is Status.MISSING_EVIDENCE:
            names = {"note": self.tr("written note"), "photo": self.tr("photo")}
            missing = LIST_SEPARATOR.join(names.get(m, m) for m in self._missing[item.code])
            return self.tr("Missing required evidence: %1").replace("%1", missing)
        if status is Status.MISSING_EVIDENCE:
            count = sum(1 for code in item.codes if code in self._missing)
            return self.tr("%1 items lack required evidence").replace("%1", str(count))
        return {Status.UNANSWERED: self.tr("Not answered yet"),
                Status.PARTIAL: self.tr("Partly answered"),
                Status.ANSWERED: self.tr("Answered"),
                Status.NOT_APPLICABLE: self.tr("Not applicable")}[status]
