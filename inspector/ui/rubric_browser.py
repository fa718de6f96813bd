"""The rubric browser: the rubrics available on the left, the selected rubric on the right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QMessageBox, QStyle, QWidget

from .. import __version__, paths
from ..rubrics import Catalog, Condition, Node, Rubric
from . import describe
from ._generated.ui_rubric_browser import Ui_RubricBrowser
from .fonts import fixed_font
from .placeholders import fill
from .problems_dialog import ProblemsDialog
from .rubric_list_model import RUBRIC_ROLE, RubricListModel
from .rubric_tree_model import LEVEL_ROLE, NODE_ROLE, RubricTreeModel

EMPTY_PAGE, RUBRIC_PAGE = 0, 1


class RubricBrowser(QMainWindow):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RubricBrowser()
        self.ui.setupUi(self)
        self.catalog = catalog
        self.rubric_model = RubricListModel(catalog.rubrics, self)
        self.tree_model = RubricTreeModel(None, self)
        self.problems_dialog: ProblemsDialog | None = None
        self.status_label = QLabel(self)
        self.statusBar().addWidget(self.status_label, 1)
        self._setup_views()
        self._connect()
        self._show_catalog_summary()
        if self.rubric_model.rowCount():
            self.select_rubric(0)

    def _setup_views(self) -> None:
        ui = self.ui
        ui.rubricTable.setModel(self.rubric_model)
        header = ui.rubricTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.indicatorTree.setModel(self.tree_model)
        header = ui.indicatorTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.contentHashValue.setFont(fixed_font())
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        ui.problemsIcon.setPixmap(icon.pixmap(20, 20))
        ui.mainSplitter.setStretchFactor(1, 1)
        ui.mainSplitter.setSizes([460, 720])
        ui.rubricSplitter.setSizes([190, 330, 200])

    def _connect(self) -> None:
        ui = self.ui
        ui.rubricTable.selectionModel().currentRowChanged.connect(self._on_rubric_changed)
        ui.indicatorTree.selectionModel().currentChanged.connect(self._on_indicator_changed)
        ui.problemsButton.clicked.connect(self.show_problems)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)

    # --- the catalog ---------------------------------------------------------------------------
    def _show_catalog_summary(self) -> None:
        loaded, failed = len(self.catalog.rubrics), len(self.catalog.errors)
        status = self.tr("%n rubric(s) loaded.", None, loaded)
        if failed:
            status += " " + self.tr("%n file(s) could not be loaded.", None, failed)
        self.status_label.setText(status)
        self.ui.problemsBanner.setVisible(bool(failed))
        self.ui.problemsLabel.setText(self.tr(
            "%n rubric file(s) could not be loaded and were skipped.", None, failed))
        if loaded:
            self.ui.emptyLabel.setText(self.tr("Select a rubric on the left."))
        else:
            self.ui.emptyLabel.setText(fill(self.tr(
                "No rubrics were found. Copy rubric files (.yaml) into %1 and open the app again."
            ), paths.user_rubrics_dir()))

    def show_problems(self) -> None:
        if self.problems_dialog is None:
            self.problems_dialog = ProblemsDialog(self.catalog.errors, self)
        self.problems_dialog.open()

    def select_rubric(self, row: int) -> None:
        self.ui.rubricTable.setCurrentIndex(self.rubric_model.index(row, 0))

    # --- the selected rubric -------------------------------------------------------------------
    def _on_rubric_changed(self, current: QModelIndex | QPersistentModelIndex) -> None:
        rubric = current.data(RUBRIC_ROLE) if current.isValid() else None
        self.show_rubric(rubric)

    def show_rubric(self, rubric: Rubric | None) -> None:
        ui = self.ui
        self.tree_model.set_rubric(rubric)
        self._show_indicator(None)
        ui.rubricStack.setCurrentIndex(RUBRIC_PAGE if rubric else EMPTY_PAGE)
        if rubric is None:
            return
        meta = rubric.meta
        ui.titleValue.setText(meta.title)
        ui.documentNumberValue.setText(meta.document_number)
        ui.issuerValue.setText(meta.issuer)
        ui.versionValue.setText(meta.version)
        ui.effectiveValue.setText(meta.effective)
        ui.schoolTypesValue.setText(describe.school_types_text(rubric))
        ui.notesValue.setText(meta.notes)
        ui.contentHashValue.setText(rubric.content_hash)
        ui.contentHashValue.setCursorPosition(0)
        ui.indicatorTree.expandAll()

    def _on_indicator_changed(self, current: QModelIndex | QPersistentModelIndex) -> None:
        rubric = self.tree_model.rubric()
        obj = current.data(NODE_ROLE) if current.isValid() else None
        if rubric is None or obj is None:
            self._show_indicator(None)
        elif isinstance(obj, Node):
            self._show_indicator(describe.describe_node(rubric, obj, current.data(LEVEL_ROLE)))
        elif isinstance(obj, Condition):
            self._show_indicator(describe.describe_condition(rubric, obj))

    def _show_indicator(self, text: describe.IndicatorText | None) -> None:
        self.ui.indicatorText.setHtml(describe.to_html(text))

    # --- menus ---------------------------------------------------------------------------------
    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About"), fill(self.tr(
            "<h3>Yuhang District Education Inspection Tool</h3>"
            "<p>Version %1</p>"
            "<p>Offline evaluation of schools and kindergartens against the district's "
            "inspection rubrics, for the inspectors of the Yuhang District Education Bureau.</p>"
        ), __version__))
