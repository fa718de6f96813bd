"""A photo or scan (a certificate photographed on a wall): fitted to the window, printable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageReader,
    QPainter,
    QPixmap,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QWidget,
)

from ..tasks import run_for
from .pdf_pages import BACKGROUND, GREY, MARGIN, PdfError
from .printing import print_image, print_with_dialog


class ImageView(QWidget):
    """A photo or scan of a certificate, fitted to the view (no zoom)."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("imageView")
        self.path: Path | None = None
        self._image: QImage | None = None
        self._scaled: QPixmap | None = None
        self._message = ""
        self._generation = 0
        self.setMinimumSize(200, 200)

    def load(self, path: str | Path) -> None:
        self._generation += 1
        generation = self._generation
        self.path = Path(path)
        self._image, self._scaled = None, None
        self._message = self.tr("Opening %1…").replace("%1", self.path.name)
        self.update()

        def read() -> QImage:
            reader = QImageReader(str(path))
            reader.setAutoTransform(True)  # phone photos: honour the EXIF orientation
            image = reader.read()
            if image.isNull():
                raise PdfError(reader.errorString())
            return image

        run_for(self, read, lambda me, image: me._loaded(generation, image),
                lambda me, message: me._failed(generation, message))

    def _loaded(self, generation: int, image: QImage) -> None:
        if generation == self._generation:
            self._image, self._message = image, ""
            self.update()
            self.loaded.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._message = self.tr("This image cannot be shown: %1").replace("%1", message)
            self.update()
            self.failed.emit(message)

    def image(self) -> QImage | None:
        return self._image

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        area = self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        if self._image is None:
            painter.setPen(QColor(GREY))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._message)
            return
        size = self._image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if self._image.width() <= area.width() and self._image.height() <= area.height():
            size = self._image.size()  # small images are not blown up
        ratio = self.devicePixelRatioF()
        if self._scaled is None or self._scaled.deviceIndependentSize().toSize() != size:
            self._scaled = QPixmap.fromImage(self._image.scaled(
                size * ratio, Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            self._scaled.setDevicePixelRatio(ratio)
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(area.center())
        painter.setPen(Qt.PenStyle.NoPen)
        for spread, alpha in ((3, 16), (2, 24), (1, 40)):
            painter.setBrush(QColor(0, 0, 0, alpha))
            painter.drawRect(rect.adjusted(-spread, -spread + 1, spread, spread + 1))
        painter.drawPixmap(rect, self._scaled)

    def print_to(self, printer: QPrinter) -> int:
        if self._image is None:
            raise PdfError("no image is open")
        return print_image(self._image, printer)

    def print_document(self, parent: QWidget | None = None) -> None:
        if self._image is None:
            return
        image = self._image

        def job(printer, _indexes, *, progress, cancelled) -> int:
            printed = print_image(image, printer)
            progress(1)
            return printed

        print_with_dialog(parent or self, self.path.name if self.path else "", 1, job)

