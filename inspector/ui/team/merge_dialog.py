"""The lead's merge view of a team evaluation: the team, each member's scoresheet (已提交 /
未提交), importing scoresheet files, the disagreements side by side with the settlements, the
merged total and grade, and finalizing (定稿) once nothing is left to settle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...rubrics.numbers import format_decimal
from ...store import Store, StoreError
from ...team import MergeResult, Policy, Status
from ...team import workflow as tw
from ..placeholders import fill
from ..refusals import refusal_text
from .common import NONE, answer_text, bureau_ca, import_status_text, mode_labels, policy_labels

translate = QCoreApplication.translate
CODE_ROLE = Qt.ItemDataRole.UserRole
NOTE_PREVIEW = 40  # characters of a member's note on the second line of a cell; all in the tooltip
TO_SETTLE = QColor("#a40000")
SETTLED = QColor("#2f6b2f")


def short(text: str, limit: int = NOTE_PREVIEW) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class TeamMergeDialog(QDialog):
    changed = Signal(str)  # the team evaluation's answers changed (an import, a settlement)
    finalized = Signal(str)

    def __init__(self, store: Store, evaluation_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("teamMergeDialog")
        found = tw.team(store, evaluation_id)
        if found is None:
            raise StoreError(f"evaluation {evaluation_id} is not a team evaluation")
        self.store = store
        self.evaluation_id = evaluation_id
        self.team = found
        self.rubric = store.rubric(store.evaluations.get(evaluation_id).rubric_hash)
        self.merge: MergeResult | None = None  # None until a scoresheet is in
        self.last_import: list[tuple[str, str, str]] = []  # (file name, status, text)
        self.setWindowTitle(translate("TeamMerge", "Expert team: merge the scoresheets"))
        self._build()
        self.refresh()

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.team_label = QLabel(self)
        self.team_label.setObjectName("teamLabel")
        self.team_label.setWordWrap(True)
        self.team_label.setTextFormat(Qt.TextFormat.RichText)
        self.team_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.members_model = QStandardItemModel(0, 4, self)
        self.members_model.setHorizontalHeaderLabels([
            translate("TeamMerge", "Member"), translate("TeamMerge", "ID"),
            translate("TeamMerge", "Areas"), translate("TeamMerge", "Scoresheet")])
        self.members_table = self._table(self.members_model)
        self.members_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.members_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.members_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        rows = len(self.team.members) + 1
        self.members_table.setMaximumHeight(
            self.members_table.verticalHeader().defaultSectionSize() * rows + 8)
        top = QHBoxLayout()
        top.addWidget(self.team_label, 2)
        top.addWidget(self.members_table, 3)

        self.import_button = QPushButton(translate("TeamMerge", "Import scoresheets…"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(lambda: self.import_files())
        self.import_log = QLabel(self)
        self.import_log.setObjectName("importLog")
        self.import_log.setWordWrap(True)
        self.import_log.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        imports = QHBoxLayout()
        imports.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        imports.addWidget(self.import_log, 1)

        self.disagreements_label = QLabel(self)
        self.model = QStandardItemModel(0, 0, self)
        self.table = self._table(self.model)
        self.table.setObjectName("disagreementTable")
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.settle_selected())

        self.totals = QLabel(self)
        self.totals.setObjectName("mergedTotals")
        font = self.totals.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.totals.setFont(font)
        self.open_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setObjectName("mergeMessage")
        self.message.setWordWrap(True)
        self.blockers = QListWidget(self)
        self.blockers.setObjectName("finalizeBlockers")
        self.blockers.setMaximumHeight(self.fontMetrics().height() * 6)
        self.blockers.hide()

        self.settle_button = QPushButton(translate("TeamMerge", "Settle…"), self)
        self.settle_button.setObjectName("settleButton")
        self.settle_button.setToolTip(translate(
            "TeamMerge", "Record the agreed answer of the selected item, and why"))
        self.settle_button.clicked.connect(lambda: self.settle_selected())
        self.finalize_button = QPushButton(translate("TeamMerge", "Finalize"), self)
        self.finalize_button.setObjectName("finalizeButton")
        self.finalize_button.clicked.connect(lambda: self.finalize())
        close = QPushButton(translate("TeamMerge", "Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.settle_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finalize_button)
        buttons.addWidget(close)
        figures = QHBoxLayout()
        figures.addWidget(self.totals)
        figures.addStretch(1)
        figures.addWidget(self.open_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(imports)
        layout.addWidget(self.disagreements_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(figures)
        layout.addWidget(self.message)
        layout.addWidget(self.blockers)
        layout.addLayout(buttons)
        self.resize(1240, 680)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _table(self, model: QStandardItemModel) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        return table

    # --- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Everything again from the store (after an import, a settlement, finalizing)."""
        self.merge = self._merged()
        self.evaluation = self.store.evaluations.get(self.evaluation_id)
        self._show_heading()
        self._show_team()
        self._show_members()
        self._show_disagreements()
        self._show_totals()
        self._update_buttons()

    def _merged(self) -> MergeResult | None:
        """The merge, or None while no member has handed in (there is nothing to merge; under
        split work the owners not heard from are merged as empty, so it always exists)."""
        if self.team.policy is not Policy.OWNER and not any(
                h["current"] for h in tw.sheet_history(self.store, self.evaluation_id)):
            return None
        return tw.merged(self.store, self.evaluation_id)

    def _show_heading(self) -> None:
        from ..home.home_model import status_labels

        ev = self.evaluation
        school = self.store.schools.get(ev.school_code)
        status = status_labels().get(ev.status, ev.status)
        self.heading.setText(f"<b>{_html(school.name if school else ev.school_code)}</b> — "
                             f"{_html(self.rubric.title)} <span style='color:gray'>（"
                             f"{_html(ev.visit_date)} · {_html(status)}）</span>")

    def _show_team(self) -> None:
        team = self.team
        lead = team.member(team.lead_id)
        rows = [
            (translate("TeamMerge", "Lead:"), lead.name if lead else team.lead_id),
            (translate("TeamMerge", "Work:"), mode_labels().get(team.mode, team.mode)),
            (translate("TeamMerge", "Merge rule:"),
             policy_labels().get(str(team.policy), str(team.policy))),
            (translate("TeamMerge", "Disagreement above:"),
             fill(translate("TeamMerge", "%1% of an item's points"),
                  format_decimal(team.threshold * 100))),
        ]
        if team.mode == "split":
            titles = {a.code: a.title for a in self.rubric.areas}
            for area, owner in sorted(team.ownership.items()):
                member = team.member(owner)
                rows.append((f"{area} {titles.get(area, '')}",
                             member.name if member else owner))
        self.team_label.setText("<table cellspacing='0' cellpadding='1'>" + "".join(
            f"<tr><td style='color:gray; padding-right:8px'>{_html(k)}</td>"
            f"<td>{_html(v)}</td></tr>" for k, v in rows) + "</table>")

    def _show_members(self) -> None:
        from ..history_dialog import local_time

        current = {h["member_id"]: h for h in tw.sheet_history(self.store, self.evaluation_id)
                   if h["current"]}
        owned: dict[str, list[str]] = {}
        for area, owner in sorted(self.team.ownership.items()):
            owned.setdefault(owner, []).append(area)
        model = self.members_model
        model.removeRows(0, model.rowCount())
        for member in self.team.members:
            name = member.name
            if member.id == self.team.lead_id:
                name += translate("TeamMerge", " (lead)")
            sheet = current.get(member.id)
            if sheet is None:
                state = QStandardItem(translate("TeamMerge", "Not handed in"))
                state.setForeground(QBrush(TO_SETTLE))
            else:
                state = QStandardItem(fill(translate("TeamMerge", "Handed in %1"),
                                           local_time(sheet["exported_at"])[:16]))
                state.setToolTip(fill(translate("TeamMerge", "Imported %1"),
                                      local_time(sheet["imported_at"])))
            areas = "、".join(owned.get(member.id, [])) or NONE
            model.appendRow([QStandardItem(name), QStandardItem(member.id),
                             QStandardItem(areas), state])
        self.members_table.setColumnHidden(2, self.team.mode != "split")

    def rows(self):
        """The items the lead has to settle or has settled, in the rubric's order."""
        if self.merge is None:
            return []
        reasons = {d.code: d.reason for d in self.merge.disagreements}
        wanted = (Status.DISAGREEMENT, Status.AWAITING_LEAD, Status.SETTLED)
        if self.team.policy is Policy.LEAD:
            default = translate("TeamMerge", "The lead decides every item")
        else:
            default = translate("TeamMerge", "Settled by the lead")
        return [(item, reasons.get(item.code) or default) for item in self.merge.items
                if item.status in wanted]

    def _show_disagreements(self) -> None:
        members = self.team.members
        model = self.model
        model.clear()
        model.setHorizontalHeaderLabels(
            [translate("TeamMerge", "Item"), translate("TeamMerge", "Why")]
            + [m.name for m in members] + [translate("TeamMerge", "Settlement")])
        settle_column = len(members) + 2
        for item, reason in self.rows():
            by_member = {v.member_id: v for v in item.values}
            first = QStandardItem(f"{item.code} {item.title}")
            first.setData(item.code, CODE_ROLE)
            first.setToolTip(f"{item.code} {item.title}")
            cells = [first, QStandardItem(reason)]
            cells[1].setToolTip(item.explanation)
            for member in members:
                value = by_member.get(member.id)
                if value is None:
                    cells.append(QStandardItem(NONE))
                    continue
                said = answer_text(self.rubric, item.code, value.answer)
                cell = QStandardItem(said + (f"\n{short(value.note)}" if value.note.strip()
                                             else ""))
                cell.setToolTip(f"{member.name}：{said}"
                                + (f"\n{value.note}" if value.note.strip() else ""))
                cells.append(cell)
            settlement = self.merge.settlements.get(item.code) if self.merge else None
            if settlement is None:
                last = QStandardItem(translate("TeamMerge", "To settle"))
                last.setForeground(QBrush(TO_SETTLE))
            else:
                said = answer_text(self.rubric, item.code, settlement.answer)
                last = QStandardItem(f"✓ {said}\n{short(settlement.reason)}")
                last.setForeground(QBrush(SETTLED))
                last.setToolTip(fill(translate("TeamMerge", "%1 — reason: %2"), said,
                                     settlement.reason))
            cells.append(last)
            model.appendRow(cells)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(settle_column, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().averageCharWidth()
        header.resizeSection(0, char * 34)
        header.resizeSection(1, char * 30)
        for column in range(2, settle_column):
            header.resizeSection(column, char * 24)
        self.table.resizeRowsToContents()
        to_settle = len(self.merge.unsettled) if self.merge else 0
        self.disagreements_label.setText(
            fill(translate("TeamMerge", "<b>Disagreements</b> (%1 to settle):"), to_settle)
            if self.merge and (self.merge.disagreements or to_settle) else
            translate("TeamMerge", "<b>Disagreements</b>: none so far."))

    def _show_totals(self) -> None:
        result = self.store.evaluations.open(self.evaluation_id).result()
        projected = translate("TeamMerge", "(projected)")
        grade = result.grade if result.complete else f"{result.grade} {projected}"
        self.totals.setText(fill(translate("TeamMerge", "Merged total %1 / %2 (%3%) · Grade: %4"),
                                 format_decimal(result.total), format_decimal(result.max),
                                 format_decimal(result.percent), grade))
        merge = self.merge
        self.open_label.setText(fill(
            translate("TeamMerge", "%1 to settle · %2 unanswered"),
            len(merge.unsettled) if merge else 0,
            len(merge.unanswered) if merge else len(result.unanswered)))

    def _update_buttons(self, *_args) -> None:
        draft = self.evaluation.is_draft
        self.import_button.setEnabled(draft)
        self.settle_button.setEnabled(draft and self.selected_code() is not None)
        self.finalize_button.setEnabled(draft)

    # --- the rows --------------------------------------------------------------------------
    def row_of(self, code: str) -> int:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(CODE_ROLE) == code:
                return row
        return -1

    def row_texts(self, row: int) -> list[str]:
        return [self.model.item(row, c).text() for c in range(self.model.columnCount())]

    def select(self, code: str) -> bool:
        row = self.row_of(code)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(CODE_ROLE) if rows else None

    # --- acting ----------------------------------------------------------------------------
    def import_files(self, paths: list[str | Path] | None = None) -> list[tuple[str, str, str]]:
        """Import members' scoresheet files (asks which when none are given). Returns, per
        file, (file name, new|newer|same|older|refused, what it says)."""
        if paths is None:
            from PySide6.QtWidgets import QFileDialog

            chosen, _ = QFileDialog.getOpenFileNames(
                self, translate("TeamMerge", "Import scoresheets"), "",
                translate("TeamMerge", "Scoresheets (*.zip);;All files (*)"))
            if not chosen:
                return []
            paths = list(chosen)
        try:
            ca = bureau_ca(self.store)
        except Exception as exc:  # noqa: BLE001 - an unreadable CA file: say so, import nothing
            self.message.setText(refusal_text(exc))
            return []
        outcome: list[tuple[str, str, str]] = []
        changed = False
        for path in paths:
            name = Path(path).name
            try:
                envelope, files = tw.read_scoresheet(path)
                done = tw.import_scoresheet(self.store, self.evaluation_id, envelope,
                                            files=files, ca=ca)
            except (StoreError, ValueError, KeyError, TypeError, AttributeError) as exc:
                outcome.append((name, "refused", fill(translate("TeamMerge", "not imported: %1"),
                                                      _first_line(exc))))
                continue
            changed = changed or done.status in ("new", "newer")
            outcome.append((name, done.status,
                            import_status_text(done.status, done.member_name)))
        self.last_import = outcome
        self.import_log.setText("\n".join(
            f"{'✗' if status == 'refused' else '✓'} {name}：{text}"
            for name, status, text in outcome))
        self.import_log.setStyleSheet(
            "color: #a40000" if any(s == "refused" for _n, s, _t in outcome) else "")
        self.refresh()
        if changed:
            self.changed.emit(self.evaluation_id)
        return outcome

    def settle_selected(self):
        """The settle dialog for the selected row (None when no row is selected)."""
        from .settle_dialog import SettleDialog

        code = self.selected_code()
        if code is None or self.merge is None or not self.evaluation.is_draft:
            self.message.setText(translate("TeamMerge", "Select an item to settle first."))
            return None
        dialog = SettleDialog(self.store, self.evaluation_id, self.merge, code, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settled.connect(self._settled)
        dialog.open()
        return dialog

    def _settled(self, code: str) -> None:
        self.refresh()
        self.select(code)
        self.message.setText(fill(translate("TeamMerge", "%1 settled."), code))
        self.changed.emit(self.evaluation_id)

    def finalize(self, confirm: bool = True) -> bool:
        """Finalize the team evaluation; refused (with the blockers shown) while anything is
        left to settle or missing."""
        from PySide6.QtWidgets import QMessageBox

        from ...store.evaluations import FinalizeBlocked

        if confirm and QMessageBox.question(
                self, translate("TeamMerge", "Finalize"),
                translate("TeamMerge", "Finalize the team's evaluation? After finalizing no "
                                       "scoresheet or settlement can change it (it can only be "
                                       "reopened as a new revision).")
        ) != QMessageBox.StandardButton.Yes:
            return False
        self.blockers.clear()
        try:
            result = tw.finalize_team(self.store, self.evaluation_id)
        except FinalizeBlocked as exc:
            for text in exc.blockers:
                self.blockers.addItem(text)
                self.blockers.item(self.blockers.count() - 1).setForeground(QBrush(TO_SETTLE))
            self.blockers.show()
            self.message.setText(fill(translate("TeamMerge", "Not finalized: first, %1 thing(s) "
                                                             "to do:"), len(exc.blockers)))
            return False
        except StoreError as exc:
            self.blockers.hide()
            self.message.setText(refusal_text(exc))
            return False
        self.blockers.hide()
        self.refresh()
        self.message.setText(fill(translate("TeamMerge", "Finalized: %1 / %2, %3."),
                                  format_decimal(result.total), format_decimal(result.max),
                                  result.grade))
        self.finalized.emit(self.evaluation_id)
        return True


def _html(text: str) -> str:
    from html import escape

    return escape(str(text))


def _first_line(exc: Exception) -> str:
    text = refusal_text(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
