"""Printing PDF pages and images: rendered at the printer's resolution, page by page."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPainter,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from ..tasks import run_for
from .pdf_pages import PRINT_MAX_DPI, PdfError, PdfPages


def _page_range(printer: QPrinter, count: int) -> range:
    """The pages (0-based) the print dialog asked for: all, or from–to."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1) - 1
        last = min(printer.toPage() or count, count) - 1
        return range(first, last + 1)
    return range(count)


def _start_sheet(painter: QPainter, printer: QPrinter, landscape: bool, first: bool) -> QRect:
    """Begin the job or a new sheet, turned to fit the page; the printable area (device px)."""
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                               else QPageLayout.Orientation.Portrait)
    if first:
        if not painter.begin(printer):
            raise PdfError("the printer could not be started")
    elif not printer.newPage():
        raise PdfError("the printer refused a new page")
    return printer.pageLayout().paintRectPixels(printer.resolution())


def _centred(area: QRect, width: float, height: float) -> QRectF:
    return QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)


def print_pages(pages: PdfPages, printer: QPrinter, indexes: range | None = None, *,
                progress: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> int:
    """Print ``indexes`` (default: the printer's page range), each page rendered at the
    printer's resolution (at most :data:`PRINT_MAX_DPI`) and fitted to the printable area.
    No widgets: runs on any thread. Returns the number of pages printed."""
    indexes = _page_range(printer, len(pages)) if indexes is None else indexes
    painter = QPainter()
    printed = 0
    try:
        for index in indexes:
            if cancelled is not None and cancelled():
                printer.abort()
                break
            width, height = pages.sizes[index]
            area = _start_sheet(painter, printer, width > height, printed == 0)
            fit = min(area.width() / width, area.height() / height)  # device px per point
            image = pages.render_image(index, min(fit, PRINT_MAX_DPI / 72))
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(_centred(area, width * fit, height * fit), image)
            printed += 1
            if progress is not None:
                progress(printed)
    finally:
        if painter.isActive():
            painter.end()
    return printed


def print_image(image: QImage, printer: QPrinter) -> int:
    """Print one image, fitted to the printable area (landscape for a wide image)."""
    painter = QPainter()
    try:
        area = _start_sheet(painter, printer, image.width() > image.height(), True)
        fit = min(area.width() / image.width(), area.height() / image.height())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(_centred(area, image.width() * fit, image.height() * fit), image)
    finally:
        if painter.isActive():
            painter.end()
    return 1


class _PrintProgress(QObject):
    """Lives on the GUI thread; the printing thread emits, the progress dialog follows."""

    page = Signal(int)


def print_with_dialog(parent: QWidget, document_name: str, page_count: int,
                      job: Callable[..., int]) -> None:
    """The print dialog, then ``job(printer, indexes, progress=, cancelled=)`` off the GUI
    thread behind a delayed, cancellable progress dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(page_count, 1))
    accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return
    indexes = _page_range(printer, page_count)
    progress = QProgressDialog(
        QCoreApplication.translate("PdfPreview", "Printing %1…").replace("%1", document_name),
        QCoreApplication.translate("PdfPreview", "Cancel"), 0, len(indexes), parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(600)
    relay = _PrintProgress(progress)
    relay.page.connect(progress.setValue)
    stop = threading.Event()
    progress.canceled.connect(stop.set)
    emit = relay.page.emit

    def finish(dialog: QProgressDialog, _printed: int) -> None:
        dialog.reset()
        dialog.deleteLater()

    def failed(dialog: QProgressDialog, message: str) -> None:
        window = dialog.parentWidget()
        finish(dialog, 0)
        QMessageBox.warning(window, QCoreApplication.translate("PdfPreview", "Printing failed"),
                            message)

    run_for(progress, lambda: job(printer, indexes, progress=emit, cancelled=stop.is_set),
            finish, failed)


# --- the widgets --------------------------------------------------------------------------------


