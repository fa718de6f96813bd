"""The look of the bureau's workbooks: number formats, fonts, fills, column widths, title and
header rows, and print setup (A4 landscape, fit to width, "第 n 页，共 N 页").

Shared by the per-evaluation workbook (:mod:`.workbook`) and the roll-up (:mod:`.rollup`).
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

# --- formats and styles ---------------------------------------------------------------------
SCORE_FORMAT = "0.0#"
PERCENT_FORMAT = "0.0#%"
DATE_FORMAT = "yyyy-mm-dd"
TITLE_FONT = Font(bold=True, size=14)
INFO_FONT = Font(size=9, color="555555")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")
AREA_FILL = PatternFill("solid", fgColor="D9E1F2")
GROUP_FILL = PatternFill("solid", fgColor="EDF1F9")
SECTION_FILL = PatternFill("solid", fgColor="FCE4D6")
APP_FILL = PatternFill("solid", fgColor="F2F2F2")  # the app's values, next to the formulas
BOLD = Font(bold=True)
RED = Font(color="C00000")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin", color="BFBFBF")
HEADER_BORDER = Border(bottom=Side(style="medium", color="305496"))


def page_setup(ws, *, header_row: int, last_col: int, last_row: int, left: str = "",
               freeze: str | None = None) -> None:
    """Frozen header, auto-filter, landscape, fit to width, print titles, header/footer.

    Works on normal and write-only sheets alike (for the latter, call before the first row).
    """
    ws.freeze_panes = freeze or f"A{header_row + 1}"
    last = get_column_letter(last_col)
    ws.auto_filter.ref = f"A{header_row}:{last}{max(last_row, header_row + 1)}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    if left:
        ws.oddHeader.left.text = left.replace("&", "&&")
    ws.oddHeader.right.text = "&A"
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def set_widths(ws, widths: Sequence[float]) -> None:
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width



def write_title_rows(ws, title: str, info: str, last_col: int) -> None:
    ws.cell(1, 1, title).font = TITLE_FONT
    ws.cell(2, 1, info).font = INFO_FONT
    ws.cell(2, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_col)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last_col)
    ws.row_dimensions[1].height = 22
    ws.row_dimensions[2].height = 30


def write_header(ws, row: int, headers: Sequence[str]) -> None:
    for col, text in enumerate(headers, 1):
        cell = ws.cell(row, col, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = CENTER
        cell.border = HEADER_BORDER
    ws.row_dimensions[row].height = 30
