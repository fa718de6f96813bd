"""The evaluation tree (model and panel) and the live summary panel, on a real store.

The model is tested without qtbot: it only needs the application object, and its signals are
delivered at once. The panels are real widgets, shown offscreen.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, qInstallMessageHandler
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtTest import QAbstractItemModelTester

from inspector.rubrics import Catalog, Rubric, rubric_from_text
from inspector.scoring import NA
from inspector.store import Store
from inspector.store.demo import build_demo
from inspector.ui.evaluation.session import EvaluationSession
from inspector.ui.evaluation.summary_panel import FAIL_COLOR, PASS_COLOR, SummaryPanel
from inspector.ui.evaluation.tree_model import (
    ANSWERED_COLOR,
    CODE,
    CODE_ROLE,
    MARK,
    MISSING_COLOR,
    PROBLEM_COLOR,
    PROGRESS,
    SCORE,
    STATUS_ROLE,
    TITLE,
    EvaluationTreeModel,
    Status,
)
from inspector.ui.evaluation.tree_panel import TreePanel
from inspector.ui.placeholders import fill
from tests.factories import full_answers, synthetic_rubric_yaml

PRIMARY_SCHOOL = "3301100105"  # a demo school with no evaluation of its own
STANDARDIZED = "yh-standardized-school"
TOP = QModelIndex()
DISPLAY, TOOLTIP, FOREGROUND = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                Qt.ItemDataRole.ForegroundRole)


def model_tr(text: str) -> str:
    return QCoreApplication.translate("EvaluationTreeModel", text)


# --- fixtures --------------------------------------------------------------------------------
@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "home")
    build_demo(store)
    yield store
    store.close()


@pytest.fixture
def rubric() -> Rubric:
    return next(r for r in Catalog.discover().rubrics if r.id == STANDARDIZED)


@pytest.fixture
def session(qapp, store, rubric):
    """A new, empty evaluation of a primary school on the standardized-school rubric."""
    evaluation = store.evaluations.create(PRIMARY_SCHOOL, rubric)
    return EvaluationSession(store, evaluation.id)


@pytest.fixture
def demo_session(qapp, store):
    """The demo's draft that is about 60 % answered (仓前中心小学)."""
    row = next(r for r in store.evaluations.list(status="draft")
               if r["school_code"] == "3301100102")
    return EvaluationSession(store, row["id"])


@pytest.fixture
def model(session):
    return EvaluationTreeModel(session)


def row_of(model, code: str) -> QModelIndex:
    index = model.index_for_code(code)
    assert index.isValid(), code
    return index


def cell(model, code: str, column: int, role=DISPLAY):
    return row_of(model, code).siblingAtColumn(column).data(role)


def top_row(model, title: str) -> QModelIndex:
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.siblingAtColumn(TITLE).data() == title:
            return index
    raise AssertionError(title)


class Changes:
    """Records every dataChanged as (code of each row covered, first column, last column)."""

    def __init__(self, model):
        self.model, self.ranges, self.resets = model, [], 0
        model.dataChanged.connect(self._changed)
        model.modelReset.connect(self._reset)

    def _changed(self, top_left, bottom_right, _roles=()) -> None:
        assert top_left.parent() == bottom_right.parent()
        parent = top_left.parent()
        for row in range(top_left.row(), bottom_right.row() + 1):
            code = self.model.index(row, 0, parent).data(CODE_ROLE)
            self.ranges.append((code, top_left.column(), bottom_right.column()))

    def _reset(self) -> None:
        self.resets += 1

    def rows_with(self, column: int) -> set:
        return {code for code, first, last in self.ranges if first <= column <= last}


# --- the model: structure --------------------------------------------------------------------
def test_top_rows_are_the_areas_then_the_added_groups(model, rubric):
    codes = [model.index(r, 0).data(CODE_ROLE) for r in range(model.rowCount())]
    assert codes == [a.code for a in rubric.areas] + [None, None, None]
    titles = [model.index(r, TITLE).data() for r in range(len(rubric.areas), model.rowCount())]
    assert titles == [model_tr("Prerequisites"), model_tr("Veto items"), model_tr("Bonus")]
    assert model.columnCount() == 5


