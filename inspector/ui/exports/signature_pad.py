"""The handwritten signature: drawn once, saved as a transparent PNG, used behind the stamp.

:class:`SignaturePad` takes strokes from a mouse or touchpad, a pen (tablet events, so that a
pen on a Windows tablet draws instead of dragging) and a finger (touch events). Strokes are
smoothed with quadratic curves through the midpoints of the sampled points and drawn with
round caps and joins. :meth:`SignaturePad.to_image` crops to the ink with a margin, on a
transparent background, at twice the screen resolution (the PDF stamp scales it down).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ... import paths

INK = QColor("#14213d")  # a dark blue-black, like a fountain pen
PEN_WIDTH = 3.0  # on screen, in device-independent pixels
EXPORT_SCALE = 2.0  # the PNG has twice the screen resolution
EXPORT_MARGIN = 8.0  # around the ink, in screen pixels
MIN_STEP = 0.75  # closer samples than this add nothing but noise


def signature_path() -> Path:
    """Where the inspector's handwritten signature is kept."""
    return paths.data_home() / "profile" / "signature.png"


def stroke_path(points: list[QPointF]) -> QPainterPath:
    """A smooth path through the sampled points: quadratic curves between their midpoints."""
    path = QPainterPath(points[0])
    if len(points) == 1:
        return path
    if len(points) == 2:
        path.lineTo(points[1])
        return path
    for current, following in zip(points[1:-1], points[2:], strict=False):
        middle = (current + following) / 2
        path.quadTo(current, middle)
    path.lineTo(points[-1])
    return path


class SignaturePad(QWidget):
    """A white card to sign on. ``changed`` is emitted after each stroke and on clear()."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 140)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._strokes: list[list[QPointF]] = []
        self._drawing = False

    def sizeHint(self) -> QSize:
        return QSize(560, 220)

    # --- the strokes -----------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not self._strokes

    def strokes(self) -> list[list[QPointF]]:
        return [list(s) for s in self._strokes]

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    def _begin(self, point: QPointF) -> None:
        self._strokes.append([QPointF(point)])
        self._drawing = True
        self.update()

    def _extend(self, point: QPointF) -> None:
        if not self._drawing:
            return
        stroke = self._strokes[-1]
        step = point - stroke[-1]
        if abs(step.x()) + abs(step.y()) < MIN_STEP:
            return
        stroke.append(QPointF(point))
        self.update()

    def _end(self, point: QPointF | None = None) -> None:
        if not self._drawing:
            return
        if point is not None:
            self._extend(point)
        self._drawing = False
        self.update()
        self.changed.emit()

    # --- input: mouse and touchpad, pen, touch ---------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so that Qt does not also synthesize mouse events from the pen.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                where = points[0].position()  # one finger signs; others are ignored
                if kind == QEvent.Type.TouchBegin:
                    self._begin(where)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(where)
                else:
                    self._end(where if kind == QEvent.Type.TouchEnd else None)
            event.accept()
            return True
        return super().event(event)

    # --- painting --------------------------------------------------------------------------
    def _pen(self) -> QPen:
        return QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin)

    def _paint_strokes(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in self._strokes:
            if len(stroke) == 1:
                painter.drawPoint(stroke[0])  # a dot: the round cap makes it round
            else:
                painter.drawPath(stroke_path(stroke))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor("#c9ced6"), 1))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(card, 6, 6)
        # the line to sign on, with its cross, as on paper
        base_y = self.height() * 0.72
        left, right = 28.0, self.width() - 28.0
        painter.setPen(QPen(QColor("#aab2bd"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(left + 22, base_y), QPointF(right, base_y))
        painter.setPen(QPen(QColor("#8a94a3"), 1.5))
        painter.drawLine(QPointF(left, base_y - 12), QPointF(left + 10, base_y - 2))
        painter.drawLine(QPointF(left, base_y - 2), QPointF(left + 10, base_y - 12))
        if self.is_empty():
            painter.setPen(QColor("#9aa3af"))
            hint = QRectF(0, 0, self.width(), base_y - 8)
            painter.drawText(hint, Qt.AlignmentFlag.AlignCenter,
                             self.tr("Sign here with the mouse, touchpad, pen or finger"))
        self._paint_strokes(painter)
        painter.end()

    # --- export ----------------------------------------------------------------------------
    def ink_rect(self) -> QRectF:
        """The rectangle the ink covers (pen width included); empty when nothing is drawn."""
        rect = QRectF()
        half = PEN_WIDTH / 2
        for stroke in self._strokes:
            bounds = (stroke_path(stroke).boundingRect() if len(stroke) > 1
                      else QRectF(stroke[0], QSizeF(0, 0)))
            rect = rect.united(bounds.adjusted(-half, -half, half, half))
        return rect

    def to_image(self, margin: float = EXPORT_MARGIN, scale: float = EXPORT_SCALE) -> QImage:
        """The signature on a transparent background, cropped to the ink plus ``margin``."""
        if self.is_empty():
            return QImage()
        area = self.ink_rect().adjusted(-margin, -margin, margin, margin)
        size = QSize(max(1, round(area.width() * scale)), max(1, round(area.height() * scale)))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.scale(scale, scale)
        painter.translate(-area.topLeft())
        self._paint_strokes(painter)
        painter.end()
        return image.convertToFormat(QImage.Format.Format_ARGB32)

    def save(self, path: str | os.PathLike) -> Path:
        """Write the PNG (replacing any earlier one only once the new one is complete)."""
        if self.is_empty():
            raise ValueError("nothing is drawn")
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:8]}.png")
        try:
            if not self.to_image().save(str(part), "PNG"):
                raise OSError(f"cannot write {part}")
            os.replace(part, target)
        finally:
            part.unlink(missing_ok=True)
        return target


class SignaturePadDialog(QDialog):
    """Draw the signature; Save writes it to ``path`` (by default :func:`signature_path`)."""

    def __init__(self, path: str | os.PathLike | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signaturePadDialog")
        self.path = Path(path) if path is not None else signature_path()
        self.setWindowTitle(self.tr("Handwritten signature"))
        intro = QLabel(self.tr("Sign as you sign on paper. The signature appears behind the "
                               "stamp of each report you sign with this laptop."), self)
        intro.setWordWrap(True)
        self.pad = SignaturePad(self)
        self.buttons = QDialogButtonBox(self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("clearSignature")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveSignature")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.clear_button.clicked.connect(self.pad.clear)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.pad.changed.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(600, 340)

    def _update(self) -> None:
        has_ink = not self.pad.is_empty()
        self.save_button.setEnabled(has_ink)
        self.clear_button.setEnabled(has_ink)

    def accept(self) -> None:
        try:
            self.pad.save(self.path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("The signature could not be saved: %1")
                                .replace("%1", str(exc)))
            return
        super().accept()
