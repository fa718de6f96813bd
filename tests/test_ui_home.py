"""The home screen, the new-evaluation, history and settings dialogs, on real widgets (offscreen)
with the demo database."""

from __future__ import annotations

import functools
import re
import threading
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QByteArray,
    QCollator,
    QCoreApplication,
    QLocale,
    QSettings,
    Qt,
    QtMsgType,
    QTranslator,
)
from PySide6.QtCore import qInstallMessageHandler as install_message_handler
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from inspector.app import create_application
from inspector.rubrics import Catalog, Family
from inspector.store import Store
from inspector.store.demo import DEMO_NAMESPACE, build_demo
from inspector.store.evaluations import Evaluations
from inspector.ui.history_dialog import HistoryDialog, format_value, local_time
from inspector.ui.home.home_model import (
    COLUMN_COUNT,
    FIRST_SCREENFUL,
    GRADE,
    ID_ROLE,
    PENDING,
    PROGRESS,
    REVISION,
    ROW_ROLE,
    SCHOOL,
    STATUS,
    TOTAL,
    TOWN,
    HomeModel,
)
from inspector.ui.home.home_panel import HomePanel
from inspector.ui.new_evaluation_dialog import NewEvaluationDialog, split_names
from inspector.ui.settings import Settings
from inspector.ui.settings_dialog import SettingsDialog
from inspector.ui.tasks import wait_for_background

translate = QCoreApplication.translate
LIANGZHU_PRIMARY = str(uuid.uuid5(DEMO_NAMESPACE, "std-liangzhu-1"))  # finalized, 82.2/100 合格
ZHONGTAI_FIRST = str(uuid.uuid5(DEMO_NAMESPACE, "std-zhongtai"))  # finalized, then reopened
CANGQIAN_DRAFT = str(uuid.uuid5(DEMO_NAMESPACE, "std-cangqian"))  # a draft, 60 % answered
KINDERGARTEN = "3301100401"  # 杭州市余杭区良渚中心幼儿园
PRIMARY = "3301100101"  # 杭州市余杭区良渚第一小学


# --- fixtures and helpers --------------------------------------------------------------------
@pytest.fixture(scope="module")
def catalog():
    return Catalog.discover()


@pytest.fixture(autouse=True)
def app(qapp):
    """Set up as main() does; with $INSPECTOR_HOME (conftest) QSettings writes into the test's
    temporary folder, never into the real user settings."""
    return create_application()


def settle() -> None:
    """Let background tasks finish and deliver their results on this (the GUI) thread."""
    assert wait_for_background()
    QApplication.processEvents()


@pytest.fixture
def store(tmp_path, catalog):
    s = Store.open(tmp_path / "home")
    build_demo(s, catalog)
    yield s
    settle()
    s.close()


@pytest.fixture
def panel(qtbot, store, catalog):
    widget = HomePanel(store, catalog)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.model.pending)
    return widget


