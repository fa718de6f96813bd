"""The PDF report of an evaluation: A4, Simplified Chinese, built with reportlab platypus.

``build_report(store, evaluation_id, out_path)`` writes the report and returns a
:class:`ReportLayout`: the number of pages and, for each signer, the exact rectangle of the
empty signature box (PDF points, origin bottom-left), so that the signing layer can put a
signature field there.

Contents, in order: title block and the evaluation's particulars (school, visit, team, rubric
with document number, version and content hash, status); the conclusion (total, percent,
bonus, grade and the grade rules that decided it); each area's score as a table and a bar
chart; prerequisites and vetoes with their answers; every indicator in one table (groups as
spanning rows, key items marked ★); bonus items; findings (亮点 / 问题 / 整改意见 with
deadlines); a summary of the audit trail; the signature boxes. Every page has a header (school
and rubric) and a footer with "n / N".

Every text is checked by :mod:`.pdf_fonts` before anything is written: a character that no
bundled font has raises :class:`~.pdf_fonts.MissingGlyph` and no file is produced.

The work is shared out: :mod:`.report_sections` builds the story, :mod:`.report_styles` holds
geometry, colours and paragraph styles, :mod:`.report_canvas` draws the signature boxes and
the header and footer. This module writes the file and reports where the boxes landed.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .pdf_fonts import BODY_FONT
from .report_canvas import PageDecoration, ReportCanvas
from .report_sections import BUREAU, ReportSections
from .report_styles import FRAME_W, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_H

if TYPE_CHECKING:
    from ..store import Store

BUREAU_ROLE = "督导室审核"
LEADER_ROLE = "组长"
MEMBER_ROLE = "评估组成员"


# --- the result ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class SignatureBox:
    """An empty box for one signer: ``box`` is (x1, y1, x2, y2) in PDF points, origin at the
    bottom-left of page ``page_index`` (0-based) — the rectangle pyHanko's SigFieldSpec takes."""

    name: str
    role: str
    page_index: int
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class ReportLayout:
    pages: int
    signature_boxes: list[SignatureBox] = field(default_factory=list)


def default_signers(team: list[str]) -> list[tuple[str, str]]:
    """(name, role) per signature box: the first team member as 组长, the others as 评估组成员,
    then the bureau's countersignature (督导室审核, no personal name)."""
    signers = [(name, LEADER_ROLE if i == 0 else MEMBER_ROLE) for i, name in enumerate(team)]
    return [*signers, ("", BUREAU_ROLE)]



# --- the whole document -----------------------------------------------------------------------
def _render(content: ReportSections, signers: list[tuple[str, str]],
            decoration: PageDecoration) -> tuple[bytes, ReportLayout]:
    story = content.story(signers)  # checks every text before a byte is written
    buffer = io.BytesIO()
    sink: dict = {}
    school, rubric, ev = content.school, content.rubric, content.ev
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=f"{school.name} {rubric.title}评估报告", author=BUREAU,
        subject=f"评估编号 {ev.id}；评估标准 {rubric.id} {rubric.version}",
        creator="余杭区督导评估工具", lang="zh-CN", initialFontName=BODY_FONT)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame])])

    def canvasmaker(*args, **kwargs):
        return ReportCanvas(*args, decorate=decoration, sink=sink, **kwargs)

    doc.build(story, canvasmaker=canvasmaker)
    placed = content.placed
    boxes = [SignatureBox(*signers[i], *placed[i]) for i in sorted(placed)]
    if len(boxes) != len(signers):  # pragma: no cover - every cell is drawn once
        raise RuntimeError("a signature box was not placed on the page")
    return buffer.getvalue(), ReportLayout(sink["pages"], boxes)


def render_report(store: Store, evaluation_id: str, *,
                  signers: list[tuple[str, str]] | None = None) -> tuple[bytes, ReportLayout]:
    """The report of an evaluation as PDF bytes, and its layout (see :func:`build_report`)."""
    content = ReportSections(store, evaluation_id)
    signers = list(signers) if signers is not None else default_signers(content.ev.team)
    decoration = PageDecoration(header_left=content.school.name,
                                header_right=content.rubric.title,
                                footer_left=BUREAU,
                                footer_right=f"评估编号 {content.ev.id[:8]}")
    return _render(content, signers, decoration)


def _write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` in one step: a ".part" file renamed over it."""
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def build_report(store: Store, evaluation_id: str, out_path: Path | str, *,
                 signers: list[tuple[str, str]] | None = None) -> ReportLayout:
    """Write the PDF report of an evaluation to ``out_path`` (replaced atomically).

    ``signers`` are (name, role) pairs, one signature box each, in order; by default the team
    (the first member as 组长) and the bureau's 督导室审核. Raises
    :class:`~.pdf_fonts.MissingGlyph` when a text has a character no bundled font can draw.
    """
    data, layout = render_report(store, evaluation_id, signers=signers)
    _write_file(Path(out_path), data)
    return layout
