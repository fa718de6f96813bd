"""The pages of a PDF on screen and on paper, rendered with PDFium (pypdfium2).

    preview = PdfPreview()
    preview.load("报告.pdf")          # opened off the GUI thread; pages appear as they render
    preview.print_document(window)   # the print dialog, then page after page, off the GUI thread
    preview.print_to(printer)        # the same without a dialog (tests, PDF output)

Pages are rendered lazily (the visible ones and a screen's worth around them), one at a time
on a pool thread, at the resolution of the zoom and the screen's device pixel ratio, and kept
in a cache by (page, scale) up to a memory budget. While a page at the new zoom renders, the
previous rendering is shown scaled.

PDFium is not thread-safe: every call into it, for any document, holds one process-wide lock.
QtPdf would do this for us, but needs PySide6 6.12, which the app cannot use on Python 3.11.
"""

from __future__ import annotations

import bisect
import math
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..tasks import run_for
from .image_view import ImageView
from .pdf_pages import (
    BACKGROUND,
    CACHE_BYTES,
    GREY,
    MARGIN,
    MAX_PIXELS,
    MAX_ZOOM,
    MIN_ZOOM,
    ZOOM_STEPS,
    PdfError,
    PdfPages,
)
from .printing import print_pages, print_with_dialog

__all__ = ["ImageView", "PdfError", "PdfPages", "PdfPreview", "print_pages", "run_for"]


class PageView(QWidget):
    """One page: its latest rendering, scaled to the page's size until the rendering at the
    current zoom arrives."""

    def __init__(self, index: int, parent: QWidget):
        super().__init__(parent)
        self.index = index
        self._pixmap: QPixmap | None = None
        self._scale = 0.0
        self._error = ""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def pixmap(self) -> QPixmap | None:
        """The rendering shown (None until the first one arrives)."""
        return self._pixmap

    def render_scale(self) -> float:
        return self._scale

    def set_pixmap(self, pixmap: QPixmap, scale: float) -> None:
        self._pixmap, self._scale, self._error = pixmap, scale, ""
        self.update()

    def clear(self) -> None:
        self._pixmap, self._scale = None, 0.0
        self.update()

    def set_error(self, message: str) -> None:
        self._error = message
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self._pixmap is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(self.rect(), self._pixmap)
        elif self._error:
            painter.setPen(QColor(GREY))
            painter.drawText(self.rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._error)