def type_text(widget, text: str) -> None:
    """Type text as a Chinese input method commits it (QTest.keyClicks aborts on non-ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def shown(panel: HomePanel, column: int) -> list[str]:
    """A column of the table, in the order shown."""
    model = panel.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def shown_ids(panel: HomePanel) -> list[str]:
    return [panel.model.index(row, 0).data(ID_ROLE) for row in range(panel.model.rowCount())]


def row_of(model: HomeModel, evaluation_id: str) -> dict:
    return model.row(model.row_of(evaluation_id))


def cell(model: HomeModel, evaluation_id: str, column: int) -> str:
    return model.index(model.row_of(evaluation_id), column).data()


def choose(combo, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


class Translations(QTranslator):
    """Chinese for a few source strings, standing in for the .qm the translators will make."""

    def __init__(self, texts: dict[tuple[str, str], str]):
        super().__init__()
        self.texts = texts

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.texts.get((context, source))

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def chinese(app):
    translator = Translations({
        ("HistoryDialog", "Score"): "评分", ("HistoryDialog", "Created"): "创建",
        ("HistoryDialog", "Status"): "状态", ("HistoryDialog", "Reopened"): "重新打开",
        ("HistoryDialog", "Superseded by"): "被新修订取代", ("HistoryDialog", "Finding"): "督导意见",
        ("HistoryDialog", "N/A"): "不适用", ("HistoryDialog", "Yes"): "是",
        ("HistoryDialog", "No"): "否", ("HomeModel", "Draft"): "草稿",
        ("HomeModel", "Finalized"): "已定稿", ("VisitKind", "Formal evaluation"): "正式评估",
        ("HomeModel", "%1 (projected)"): "%1（预估）",
    })
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


# --- the home list -----------------------------------------------------------------------------
def test_home_lists_every_evaluation_with_status_and_figures(panel, store):
    listed = store.evaluations.list()
    assert panel.model.rowCount() == len(listed) == 10
    assert set(shown_ids(panel)) == {r["id"] for r in listed}
    assert PENDING not in shown(panel, PROGRESS) + shown(panel, TOTAL) + shown(panel, GRADE)
    model = panel.model
    assert cell(model, LIANGZHU_PRIMARY, SCHOOL) == "杭州市余杭区良渚第一小学"
    assert cell(model, LIANGZHU_PRIMARY, TOWN) == "良渚街道"
    assert cell(model, LIANGZHU_PRIMARY, STATUS) == translate("HomeModel", "Finalized")
    assert cell(model, LIANGZHU_PRIMARY, TOTAL) == "82.2/100"
    assert cell(model, LIANGZHU_PRIMARY, GRADE) == "合格"
    assert cell(model, LIANGZHU_PRIMARY, PROGRESS) == "73/73"
    assert cell(model, ZHONGTAI_FIRST, STATUS) == translate("HomeModel", "Superseded")
    draft = row_of(model, CANGQIAN_DRAFT)
    assert cell(model, CANGQIAN_DRAFT, STATUS) == translate("HomeModel", "Draft")
    assert cell(model, CANGQIAN_DRAFT, PROGRESS) == f"{draft['answered']}/{draft['answerable']}"
    assert 0 < draft["answered"] < draft["answerable"]
    assert cell(model, CANGQIAN_DRAFT, GRADE) == translate("HomeModel", "%1 (projected)").replace(
        "%1", draft["grade"])
    # newest visit first, as remembered in the settings by default
    dates = shown(panel, 3)
    assert dates == sorted(dates, reverse=True)
    assert shown_ids(panel) == [r["id"] for r in listed]  # same day: by school, as listed
    assert "10" in panel.ui.countLabel.text()


def test_draft_grades_read_as_projected_in_chinese(store, chinese):
    model = HomeModel(store)
    model.refresh()
    settle()
    draft = row_of(model, CANGQIAN_DRAFT)
    assert cell(model, CANGQIAN_DRAFT, GRADE) == f"{draft['grade']}（预估）"
    assert cell(model, CANGQIAN_DRAFT, STATUS) == "草稿"
    assert cell(model, LIANGZHU_PRIMARY, STATUS) == "已定稿"


def test_stale_rows_are_filled_by_one_background_task(qtbot, store, monkeypatch):
    on_gui_thread = []
    compute = Evaluations.compute_summary

    def spy(self, evaluation_id):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return compute(self, evaluation_id)

    monkeypatch.setattr(Evaluations, "compute_summary", spy)
    stale = {r["id"] for r in store.evaluations.list() if r["stale"]}
    assert stale, "the demo has drafts whose figures are not cached yet"
    model = HomeModel(store)
    changed: set[str] = set()
    model.dataChanged.connect(
        lambda first, last: changed.update(model.index(r, 0).data(ID_ROLE)
                                           for r in range(first.row(), last.row() + 1)))
    with qtbot.waitSignal(model.summariesUpdated, timeout=10_000):
        model.refresh()
        # shown at once: stale rows wait for their figures, fresh ones have them
        assert model.rowCount() == 10
        for eid in stale:
            assert cell(model, eid, PROGRESS) == PENDING
        assert cell(model, LIANGZHU_PRIMARY, TOTAL) == "82.2/100"
    assert changed == stale
    assert on_gui_thread and not any(on_gui_thread)  # never scored on the GUI thread
    for eid in stale:
        assert PENDING not in (cell(model, eid, PROGRESS), cell(model, eid, TOTAL))
    # the figures were saved to the store's cache: the next load needs no scoring
    assert not any(r["stale"] for r in store.evaluations.list())
    on_gui_thread.clear()
    model.refresh()
    assert not model.pending and not on_gui_thread


def test_a_thousand_evaluations_show_at_once(qtbot, store, catalog):
    rubric = next(r for r in catalog.rubrics if r.applies_to("primary"))
    with store.transaction():
        for n in range(990):
            store.evaluations.create(PRIMARY, rubric, visit_date=f"2024-{n % 12 + 1:02d}-01")
    model = HomeModel(store)
    started = time.perf_counter()
    model.refresh()
    for row in range(model.rowCount()):
        for column in range(COLUMN_COUNT):
            model.index(row, column).data()
    assert time.perf_counter() - started < 2.0
    assert model.rowCount() == 1000 and model.pending
    qtbot.waitUntil(lambda: not model.pending, timeout=60_000)
    assert PENDING not in {model.index(r, PROGRESS).data() for r in range(model.rowCount())}


def _more_than_a_screenful(store, catalog) -> list[dict]:
    rubric = next(r for r in catalog.rubrics if r.applies_to("primary"))
    with store.transaction():
        for n in range(FIRST_SCREENFUL + 40):
            store.evaluations.create(PRIMARY, rubric, visit_date=f"2024-{n % 12 + 1:02d}-01")
    return store.evaluations.list()


def test_the_store_lists_the_first_rows_and_counts_them_all(store, catalog):
    listed = _more_than_a_screenful(store, catalog)
    evaluations = store.evaluations
    assert evaluations.count() == len(listed) == FIRST_SCREENFUL + 50
    assert evaluations.list(limit=7) == listed[:7]
    assert evaluations.count(status="finalized") == len(evaluations.list(status="finalized"))
    found = evaluations.list(search="良渚")
    assert evaluations.count(search="良渚") == len(found) == FIRST_SCREENFUL + 42
    assert evaluations.list(search="良渚", limit=3) == found[:3]
    assert evaluations.count(town="没有这个镇") == 0 and evaluations.list(town="没有这个镇") == []


def test_the_panel_reads_a_screenful_first_and_the_rest_once_painted(qtbot, store, catalog):
    """The start-up's first frame needs the rows a screen shows: the panel reads those and
    counts the others (the count and the scroll bar are right at once), then reads the others
    once the table has been painted."""
    listed = _more_than_a_screenful(store, catalog)
    widget = HomePanel(store, catalog)
    qtbot.addWidget(widget)
    model = widget.model
    assert not model.complete and model.pending
    assert model.rowCount() == len(listed)
    assert str(len(listed)) in widget.ui.countLabel.text()
    assert [model.index(r, 0).data(ID_ROLE) for r in range(FIRST_SCREENFUL)] == \
        [r["id"] for r in listed[:FIRST_SCREENFUL]]
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitUntil(lambda: model.complete, timeout=5_000)
    assert shown_ids(widget) == [r["id"] for r in listed]
    qtbot.waitUntil(lambda: not model.pending, timeout=60_000)  # the new drafts' figures
    assert PENDING not in shown(widget, PROGRESS)


def test_rows_beyond_the_first_screenful_are_read_when_needed(qtbot, store, catalog):
    listed = _more_than_a_screenful(store, catalog)
    widget = HomePanel(store, catalog)  # never shown
    qtbot.addWidget(widget)
    model = widget.model
    assert not model.complete
    beyond = model.index(FIRST_SCREENFUL + 5, SCHOOL)
    assert beyond.data() is None  # asked while painting (a very tall window): read next
    qtbot.waitUntil(lambda: model.complete, timeout=5_000)
    assert beyond.data() == listed[FIRST_SCREENFUL + 5]["school"]
    widget.model.refresh(first=FIRST_SCREENFUL)
    assert not model.complete
    assert widget.select(listed[-1]["id"])
    assert widget.model.complete and widget.selected_id() == listed[-1]["id"]
    settle()

    # sorted otherwise than the store lists them, every row is read at once
    widget.ui.evaluationTable.sortByColumn(SCHOOL, Qt.SortOrder.AscendingOrder)
    again = HomePanel(store, catalog)
    qtbot.addWidget(again)
    assert again.model.complete and again.model.rowCount() == len(listed)
    settle()


def test_the_store_changing_before_the_rest_is_read_resets_the_list(qtbot, store, catalog):
    listed = _more_than_a_screenful(store, catalog)
    widget = HomePanel(store, catalog)
    qtbot.addWidget(widget)
    rubric = next(r for r in catalog.rubrics if r.applies_to("primary"))
    new = store.evaluations.create(PRIMARY, rubric, visit_date="2030-01-01")  # listed first
    with qtbot.waitSignal(widget.model.modelReset):
        widget.model.load_rest()
    assert shown_ids(widget) == [new.id] + [r["id"] for r in listed]
    assert widget.model.complete
    settle()


def test_search_with_two_chinese_characters(qtbot, panel):
    type_text(panel.ui.searchEdit, "良渚")
    assert panel.ui.searchEdit.text() == "良渚"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert all("良渚" in school for school in shown(panel, SCHOOL))
    assert set(shown(panel, TOWN)) == {"良渚街道"}
    panel.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 10)


def test_search_finds_rubrics_too(qtbot, panel):
    type_text(panel.ui.searchEdit, "评定标准")
    panel.apply_filters()  # no need to wait for the pause in typing
    assert panel.model.rowCount() == 3  # the kindergarten rubrics' titles
    assert all("幼儿园" in school for school in shown(panel, SCHOOL))


def test_status_family_and_town_filters(qtbot, panel, store, catalog):
    ui = panel.ui
    choose(ui.statusCombo, "finalized")
    assert set(shown(panel, STATUS)) <= {translate("HomeModel", "Finalized"),
                                         translate("HomeModel", "Superseded")}
    assert panel.model.rowCount() == 4
    choose(ui.statusCombo, "")
    choose(ui.familyCombo, str(Family.KINDERGARTEN_GRADE))
    assert panel.model.rowCount() == 3
    assert all("幼儿园" in school for school in shown(panel, SCHOOL))
    choose(ui.townCombo, "良渚街道")
    assert shown(panel, SCHOOL) == ["杭州市余杭区良渚中心幼儿园"]
    towns = [ui.townCombo.itemText(i) for i in range(1, ui.townCombo.count())]
    assert towns == sorted({s.town for s in store.schools.list()})

    # the choices are remembered for the next time the home screen opens
    again = HomePanel(store, catalog)
    qtbot.addWidget(again)
    assert again.ui.familyCombo.currentData() == str(Family.KINDERGARTEN_GRADE)
    assert again.ui.townCombo.currentData() == "良渚街道"
    assert again.model.rowCount() == 1
    settle()


def test_open_asks_the_main_window(qtbot, panel):
    assert panel.select(LIANGZHU_PRIMARY)
    with qtbot.waitSignal(panel.openRequested) as blocker:
        qtbot.mouseClick(panel.ui.openButton, Qt.MouseButton.LeftButton)
    assert blocker.args == [LIANGZHU_PRIMARY]
    table = panel.ui.evaluationTable
    table.setFocus()
    with qtbot.waitSignal(panel.openRequested) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [LIANGZHU_PRIMARY]
    index = panel.model.index(panel.model.row_of(CANGQIAN_DRAFT), 0)
    position = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    with qtbot.waitSignal(panel.openRequested) as blocker:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert blocker.args == [CANGQIAN_DRAFT]


def test_sorting_by_total(panel):
    table = panel.ui.evaluationTable
    table.sortByColumn(TOTAL, Qt.SortOrder.DescendingOrder)
    percents = [float(panel.model.index(r, 0).data(ROW_ROLE)["percent"])
                for r in range(panel.model.rowCount())]
    assert percents == sorted(percents, reverse=True)
    assert Settings().home_sort_column == TOTAL


def test_sorting_by_school_keeps_the_selection(panel):
    table = panel.ui.evaluationTable
    assert panel.select(CANGQIAN_DRAFT)
    table.sortByColumn(SCHOOL, Qt.SortOrder.AscendingOrder)
    names = [panel.model.index(r, SCHOOL).data() for r in range(panel.model.rowCount())]
    collator = QCollator(QLocale())
    assert names == sorted(names, key=functools.cmp_to_key(collator.compare))
    assert panel.selected_id() == CANGQIAN_DRAFT  # the selection followed its row


# --- the new-evaluation dialog -----------------------------------------------------------------
def test_new_evaluation_offers_only_rubrics_for_the_school_type(qtbot, store, catalog):
    dialog = NewEvaluationDialog(store, catalog)
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert not dialog.ui.rubricCombo.isEnabled()

    type_text(dialog.ui.schoolSearch, "良渚")
    names = [dialog.ui.schoolList.item(i).text() for i in range(dialog.ui.schoolList.count())]
    assert len(names) == 3 and all("良渚" in n for n in names)

    assert dialog.select_school(KINDERGARTEN)
    offered = dialog.offered_rubrics()
    assert offered and all(r.applies_to("kindergarten") for r in offered)
    assert {r.id for r in offered} == {r.id for r in catalog.rubrics
                                       if r.applies_to("kindergarten")}
    assert dialog.ui.rubricCombo.count() == len(offered)
    if len(offered) > 1:  # several apply: nothing is chosen for the inspector
        assert dialog.rubric() is None and not ok.isEnabled()
    assert not any(r.applies_to("primary") and not r.applies_to("kindergarten")
                   for r in offered)

    assert dialog.select_school(PRIMARY)
    offered = dialog.offered_rubrics()
    assert offered and all(r.applies_to("primary") for r in offered)
    assert not any(r.meta.family == Family.KINDERGARTEN_GRADE for r in offered)
    dialog.ui.rubricCombo.setCurrentIndex(0)
    assert ok.isEnabled()


def test_new_evaluation_defaults(qtbot, store, catalog):
    dialog = NewEvaluationDialog(store, catalog)
    qtbot.addWidget(dialog)
    assert dialog.ui.visitDate.date().toString(Qt.DateFormat.ISODate) == time.strftime("%Y-%m-%d")
    assert dialog.ui.visitDate.calendarPopup()
    assert dialog.ui.kindCombo.currentData() == "regular"
    assert dialog.ui.kindCombo.count() == 7
    assert dialog.team() == ["王喆"]  # the current inspector of the demo
    dialog.ui.otherMembers.setText("李晓燕， 外聘专家、王喆")
    assert dialog.team() == ["王喆", "李晓燕", "外聘专家"]
    assert split_names("甲,乙；丙") == ["甲", "乙", "丙"]


def test_new_evaluation_is_created_and_appears_on_the_home_list(qtbot, panel, store):
    choose(panel.ui.statusCombo, "finalized")  # hides drafts: the new one must still show
    dialog = panel.new_evaluation()
    qtbot.waitExposed(dialog)
    assert dialog.select_school(KINDERGARTEN)
    dialog.ui.rubricCombo.setCurrentIndex(0)
    choose(dialog.ui.kindCombo, "random")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(panel.evaluationCreated) as blocker:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    new_id = blocker.args[0]
    assert dialog.created_id == new_id
    evaluation = store.evaluations.get(new_id)
    assert evaluation.school_code == KINDERGARTEN
    assert evaluation.kind == "random"
    assert evaluation.team == ["王喆"]
    assert panel.model.row_of(new_id) >= 0
    assert panel.selected_id() == new_id
    assert panel.model.rowCount() == 11
    qtbot.waitUntil(lambda: cell(panel.model, new_id, PROGRESS) != PENDING)


def test_store_errors_show_in_the_dialog_which_stays_open(qtbot, store, catalog, monkeypatch):
    from inspector.store import StoreError

    def refuse(*args, **kwargs):
        raise StoreError("学校信息不完整")

    monkeypatch.setattr(store.evaluations, "create", refuse)
    dialog = NewEvaluationDialog(store, catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_school(PRIMARY)
    dialog.ui.rubricCombo.setCurrentIndex(0)
    dialog.accept()
    assert dialog.isVisible() and dialog.created_id is None
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.ui.errorLabel.text() == "学校信息不完整"


# --- reopening -------------------------------------------------------------------------------
def test_reopen_only_for_finalized_evaluations_without_a_newer_revision(qtbot, panel, store,
                                                                         monkeypatch):
    reopen = panel.ui.reopenButton
    panel.select(CANGQIAN_DRAFT)
    assert not reopen.isEnabled()
    panel.select(ZHONGTAI_FIRST)  # superseded already
    assert not reopen.isEnabled()
    panel.select(LIANGZHU_PRIMARY)
    assert reopen.isEnabled()

    asked = []

    def get_text(parent, title, label, *args, **kwargs):
        asked.append(label)
        return "学校提交整改材料后复核", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    with qtbot.waitSignal(panel.evaluationCreated) as blocker:
        qtbot.mouseClick(reopen, Qt.MouseButton.LeftButton)
    new_id = blocker.args[0]
    assert asked
    new = store.evaluations.get(new_id)
    assert new.revision == 2 and new.status == "draft" and new.supersedes == LIANGZHU_PRIMARY
    assert store.evaluations.get(LIANGZHU_PRIMARY).superseded_by == new_id
    assert cell(panel.model, new_id, REVISION) == "2"
    assert cell(panel.model, LIANGZHU_PRIMARY, STATUS) == translate("HomeModel", "Superseded")
    assert panel.selected_id() == new_id
    assert not reopen.isEnabled()
    reasons = [e["reason"] for e in store.evaluations.history(new_id) if e["field"] == "reopened"]
    assert reasons == ["学校提交整改材料后复核"]


def test_reopen_cancelled_changes_nothing(panel, store, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    panel.select(LIANGZHU_PRIMARY)
    assert panel.reopen_selected() is None
    assert store.evaluations.get(LIANGZHU_PRIMARY).superseded_by is None


# --- history -----------------------------------------------------------------------------------
def test_history_shows_the_events_with_chinese_labels(qtbot, panel, store, chinese):
    panel.select(ZHONGTAI_FIRST)
    dialog = panel.show_history()
    qtbot.waitExposed(dialog)
    events = store.evaluations.history(ZHONGTAI_FIRST)
    assert dialog.proxy.rowCount() == len(events) > 10
    rows = [dialog.row_texts(r) for r in range(dialog.proxy.rowCount())]
    created = rows[0]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", created[0])
    assert created[0] == local_time(events[0]["at"])
    assert created[1] == "王喆"  # yh-dx-001, by name
    assert created[3] == "创建"
    assert "杭州市余杭区中泰中学" in created[4] and "正式评估" in created[4]
    assert "王喆、陈立群" in created[4]
    whats = {r[3] for r in rows}
    assert {"评分", "督导意见", "状态", "被新修订取代"} <= whats
    assert ["状态", "草稿 → 已定稿"] in [r[3:5] for r in rows]
    superseded = next(r for r in rows if r[3] == "被新修订取代")
    assert superseded[5] == "学校提交整改材料后复核"
    assert "不适用" in " ".join(r[4] for r in rows) or not any(
        e["new"] == "NA" for e in events)

    # filter by item code
    code = next(e["code"] for e in events if e["field"] == "answer")
    type_text(dialog.filter_edit, code)
    assert dialog.proxy.rowCount() >= 1
    assert all(code in dialog.row_texts(r)[2] for r in range(dialog.proxy.rowCount()))
    dialog.filter_edit.clear()
    assert dialog.proxy.rowCount() == len(events)
    dialog.close()
    qtbot.waitUntil(lambda: panel.history_dialog is None)


def test_history_of_a_reopened_revision_keeps_the_reasons(qtbot, store, chinese):
    new_id = store.evaluations.get(ZHONGTAI_FIRST).superseded_by
    dialog = HistoryDialog(store, new_id)
    qtbot.addWidget(dialog)
    rows = [dialog.row_texts(r) for r in range(dialog.proxy.rowCount())]
    assert rows[0][3] == "重新打开" and rows[0][5] == "学校提交整改材料后复核"
    assert "2" in rows[0][4]
    changed = rows[1]
    assert changed[3] == "评分" and changed[5] == "复核时根据整改材料调整" and "→" in changed[4]


def test_history_values_read_naturally(chinese):
    assert format_value(None) == "—"
    assert format_value("NA") == "不适用"
    assert format_value(True) == "是" and format_value(False) == "否"
    assert format_value(["d1", "d3"]) == "d1、d3"
    assert format_value(2.50) == "2.5" and format_value(4) == "4"
    assert format_value("良") == "良"


# --- settings ----------------------------------------------------------------------------------
def test_settings_round_trip_through_qsettings(inspector_home):
    assert Path(QSettings().fileName()).is_relative_to(inspector_home)  # never the real ones
    settings = Settings()
    assert settings.inspector_name == "" and settings.language == "zh_CN"
    assert settings.window_geometry.isEmpty()
    assert settings.attachments_folder  # a sensible default folder
    settings.inspector_name = "王喆"
    settings.inspector_id = "yh-dx-001"
    settings.language = "en"
    settings.export_folder = "/data/导出"
    settings.window_geometry = QByteArray(b"\x01\x02geometry")
    settings.home_sort_column = 7
    again = Settings()
    assert again.inspector_name == "王喆" and again.inspector_id == "yh-dx-001"
    assert again.language == "en" and QSettings().value("ui/language") == "en"
    assert again.export_folder == "/data/导出"
    assert again.window_geometry == QByteArray(b"\x01\x02geometry")
    assert again.home_sort_column == 7
    again.export_folder = None  # forget: the default again
    assert Settings().export_folder == Settings.export_folder.default
    QSettings().setValue("ui/language", "klingon")
    assert Settings().language == "zh_CN"  # an unknown value falls back to the default
    assert {"inspector_name", "inspector_id", "language", "attachments_folder", "export_folder",
            "window_geometry", "window_state"} <= set(Settings.declared())


def test_settings_dialog_saves_the_inspector_in_settings_and_store(qtbot, store):
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.id_edit.text() == "yh-dx-001" and dialog.name_edit.text() == "王喆"
    dialog.name_edit.clear()
    type_text(dialog.name_edit, "张伟")
    dialog.id_edit.setText("yh-dx-009")
    assert not dialog.restart_label.isVisible()
    dialog.show()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.restart_label.isVisible()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    settings = Settings()
    assert (settings.inspector_name, settings.inspector_id) == ("张伟", "yh-dx-009")
    assert settings.language == "en"
    assert store.setting("current_inspector") == "yh-dx-009"
    assert store.inspectors.get("yh-dx-009").name == "张伟"
    assert store.actor == "yh-dx-009"


def test_settings_dialog_needs_both_name_and_id(qtbot, store):
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.id_edit.clear()
    dialog.accept()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert Settings().inspector_id == ""


# --- the model without a view --------------------------------------------------------------
def test_home_model_without_a_view(store):
    model = HomeModel(store)
    assert model.rowCount() == 0
    model.refresh()
    settle()
    assert model.rowCount() == 10 and model.columnCount() == COLUMN_COUNT
    ids = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
    assert ids == [r["id"] for r in store.evaluations.list()]
    row = model.row_of(LIANGZHU_PRIMARY)
    assert model.index(row, SCHOOL).data() == "杭州市余杭区良渚第一小学"
    assert model.index(row, TOTAL).data(ROW_ROLE)["grade"] == "合格"
    assert model.index(row, TOTAL).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.titles()[SCHOOL] == translate("HomeModel", "School")
    assert model.index(99, 0).data() is None
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children

    problems = []

    def handler(kind, context, message):
        if kind != QtMsgType.QtDebugMsg:
            problems.append(message)

    previous = install_message_handler(handler)
    try:
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning)
        model.set_filters(search="良渚")
        model.set_filters()
        settle()
        del tester
    finally:
        install_message_handler(previous)
    assert not problems
