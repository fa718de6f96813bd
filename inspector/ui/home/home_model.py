"""The evaluations on this laptop, as a read-only table for the home screen.

Rows come from one query (``store.listing.rows``), so the list shows at once even with
a thousand evaluations; at start-up only the first screenful is read before the first frame
(``refresh(first=…)``) and the others right after it (``load_rest``). Figures come from the
store's summary cache; rows whose cache is stale show "…" until one background task has scored
them all with a reader store of its own. The figures are then saved to the cache on the GUI
thread (the single writer) and the rows change.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from ...store import Store
from .. import item_roles as roles
from ..placeholders import fill
from ..tasks import run_in_background

log = logging.getLogger(__name__)

# (Roles and alignments are ints from item_roles: this module is on the start-up path and
# must not name the Qt namespace, whose enums PySide6 builds all at once; see there.)
ID_ROLE = roles.USER  # the evaluation id behind a row
ROW_ROLE = roles.USER + 1  # the whole list row (a dict)
SORT_ROLE = roles.USER + 2  # a value that sorts naturally (numbers, dates)

SCHOOL, TOWN, RUBRIC, VISIT_DATE, STATUS, REVISION, PROGRESS, TOTAL, GRADE = range(9)
COLUMN_COUNT = 9
FIGURE_COLUMNS = (PROGRESS, TOTAL, GRADE)
PENDING = "…"  # figures not computed yet
NONE = "—"

_RIGHT = roles.ALIGN_RIGHT_VCENTER
_CENTER = roles.ALIGN_CENTER
_MUTED = QColor("#7a7a7a")
_FAILED = QColor("#b3261e")
_PASSED = QColor("#1e7a34")

# Rows read before the start-up's first frame: more than a tall screen shows (a row is some
# 25 pixels high); should the view ask for a row beyond them, the rest is read at once.
FIRST_SCREENFUL = 100

# Text columns sort in the locale's order (Chinese by pinyin); the others by value (the visit
# date is an ISO date, which sorts as text in date order).
_TEXT_COLUMNS = (SCHOOL, TOWN, RUBRIC, STATUS, GRADE)

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls
_STORE_ORDER = (VISIT_DATE, True)  # (column, descending): the order the store lists rows in


def status_labels() -> dict[str, str]:
    return {"draft": translate("HomeModel", "Draft"),  # zh: 草稿
            "finalized": translate("HomeModel", "Finalized"),  # zh: 已定稿
            "signed": translate("HomeModel", "Signed"),  # zh: 已签章
            "submitted": translate("HomeModel", "Submitted")}  # zh: 已报送


def status_label(row: dict) -> str:
    """The status as shown: "Superseded" for a revision replaced by a newer one."""
    if row.get("superseded_by"):
        return translate("HomeModel", "Superseded")  # zh: 已被新修订取代
    return status_labels().get(row["status"], row["status"])


def can_reopen(row: dict | None) -> bool:
    """A frozen (finalized or later) evaluation that has no newer revision yet."""
    return bool(row) and row["status"] != "draft" and not row.get("superseded_by")


def _number(value: int | float) -> str:
    """A figure as the list shows it: 82 → "82", 82.5 → "82.5". (The list's figures are ints
    when whole, else floats whose repr is their decimal text: see ``scoring.json_number``.)"""
    return str(value)


def progress_text(row: dict) -> str:
    if row.get("stale"):
        return PENDING if not row.get("failed") else NONE
    return f"{row['answered']}/{row['answerable']}"


def total_text(row: dict) -> str:
    if row.get("stale"):
        return PENDING if not row.get("failed") else NONE
    return f"{_number(row['total'])}/{_number(row['max'])}"


def grade_text(row: dict) -> str:
    if row.get("stale"):
        return PENDING if not row.get("failed") else NONE
    grade = row.get("grade") or ""
    if row["status"] != "draft":
        return grade or NONE
    if not row["answered"] or not grade:
        return NONE  # nothing answered yet: no projection worth showing
    return fill(translate("HomeModel", "%1 (projected)"), grade)  # zh: %1（预估）


class HomeModel(QAbstractTableModel):
    summariesUpdated = Signal()  # background figures arrived and were applied

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._rows: list[dict] = []
        self._count = 0  # rows listed, len(self._rows) unless only the first ones are read
        self._rest_asked = False  # the view asked for a row not read yet
        self._filters: dict[str, str | None] = {}
        self._in_flight: set[str] = set()  # ids being scored in the background
        self._sort: tuple[int, bool] | None = None  # (column, descending)
        self._italic: QFont | None = None
        self._muted, self._passed, self._failed = _MUTED, _PASSED, _FAILED

    # --- loading ---------------------------------------------------------------------------
    def set_filters(self, *, status: str | None = None, family: str | None = None,
                    town: str | None = None, search: str | None = None,
                    first: int | None = None) -> None:
        """Show only matching evaluations (None or "" means any); reloads the rows (``first``:
        see :meth:`refresh`)."""
        self._filters = {"status": status or None, "family": family or None,
                         "town": town or None, "search": (search or "").strip() or None}
        self.refresh(first=first)

    def refresh(self, *, first: int | None = None) -> None:
        """Reload the rows (one query), then score the stale ones in the background.

        ``first``: read only that many rows now, when the list is in the store's order (newest
        visit first, the default): the start-up's first frame needs a screenful. Call
        :meth:`load_rest` once it is painted; what needs every row loads them itself.
        """
        self.beginResetModel()
        self._rest_asked = False
        listing = self.store.listing
        if first is not None and self._sort in (None, _STORE_ORDER):
            self._rows = listing.rows(**self._filters, limit=first)
            self._count = (listing.count(**self._filters) if len(self._rows) == first
                           else len(self._rows))
        else:
            self._rows = self._all_rows()
            self._count = len(self._rows)
        self.endResetModel()
        if self.complete:
            self._start_summaries()

    @property
    def complete(self) -> bool:
        """Every listed row is loaded (see ``refresh(first=…)``)."""
        return len(self._rows) == self._count

    def load_rest(self) -> None:
        """Read the rows a ``refresh(first=…)`` left out, then score the stale ones."""
        if self.complete:
            return
        rows = self._all_rows()
        loaded = len(self._rows)
        if len(rows) != self._count or rows[:loaded] != self._rows:
            self.beginResetModel()  # the store changed in between
            self._rows, self._count = rows, len(rows)
            self.endResetModel()
        else:
            self._rows = rows  # the rows shown stay as they are; the view repaints the others
            self.dataChanged.emit(self.index(loaded, 0),  # if it shows any (it asked for them)
                                  self.index(self._count - 1, COLUMN_COUNT - 1))
        self._start_summaries()

    def _all_rows(self) -> list[dict]:
        rows = self.store.listing.rows(**self._filters)
        if self._sort is not None and self._sort != _STORE_ORDER:  # else sorted already
            rows = self._sorted(rows, *self._sort)
        return rows

    # --- sorting (here, in Python: a proxy model asks data() ten thousand times) -----------
    def sort(self, column: int, order=None) -> None:
        """Qt's sort (a click on a column's header, QTableView.sortByColumn)."""
        from PySide6.QtCore import Qt  # not at import: see item_roles

        self.sort_rows(column, order == Qt.SortOrder.DescendingOrder)

    @property
    def sort_order(self) -> tuple[int, bool]:
        """(column, descending) the rows are in."""
        return self._sort or _STORE_ORDER

    def sort_rows(self, column: int, descending: bool) -> None:
        if (column, descending) == self._sort and self.complete:
            return  # sorted so already (rows are always kept in the chosen order)
        self.load_rest()
        self._sort = (column, descending)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[index.row()]["id"] for index in before]
        self._rows = self._sorted(self._rows, column, descending)
        position = {row["id"]: number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(position[i], index.column()) for i, index in zip(ids, before,
                                                                               strict=True)])
        self.layoutChanged.emit()

    def _sorted(self, rows: list[dict], column: int, descending: bool) -> list[dict]:
        """A stable sort: rows that compare equal keep their order (the store's: newest visit
        first, then by school)."""
        keys = [self._sort_key(row, column) for row in rows]
        if column in _TEXT_COLUMNS:  # Chinese text: in the locale's order
            compare = functools.cmp_to_key(QCollator(QLocale()).compare)
            keys = [compare(str(k)) for k in keys]
        numbers = sorted(range(len(keys)), key=keys.__getitem__,
                         reverse=descending)
        return [rows[n] for n in numbers]

    @property
    def pending(self) -> bool:
        """True while figures are being computed in the background (or rows are still to be
        read, which then get their figures)."""
        return bool(self._in_flight) or not self.complete

    def _start_summaries(self) -> None:
        if not self.complete:
            return  # load_rest() starts them
        wanted = [r["id"] for r in self._rows if r["stale"] and r["id"] not in self._in_flight]
        if not wanted:
            return
        self._in_flight.update(wanted)
        data_dir = self.store.data_dir
        run_in_background(lambda: _compute_summaries(data_dir, wanted),
                          lambda result: self._summaries_ready(wanted, result),
                          lambda message: self._summaries_failed(wanted, message))

    def _summaries_ready(self, ids: list[str], result: dict[str, tuple[str, dict] | None]):
        if not shiboken6.isValid(self):
            return  # the model went away while the task ran
        self._in_flight.difference_update(ids)
        try:
            with self.store.transaction():
                for eid, computed in result.items():
                    if computed is not None:
                        self.store.evaluations.save_summary(eid, *computed)
        except Exception:  # noqa: BLE001 - the cache is only a cache; the rows still update
            log.exception("could not save %d evaluation summaries", len(result))
        changed = []
        for number, row in enumerate(self._rows):
            if row["id"] not in result:
                continue
            computed = result[row["id"]]
            if computed is None:
                row["failed"] = True
            elif computed[0] == row["updated_at"]:
                row.update(computed[1], stale=False)
            else:
                continue  # edited since: the next refresh scores it again
            changed.append(number)
        for number in changed:
            self.dataChanged.emit(self.index(number, 0), self.index(number, COLUMN_COUNT - 1))
        self.summariesUpdated.emit()

    def _summaries_failed(self, ids: list[str], message: str) -> None:
        if not shiboken6.isValid(self):
            return
        log.error("could not compute evaluation summaries: %s", message)
        self._summaries_ready(ids, dict.fromkeys(ids))

    # --- access ----------------------------------------------------------------------------
    def row(self, number: int) -> dict:
        if number >= len(self._rows):
            self.load_rest()
        return self._rows[number]

    def row_of(self, evaluation_id: str) -> int:
        """The row number of an evaluation, or -1 when it is not listed."""
        self.load_rest()
        return next((n for n, r in enumerate(self._rows) if r["id"] == evaluation_id), -1)

    # --- the model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = _TOP) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = _TOP) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = roles.DISPLAY):
        # Asked for seven roles of every visible cell at each paint: one lookup answers, and
        # the roles the table does not use (decoration, check state …) cost no more.
        answer = _ROLES.get(role)
        number = index.row()  # -1 for an invalid index
        if answer is None or not 0 <= number < len(self._rows):
            if answer is not None and len(self._rows) <= number < self._count \
                    and not self._rest_asked:
                # Beyond the first screenful: no model signal while the view paints, so
                # read the rest on the next pass of the event loop.
                self._rest_asked = True
                QTimer.singleShot(0, self, self.load_rest)
            return None
        return answer(self, self._rows[number], index.column())

    def _display(self, row: dict, column: int) -> str:
        if column == SCHOOL:
            return row["school"]
        if column == TOWN:
            return row["town"]
        if column == RUBRIC:
            return f"{row['rubric_title']} {row['rubric_version']}"
        if column == VISIT_DATE:
            return row["visit_date"]
        if column == STATUS:
            return status_label(row)
        if column == REVISION:
            return str(row["revision"])
        if column == PROGRESS:
            return progress_text(row)
        if column == TOTAL:
            return total_text(row)
        return grade_text(row)

    def _sort_key(self, row: dict, column: int):
        if column == REVISION:
            return row["revision"]
        if column in FIGURE_COLUMNS:
            if row.get("stale"):
                return -1.0
            if column == PROGRESS:
                return row["answered"] / row["answerable"] if row["answerable"] else 0.0
            if column == TOTAL:
                return float(row["percent"])
        return self._display(row, column)

    def _tooltip(self, row: dict, column: int) -> str | None:
        if column == STATUS and row.get("superseded_by"):
            return self.tr("Replaced by a newer revision; open the newest one to make changes.")
        if column in FIGURE_COLUMNS and row.get("stale"):
            return (self.tr("The score could not be computed.") if row.get("failed")
                    else self.tr("Computing the score…"))
        if column == TOTAL and not row.get("stale"):
            return fill(self.tr("%1% of full marks"), _number(row["percent"]))
        if column in (SCHOOL, RUBRIC):
            return self._display(row, column)
        return None

    def _foreground(self, row: dict, column: int) -> QColor | None:
        if row.get("superseded_by") or (column in FIGURE_COLUMNS and row.get("stale")):
            return self._muted
        if column == GRADE and row["status"] != "draft" and not row.get("stale"):
            return self._passed if row.get("passed") else self._failed
        return None

    def _font(self, row: dict, column: int) -> QFont | None:
        if column != GRADE or row["status"] != "draft":
            return None
        if self._italic is None:
            self._italic = QFont()
            self._italic.setItalic(True)
        return self._italic

    def titles(self) -> list[str]:
        """The columns' titles. (Not headerData: the view would call it with a Qt.Orientation,
        building the Qt namespace before the first frame; the panel gives the header a model
        of these titles instead.)"""
        return [self.tr("School"), self.tr("Town"), self.tr("Rubric"), self.tr("Visit date"),
                self.tr("Status"), self.tr("Revision"), self.tr("Progress"), self.tr("Total"),
                self.tr("Grade")]


def _alignment(_model: HomeModel, _row: dict, column: int) -> int | None:
    if column in (REVISION, PROGRESS, TOTAL):
        return _RIGHT
    if column in (VISIT_DATE, STATUS):
        return _CENTER
    return None


# What data() answers for each role: (model, row, column) -> value.
_ROLES = {
    roles.DISPLAY: HomeModel._display,
    ID_ROLE: lambda _model, row, _column: row["id"],
    ROW_ROLE: lambda _model, row, _column: row,
    SORT_ROLE: HomeModel._sort_key,
    roles.TOOLTIP: HomeModel._tooltip,
    roles.TEXT_ALIGNMENT: _alignment,
    roles.FOREGROUND: HomeModel._foreground,
    roles.FONT: HomeModel._font,
}


def _compute_summaries(data_dir: Path, ids: list[str]) -> dict[str, tuple[str, dict] | None]:
    """On a pool thread: each evaluation's (updated_at, figures), None where scoring failed.

    Uses a reader store of its own: the GUI's connection never leaves the GUI thread."""
    result: dict[str, tuple[str, dict] | None] = {}
    reader = Store.open(data_dir, daily_backup=False)
    try:
        for eid in ids:
            try:
                result[eid] = reader.evaluations.compute_summary(eid)
            except Exception:  # noqa: BLE001 - one broken evaluation must not hide the rest
                log.exception("could not score evaluation %s", eid)
                result[eid] = None
    finally:
        reader.close()
    return result
