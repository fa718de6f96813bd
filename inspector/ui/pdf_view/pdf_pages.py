"""A PDF opened with PDFium (pypdfium2): page sizes and page images, thread-safe.

PDFium is not thread-safe: every call into it, for any document, holds one process-wide lock.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtGui import (
    QImage,
)

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]
MARGIN = 16  # around and between the pages, in device-independent pixels
CACHE_BYTES = 256 * 1024 * 1024  # rendered pages kept in memory
MAX_PIXELS = 24_000_000  # a page is never rendered larger for the screen (A4 at 400 % ≈ 14 M)
PRINT_MAX_DPI = 300  # pages are rendered at the printer's resolution, but not above this
BACKGROUND = "#d5d8dc"
GREY = "#5f6368"

_PDFIUM = threading.RLock()  # one call into PDFium at a time, whatever the document



class PdfError(Exception):
    """A PDF that cannot be opened, or a page that cannot be rendered or printed."""


# --- the document: no widgets, any thread -----------------------------------------------------


class PdfPages:
    """A PDF opened for rendering. Every method may be called from any thread."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise PdfError(f"cannot read {self.path}: {exc.strerror}") from None
        with _PDFIUM:
            try:
                pdf = pdfium.PdfDocument(data)
            except pdfium.PdfiumError as exc:
                raise PdfError(f"{self.path.name} cannot be opened as a PDF ({exc})") from None
            try:
                pdf.init_forms()  # signature stamps are form fields: drawn only with forms
                self.sizes: list[tuple[float, float]] = [
                    (float(w), float(h)) for w, h in
                    (pdf.get_page_size(i) for i in range(len(pdf)))]
            except Exception:
                pdf.close()
                raise
        self._pdf: pdfium.PdfDocument | None = pdf

    def __len__(self) -> int:
        return len(self.sizes)

    def _bitmap(self, index: int, scale: float):
        if self._pdf is None:
            raise PdfError(f"{self.path.name} is closed")
        page = self._pdf[index]
        try:
            return page.render(scale=scale, rev_byteorder=True, may_draw_forms=True)
        except pdfium.PdfiumError as exc:
            raise PdfError(f"page {index + 1} cannot be rendered ({exc})") from None
        finally:
            page.close()

    def render_image(self, index: int, scale: float) -> QImage:
        """Page ``index`` at ``scale`` pixels per point, as a QImage (white background)."""
        with _PDFIUM:
            bitmap = self._bitmap(index, scale)
            try:
                formats = {"RGB": QImage.Format.Format_RGB888, "RGBA": QImage.Format.Format_RGBA8888,
                           "RGBX": QImage.Format.Format_RGBX8888,
                           "L": QImage.Format.Format_Grayscale8}
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               formats[bitmap.mode]).copy()  # copy: the buffer is freed below
            finally:
                bitmap.close()
        if image.isNull():
            raise PdfError(f"page {index + 1} is too large to render at this zoom")
        return image

    def render_pil(self, index: int, scale: float):
        """Page ``index`` as a PIL image (for reading a QR code)."""
        with _PDFIUM:
            bitmap = self._bitmap(index, scale)
            try:
                return bitmap.to_pil().copy()
            finally:
                bitmap.close()

    def close(self) -> None:
        with _PDFIUM:
            if self._pdf is not None:
                self._pdf.close()
                self._pdf = None

    def __del__(self) -> None:  # the last reference may go on any thread: close under the lock
        with contextlib.suppress(Exception):  # at interpreter shutdown
            self.close()


