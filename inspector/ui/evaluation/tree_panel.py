"""The left panel of the evaluation page: every indicator as a tree, the progress so far and
a way to jump to what is still open.

Selecting an item makes it the session's current item; when the session moves on (from any
panel), the tree follows. A guard keeps the two directions from echoing each other.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...rubrics.numbers import format_decimal as fmt
from ...scoring import Result
from ..placeholders import fill
from .session import EvaluationSession
from .tree_model import (
    CODE,
    CODE_ROLE,
    MARK,
    OPEN,
    PROGRESS,
    SCORE,
    STATUS_ROLE,
    TITLE,
    EvaluationTreeModel,
)


class OpenItemsFilter(QSortFilterProxyModel):
    """Passes everything, or — when switched on — only the items still to do (unanswered or
    missing evidence) and the groups above them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._only_open = False
        self.setRecursiveFilteringEnabled(True)  # a group stays while a child passes
        self.setDynamicSortFilter(True)  # an item leaves the list once it is done

    def only_open(self) -> bool:
        return self._only_open

    def set_only_open(self, on: bool) -> None:
        if on == self._only_open:
            return
        self.beginFilterChange()
        self._only_open = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._only_open:
            return True
        index = self.sourceModel().index(row, 0, parent)
        if index.data(CODE_ROLE) is None or self.sourceModel().hasChildren(index):
            return False  # groups pass through their children
        return index.data(STATUS_ROLE) in OPEN


class TreePanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: EvaluationSession | None = None
        self._following = False  # True while the tree follows the session (no echo back)
        self.model = EvaluationTreeModel(parent=self)
        self.proxy = OpenItemsFilter(self)
        self.proxy.setSourceModel(self.model)
        # Connected before the view's selection model (slots run in connection order): while
        # the filter drops rows, the selection moving to a neighbour is not the inspector's
        # choice, and must not move the session.
        for begin, end in ((self.proxy.rowsAboutToBeRemoved, self.proxy.rowsRemoved),
                           (self.proxy.layoutAboutToBeChanged, self.proxy.layoutChanged)):
            begin.connect(self._hold)
            end.connect(self._release)

        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.next_button = QPushButton(QCoreApplication.translate("TreePanel", "Next unanswered"), self)
        self.next_button.setObjectName("nextUnansweredButton")
        self.next_button.setToolTip(QCoreApplication.translate("TreePanel", "Go to the next item without an answer"))
        self.next_button.clicked.connect(self._next_unanswered)
        self.filter_box = QCheckBox(QCoreApplication.translate("TreePanel", "Only unanswered / missing evidence"), self)
        self.filter_box.setObjectName("openItemsFilter")
        self.filter_box.toggled.connect(self._set_filter)
        self.view = self._make_view()

        top = QHBoxLayout()
        top.addWidget(self.progress_label, 1)
        top.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.view, 1)
        self.set_session(None)

    def _make_view(self) -> QTreeView:
        view = QTreeView(self)
        view.setObjectName("evaluationTree")
        view.setModel(self.proxy)
        view.setUniformRowHeights(True)
        view.setIndentation(round(view.fontMetrics().horizontalAdvance("M") * 1.4))
        view.setAllColumnsShowFocus(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(view.fontMetrics().horizontalAdvance("00"))
        view.selectionModel().currentChanged.connect(self._on_row_selected)
        for changed in (self.proxy.rowsRemoved, self.proxy.layoutChanged):
            changed.connect(self._resync)  # after the selection model has moved on
        self.proxy.rowsInserted.connect(self._expand_inserted)
        self.proxy.modelReset.connect(view.expandAll)
        self.proxy.layoutChanged.connect(view.expandAll)
        return view

    # --- the session -----------------------------------------------------------------------
    def set_session(self, session: EvaluationSession | None) -> None:
        if self.session is not None:
            self.session.currentChanged.disconnect(self._follow)
            self.session.resultChanged.disconnect(self._show_progress)
        self.session = session
        self.model.set_session(session)  # a model reset: the view expands everything
        self.next_button.setEnabled(session is not None)
        self.filter_box.setEnabled(session is not None)
        if session is None:
            self.progress_label.clear()
            return
        session.currentChanged.connect(self._follow)
        session.resultChanged.connect(self._show_progress)
        self._size_columns()
        self._show_progress(session.result)
        self._follow(session.current)

    def _size_columns(self) -> None:
        """Columns wide enough for their longest text, from the font: sharp at any DPI."""
        assert self.session is not None
        metrics, header = self.view.fontMetrics(), self.view.header()
        pad = metrics.horizontalAdvance("M")  # the cell margins, about one em
        longest = max((metrics.horizontalAdvance(c) for c in self.session.codes), default=0)
        indent = self.view.indentation() * (self.model.depth() + 1)
        maximum = fmt(self.session.result.max)
        header.resizeSection(CODE, longest + pad + indent)
        header.resizeSection(MARK, metrics.horizontalAdvance("N/A") + pad)
        scores = (f"{maximum}.5 / {maximum}", *self.model.condition_words())
        header.resizeSection(SCORE, max(map(metrics.horizontalAdvance, scores)) + pad)
        header.resizeSection(PROGRESS, metrics.horizontalAdvance("888/888") + pad)

    # --- showing ---------------------------------------------------------------------------
    def _show_progress(self, result: Result) -> None:
        assert self.session is not None
        total = len(self.session.codes)
        answered = total - len(result.unanswered)
        self.progress_label.setText(fill(QCoreApplication.translate("TreePanel", "Answered %1/%2"), answered, total))
        self.next_button.setEnabled(not result.complete)

    def _set_filter(self, on: bool) -> None:
        self.proxy.set_only_open(on)
        self.view.expandAll()
        if self.session is not None:
            self._follow(self.session.current)

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self.view.expandRecursively(self.proxy.index(row, 0, parent))
        if parent.isValid():
            self.view.expand(parent)

    # --- following and leading the session -------------------------------------------------
    def _hold(self, *_args) -> None:
        self._following = True

    def _release(self, *_args) -> None:
        self._following = False

    def _follow(self, code: str) -> None:
        """The session moved to ``code``: select and show its row, without echoing back."""
        index = self.proxy.mapFromSource(self.model.index_for_code(code))
        if index.isValid() and index == self.view.currentIndex():
            return
        self._following = True
        try:
            if index.isValid():
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(index)
            else:  # filtered out: select nothing rather than a row that is not current
                self.view.selectionModel().clear()
        finally:
            self._following = False

    def _resync(self, *_args) -> None:
        if self.session is not None and not self._following:
            self._follow(self.session.current)

    def _on_row_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._following or self.session is None or not current.isValid():
            return
        code = current.data(CODE_ROLE)
        if code in self.session.codes:
            self.session.set_current(code)
        else:
            self.view.expand(current.siblingAtColumn(0))

    def _next_unanswered(self) -> None:
        if self.session is not None:
            self.session.next_unanswered()

    def current_code(self) -> str | None:
        """The code of the row selected in the tree (None for a group or nothing)."""
        return self.view.currentIndex().data(CODE_ROLE)

