"""What the PDF report draws straight on the canvas: the signature boxes, and the header and
footer of every page ("n / N" needs the page count, so pages are held until the end)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from . import pdf_fonts
from .report_styles import (
    FRAME_W,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    NAVY,
    PAGE_H,
    PAGE_W,
    RULE,
)


# --- the signature box ----------------------------------------------------------------------------
class SignatureCell(Flowable):
    """A signer's label, an empty box for the signature, and a date line. Where the box lands is
    recorded when it is drawn: ``placed[index] = (page_index, (x1, y1, x2, y2))``, 0-based page,
    PDF points, origin bottom-left."""

    LABEL_H = 17
    BOX_H = 56
    DATE_H = 18

    def __init__(self, index: int, name: str, role: str, width: float, placed: dict):
        super().__init__()
        self.index, self.name, self.role = index, name, role
        self.width = width
        self.height = self.LABEL_H + self.BOX_H + self.DATE_H
        self.placed = placed
        self.label = f"{role}：{name}" if name else f"{role}（签章）"
        pdf_fonts.check_text(self.label, f"signature box {index + 1}")

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFillColor(INK)
        pdf_fonts.draw_text(c, 0, self.height - 13, self.label, 10,
                            where=f"signature box {self.index + 1}")
        y0 = self.DATE_H
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.setDash(3, 2)
        c.rect(0, y0, self.width, self.BOX_H, stroke=1, fill=0)
        c.setDash()
        c.setFillColor(MUTED)
        pdf_fonts.draw_text(c, 0, 5, "日期：        年      月      日", 9)
        x1, y1 = c.absolutePosition(0, y0)
        x2, y2 = c.absolutePosition(self.width, y0 + self.BOX_H)
        self.placed[self.index] = (c.getPageNumber() - 1, (x1, y1, x2, y2))


# --- header and footer ----------------------------------------------------------------------------
class ReportCanvas(Canvas):
    """Holds every page until the end, then draws header and footer with "n / N"."""

    def __init__(self, *args, decorate, sink: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._sink = sink
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(self, self._pageNumber, total)
            super().showPage()
        self._sink["pages"] = total
        # Page streams compressed only, not also wrapped in ASCII85 (reportlab's default,
        # which makes them a quarter larger and is slow to encode). The setting is read
        # while the document is written, so it is switched for this call alone.
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            super().save()
        finally:
            rl_config.useA85 = saved


def _draw_spaced(canvas: Canvas, centre: float, y: float, words: list[str], size: float):
    """Words centred at ``centre`` with a clear gap between them: "3 / 7". The gap is drawn as
    space rather than as a (narrow) space glyph, so text extraction reads "3 / 7", not "3/7"."""
    gap = size * 0.5
    widths = [pdf_fonts.text_width(w, size) for w in words]
    x = centre - (sum(widths) + gap * (len(words) - 1)) / 2
    for word, width in zip(words, widths, strict=True):
        pdf_fonts.draw_text(canvas, x, y, word, size)
        x += width + gap


@dataclass(frozen=True)
class PageDecoration:
    """The header (school and rubric) and the footer (bureau, "n / N", evaluation number) of
    every page. The texts are checked when this is made: they are drawn only when the file is
    saved."""

    header_left: str
    header_right: str
    footer_left: str
    footer_right: str

    def __post_init__(self):
        for text, where in ((self.header_left, "the page header (school)"),
                            (self.header_right, "the page header (rubric)"),
                            (self.footer_left, "the page footer"),
                            (self.footer_right, "the page footer")):
            pdf_fonts.check_text(text, where)

    @cached_property
    def _header(self) -> tuple[str, str]:
        """The header's two texts, shortened with "…" to fit side by side (the same on
        every page, so worked out once)."""
        width_right = pdf_fonts.text_width(self.header_right, 8.5)
        room = FRAME_W - width_right - 24
        left = pdf_fonts.fit_text(self.header_left, 8.5, max(room, FRAME_W / 3))
        right = pdf_fonts.fit_text(self.header_right, 8.5,
                                   FRAME_W - pdf_fonts.text_width(left, 8.5) - 24)
        return left, right

    def __call__(self, canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        top = PAGE_H - MARGIN_TOP + 12
        canvas.setFillColor(MUTED)
        left, right = self._header
        pdf_fonts.draw_text(canvas, MARGIN_X, top, left, 8.5)
        pdf_fonts.draw_text(canvas, PAGE_W - MARGIN_X, top, right, 8.5, align="right")
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, top - 5, PAGE_W - MARGIN_X, top - 5)
        bottom = MARGIN_BOTTOM - 16
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, bottom + 11, PAGE_W - MARGIN_X, bottom + 11)
        pdf_fonts.draw_text(canvas, MARGIN_X, bottom, self.footer_left, 8)
        _draw_spaced(canvas, PAGE_W / 2, bottom, [str(page), "/", str(total)], 9)
        pdf_fonts.draw_text(canvas, PAGE_W - MARGIN_X, bottom, self.footer_right, 8,
                            align="right")
        canvas.restoreState()