def test_children_follow_the_rubric_down_to_the_leaves(model, rubric):
    def check(index: QModelIndex, node) -> None:
        assert index.data(CODE_ROLE) == node.code
        assert model.rowCount(index) == len(node.children)
        for row, child in enumerate(node.children):
            assert model.parent(model.index(row, 0, index)) == index
            check(model.index(row, 0, index), child)

    for row, area in enumerate(rubric.areas):
        check(model.index(row, 0), area)
    groups = {title: top_row(model, model_tr(title)) for title in
              ("Prerequisites", "Veto items", "Bonus")}
    for title, items in (("Prerequisites", rubric.prerequisites),
                         ("Veto items", rubric.vetoes), ("Bonus", rubric.bonus_items())):
        group = groups[title]
        assert group.data(CODE_ROLE) is None
        assert [model.index(r, 0, group).data(CODE_ROLE) for r in range(model.rowCount(group))] \
            == [i.code for i in items]


def test_every_answerable_code_has_a_row(model, session):
    for code in session.codes:
        assert model.index_for_code(code).data(CODE_ROLE) == code
    assert not model.index_for_code("NO-SUCH-CODE").isValid()


def test_a_rubric_without_extra_groups_has_only_its_areas(qapp, store, rubric):
    from dataclasses import replace
    # the store keeps rubrics by content hash, and the session reads it back from there
    bare = replace(rubric, prerequisites=(), vetoes=(), bonus=None, _index={},
                   content_hash="bare-" + rubric.content_hash)
    evaluation = store.evaluations.create(PRIMARY_SCHOOL, bare)
    model = EvaluationTreeModel(EvaluationSession(store, evaluation.id))
    assert model.rowCount() == len(rubric.areas)


# --- the model: what the rows say ------------------------------------------------------------
def test_groups_show_score_against_applicable_max_and_progress(model, session, rubric):
    area = rubric.areas[0]
    assert cell(model, area.code, SCORE) == f"0 / {area.points}"
    assert cell(model, area.code, PROGRESS) == f"0/{len(list(area.leaves()))}"
    assert cell(model, "C17", PROGRESS) == ""  # leaves have no progress
    session.set_value("C17", 1)
    assert cell(model, "B4", SCORE) == "1 / 6"
    assert cell(model, "B4", PROGRESS) == "1/4"
    assert cell(model, "A2", PROGRESS) == "1/11"


def test_a_leaf_score_changes_and_the_leaf_and_its_ancestors_are_reported(model, session):
    assert cell(model, "C17", SCORE) == "– / 1"
    changes = Changes(model)
    assert session.set_value("C17", 0.5)
    assert cell(model, "C17", SCORE) == "0.5 / 1"
    assert {"C17", "B4", "A2"} <= changes.rows_with(SCORE)
    assert {"C17", "B4", "A2"} <= changes.rows_with(MARK)
    assert changes.resets == 0  # selection and expansion survive an edit


def test_answer_changes_report_only_the_row_and_its_ancestors(model, session):
    changes = Changes(model)
    model._on_answer("C17")  # what answerChanged alone reports, before the new result
    assert [code for code, _, _ in changes.ranges] == ["C17", "B4", "A2"]
    assert all((first, last) == (CODE, PROGRESS) for _, first, last in changes.ranges)


def test_an_edit_changes_only_its_row_and_ancestors(model, session):
    ranges: list = []
    model.dataChanged.connect(lambda a, b, _roles=(): ranges.append((a, b)))
    session.set_value("C17", 1)
    codes = [model.data(a.siblingAtColumn(CODE), CODE_ROLE) for a, _ in ranges]
    assert codes == ["C17", "B4", "A2"]


def _circle(model, code):
    """The mark drawn for a row: a circle picture, no text."""
    assert cell(model, code, MARK) is None
    pixmap = cell(model, code, MARK, Qt.ItemDataRole.DecorationRole)
    assert isinstance(pixmap, QPixmap) and not pixmap.isNull()
    return pixmap.toImage()


