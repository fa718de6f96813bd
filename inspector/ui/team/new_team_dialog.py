"""新建专家组评估: the school, a rubric that applies to it, the visit date, the team (the lead is
this laptop's inspector; members as id + name), the way of working (everyone scores
everything, or each area by its owner), the merge rule and the disagreement threshold.

Create makes the team evaluation (``workflow.create_team``); the dialog then offers to export
the signed invitation for the members (``workflow.invitation``), and to make the lead's own
scoresheet on this laptop (the lead scores too).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...rubrics import Catalog, Rubric
from ...store import Store, StoreError
from ...team import workflow as tw
from ..placeholders import fill
from ..refusals import refusal_text
from ..school_list import choose_school, chosen_school, show_schools
from .common import ask_identity, bureau_ca, my_id_and_name, policy_labels

translate = QCoreApplication.translate
CODE_ROLE = Qt.ItemDataRole.UserRole
POLICIES = ("mean", "trimmed_mean", "median", "lead")
ID, NAME = range(2)


def current_inspector(store: Store) -> tw.Member | None:
    """The lead: this laptop's signing certificate (its inspector id signs the invitation),
    else the inspector set in the settings."""
    found = my_id_and_name(store)
    if found is not None:
        return tw.Member(*found)
    from ..settings import Settings

    settings = Settings()
    member_id = settings.inspector_id or store.setting("current_inspector") or ""
    inspector = store.inspectors.get(member_id) if member_id else None
    name = inspector.name if inspector else settings.inspector_name
    return tw.Member(member_id, name) if member_id and name else None


class NewTeamDialog(QDialog):
    created = Signal(str)  # the team evaluation's id
    joined = Signal(str)  # the lead's own scoresheet on this laptop

    def __init__(self, store: Store, catalog: Catalog, parent: QWidget | None = None, *,
                 lead: tw.Member | None = None):
        super().__init__(parent)
        self.setObjectName("newTeamDialog")
        self.store = store
        self.catalog = catalog
        self.lead = lead or current_inspector(store)
        self.team: tw.Team | None = None
        self.own_sheet_id: str | None = None
        self._rubrics: list[Rubric] = []
        self.setWindowTitle(translate("NewTeam", "New expert-team evaluation"))
        self._build()
        self._search("")
        self._mode_changed()
        self._update_create()
        self.search_edit.setFocus()

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(translate("NewTeam", "Search schools by name or code"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search)
        self.school_list = QListWidget(self)
        self.school_list.itemSelectionChanged.connect(self._school_changed)
        self.rubric_combo = QComboBox(self)
        self.rubric_combo.currentIndexChanged.connect(self._fill_areas)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        left = QVBoxLayout()
        left.addWidget(QLabel(translate("NewTeam", "School:"), self))
        left.addWidget(self.search_edit)
        left.addWidget(self.school_list, 1)
        form = QFormLayout()
        form.addRow(translate("NewTeam", "Rubric:"), self.rubric_combo)
        form.addRow(translate("NewTeam", "Visit date:"), self.date_edit)
        left.addLayout(form)

        lead = (fill(translate("NewTeam", "Lead: %1 (%2), you"), self.lead.name, self.lead.id)
                if self.lead else translate("NewTeam", "Lead: unknown — set up your signing "
                                                       "key first (the lead signs the invitation)"))
        self.lead_label = QLabel(lead, self)
        self.lead_label.setWordWrap(True)
        self.members_table = QTableWidget(0, 2, self)
        self.members_table.setObjectName("membersTable")
        self.members_table.setHorizontalHeaderLabels(
            [translate("NewTeam", "Inspector ID"), translate("NewTeam", "Name")])
        self.members_table.horizontalHeader().setSectionResizeMode(
            NAME, QHeaderView.ResizeMode.Stretch)
        self.members_table.verticalHeader().hide()
        self.members_table.setToolTip(translate(
            "NewTeam", "The ID must be the inspector ID on the member's signing certificate"))
        self.members_table.itemChanged.connect(self._members_changed)
        self.add_button = QPushButton(translate("NewTeam", "Add member"), self)
        self.add_button.clicked.connect(lambda: self.add_member())
        self.remove_button = QPushButton(translate("NewTeam", "Remove member"), self)
        self.remove_button.clicked.connect(self._remove_selected)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.add_button)
        member_buttons.addWidget(self.remove_button)
        member_buttons.addStretch(1)

        self.parallel_radio = QRadioButton(translate("NewTeam", "Parallel: everyone scores "
                                                                "every item"), self)
        self.split_radio = QRadioButton(translate("NewTeam", "Split: each area is scored by "
                                                             "its owner"), self)
        self.parallel_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.parallel_radio)
        group.addButton(self.split_radio)
        self.split_radio.toggled.connect(self._mode_changed)
        self.owners_table = QTableWidget(0, 2, self)
        self.owners_table.setObjectName("ownersTable")
        self.owners_table.setHorizontalHeaderLabels(
            [translate("NewTeam", "Area"), translate("NewTeam", "Owner")])
        self.owners_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.owners_table.verticalHeader().hide()
        self.owners_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.policy_combo = QComboBox(self)
        labels = policy_labels()
        for policy in POLICIES:
            self.policy_combo.addItem(labels[policy], policy)
        self.policy_combo.setCurrentIndex(POLICIES.index("mean"))
        self.threshold_box = QSpinBox(self)
        self.threshold_box.setRange(1, 100)
        self.threshold_box.setValue(20)
        self.threshold_box.setSuffix(" %")
        self.threshold_box.setToolTip(translate(
            "NewTeam", "Members' scores of an item further apart than this share of its points "
                       "are a disagreement for the lead to settle"))
        work = QGroupBox(translate("NewTeam", "How the team works"), self)
        work_layout = QVBoxLayout(work)
        work_layout.addWidget(self.parallel_radio)
        work_layout.addWidget(self.split_radio)
        work_layout.addWidget(self.owners_table, 1)
        rules = QFormLayout()
        rules.addRow(translate("NewTeam", "Merge rule:"), self.policy_combo)
        rules.addRow(translate("NewTeam", "Disagreement above:"), self.threshold_box)
        work_layout.addLayout(rules)
        right = QVBoxLayout()
        right.addWidget(self.lead_label)
        right.addWidget(QLabel(translate("NewTeam", "Members (besides the lead):"), self))
        right.addWidget(self.members_table, 1)
        right.addLayout(member_buttons)
        right.addWidget(work, 2)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        self.message = QLabel(self)
        self.message.setObjectName("newTeamMessage")
        self.message.setWordWrap(True)
        self.create_button = QPushButton(translate("NewTeam", "Create"), self)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        self.own_sheet_check = QCheckBox(
            translate("NewTeam", "Make my own scoresheet on this laptop too"), self)
        self.own_sheet_check.setChecked(True)
        self.own_sheet_check.hide()
        self.export_button = QPushButton(translate("NewTeam", "Export invitation…"), self)
        self.export_button.clicked.connect(lambda: self.export_invitation())
        self.export_button.hide()
        self.close_button = QPushButton(translate("NewTeam", "Cancel"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self._close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.own_sheet_check)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(1040, 640)

    # --- the school and rubric -------------------------------------------------------------
    def _search(self, text: str) -> None:
        show_schools(self.school_list, self.store.schools.list(search=text.strip() or None),
                     self._school_changed)

    def select_school(self, code: str) -> bool:
        return choose_school(self.school_list, code)

    def school_code(self) -> str | None:
        return chosen_school(self.school_list)

    def _school_changed(self) -> None:
        code = self.school_code()
        school = self.store.schools.get(code) if code else None
        previous = self.rubric()
        combo = self.rubric_combo
        combo.blockSignals(True)
        combo.clear()
        self._rubrics = [] if school is None else sorted(
            (r for r in self.catalog.rubrics if r.applies_to(school.type)),
            key=lambda r: (r.title, r.version))
        for rubric in self._rubrics:
            combo.addItem(f"{rubric.title}（{rubric.version}）")
            combo.setItemData(combo.count() - 1, rubric.title, Qt.ItemDataRole.ToolTipRole)
        combo.setPlaceholderText(
            translate("NewTeam", "Choose a school first") if school is None else
            translate("NewTeam", "No rubric applies to this type of school")
            if not self._rubrics else translate("NewTeam", "Choose a rubric"))
        combo.setEnabled(bool(self._rubrics))
        if previous in self._rubrics:
            combo.setCurrentIndex(self._rubrics.index(previous))
        else:
            combo.setCurrentIndex(0 if len(self._rubrics) == 1 else -1)
        combo.blockSignals(False)
        self._fill_areas()
        self._update_create()

    def rubric(self) -> Rubric | None:
        index = self.rubric_combo.currentIndex()
        return self._rubrics[index] if 0 <= index < len(self._rubrics) else None

    def offered_rubrics(self) -> list[Rubric]:
        return list(self._rubrics)

    def select_rubric(self, rubric: Rubric) -> bool:
        if rubric not in self._rubrics:
            return False
        self.rubric_combo.setCurrentIndex(self._rubrics.index(rubric))
        return True

    # --- the members -----------------------------------------------------------------------
    def add_member(self, member_id: str = "", name: str = "") -> int:
        table = self.members_table
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        table.setItem(row, ID, QTableWidgetItem(member_id))
        table.setItem(row, NAME, QTableWidgetItem(name))
        table.blockSignals(False)
        self._members_changed()
        if not member_id:
            table.setCurrentCell(row, ID)
            table.editItem(table.item(row, ID))
        return row

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.members_table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.members_table.removeRow(row)
        self._members_changed()

    def members(self) -> list[tw.Member]:
        """The members typed in (rows with neither id nor name are left out)."""
        found = []
        for row in range(self.members_table.rowCount()):
            texts = [(self.members_table.item(row, c) or QTableWidgetItem()).text().strip()
                     for c in (ID, NAME)]
            if any(texts):
                found.append(tw.Member(*texts))
        return found

    def _members_changed(self, *_args) -> None:
        """Every owner combo offers the lead and the members, keeping what was chosen."""
        everyone = ([self.lead] if self.lead else []) + [
            m for m in self.members() if m.id and (not self.lead or m.id != self.lead.id)]
        for row in range(self.owners_table.rowCount()):
            combo = self.owners_table.cellWidget(row, 1)
            if not isinstance(combo, QComboBox):
                continue
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for member in everyone:
                combo.addItem(f"{member.name}（{member.id}）", member.id)
            combo.setCurrentIndex(combo.findData(chosen) if chosen else -1)
            combo.blockSignals(False)
        self._update_create()

    # --- the way of working ----------------------------------------------------------------
    def _fill_areas(self, *_args) -> None:
        rubric = self.rubric()
        table = self.owners_table
        table.setRowCount(0)
        for area in rubric.areas if rubric else ():
            row = table.rowCount()
            table.insertRow(row)
            item = QTableWidgetItem(f"{area.code} {area.title}")
            item.setData(CODE_ROLE, area.code)
            table.setItem(row, 0, item)
            combo = QComboBox(table)
            combo.setPlaceholderText(translate("NewTeam", "Choose the owner"))
            table.setCellWidget(row, 1, combo)
        table.setColumnWidth(1, self.fontMetrics().averageCharWidth() * 30)
        self._members_changed()

    def _mode_changed(self, *_args) -> None:
        """Split work merges by ownership (the policy "owner"): the combo says so meanwhile."""
        split = self.split_radio.isChecked()
        self.owners_table.setVisible(split)
        combo = self.policy_combo
        owner = combo.findData("owner")
        if split and owner < 0:
            self._parallel_policy = combo.currentIndex()
            combo.addItem(policy_labels()["owner"], "owner")
            combo.setCurrentIndex(combo.count() - 1)
        elif not split and owner >= 0:
            combo.removeItem(owner)
            combo.setCurrentIndex(getattr(self, "_parallel_policy", 0))
        combo.setEnabled(not split)
        self.policy_combo.setToolTip(translate(
            "NewTeam", "In split work each area's owner decides its items") if split else "")

    def mode(self) -> str:
        return "split" if self.split_radio.isChecked() else "parallel"

    def set_owner(self, area: str, member_id: str) -> bool:
        for row in range(self.owners_table.rowCount()):
            if self.owners_table.item(row, 0).data(CODE_ROLE) == area:
                combo = self.owners_table.cellWidget(row, 1)
                combo.setCurrentIndex(combo.findData(member_id))
                return combo.currentIndex() >= 0
        return False

    def ownership(self) -> dict[str, str]:
        owners = {}
        for row in range(self.owners_table.rowCount()):
            combo = self.owners_table.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                owners[self.owners_table.item(row, 0).data(CODE_ROLE)] = combo.currentData()
        return owners

    def policy(self) -> str:
        return self.policy_combo.currentData()

    def _update_create(self, *_args) -> None:
        self.create_button.setEnabled(self.team is None and self.lead is not None
                                      and self.school_code() is not None
                                      and self.rubric() is not None)

    # --- creating and sharing --------------------------------------------------------------
    def create(self) -> tw.Team | None:
        code, rubric = self.school_code(), self.rubric()
        if self.team is not None or self.lead is None or code is None or rubric is None:
            return None
        members = self.members()
        incomplete = [m for m in members if not m.id or not m.name]
        if incomplete:
            self.show_message(translate("NewTeam", "Give every member an ID and a name."), True)
            return None
        if not members:
            self.show_message(translate("NewTeam", "Add at least one member besides the lead."),
                              True)
            return None
        split = self.mode() == "split"
        try:
            self.team = tw.create_team(
                self.store, code, rubric, lead=self.lead, members=members, mode=self.mode(),
                policy=self.policy(),
                ownership=self.ownership() if split else None,
                threshold=f"{self.threshold_box.value() / 100:.2f}",
                visit_date=self.date_edit.date().toString(Qt.DateFormat.ISODate))
        except StoreError as exc:
            self.show_message(refusal_text(exc), True)
            return None
        for widget in (self.search_edit, self.school_list, self.rubric_combo, self.date_edit,
                       self.members_table, self.add_button, self.remove_button,
                       self.parallel_radio, self.split_radio, self.owners_table,
                       self.policy_combo, self.threshold_box):
            widget.setEnabled(False)
        self.create_button.hide()
        self.export_button.show()
        self.export_button.setDefault(True)
        self.own_sheet_check.show()
        self.close_button.setText(translate("NewTeam", "Close"))
        self.show_message(translate("NewTeam", "The team evaluation is created. Export the "
                                               "invitation and give it to every member."))
        self.created.emit(self.team.evaluation_id)
        return self.team

    def export_invitation(self, path: str | Path | None = None,
                          passphrase: str | None = None) -> Path | None:
        """Write the invitation, signed with the lead's key (asks where, and the passphrase);
        then, if ticked, make the lead's own scoresheet from it."""
        if self.team is None:
            return None
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            school = self.store.schools.get(self.store.evaluations.get(
                self.team.evaluation_id).school_code)
            suggested = f"专家组邀请-{school.name if school else ''}.json"
            path, _ = QFileDialog.getSaveFileName(
                self, translate("NewTeam", "Export the invitation"), suggested,
                translate("NewTeam", "Team invitations (*.json)"))
            if not path:
                return None
        identity, problem = ask_identity(self, self.store, passphrase,
                                         translate("NewTeam", "Sign the invitation"))
        if identity is None:
            if problem:
                self.show_message(problem, True)
            return None
        try:
            envelope = tw.invitation(self.store, self.team.evaluation_id, identity)
            written = tw.write_file(envelope, path)
        except (StoreError, OSError, ValueError) as exc:
            self.show_message(refusal_text(exc), True)
            return None
        text = fill(translate("NewTeam", "Invitation written to %1. Give it to every member."),
                    str(written))
        if self.own_sheet_check.isChecked() and self.own_sheet_id is None:
            try:
                self.own_sheet_id = tw.join(self.store, envelope, self.lead.id,
                                            ca=bureau_ca(self.store))
            except (StoreError, ValueError) as exc:
                self.show_message(f"{text}\n{exc}", True)
                return written
            self.joined.emit(self.own_sheet_id)
            text += " " + translate("NewTeam", "Your own scoresheet is ready.")
        self.show_message(text)
        return written

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #a40000" if error else "")

    def _close(self) -> None:
        if self.team is None:
            self.reject()
        else:
            self.accept()
