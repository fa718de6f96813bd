"""Start an evaluation: the school, a rubric that applies to it, the date, the kind of visit, the
team. OK creates the draft in the store; ``created_id`` is its id afterwards."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from ..rubrics import Catalog, Rubric
from ..store import VISIT_KINDS, Store, StoreError
from ._generated.ui_new_evaluation_dialog import Ui_NewEvaluationDialog
from .refusals import refusal_text
from .school_list import choose_school, chosen_school, show_schools
from .settings import Settings

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls
_SEPARATORS = re.compile(r"[,，、;；]")


def visit_kind_labels() -> dict[str, str]:
    """The kinds of visit (store.VISIT_KINDS) as inspectors call them."""
    labels = {
        "regular": translate("VisitKind", "Regular inspection"),  # zh: 常规督导
        "random": translate("VisitKind", "Random inspection"),  # zh: 随机督导
        "special": translate("VisitKind", "Special inspection"),  # zh: 专项督导
        "complaint": translate("VisitKind", "Complaint check"),  # zh: 信访核查
        "formal": translate("VisitKind", "Formal evaluation"),  # zh: 正式评估
        "recheck": translate("VisitKind", "Re-check"),  # zh: 复核
        "self": translate("VisitKind", "Self-evaluation"),  # zh: 自评
    }
    return {kind: labels.get(kind, kind) for kind in VISIT_KINDS}


def split_names(text: str) -> list[str]:
    """Names typed as "王喆, 陈立群" or "王喆、陈立群" (Chinese punctuation included)."""
    return [name.strip() for name in _SEPARATORS.split(text) if name.strip()]


class NewEvaluationDialog(QDialog):
    def __init__(self, store: Store, catalog: Catalog, parent: QWidget | None = None, *,
                 school_code: str | None = None):
        super().__init__(parent)
        self.ui = Ui_NewEvaluationDialog()
        self.ui.setupUi(self)
        self.store = store
        self.catalog = catalog
        self.created_id: str | None = None
        self._rubrics: list[Rubric] = []  # the rubric behind each entry of the rubric combo
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create"))
        self.ui.visitDate.setDate(QDate.currentDate())
        for kind, label in visit_kind_labels().items():
            self.ui.kindCombo.addItem(label, kind)
        self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData("regular")))
        self.ui.errorLabel.hide()
        self._fill_team()
        self.ui.schoolSearch.textChanged.connect(self._search)
        self.ui.schoolList.itemSelectionChanged.connect(self._school_changed)
        self.ui.rubricCombo.currentIndexChanged.connect(self._update_ok)
        self.ui.buttonBox.accepted.connect(self.accept)
        self._search("")
        if school_code:
            self.select_school(school_code)
        self._school_changed()
        self.ui.schoolSearch.setFocus()

    # --- the school ------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        """List the schools matching text (the store's Chinese search), keeping the choice."""
        show_schools(self.ui.schoolList, self.store.schools.list(search=text.strip() or None),
                     self._school_changed)

    def select_school(self, code: str) -> bool:
        return choose_school(self.ui.schoolList, code)

    def school_code(self) -> str | None:
        """The selected school (what the inspector sees highlighted), if any."""
        return chosen_school(self.ui.schoolList)

    def _school_changed(self, *_args) -> None:
        code = self.school_code()
        school = self.store.schools.get(code) if code else None
        combo = self.ui.rubricCombo
        previous = self.rubric()
        combo.clear()
        self._rubrics = []
        if school is not None:
            self._rubrics = sorted((r for r in self.catalog.rubrics if r.applies_to(school.type)),
                                   key=lambda r: (r.title, r.version))
        for rubric in self._rubrics:
            combo.addItem(f"{rubric.title}（{rubric.version}）")
            combo.setItemData(combo.count() - 1, rubric.title, Qt.ItemDataRole.ToolTipRole)
        if school is None:
            combo.setPlaceholderText(self.tr("Choose a school first"))
        elif not self._rubrics:
            combo.setPlaceholderText(self.tr("No rubric applies to this type of school"))
        else:
            combo.setPlaceholderText(self.tr("Choose a rubric"))
        combo.setEnabled(bool(self._rubrics))
        if previous in self._rubrics:
            combo.setCurrentIndex(self._rubrics.index(previous))
        elif len(self._rubrics) == 1:
            combo.setCurrentIndex(0)
        else:
            combo.setCurrentIndex(-1)  # several apply: the inspector chooses
        self._update_ok()

    # --- the rest of the form --------------------------------------------------------------
    def rubric(self) -> Rubric | None:
        index = self.ui.rubricCombo.currentIndex()
        return self._rubrics[index] if 0 <= index < len(self._rubrics) else None

    def offered_rubrics(self) -> list[Rubric]:
        return list(self._rubrics)

    def _fill_team(self) -> None:
        """Every inspector on this laptop, the current one ticked."""
        current_id = Settings().inspector_id or self.store.setting("current_inspector") or ""
        current = self.store.inspectors.get(current_id) if current_id else None
        current_name = current.name if current else (Settings().inspector_name or "")
        widget = self.ui.teamList
        widget.setWrapping(True)
        widget.setMaximumHeight(widget.fontMetrics().height() * 3 + 2 * widget.frameWidth())
        inspectors = self.store.inspectors.list()
        for inspector in inspectors:
            item = QListWidgetItem(inspector.name, widget)
            item.setToolTip(f"{inspector.name} · {inspector.role} · {inspector.id}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if inspector.name == current_name
                               else Qt.CheckState.Unchecked)
        widget.setVisible(bool(inspectors))
        self.ui.teamLabel.setVisible(bool(inspectors))
        if current_name and current_name not in {i.name for i in inspectors}:
            self.ui.otherMembers.setText(current_name)

    def team(self) -> list[str]:
        widget = self.ui.teamList
        names = [widget.item(row).text() for row in range(widget.count())
                 if widget.item(row).checkState() == Qt.CheckState.Checked]
        for name in split_names(self.ui.otherMembers.text()):
            if name not in names:
                names.append(name)
        return names

    def _update_ok(self, *_args) -> None:
        ready = self.school_code() is not None and self.rubric() is not None
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    # --- creating --------------------------------------------------------------------------
    def accept(self) -> None:
        code, rubric = self.school_code(), self.rubric()
        if code is None or rubric is None:
            return
        team = self.team()
        if not team:
            self.show_error(self.tr("Name at least one member of the team."))
            return
        try:
            evaluation = self.store.evaluations.create(
                code, rubric, visit_date=self.ui.visitDate.date().toString(Qt.DateFormat.ISODate),
                kind=self.ui.kindCombo.currentData(), team=team)
        except StoreError as exc:
            self.show_error(refusal_text(exc))
            return
        self.created_id = evaluation.id
        super().accept()