class _Column(QWidget):
    """The grey desk the pages lie on, with a soft shadow under each page."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.views: list[QWidget] = []
        self.message = ""
        self.setAutoFillBackground(False)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(BACKGROUND))
        painter.setPen(Qt.PenStyle.NoPen)
        for view in self.views:
            rect = view.geometry()
            if not rect.adjusted(-4, -4, 4, 6).intersects(event.rect()):
                continue
            for spread, alpha in ((4, 10), (3, 16), (2, 24), (1, 40)):
                painter.setBrush(QColor(0, 0, 0, alpha))
                painter.drawRect(rect.adjusted(-spread, -spread + 1, spread, spread + 1))
        if self.message and not self.views:
            painter.setPen(QColor(GREY))
            painter.drawText(self.rect().adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.message)




class PdfPreview(QWidget):
    """The pages of one PDF, one under the other, with zoom and page navigation."""

    loaded = Signal(int)  # the page count, once the document is open
    failed = Signal(str)  # the document cannot be opened
    pageRendered = Signal(int)  # a page's rendering at the current zoom arrived
    pageChanged = Signal(int, int)  # the current page (0-based), the page count
    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None, *, cache_bytes: int = CACHE_BYTES):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self._pages: PdfPages | None = None
        self._views: list[PageView] = []
        self._tops: list[int] = []
        self._zoom = 1.0
        self._fit_width = True
        self._current = 0
        self._generation = 0  # bumped per load(): late results of an old document are dropped
        self._rendering = False
        self._failed: set[int] = set()
        self._cache: OrderedDict[tuple[int, float], QPixmap] = OrderedDict()
        self._cache_used = 0
        self._cache_limit = cache_bytes
        self.path: Path | None = None

        self.scroll = QScrollArea(self)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(False)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._column = _Column()
        self.scroll.setWidget(self._column)
        self.scroll.viewport().installEventFilter(self)
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.scroll.horizontalScrollBar().valueChanged.connect(self._schedule)

        self.page_box = QSpinBox(self)
        self.page_box.setRange(0, 0)
        self.page_box.setKeyboardTracking(False)
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_count_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("400%"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.zoom_label.setToolTip(self.tr("Zoom"))
        self.page_box.setMinimumWidth(self.page_box.fontMetrics().horizontalAdvance("0000") + 32)
        self.page_box.setAlignment(Qt.AlignmentFlag.AlignRight)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        bar.setSpacing(6)
        bar.addWidget(QLabel(self.tr("Page"), self))
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_count_label)
        bar.addStretch(1)
        bar.addWidget(self.zoom_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bar)

        self._make_actions()
        self._pump_timer = QTimer(self)
        self._pump_timer.setSingleShot(True)
        self._pump_timer.setInterval(0)
        self._pump_timer.timeout.connect(self._pump)
        self._update_indicators()

    def _make_actions(self) -> None:
        def action(text: str, keys: list, slot) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.zoom_in_action = action(self.tr("Zoom in"), [QKeySequence.StandardKey.ZoomIn,
                                                          "Ctrl+="], self.zoom_in)
        self.zoom_out_action = action(self.tr("Zoom out"), [QKeySequence.StandardKey.ZoomOut],
                                      self.zoom_out)
        self.fit_width_action = action(self.tr("Fit width"), ["Ctrl+0"], self.fit_width)
        self.fit_width_action.setCheckable(True)
        self.fit_width_action.setChecked(True)
        self.previous_page_action = action(self.tr("Previous page"), ["PgUp"],
                                           lambda: self.go_to_page(self._current - 1))
        self.next_page_action = action(self.tr("Next page"), ["PgDown"],
                                       lambda: self.go_to_page(self._current + 1))
        self.first_page_action = action(self.tr("First page"), ["Ctrl+Home"],
                                        lambda: self.go_to_page(0))
        self.last_page_action = action(self.tr("Last page"), ["Ctrl+End"],
                                       lambda: self.go_to_page(self.page_count() - 1))

    # --- the document ---------------------------------------------------------------------------
    def load(self, path: str | Path) -> None:
        """Open ``path`` (off the GUI thread); ``loaded`` or ``failed`` follows."""
        self.close_document()
        self.path = Path(path)
        self._column.message = self.tr("Opening %1…").replace("%1", self.path.name)
        self._column.update()
        generation = self._generation
        run_for(self, lambda: PdfPages(path),
                lambda me, pages: me._opened(generation, pages),
                lambda me, message: me._open_failed(generation, message))

    def close_document(self) -> None:
        self._generation += 1
        if self._pages is not None:
            self._pages.close()
        self._pages = None
        for view in self._views:
            view.deleteLater()
        self._views, self._tops, self._column.views = [], [], []
        self._cache.clear()
        self._cache_used = 0
        self._failed.clear()
        self._current = 0
        self._column.message = ""
        self._column.resize(self.scroll.viewport().size())
        self._update_indicators()

    def _open_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._column.message = self.tr("This PDF cannot be shown: %1").replace("%1", message)
            self._column.update()
            self.failed.emit(message)

    def _opened(self, generation: int, pages: PdfPages) -> None:
        if generation != self._generation:  # another document was opened meanwhile
            pages.close()
            return
        self._pages = pages
        self._views = [PageView(i, self._column) for i in range(len(pages))]
        self._column.views = list(self._views)
        for view in self._views:
            view.show()
        if not self._views:
            self._column.message = self.tr("This PDF has no pages.")
        if self._fit_width:
            self._zoom = self._fit_zoom()
        self._relayout()
        self.scroll.verticalScrollBar().setValue(0)
        self._update_indicators()
        self.loaded.emit(len(pages))
        self._schedule()

    def pages(self) -> PdfPages | None:
        return self._pages

    def page_count(self) -> int:
        return len(self._views)

    def page_widgets(self) -> list[PageView]:
        return list(self._views)

    def current_page(self) -> int:
        return self._current

    def zoom(self) -> float:
        return self._zoom

    # --- geometry ------------------------------------------------------------------------------
    def _px_per_point(self) -> float:
        return self.logicalDpiX() / 72.0

    def render_scale(self, index: int) -> float:
        """Pixels per point for page ``index`` at the current zoom on this screen (capped at
        :data:`MAX_PIXELS`: beyond that the rendering is shown enlarged)."""
        assert self._pages is not None
        scale = self._zoom * self._px_per_point() * self.devicePixelRatioF()
        width, height = self._pages.sizes[index]
        scale = min(scale, math.sqrt(MAX_PIXELS / max(width * height, 1.0)))
        return round(scale, 4)

    def _page_size(self, index: int) -> QSize:
        assert self._pages is not None
        width, height = self._pages.sizes[index]
        factor = self._zoom * self._px_per_point()
        return QSize(max(1, round(width * factor)), max(1, round(height * factor)))

    def _fit_zoom(self) -> float:
        if self._pages is None or not len(self._pages):
            return self._zoom
        bar = self.scroll.verticalScrollBar().sizeHint().width()  # kept free: no flicker
        available = self.scroll.width() - 2 * self.scroll.frameWidth() - bar - 2 * MARGIN
        widest = max(w for w, _h in self._pages.sizes) * self._px_per_point()
        return min(max(available / widest, MIN_ZOOM), MAX_ZOOM)

    def _relayout(self) -> None:
        viewport = self.scroll.viewport().size()
        if self._pages is None:
            self._column.resize(viewport)
            return
        sizes = [self._page_size(i) for i in range(len(self._views))]
        content = max((s.width() for s in sizes), default=0) + 2 * MARGIN
        width = max(content, viewport.width())
        y = MARGIN
        self._tops = []
        for view, size in zip(self._views, sizes, strict=True):
            view.setGeometry((width - size.width()) // 2, y, size.width(), size.height())
            self._tops.append(y)
            y += size.height() + MARGIN
        self._column.resize(width, max(y, viewport.height()))  # grey down to the bottom

    def _anchor(self) -> tuple[int, float]:
        """Where the view is: a page and the fraction of it above the viewport's top."""
        if not self._tops:
            return 0, 0.0
        y = self.scroll.verticalScrollBar().value()
        index = max(0, bisect.bisect_right(self._tops, y) - 1)
        return index, (y - self._tops[index]) / max(self._views[index].height(), 1)

    def _visible_range(self, extra: float = 0.0) -> tuple[int, int]:
        bar = self.scroll.verticalScrollBar()
        height = self.scroll.viewport().height()
        return round(bar.value() - extra * height), round(bar.value() + (1 + extra) * height)

    # --- zoom ------------------------------------------------------------------------------------
    def set_zoom(self, zoom: float, *, fit_width: bool = False) -> None:
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self._fit_width = fit_width
        self.fit_width_action.setChecked(fit_width)
        if abs(zoom - self._zoom) < 1e-4:
            return
        index, fraction = self._anchor()
        horizontal = self.scroll.horizontalScrollBar()
        centre = (horizontal.value() + self.scroll.viewport().width() / 2) / max(
            self._column.width(), 1)
        self._zoom = zoom
        self._relayout()
        if self._tops:
            self.scroll.verticalScrollBar().setValue(
                round(self._tops[index] + fraction * self._views[index].height()))
            horizontal.setValue(round(centre * self._column.width()
                                      - self.scroll.viewport().width() / 2))
        self._update_indicators()
        self.zoomChanged.emit(zoom)
        self._schedule()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 1e-3), MAX_ZOOM))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self._zoom - 1e-3),
                           MIN_ZOOM))

    def fit_width(self) -> None:
        self.set_zoom(self._fit_zoom(), fit_width=True)

    # --- navigation ------------------------------------------------------------------------------
    def go_to_page(self, index: int) -> None:
        if not self._tops:
            return
        index = min(max(index, 0), len(self._tops) - 1)
        self.scroll.verticalScrollBar().setValue(self._tops[index] - MARGIN // 2)
        self._set_current(index)

    def _scrolled(self) -> None:
        if self._tops:
            bar = self.scroll.verticalScrollBar()
            line = bar.value() + self.scroll.viewport().height() // 3
            index = max(0, bisect.bisect_right(self._tops, line) - 1)
            if bar.value() >= bar.maximum() > 0:
                index = len(self._tops) - 1  # at the end: the last page is wholly in view
            self._set_current(index)
        self._schedule()

    def _set_current(self, index: int) -> None:
        if index != self._current:
            self._current = index
            self._update_indicators()
            self.pageChanged.emit(index, self.page_count())

    def _update_indicators(self) -> None:
        count = self.page_count()
        self.page_box.blockSignals(True)
        self.page_box.setRange(1 if count else 0, count)
        self.page_box.setValue(self._current + 1 if count else 0)
        self.page_box.blockSignals(False)
        self.page_box.setEnabled(count > 1)
        self.page_count_label.setText(self.tr("of %1").replace("%1", str(count)))
        self.zoom_label.setText(f"{round(self._zoom * 100)}%")
        has_pages = count > 0
        for act in (self.zoom_in_action, self.zoom_out_action, self.fit_width_action):
            act.setEnabled(has_pages)
        self.previous_page_action.setEnabled(self._current > 0)
        self.first_page_action.setEnabled(self._current > 0)
        self.next_page_action.setEnabled(self._current < count - 1)
        self.last_page_action.setEnabled(self._current < count - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport():
            if event.type() == QEvent.Type.Resize:
                if self._fit_width and self._pages is not None:
                    self.set_zoom(self._fit_zoom(), fit_width=True)
                self._relayout()
                self._schedule()
            elif (event.type() == QEvent.Type.Wheel
                  and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                if event.angleDelta().y() > 0:
                    self.zoom_in()
                elif event.angleDelta().y() < 0:
                    self.zoom_out()
                return True
        return super().eventFilter(watched, event)

    # --- rendering ------------------------------------------------------------------------------
    def _schedule(self) -> None:
        self._pump_timer.start()

    def _wanted(self) -> list[int]:
        """The pages in view and a screen's height around them, nearest to the middle first."""
        top, bottom = self._visible_range(extra=1.0)
        middle = (top + bottom) / 2
        wanted = [i for i, y in enumerate(self._tops)
                  if y < bottom and y + self._views[i].height() > top]
        return sorted(wanted, key=lambda i: abs(self._tops[i] + self._views[i].height() / 2
                                                - middle))

    def _pump(self) -> None:
        """Show cached renderings; start rendering the next page that needs it."""
        if self._pages is None or self._rendering or not self.isVisible():
            return
        for index in self._wanted():
            scale = self.render_scale(index)
            view = self._views[index]
            if index in self._failed or view.render_scale() == scale:
                continue
            cached = self._cache.get((index, scale))
            if cached is not None:
                self._cache.move_to_end((index, scale))
                view.set_pixmap(cached, scale)
                continue
            self._render(index, scale)
            return

    def _render(self, index: int, scale: float) -> None:
        pages, generation = self._pages, self._generation
        assert pages is not None
        self._rendering = True
        run_for(self, lambda: pages.render_image(index, scale),
                lambda me, image: me._rendered(generation, index, scale, image),
                lambda me, message: me._render_failed(generation, index, message))

    def _render_failed(self, generation: int, index: int, message: str) -> None:
        self._rendering = False
        if generation == self._generation:
            self._failed.add(index)
            self._views[index].set_error(message)
        self._schedule()

    def _rendered(self, generation: int, index: int, scale: float, image: QImage) -> None:
        self._rendering = False
        if generation == self._generation:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self._remember(index, scale, pixmap)
            view = self._views[index]
            current = scale == self.render_scale(index)
            if current or view.pixmap() is None:
                view.set_pixmap(pixmap, scale)
            if current:
                self.pageRendered.emit(index)
        self._schedule()

    def _remember(self, index: int, scale: float, pixmap: QPixmap) -> None:
        self._cache[(index, scale)] = pixmap
        self._cache_used += pixmap.width() * pixmap.height() * 4
        wanted = set(self._wanted())
        while self._cache_used > self._cache_limit and len(self._cache) > 1:
            (old_index, old_scale), old = self._cache.popitem(last=False)
            self._cache_used -= old.width() * old.height() * 4
            view = self._views[old_index]
            if view.render_scale() == old_scale and old_index not in wanted:
                view.clear()  # off screen: let the memory go

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._schedule()

    # --- printing -------------------------------------------------------------------------------
    def print_to(self, printer: QPrinter) -> int:
        """Print the document (the printer's page range) on this thread; the pages printed."""
        if self._pages is None:
            raise PdfError("no document is open")
        return print_pages(self._pages, printer)

    def print_document(self, parent: QWidget | None = None) -> None:
        """The print dialog, then printing off the GUI thread."""
        if self._pages is None:
            return
        pages = self._pages
        name = self.path.name if self.path else "PDF"

        def job(printer, indexes, *, progress, cancelled) -> int:
            return print_pages(pages, printer, indexes, progress=progress, cancelled=cancelled)

        print_with_dialog(parent or self, name, len(pages), job)

    def closeEvent(self, event) -> None:
        self.close_document()
        super().closeEvent(event)


