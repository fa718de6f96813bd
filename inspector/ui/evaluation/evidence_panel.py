"""The evidence panel: findings (strengths, problems, rectification requirements) and the
photos and documents attached to the current item.

Findings are listed for the current item or for the whole evaluation; the small form below the
list adds one. Files come in through "Add photos or documents…" or by dropping them on the
panel; a double-click opens one in the system viewer. Everything goes through the session.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QFileInfo, QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QIcon,
    QImageReader,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFileIconProvider,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...rubrics import Evidence, Node
from ...store import Attachment, Finding
from ..placeholders import fill
from .session import EvaluationSession

THUMB = 84  # thumbnail edge, in device-independent pixels
DEADLINE_DAYS = 30
FILE_FILTER = "*.jpg *.jpeg *.png *.heic *.webp *.bmp *.gif *.pdf *.doc *.docx *.xls *.xlsx"
GREY = "#5f6368"
AMBER = "#8a5300"
RED = "#b3261e"
FINDING_ROLE = Qt.ItemDataRole.UserRole
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole



def kind_labels() -> dict[str, str]:
    return {"strength": QCoreApplication.translate("EvidencePanel", "Strength"), "problem": QCoreApplication.translate("EvidencePanel", "Problem"),
            "rectification": QCoreApplication.translate("EvidencePanel", "Rectification requirement")}


def ask(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("EvidencePanel", "Remove finding"), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class ThumbnailCache:
    """Scaled thumbnails by file content (sha256): a photo is decoded once per run."""

    def __init__(self, limit: int = 400):
        self.limit = limit
        self._icons: OrderedDict[tuple[str, float], QIcon] = OrderedDict()
        self._files = QFileIconProvider()

    def icon(self, attachment: Attachment, ratio: float) -> QIcon:
        key = (attachment.sha256, ratio)
        if key in self._icons:
            self._icons.move_to_end(key)
            return self._icons[key]
        icon = self._thumbnail(attachment.path, ratio) if attachment.mime.startswith(
            "image/") else None
        if icon is None:
            icon = self._files.icon(QFileInfo(str(attachment.path)))
        if icon.isNull():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._icons[key] = icon
        if len(self._icons) > self.limit:
            self._icons.popitem(last=False)
        return icon

    @staticmethod
    def _thumbnail(path: Path, ratio: float) -> QIcon | None:
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)  # phone photos: honour the EXIF orientation
        size = reader.size()
        edge = round(THUMB * ratio)
        if size.isValid():  # decode at thumbnail size: fast even for 12-megapixel photos
            reader.setScaledSize(size.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            return None
        if max(image.width(), image.height()) > edge:
            image = image.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        return QIcon(pixmap)


class _Hinted:
    """A view that says something in grey while it has nothing to show."""

    hint = ""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.hint and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(GREY))
            rect = self.viewport().rect().adjusted(8, 8, -8, -8)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.hint)


class HintedTree(_Hinted, QTreeWidget):
    pass


class HintedList(_Hinted, QListWidget):
    pass


class EvidencePanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.session: EvaluationSession | None = None
        self._connections: list = []
        self._calling = False
        self.thumbnails = ThumbnailCache()
        # Injected for tests: how a removal is confirmed and how a file is opened.
        self.confirm: Callable[[str], bool] = lambda question: ask(self, question)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._build()
        self.setAcceptDrops(True)
        self.set_session(None)

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(self._build_findings_header())
        self.findings_tree = HintedTree(self)
        self.findings_tree.setObjectName("findingsTree")
        self.findings_tree.setHeaderLabels([QCoreApplication.translate("EvidencePanel", "Kind"), QCoreApplication.translate("EvidencePanel", "Finding"), QCoreApplication.translate("EvidencePanel", "Item"),
                                            QCoreApplication.translate("EvidencePanel", "Deadline")])
        self.findings_tree.setRootIsDecorated(False)
        self.findings_tree.setWordWrap(True)
        self.findings_tree.setAlternatingRowColors(True)
        self.findings_tree.setUniformRowHeights(False)
        header = self.findings_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.findings_tree.itemSelectionChanged.connect(self._update_enabled)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.findings_tree)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected_finding)
        layout.addWidget(self.findings_tree, 3)
        layout.addLayout(self._build_finding_form())
        self.refused_label = QLabel(self)
        self.refused_label.setObjectName("evidenceRefusedLabel")
        self.refused_label.setStyleSheet(f"color: {RED}")
        self.refused_label.setWordWrap(True)
        self.refused_label.hide()
        layout.addWidget(self.refused_label)
        layout.addSpacing(4)
        layout.addLayout(self._build_attachments_header())
        self.attachment_list = self._build_attachment_list()
        layout.addWidget(self.attachment_list, 2)

    def _build_findings_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.findings_caption = QLabel(QCoreApplication.translate("EvidencePanel", "Findings"), self)
        font = self.findings_caption.font()
        font.setBold(True)
        self.findings_caption.setFont(font)
        row.addWidget(self.findings_caption)
        row.addStretch(1)
        self.remove_button = QPushButton(QCoreApplication.translate("EvidencePanel", "Remove…"), self)
        self.remove_button.setObjectName("removeFindingButton")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(QCoreApplication.translate("EvidencePanel", "Remove the selected finding (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected_finding)
        row.addWidget(self.remove_button)
        row.addSpacing(12)
        self.scope_group = QButtonGroup(self)
        self.item_scope_button = QToolButton(self)
        self.item_scope_button.setObjectName("itemFindingsButton")
        self.all_scope_button = QToolButton(self)
        self.all_scope_button.setObjectName("allFindingsButton")
        self.all_scope_button.setText(QCoreApplication.translate("EvidencePanel", "Whole evaluation"))
        for button in (self.item_scope_button, self.all_scope_button):
            button.setCheckable(True)
            button.setAutoRaise(True)
            self.scope_group.addButton(button)
            row.addWidget(button)
        self.item_scope_button.setChecked(True)
        self.scope_group.buttonToggled.connect(lambda _b, on: on and self._scope_changed())
        return row

    def _build_finding_form(self) -> QHBoxLayout:
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("findingKindCombo")
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("findingScopeCombo")
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.deadline_edit = QDateEdit(self)
        self.deadline_edit.setObjectName("findingDeadlineEdit")
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd")
        self.deadline_edit.setToolTip(QCoreApplication.translate("EvidencePanel", "Deadline for the rectification"))
        self.deadline_edit.setDate(QDate.currentDate().addDays(DEADLINE_DAYS))
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("findingTextEdit")
        self.text_edit.setPlaceholderText(QCoreApplication.translate("EvidencePanel", "New finding… (Enter adds it)"))
        self.text_edit.setAcceptDrops(False)  # dropped files go to the attachments
        self.text_edit.returnPressed.connect(self.add_finding)
        self.text_edit.textChanged.connect(self._update_enabled)
        self.add_button = QPushButton(QCoreApplication.translate("EvidencePanel", "Add"), self)
        self.add_button.setObjectName("addFindingButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_finding)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.kind_combo)
        row.addWidget(self.text_edit, 1)
        row.addWidget(self.deadline_edit)
        row.addWidget(self.scope_combo)
        row.addWidget(self.add_button)
        self._kind_changed()
        return row

    def _build_attachments_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.attachments_caption = QLabel(self)
        self.attachments_caption.setTextFormat(Qt.TextFormat.RichText)
        font = self.attachments_caption.font()
        font.setBold(True)
        self.attachments_caption.setFont(font)
        self.drop_hint = QLabel(QCoreApplication.translate("EvidencePanel", "or drop files here"), self)
        self.drop_hint.setStyleSheet(f"color: {GREY}")
        self.add_files_button = QPushButton(QCoreApplication.translate("EvidencePanel", "Add photos or documents…"), self)
        self.add_files_button.setObjectName("addFilesButton")
        self.add_files_button.setAutoDefault(False)
        self.add_files_button.clicked.connect(self.choose_files)
        row.addWidget(self.attachments_caption)
        row.addStretch(1)
        row.addWidget(self.drop_hint)
        row.addWidget(self.add_files_button)
        return row

    def _build_attachment_list(self) -> QListWidget:
        view = HintedList(self)
        view.setObjectName("attachmentList")
        view.setViewMode(QListView.ViewMode.IconMode)
        view.setMovement(QListView.Movement.Static)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setWrapping(True)
        view.setUniformItemSizes(True)
        view.setIconSize(QSize(THUMB, THUMB))
        line = view.fontMetrics().lineSpacing()
        view.setGridSize(QSize(THUMB + 28, THUMB + line + 14))
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        view.setAcceptDrops(False)  # drops go to the panel
        view.viewport().setAcceptDrops(False)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        view.setMinimumHeight(THUMB + line + 20)
        view.itemActivated.connect(self._open_item)  # double-click or Enter
        return view

    # --- the session -----------------------------------------------------------------------------
    def set_session(self, session: EvaluationSession | None) -> None:
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []
        self.session = session
        if session is not None:
            for signal, slot in ((session.currentChanged, self._current_changed),
                                 (session.findingsChanged, self._show_findings),
                                 (session.attachmentsChanged, self._show_attachments),
                                 (session.statusChanged, self._status_changed),
                                 (session.refused, self._refused)):
                signal.connect(slot)
                self._connections.append((signal, slot))
        self._clear_refusal()
        self._current_changed()

    def _current_changed(self, _code: str = "") -> None:
        code = self.session.current if self.session else ""
        self.item_scope_button.setText(fill(QCoreApplication.translate("EvidencePanel", "Item %1"), code) if code else QCoreApplication.translate("EvidencePanel", "Item"))
        self.scope_combo.clear()
        if code:
            self.scope_combo.addItem(fill(QCoreApplication.translate("EvidencePanel", "For %1"), code), code)
        self.scope_combo.addItem(QCoreApplication.translate("EvidencePanel", "For the whole evaluation"), None)
        self._scope_changed()
        self._show_attachments()
        self._update_enabled()

    def _scope_changed(self) -> None:
        whole = self.all_scope_button.isChecked()
        self.scope_combo.setCurrentIndex(self.scope_combo.count() - 1 if whole else 0)
        self.findings_tree.setColumnHidden(2, not whole)
        self.findings_tree.hint = (QCoreApplication.translate("EvidencePanel", "No findings recorded yet.") if whole else
                                   QCoreApplication.translate("EvidencePanel", "No findings for this item yet."))
        self._show_findings()

    def _status_changed(self, _status: str) -> None:
        self._update_enabled()

    def _update_enabled(self) -> None:
        editable = self.session is not None and not self.session.read_only
        for widget in (self.kind_combo, self.scope_combo, self.deadline_edit, self.text_edit,
                       self.add_files_button):
            widget.setEnabled(editable)
        self.add_button.setEnabled(editable and bool(self.text_edit.text().strip()))
        self.remove_button.setEnabled(editable and self.selected_finding() is not None)
        self.drop_hint.setVisible(editable)

    def _is_editable(self) -> bool:
        return self.session is not None and not self.session.read_only

    # --- findings --------------------------------------------------------------------------------
    def visible_findings(self) -> list[Finding]:
        if self.session is None:
            return []
        if self.all_scope_button.isChecked():
            return list(self.session.findings)
        return [f for f in self.session.findings if f.code == self.session.current]

    def _show_findings(self) -> None:
        tree = self.findings_tree
        tree.clear()
        labels = kind_labels()
        for finding in self.visible_findings():
            row = QTreeWidgetItem([labels.get(finding.kind, finding.kind), finding.text,
                                   finding.code or QCoreApplication.translate("EvidencePanel", "General"), finding.deadline or ""])
            row.setData(0, FINDING_ROLE, finding.id)
            row.setToolTip(1, finding.text)
            tree.addTopLevelItem(row)
        self._update_enabled()

    def selected_finding(self) -> int | None:
        items = self.findings_tree.selectedItems()
        return items[0].data(0, FINDING_ROLE) if items else None

    def _kind_changed(self) -> None:
        self.deadline_edit.setVisible(self.kind_combo.currentData() == "rectification")

    def add_finding(self) -> bool:
        session = self.session
        text = self.text_edit.text().strip()
        if session is None or session.read_only or not text:
            return False
        kind = self.kind_combo.currentData()
        deadline = (self.deadline_edit.date().toString(Qt.DateFormat.ISODate)
                    if kind == "rectification" else None)
        if not self._call(session.add_finding, kind, text, self.scope_combo.currentData(),
                          deadline):
            return False
        self.text_edit.clear()
        self.deadline_edit.setDate(QDate.currentDate().addDays(DEADLINE_DAYS))
        return True

    def remove_selected_finding(self) -> bool:
        finding_id = self.selected_finding()
        session = self.session
        if session is None or session.read_only or finding_id is None:
            return False
        finding = next(f for f in session.findings if f.id == finding_id)
        if not self.confirm(fill(QCoreApplication.translate("EvidencePanel", "Remove this finding?\n\n%1"), finding.text)):
            return False
        return self._call(session.remove_finding, finding_id)

    # --- attachments -----------------------------------------------------------------------------
    def current_attachments(self) -> list[Attachment]:
        if self.session is None:
            return []
        return self.session.attachments_for(self.session.current)

    def _show_attachments(self) -> None:
        view = self.attachment_list
        view.clear()
        attachments = self.current_attachments()
        code = self.session.current if self.session else ""
        caption = fill(QCoreApplication.translate("EvidencePanel", "Photos and documents (%1)"), len(attachments)) if code else ""
        self.attachments_caption.setText(html.escape(caption))
        if code and self._needs_photo(code, attachments):
            required = QCoreApplication.translate("EvidencePanel", "a photo is required")
            self.attachments_caption.setText(
                f"{html.escape(caption)} &nbsp;<span style='color:{AMBER}; font-weight:normal'>"
                f"⚠ {html.escape(required)}</span>")
        view.hint = (QCoreApplication.translate("EvidencePanel", "No photos or documents for this item yet. Drop files here or use "
                         "“Add photos or documents…”.") if self._is_editable() else
                     QCoreApplication.translate("EvidencePanel", "No photos or documents for this item."))
        ratio = self.devicePixelRatioF()
        for attachment in attachments:
            item = QListWidgetItem(self.thumbnails.icon(attachment, ratio), attachment.filename)
            item.setData(ATTACHMENT_ROLE, attachment.sha256)
            item.setToolTip(f"{attachment.filename}\n{attachment.size / 1024:.0f} KB · "
                            f"{attachment.added_at[:16].replace('T', ' ')}")
            view.addItem(item)

    def _needs_photo(self, code: str, attachments: list[Attachment]) -> bool:
        item = self.session.item(code) if self.session else None
        return (isinstance(item, Node) and Evidence.PHOTO in item.requires
                and not any(a.mime.startswith("image/") for a in attachments))

    def attachment_for(self, item: QListWidgetItem) -> Attachment | None:
        sha = item.data(ATTACHMENT_ROLE)
        return next((a for a in self.current_attachments() if a.sha256 == sha), None)

    def _open_item(self, item: QListWidgetItem) -> None:
        attachment = self.attachment_for(item)
        if attachment is not None:
            self.open_url(QUrl.fromLocalFile(str(attachment.path)))

    def choose_files(self) -> None:
        if not self._is_editable():
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self, QCoreApplication.translate("EvidencePanel", "Add photos or documents"), "",
            QCoreApplication.translate("EvidencePanel", "Photos and documents") + f" ({FILE_FILTER});;"
            + QCoreApplication.translate("EvidencePanel", "All files") + " (*)")
        self.add_files(paths)

    def add_files(self, paths: Iterable[str | Path]) -> int:
        """Attach files to the current item; returns how many were attached."""
        session = self.session
        if session is None or session.read_only:
            return 0
        code = session.current
        added = 0
        for path in paths:
            path = Path(path)
            if path.is_file() and self._call(session.attach, code, path):
                added += 1
        return added

    # --- drag and drop ---------------------------------------------------------------------------
    @staticmethod
    def _local_files(mime) -> list[Path]:
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls()
                if url.isLocalFile() and Path(url.toLocalFile()).is_file()]

    def dragEnterEvent(self, event) -> None:
        if self._is_editable() and self._local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        files = self._local_files(event.mimeData())
        if not self._is_editable() or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(files)

    # --- refusals --------------------------------------------------------------------------------
    def _call(self, method, *args) -> bool:
        self._clear_refusal()
        self._calling = True
        try:
            return bool(method(*args))
        finally:
            self._calling = False

    def _refused(self, message: str) -> None:
        if self._calling:
            self.refused_label.setText(message)
            self.refused_label.show()

    def _clear_refusal(self) -> None:
        self.refused_label.clear()
        self.refused_label.hide()
