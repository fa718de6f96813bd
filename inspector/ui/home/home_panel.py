"""The home screen: search and filter the evaluations on this laptop, start a new one, open,
reopen as a new revision, or look at the history of one.

The panel never opens an evaluation itself: it asks (``openRequested``) and the main window
does it. Filters re-query the store (search uses its Chinese search); the model sorts itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QWidget

from ...rubrics import FAMILY_LABELS
from ...store import Store, StoreError
from .._generated.ui_home_panel import Ui_HomePanel
from ..refusals import refusal_text
from ..settings import Settings
from .home_model import (
    FIRST_SCREENFUL,
    GRADE,
    PROGRESS,
    REVISION,
    RUBRIC,
    SCHOOL,
    STATUS,
    TOTAL,
    TOWN,
    VISIT_DATE,
    HomeModel,
    can_reopen,
    status_labels,
)

if TYPE_CHECKING:  # the dialogs are imported when first opened, not at start-up
    from ...rubrics import Catalog
    from ..history_dialog import HistoryDialog
    from ..new_evaluation_dialog import NewEvaluationDialog

SEARCH_DELAY_MS = 250  # wait for a pause in typing before searching


class HomePanel(QWidget):
    openRequested = Signal(str)  # an evaluation id: the main window opens it
    evaluationCreated = Signal(str)  # a new evaluation (or a new revision) was created

    def __init__(self, store: Store, catalog: Catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_HomePanel()
        self.ui.setupUi(self)
        self.store = store
        self.catalog = catalog
        self.settings = Settings()
        self.model = HomeModel(store, self)
        self.new_dialog: NewEvaluationDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._fill_filters()
        self._setup_table()
        self._connect()
        # The first screenful now, the other rows once the table has been painted: the app's
        # start-up shows its first frame without waiting for a thousand rows.
        self.apply_filters(first=FIRST_SCREENFUL)
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # The table paints after the panel, in the same pass: the timer fires once the
            # whole frame has been painted. (Not an event filter on the table's viewport:
            # viewport() returns a QWidget, and PySide then builds the Python class of every
            # widget class to find its type, some 10 ms at start-up.)
            QTimer.singleShot(0, self.model, self.model.load_rest)
            QTimer.singleShot(0, self, self._enable_sorting)

    # --- setting up ------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        ui = self.ui
        ui.statusCombo.addItem(self.tr("All"), "")
        for status, label in status_labels().items():
            ui.statusCombo.addItem(label, status)
        ui.familyCombo.addItem(self.tr("All"), "")
        for family, label in FAMILY_LABELS.items():
            ui.familyCombo.addItem(label, str(family))
        self._fill_towns()
        for combo, saved in ((ui.statusCombo, self.settings.home_status),
                             (ui.familyCombo, self.settings.home_family),
                             (ui.townCombo, self.settings.home_town)):
            combo.setCurrentIndex(max(0, combo.findData(saved)))

    def _fill_towns(self) -> None:
        """The towns of the schools on this laptop, keeping the current choice."""
        combo = self.ui.townCombo
        chosen = combo.currentData() or ""
        towns = self.store.listing.towns()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), "")
        for town in towns:
            combo.addItem(town, town)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _setup_table(self) -> None:
        table = self.ui.evaluationTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        # The titles come from a model of their own: the view would ask HomeModel.headerData
        # with a Qt.Orientation, which builds PySide6's Qt namespace (see item_roles).
        titles = self.model.titles()
        self.header_titles = QStandardItemModel(0, len(titles), self)
        self.header_titles.setHorizontalHeaderLabels(titles)
        header.setModel(self.header_titles)
        # Widths from the font, not from the rows: measuring the Chinese text of a thousand
        # rows (ResizeToContents) cost half a second at start-up.
        metrics = self.fontMetrics()
        widths = {SCHOOL: "杭" * 15, TOWN: "杭" * 5, VISIT_DATE: "2025-11-05 ", STATUS: "杭" * 4,
                  REVISION: "99 ", PROGRESS: "888/888 ", TOTAL: "888.88/888 ", GRADE: "杭" * 8}
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RUBRIC, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(metrics.averageCharWidth() * 6)
        for column, sample in widths.items():
            title = titles[column]
            header.resizeSection(column, max(metrics.horizontalAdvance(sample),
                                             metrics.horizontalAdvance(title + "  ▼")) + 12)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        # The saved order now (the rows come sorted); the header's arrow and sorting by a click
        # once the first frame is on screen (naming a Qt.SortOrder builds the Qt namespace).
        column = self.settings.home_sort_column
        self.model.sort_rows(column if 0 <= column < self.model.columnCount() else VISIT_DATE,
                             bool(self.settings.home_sort_order))

    def _enable_sorting(self) -> None:
        from PySide6.QtCore import Qt

        column, descending = self.model.sort_order
        table = self.ui.evaluationTable
        table.horizontalHeader().setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)  # sorts by the indicator: the rows are so already

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self.apply_filters)
        self._search_timer.timeout.connect(self.apply_filters)
        for combo in (ui.statusCombo, ui.familyCombo, ui.townCombo):
            combo.currentIndexChanged.connect(self._filters_changed)
        ui.evaluationTable.selectionModel().currentRowChanged.connect(self._update_buttons)
        ui.evaluationTable.activated.connect(lambda _index: self.open_selected())
        ui.evaluationTable.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.model.modelReset.connect(self._update_buttons)
        ui.newButton.clicked.connect(self.new_evaluation)
        ui.openButton.clicked.connect(self.open_selected)
        ui.reopenButton.clicked.connect(self.reopen_selected)
        ui.historyButton.clicked.connect(self.show_history)

    # --- filters and loading ---------------------------------------------------------------
    def _filters_changed(self) -> None:
        ui = self.ui
        self.settings.home_status = ui.statusCombo.currentData() or ""
        self.settings.home_family = ui.familyCombo.currentData() or ""
        self.settings.home_town = ui.townCombo.currentData() or ""
        self.apply_filters()

    def _sort_changed(self, column: int, order) -> None:
        from PySide6.QtCore import Qt

        self.settings.home_sort_column = column
        self.settings.home_sort_order = 1 if order == Qt.SortOrder.DescendingOrder else 0

    def apply_filters(self, *, first: int | None = None) -> None:
        """Query the store with the search text and the filters (``first``: only that many
        rows now, see :meth:`HomeModel.refresh`)."""
        self._search_timer.stop()
        ui = self.ui
        chosen = self.selected_id()
        self.model.set_filters(status=ui.statusCombo.currentData(),
                               family=ui.familyCombo.currentData(),
                               town=ui.townCombo.currentData(),
                               search=ui.searchEdit.text(), first=first)
        self._after_load(chosen)

    def refresh(self) -> None:
        """Reload everything (after an evaluation was created, finalized, reopened …)."""
        chosen = self.selected_id()
        self._fill_towns()
        self.model.refresh()
        self._after_load(chosen)

    def clear_filters(self) -> None:
        ui = self.ui
        for widget in (ui.searchEdit, ui.statusCombo, ui.familyCombo, ui.townCombo):
            widget.blockSignals(True)
        ui.searchEdit.clear()
        for combo in (ui.statusCombo, ui.familyCombo, ui.townCombo):
            combo.setCurrentIndex(0)
        for widget in (ui.searchEdit, ui.statusCombo, ui.familyCombo, ui.townCombo):
            widget.blockSignals(False)
        self._filters_changed()

    def _after_load(self, chosen: str | None) -> None:
        if chosen:
            self.select(chosen)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        ui, count = self.ui, self.model.rowCount()
        filtered = bool(ui.searchEdit.text().strip() or ui.statusCombo.currentData()
                        or ui.familyCombo.currentData() or ui.townCombo.currentData())
        if count:
            text = self.tr("%n evaluation(s)", None, count)
        elif filtered:
            text = self.tr("No evaluation matches the search and the filters.")
        else:
            text = self.tr("No evaluations yet. Click “New evaluation…” to start one.")
        ui.countLabel.setText(text)

    # --- the selection ---------------------------------------------------------------------
    def selected_row(self) -> dict | None:
        index = self.ui.evaluationTable.currentIndex()
        if not index.isValid():
            return None
        return self.model.row(index.row())

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row["id"] if row else None

    def select(self, evaluation_id: str) -> bool:
        """Make an evaluation the current row (False when it is not listed)."""
        number = self.model.row_of(evaluation_id)
        if number < 0:
            return False
        from PySide6.QtCore import QItemSelectionModel  # not on the start-up path

        index = self.model.index(number, 0)
        table = self.ui.evaluationTable
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(index)
        return True

    def _update_buttons(self, *_args) -> None:
        row = self.selected_row()
        ui = self.ui
        ui.openButton.setEnabled(row is not None)
        ui.historyButton.setEnabled(row is not None)
        ui.reopenButton.setEnabled(can_reopen(row))

    # --- actions ---------------------------------------------------------------------------
    def open_selected(self) -> None:
        evaluation_id = self.selected_id()
        if evaluation_id:
            self.openRequested.emit(evaluation_id)

    def new_evaluation(self) -> NewEvaluationDialog:
        """Show the new-evaluation dialog (window-modal); returns it."""
        from PySide6.QtCore import Qt

        from ..new_evaluation_dialog import NewEvaluationDialog

        dialog = NewEvaluationDialog(self.store, self.catalog, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._created(dialog.created_id))
        dialog.finished.connect(lambda _result: self._forget_dialog("new_dialog", dialog))
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, name: str, dialog: QWidget) -> None:
        """A dialog closed (and will be deleted): drop the reference kept to it."""
        if getattr(self, name) is dialog:
            setattr(self, name, None)

    def _created(self, evaluation_id: str | None) -> None:
        if not evaluation_id:
            return
        self.refresh()
        if not self.select(evaluation_id):
            self.clear_filters()  # the filters hid it: show everything, then the new one
            self.select(evaluation_id)
        self.evaluationCreated.emit(evaluation_id)

    def reopen_selected(self) -> str | None:
        """Start a new revision of the selected finalized evaluation; returns its id."""
        row = self.selected_row()
        if not can_reopen(row):
            return None
        from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

        label = self.tr("Why is this evaluation being reopened? The reason is kept in its "
                        "history.")
        reason, ok = QInputDialog.getText(self, self.tr("Reopen as new revision"), label,
                                          QLineEdit.EchoMode.Normal)
        while ok and not reason.strip():
            reason, ok = QInputDialog.getText(
                self, self.tr("Reopen as new revision"),
                label + "\n" + self.tr("A reason is required."), QLineEdit.EchoMode.Normal)
        if not ok:
            return None
        try:
            new = self.store.evaluations.reopen(row["id"], reason.strip())
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot reopen"), refusal_text(exc))
            return None
        self.refresh()
        if not self.select(new.id):
            self.clear_filters()
            self.select(new.id)
        self.evaluationCreated.emit(new.id)
        return new.id

    def show_history(self) -> HistoryDialog | None:
        evaluation_id = self.selected_id()
        if not evaluation_id:
            return None
        from PySide6.QtCore import Qt

        from ..history_dialog import HistoryDialog

        dialog = HistoryDialog(self.store, evaluation_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._forget_dialog("history_dialog", dialog))
        self.history_dialog = dialog
        dialog.show()
        return dialog
