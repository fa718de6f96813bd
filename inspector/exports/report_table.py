"""A long ruled table of the PDF report, laid out one page at a time.

reportlab's ``Table.split`` turns the rows left over at each page break into a new table and
measures, spans and styles *all* of them again, so a table of n rows over p pages costs
n × p: for the 300-item indicator table that was most of the time the report took. A
:class:`PagedTable` knows every row's height beforehand (its cells are plain strings wrapped
by the caller, or paragraphs measured once), counts the rows that fit the space left on the
page, and hands reportlab a Table of just those rows plus the repeated header row. Each row
is measured, styled and drawn once.

The result is what a splitting Table draws: the header on every page, the frame (BOX) and
grid around each page's part, and no page that ends just after a row marked ``keep`` (a
group's heading row is never alone at a page foot, as a NOSPLIT over the row and the next
would do).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, Table


@dataclass
class TableRow:
    """One row: its cells, its height in points (cell padding included), the style commands
    that apply to this row alone as ``(command, first column, last column, *values)``, and
    whether the page may not end after it."""

    cells: list
    height: float
    style: list[tuple]
    keep: bool = False


class PagedTable(Flowable):
    """``head`` (a :class:`TableRow`) is repeated at the top of every page's part; ``style``
    holds the commands for the whole of every part (rows counted within the part: 0 is the
    header, -1 the last row)."""

    def __init__(self, head: TableRow, rows: list[TableRow], col_widths, style: list[tuple],
                 start: int = 0):
        super().__init__()
        self.head, self.rows, self.col_widths, self.style = head, rows, list(col_widths), style
        self.start = start
        self.width = sum(self.col_widths)
        self.height = head.height + sum(row.height for row in rows[start:])

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def part(self, start: int, stop: int) -> Table:
        """The reportlab Table of the header and rows ``start:stop``."""
        rows = self.rows[start:stop]
        commands = list(self.style)
        for k, row in enumerate(rows, start=1):
            for command, first, last, *values in row.style:
                commands.append((command, (first, k), (last, k), *values))
        return Table([self.head.cells, *(row.cells for row in rows)], colWidths=self.col_widths,
                     rowHeights=[self.head.height, *(row.height for row in rows)],
                     style=commands)

    def split(self, avail_width, avail_height):
        room = avail_height - self.head.height
        used = 0.0
        cut = self.start  # rows start:cut go on this page
        for i in range(self.start, len(self.rows)):
            row = self.rows[i]
            if used + row.height > room:
                break
            used += row.height
            if not row.keep:
                cut = i + 1
        else:
            cut = len(self.rows)  # everything fits: nothing to split
        if cut == self.start:
            return []  # not even one row: the next page
        if cut == len(self.rows):
            return [self.part(self.start, cut)]
        return [self.part(self.start, cut),
                PagedTable(self.head, self.rows, self.col_widths, self.style, start=cut)]

    def draw(self):
        table = self.part(self.start, len(self.rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
