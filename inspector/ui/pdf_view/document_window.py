"""A window for one document: its pages (or the photo of a certificate) and the verdict on it.

    window = DocumentWindow("报告.pdf", parent)   # File ▸ Open PDF or certificate…
    window.show()

The preview and the verification panel do their own work; the window only composes them and
carries the toolbar (Open…, Print…, zoom).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QSplitter, QStackedWidget, QWidget

from .pdf_preview import ImageView, PdfPreview
from .verify_panel import VerifyPanel, ViewerSettings, is_pdf

PATTERNS = "*.pdf *.png *.jpg *.jpeg"
SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg")


def choose_document(parent: QWidget, settings: QSettings | None = None) -> Path | None:
    """Ask for a report PDF or a certificate (PDF, or a photo of it); the folder is
    remembered for next time."""
    remembered = ViewerSettings(settings)
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("DocumentWindow", "Open PDF or certificate"),
        remembered.document_folder,
        QCoreApplication.translate("DocumentWindow", "PDF or certificate (%1)").replace(
            "%1", PATTERNS))
    if not path:
        return None
    remembered.document_folder = str(Path(path).parent)
    return Path(path)


class DocumentWindow(QMainWindow):
    """The pages on the left, the verification on the right."""

    def __init__(self, path: str | Path | None = None, parent: QWidget | None = None, *,
                 ca_certificate: str | Path | None = None,
                 public_key: str | Path | None = None, crls: list | None = None,
                 settings: QSettings | None = None):
        super().__init__(parent)
        self.setObjectName("documentWindow")
        self._settings = settings
        self.path: Path | None = None
        self.preview = PdfPreview(self)
        self.image_view = ImageView(self)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.preview)
        self.views.addWidget(self.image_view)
        self.verify_panel = VerifyPanel(self, ca_certificate=ca_certificate,
                                        public_key=public_key, crls=crls, settings=settings)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.views)
        splitter.addWidget(self.verify_panel)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 420])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._toolbar()
        self.preview.loaded.connect(lambda _count: self._loaded())
        self.image_view.loaded.connect(self._loaded)
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("Document"))
        self.resize(1200, 820)
        if path is not None:
            self.open(path)

    def _toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Document"))
        bar.setObjectName("documentToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.open_action = QAction(self.tr("Open…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_file)
        self.print_action = QAction(self.tr("Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_document)
        self.print_action.setEnabled(False)
        bar.addAction(self.open_action)
        bar.addAction(self.print_action)
        bar.addSeparator()
        for action in (self.preview.zoom_out_action, self.preview.zoom_in_action,
                       self.preview.fit_width_action):
            bar.addAction(action)
        self.toolbar = bar

    # --- the document ---------------------------------------------------------------------------
    def open(self, path: str | Path) -> None:
        """Show ``path`` (a PDF, or a photo or scan of a certificate) and check it."""
        self.path = Path(path)
        self.setWindowTitle(self.tr("%1 — Document").replace("%1", self.path.name))
        self.print_action.setEnabled(False)
        if is_pdf(self.path):
            self.views.setCurrentWidget(self.preview)
            self.preview.load(self.path)
            self.preview.scroll.setFocus()  # PgUp/PgDn and Ctrl+± work straight away
        else:
            self.preview.close_document()
            self.views.setCurrentWidget(self.image_view)
            self.image_view.load(self.path)
        self.verify_panel.check(self.path)

    def _loaded(self) -> None:
        self.print_action.setEnabled(True)

    def choose_file(self) -> None:
        path = choose_document(self, self._settings)
        if path is not None:
            self.open(path)

    def print_document(self) -> None:
        self.views.currentWidget().print_document(self)

    # --- dropping a file on the window ------------------------------------------------------------
    @staticmethod
    def _dropped(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return paths[0] if len(paths) == 1 and paths[0].suffix.lower() in SUFFIXES else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped(event)
        if path is not None:
            event.acceptProposedAction()
            self.open(path)

    def closeEvent(self, event) -> None:
        self.preview.close_document()
        super().closeEvent(event)