def test_unanswered_and_answered_marks(model, session):
    hollow = _circle(model, "C17")
    assert cell(model, "C17", CODE, STATUS_ROLE) == Status.UNANSWERED
    assert cell(model, "C17", MARK, TOOLTIP) == model_tr("Not answered yet")
    session.set_value("C17", 1)
    full = _circle(model, "C17")
    assert cell(model, "C17", CODE, STATUS_ROLE) == Status.ANSWERED
    assert QColor(cell(model, "C17", MARK, FOREGROUND)) == ANSWERED_COLOR
    centre = (full.width() // 2, full.height() // 2)
    assert full.pixelColor(*centre).alpha() > 200  # filled
    assert hollow.pixelColor(*centre).alpha() < full.pixelColor(*centre).alpha() / 2  # a ring
    assert cell(model, "B4", CODE, STATUS_ROLE) == Status.PARTIAL
    half = _circle(model, "B4")
    y = half.height() // 2
    left = half.pixelColor(half.width() // 4, y).alpha()
    right = half.pixelColor(half.width() * 3 // 4, y).alpha()
    assert left > 2 * right  # the left half filled (edges are antialiased)


def test_missing_photo_is_flagged_until_one_is_attached(model, session, tmp_path):
    assert "photo" in {e.value for e in session.rubric.find("C56").requires}
    session.set_value("C56", True)
    assert cell(model, "C56", MARK) == "⚠"
    assert cell(model, "C56", CODE, STATUS_ROLE) == Status.MISSING_EVIDENCE
    assert QColor(cell(model, "C56", MARK, FOREGROUND)) == MISSING_COLOR
    assert cell(model, "C56", MARK, TOOLTIP) == model_tr("Missing required evidence: %1") \
        .replace("%1", model_tr("photo"))
    assert cell(model, "B15", CODE, STATUS_ROLE) == Status.MISSING_EVIDENCE  # its groups too
    assert cell(model, "A6", MARK) == "⚠"

    photo = tmp_path / "现场照片.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(photo))
    changes = Changes(model)
    assert session.attach("C56", photo)
    assert cell(model, "C56", CODE, STATUS_ROLE) == Status.ANSWERED
    assert {"C56", "B15", "A6"} <= changes.rows_with(MARK)
    assert cell(model, "A6", CODE, STATUS_ROLE) == Status.PARTIAL


def test_missing_note_clears_when_a_note_is_written(model, session):
    session.set_value("C26", "办学特色鲜明。")  # descriptive, requires a written note
    assert cell(model, "C26", CODE, STATUS_ROLE) == Status.MISSING_EVIDENCE
    assert model_tr("written note") in cell(model, "C26", MARK, TOOLTIP)
    assert cell(model, "C26", SCORE) == ""  # a written finding has no points
    session.set_note("C26", "查阅特色项目资料。")
    assert cell(model, "C26", CODE, STATUS_ROLE) == Status.ANSWERED


def test_key_items_carry_a_star(model, rubric):
    assert rubric.find("C1").key and not rubric.find("C3").key
    assert cell(model, "C1", TITLE).startswith("★")
    assert not cell(model, "C3", TITLE).startswith("★")
    assert model_tr("★ Key indicator") in cell(model, "C1", TITLE, TOOLTIP)


def test_not_applicable_items_are_greyed(model, session):
    session.set_value("C6", "NA")
    assert session.value("C6") is NA
    assert cell(model, "C6", MARK) == "N/A"
    assert cell(model, "C6", CODE, STATUS_ROLE) == Status.NOT_APPLICABLE
    assert cell(model, "C6", TITLE, FOREGROUND) is not None
    assert cell(model, "C7", TITLE, FOREGROUND) is None
    assert cell(model, "C6", SCORE) == "1 / 1"  # this rubric gives N/A items full marks
    assert "不适用" in cell(model, "C6", SCORE, TOOLTIP)


def test_conditions_show_their_answer_in_words(model, session):
    vetoes = top_row(model, model_tr("Veto items"))
    assert cell(model, "V1", SCORE) == "–"
    session.set_value("V1", True)
    assert cell(model, "V1", SCORE) == model_tr("Occurred")
    assert QColor(cell(model, "V1", SCORE, FOREGROUND)) == PROBLEM_COLOR
    assert QColor(cell(model, "V1", MARK, FOREGROUND)) == PROBLEM_COLOR  # not a green "done"
    assert vetoes.siblingAtColumn(SCORE).data() == model_tr("%1 occurred").replace("%1", "1")
    session.set_value("V2", False)
    assert cell(model, "V2", SCORE) == model_tr("Not occurred")
    session.set_value("P1", False)
    assert cell(model, "P1", SCORE) == model_tr("Not met")
    session.set_value("P2", True)
    assert cell(model, "P2", SCORE) == model_tr("Met")
    assert top_row(model, model_tr("Prerequisites")).siblingAtColumn(PROGRESS).data() == "2/3"


def test_bonus_group_shows_counted_points_against_the_cap(model, session):
    bonus = top_row(model, model_tr("Bonus"))
    assert bonus.siblingAtColumn(SCORE).data() == "0 / 3"
    session.set_value("J1", True)
    assert bonus.siblingAtColumn(SCORE).data() == "1.5 / 3"
    assert cell(model, "J1", SCORE) == "1.5 / 1.5"


@pytest.fixture
def model_faults():
    """What QAbstractItemModelTester reports (category qt.modeltest), collected here."""
    faults: list[str] = []

    def handler(_mode, context, message) -> None:
        if context.category == "qt.modeltest":
            faults.append(message)
        elif previous is not None:
            previous(_mode, context, message)

    previous = qInstallMessageHandler(handler)
    yield faults
    qInstallMessageHandler(previous)


def test_model_tester_finds_no_fault_through_edits_and_swaps(qapp, model_faults, session,
                                                             demo_session):
    model = EvaluationTreeModel(session)
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    for code, value in (("C17", 1), ("C6", "NA"), ("V1", True), ("J1", True), ("C17", None)):
        assert session.set_value(code, value)
    session.undo_stack.undo()
    model.set_session(demo_session)
    assert demo_session.set_value(demo_session.codes[0], None)
    model.set_session(None)
    assert model.rowCount() == 0
    del tester
    assert model_faults == []


def test_model_faults_would_be_caught(qapp, model_faults):
    """The fixture above really sees the tester's complaints."""
    from PySide6.QtCore import QAbstractListModel

    class Broken(QAbstractListModel):
        def rowCount(self, parent=TOP):
            return 0 if parent.isValid() else 2

        def data(self, index, role=DISPLAY):
            return None

        def index(self, row, column=0, parent=TOP):
            return QModelIndex()  # claims rows but gives no index for them

    broken = Broken()
    tester = QAbstractItemModelTester(
        broken, QAbstractItemModelTester.FailureReportingMode.Warning)
    del tester
    assert model_faults


def test_model_builds_a_300_leaf_rubric_fast(qapp, store):
    rubric = rubric_from_text(synthetic_rubric_yaml(300), "synthetic.yaml")
    evaluation = store.evaluations.create(PRIMARY_SCHOOL, rubric)
    session = EvaluationSession(store, evaluation.id)
    best = min(_timed(lambda: EvaluationTreeModel(session)) for _ in range(3))
    assert best < 0.020, f"building took {best * 1000:.1f} ms"
    model = EvaluationTreeModel(session)
    assert sum(1 for c in session.codes if model.index_for_code(c).isValid()) == 303  # 300 leaves, a veto, a prerequisite, a bonus item

    def read_everything() -> None:
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(model.rowCount(parent)):
                for column in range(model.columnCount()):
                    index = model.index(row, column, parent)
                    for role in (DISPLAY, TOOLTIP, FOREGROUND, STATUS_ROLE):
                        index.data(role)
                pending.append(model.index(row, 0, parent))

    assert _timed(read_everything) < 0.25  # every cell, every role: no scoring on read


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


# --- the tree panel --------------------------------------------------------------------------
@pytest.fixture
def tree(qtbot, session):
    panel = TreePanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    panel.resize(480, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def view_index(panel: TreePanel, code: str) -> QModelIndex:
    return panel.proxy.mapFromSource(panel.model.index_for_code(code))


def test_tree_is_expanded_and_shows_progress(tree, session):
    assert tree.view.isExpanded(view_index(tree, "A1"))
    assert tree.view.isExpanded(view_index(tree, "B1"))
    total = len(session.codes)
    answered = QCoreApplication.translate("TreePanel", "Answered %1/%2")
    assert tree.progress_label.text() == fill(answered, 0, total)
    session.set_value("C17", 1)
    assert tree.progress_label.text() == fill(answered, 1, total)


def test_selecting_a_row_makes_it_current(tree, session, qtbot):
    with qtbot.waitSignal(session.currentChanged) as blocker:
        tree.view.setCurrentIndex(view_index(tree, "C17"))
    assert blocker.args == ["C17"]
    assert session.current == "C17"


def test_selecting_a_group_only_expands_it(tree, session):
    before = session.current
    group = view_index(tree, "B4")
    tree.view.collapse(group)
    tree.view.setCurrentIndex(group)
    assert session.current == before
    assert tree.view.isExpanded(group)


def test_the_tree_follows_the_session_without_echo(tree, session, qtbot):
    moves: list[str] = []
    session.currentChanged.connect(moves.append)
    session.set_current("C48")
    assert tree.current_code() == "C48"
    assert tree.view.selectionModel().isRowSelected(
        view_index(tree, "C48").row(), view_index(tree, "C48").parent())
    assert moves == ["C48"]  # the tree's own selection change did not move the session again
    rect = tree.view.visualRect(view_index(tree, "C48"))
    assert tree.view.viewport().rect().intersects(rect)  # scrolled into view


def test_next_unanswered_moves_to_the_next_open_item(tree, session, qtbot):
    session.set_current("C16")
    session.set_value("C17", 1)
    with qtbot.waitSignal(session.currentChanged) as blocker:
        qtbot.mouseClick(tree.next_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["C18"]  # C17 is answered: skipped
    assert tree.current_code() == "C18"


def test_filter_shows_only_open_items(tree, session):
    assert session.set_value("C17", 1)
    assert session.set_value("C56", True)  # answered, but the photo is missing: still open
    tree.filter_box.setChecked(True)
    assert not view_index(tree, "C17").isValid()
    assert view_index(tree, "C18").isValid()
    assert view_index(tree, "C56").isValid()
    assert tree.view.isExpanded(view_index(tree, "B4"))
    assert session.set_value("C18", True)  # answering an item takes it off the list at once
    assert not view_index(tree, "C18").isValid()
    assert session.set_value("C18", None)  # and clearing it brings it back
    assert view_index(tree, "C18").isValid()
    assert tree.view.isExpanded(view_index(tree, "B4"))
    tree.filter_box.setChecked(False)
    assert view_index(tree, "C17").isValid()


def test_answering_the_selected_item_while_filtered_keeps_it_current(tree, session):
    """The row leaves the filtered list, but the inspector stays on the item (to add a note)."""
    tree.filter_box.setChecked(True)
    session.set_current("C18")
    assert tree.current_code() == "C18"
    moves: list[str] = []
    session.currentChanged.connect(moves.append)
    assert session.set_value("C18", True)
    assert not view_index(tree, "C18").isValid()
    assert session.current == "C18" and moves == []
    assert tree.current_code() is None  # no other row pretends to be current
    assert not tree.view.selectionModel().hasSelection()
    tree.filter_box.setChecked(False)  # shown again, and selected again
    assert tree.current_code() == "C18" and moves == []


def test_filter_drops_a_finished_group_and_brings_it_back_expanded(tree, session):
    tree.filter_box.setChecked(True)
    for code, value in (("C20", []), ("C21", 100), ("C22", 1.5)):
        assert session.set_value(code, value)
    assert not view_index(tree, "B5").isValid()  # nothing left to do there
    assert view_index(tree, "B4").isValid()
    assert session.set_value("C22", None)
    group = view_index(tree, "B5")
    assert group.isValid() and tree.view.isExpanded(group)
    assert tree.proxy.rowCount(group) == 1


def test_swapping_sessions_disconnects_the_old_one(tree, session, demo_session):
    tree.set_session(demo_session)
    label = tree.progress_label.text()
    session.set_value("C17", 1)
    session.set_current("C30")
    assert tree.progress_label.text() == label
    assert tree.current_code() == demo_session.current
    tree.set_session(None)
    assert tree.model.rowCount() == 0
    demo_session.set_value(demo_session.codes[-1], None)  # nothing listens any more
    assert tree.progress_label.text() == ""


# --- the summary panel -----------------------------------------------------------------------
def summary_tr(text: str) -> str:
    return QCoreApplication.translate("SummaryPanel", text)


@pytest.fixture
def summary(qtbot, session):
    panel = SummaryPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    panel.resize(420, 640)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_summary_updates_after_an_edit(summary, session, qtbot):
    ui = summary.ui
    assert ui.totalLabel.text().startswith("0 / 100")
    assert summary_tr("(projected)") in ui.gradeLabel.text()
    bar = summary.bars.bars["A2"]
    assert bar.value() == 0
    with qtbot.waitSignal(session.resultChanged):
        session.set_value("C18", True)  # 2 points in A2
    assert ui.totalLabel.text() == "2 / 100 · 2%"
    assert bar.value() == 200 and bar.maximum() == 1500
    assert bar.text() == "A2 学校管理 2/15 (13.3%)"
    assert ui.gradeLabel.text().startswith(session.result.grade)


def test_grade_is_coloured_and_final_once_complete(summary, session, rubric):
    for code, value in full_answers(rubric).items():
        session.set_value(code, value)
    result = session.result
    assert result.complete and result.passed
    assert summary.ui.gradeLabel.text() == result.grade  # no "(projected)" any more
    colour = summary.ui.gradeLabel.palette().color(summary.ui.gradeLabel.foregroundRole())
    assert colour == PASS_COLOR
    assert not summary.ui.openLabel.isVisibleTo(summary)


def test_a_veto_hit_shows_in_red_and_in_the_reasons(summary, session, qtbot):
    assert not summary.ui.vetoLabel.isVisibleTo(summary)
    with qtbot.waitSignal(session.resultChanged):
        session.set_value("V1", True)
    label = summary.ui.vetoLabel
    assert label.isVisibleTo(summary)
    assert "V1" in label.text() and session.rubric.find("V1").title in label.text()
    assert label.palette().color(label.foregroundRole()) == FAIL_COLOR
    grade = summary.ui.gradeLabel
    assert grade.palette().color(grade.foregroundRole()) == FAIL_COLOR
    # the reasons follow as soon as typing pauses
    qtbot.waitUntil(lambda: "否决项 V1" in summary.ui.traceBrowser.toPlainText())
    text = summary.ui.traceBrowser.toPlainText()
    assert session.result.rule_checks[0].sentence() in text
    assert text.index(session.result.rule_checks[-1].sentence()) < text.index("一、得分计算")


def test_unmet_prerequisites_and_bonus_are_listed(summary, session):
    session.set_value("P2", False)
    label = summary.ui.prerequisitesLabel
    assert label.isVisibleTo(summary) and "P2" in label.text()
    session.set_value("J1", True)
    assert summary.ui.bonusLabel.text() == fill(
        summary_tr("Bonus: +%1 (items total %2, cap %3)"), "1.5", "1.5", "3")


def test_bars_are_kept_while_the_rubric_stays(summary, session, store, rubric, demo_session):
    bars = dict(summary.bars.bars)
    session.set_value("C17", 1)
    summary.set_session(demo_session)  # same rubric, another school
    assert summary.bars.bars == bars
    kindergarten = next(r for r in store.evaluations.list(status="draft")
                        if r["rubric_id"] != STANDARDIZED)
    other = EvaluationSession(store, kindergarten["id"])
    summary.set_session(other)
    assert list(summary.bars.bars) == [a.code for a in other.rubric.areas]
    summary.set_session(None)
    assert summary.bars.bars == {} and summary.ui.totalLabel.text() == ""
    session.set_value("C17", 0.5)  # disconnected: nothing happens
    assert summary.ui.totalLabel.text() == ""
