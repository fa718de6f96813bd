"""The look of the PDF report: A4 page geometry, colours and paragraph styles.

Every style uses the bundled body font (:data:`.pdf_fonts.BODY_FONT`) and CJK word wrapping.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .pdf_fonts import BODY_FONT

# --- page geometry and colours ----------------------------------------------------------------
PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X

INK = colors.HexColor("#1f2933")
NAVY = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#9aa5b1")
HEAD_BG = colors.HexColor("#dbe3ec")
AREA_BG = colors.HexColor("#e9eef5")
GROUP_BG = colors.HexColor("#f4f6f9")
BAR = colors.HexColor("#4a6fa5")
TRACK = colors.HexColor("#e7ebf0")
RED = colors.HexColor("#a61b1b")
GREEN = colors.HexColor("#1e6b34")


# --- styles ------------------------------------------------------------------------------------
def _style(name: str, size: float, leading: float, *, color=INK, align=TA_LEFT, **kw):
    return ParagraphStyle(name, fontName=BODY_FONT, fontSize=size, leading=leading,
                          textColor=color, alignment=align, wordWrap="CJK", **kw)


class ReportStyles:
    """The paragraph styles of the report, one attribute each."""

    def __init__(self):
        self.org = _style("org", 11, 16, color=MUTED, align=TA_CENTER)
        self.title = _style("title", 19, 27, color=NAVY, align=TA_CENTER, spaceBefore=4)
        self.school = _style("school", 14, 20, align=TA_CENTER, spaceBefore=6, spaceAfter=10)
        self.h1 = _style("h1", 13, 18, color=NAVY, spaceBefore=12, spaceAfter=6,
                         keepWithNext=1)
        self.h2 = _style("h2", 11, 16, color=NAVY, spaceBefore=6, spaceAfter=3,
                         keepWithNext=1)
        self.body = _style("body", 10, 16)
        self.body_indent = _style("body_indent", 10, 16, leftIndent=14, firstLineIndent=-14,
                                  spaceAfter=2)
        self.cell = _style("cell", 8.5, 11.5)
        self.cell_c = _style("cell_c", 8.5, 11.5, align=TA_CENTER)
        self.cell_r = _style("cell_r", 8.5, 11.5, align=TA_RIGHT)
        self.cell_head = _style("cell_head", 8.5, 11.5, color=NAVY, align=TA_CENTER)
        self.cell_group = _style("cell_group", 9, 12, color=NAVY)
        self.cell_muted = _style("cell_muted", 8, 11, color=MUTED, align=TA_RIGHT)
        self.label = _style("label", 9, 13, color=MUTED)
        self.value = _style("value", 9.5, 13)
        self.big_label = _style("big_label", 9, 12, color=MUTED, align=TA_CENTER)
        self.big = _style("big", 17, 22, color=NAVY, align=TA_CENTER)
        self.note = _style("note", 8.5, 12, color=MUTED, keepWithNext=1)

