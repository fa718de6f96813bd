"""The item panel, its answer inputs and the evidence panel, on real widgets (offscreen).

Every test drives the widgets as an inspector would (keys, clicks, an input method for Chinese)
on a fresh store and checks both the session and what reached the database.
"""

from __future__ import annotations

import warnings
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QSplitter, QVBoxLayout, QWidget

from inspector.rubrics import load_rubric
from inspector.scoring import NA
from inspector.store import School, Store
from inspector.ui.evaluation.answer_inputs import (
    BandsInput,
    ChoiceInput,
    DeductionInput,
    PointsInput,
    TextInput,
    input_for,
)
from inspector.ui.evaluation.evidence_panel import EvidencePanel
from inspector.ui.evaluation.item_panel import ItemPanel
from inspector.ui.evaluation.session import EvaluationSession
from tests.factories import SAMPLE_RUBRIC, full_answers

SCHOOL = "330110001"


# --- fixtures and helpers ----------------------------------------------------------------------
@pytest.fixture
def store(tmp_path):
    store = Store.open(tmp_path / "home")
    store.schools.add(School(SCHOOL, "余杭区测试小学", "primary"))
    yield store
    store.close()


@pytest.fixture
def session(store, qapp):
    ev = store.evaluations.create(SCHOOL, load_rubric(SAMPLE_RUBRIC))
    return EvaluationSession(store, ev.id)


class Panels(QWidget):
    """The item panel above the evidence panel, as the evaluation page lays them out."""

    def __init__(self, session):
        super().__init__()
        self.item = ItemPanel()
        self.evidence = EvidencePanel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.item)
        splitter.addWidget(self.evidence)
        QVBoxLayout(self).addWidget(splitter)
        self.item.set_session(session)
        self.evidence.set_session(session)


@pytest.fixture
def panels(session, qtbot):
    widget = Panels(session)
    qtbot.addWidget(widget)
    widget.resize(700, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def stored(session, code):
    """The answer as the database holds it (read back through a fresh open)."""
    record = session.store.evaluations.open(session.id).answers.get(code)
    return None if record is None else record.value


def focused():
    return QApplication.focusWidget()


def press(key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key pressed by the inspector: it goes to whatever has the focus."""
    from pytestqt.qtbot import QtBot

    QtBot.keyClick(focused(), key, modifier)


def type_text(widget, text):
    """Chinese arrives as an input method commit, as a pinyin IME sends it."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def go(session, panels, code):
    session.set_current(code)
    panels.item.focus_input()
    assert panels.item.input is not None and panels.item.code == code


def click_check(qtbot, check: QCheckBox):
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def drag_enter(widget, *files) -> bool:
    """Files dragged over the widget from a file manager: does it accept them?"""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    with warnings.catch_warnings():  # PySide6 6.12 only has the deprecated QPoint overload
        warnings.simplefilter("ignore", DeprecationWarning)
        event = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def png(path, color="#7aa7c7"):
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))
    return path


# --- the inputs on their own --------------------------------------------------------------------
def test_each_mode_gets_its_input(session):
    kinds = {"P1": ChoiceInput, "V1": ChoiceInput, "C1": BandsInput, "C2": DeductionInput,
             "C3": PointsInput, "C4": ChoiceInput, "C5": ChoiceInput, "C6": PointsInput,
             "C7": TextInput, "J1": ChoiceInput, "J2": PointsInput}
    for code, kind in kinds.items():
        widget = input_for(session, code)
        assert isinstance(widget, kind), code
        assert widget.value() is None
        widget.deleteLater()
    levels = input_for(session, "C5")
    assert [b.text() for b in levels.buttons] == ["优", "良", "合格", "不合格"]
    assert "8" in levels.buttons[1].toolTip()  # 良: 10 × 0.8 = 8 points
    veto = input_for(session, "V1")
    assert [o[1] for o in veto.options] == [False, True]  # "did not occur" first, on key 1


def test_set_value_shows_without_emitting(session, qtbot):
    for code, raw in (("C3", 3.5), ("C2", ["art", "room", "room"]), ("C5", "良"),
                      ("C4", False), ("C7", "很好"), ("C1", 85)):
        widget = input_for(session, code)
        qtbot.addWidget(widget)
        with qtbot.assertNotEmitted(widget.edited):
            widget.set_value(raw)
        assert widget.value() == raw
        with qtbot.assertNotEmitted(widget.edited):
            widget.set_value(None)
        assert widget.value() is None


def test_points_box_has_the_rubric_range_and_step(session):
    c3, c6 = input_for(session, "C3"), input_for(session, "C6")
    assert (c3.box.maximum(), c3.box.singleStep(), c3.box.decimals()) == (5.0, 0.5, 1)
    assert (c6.box.maximum(), c6.box.singleStep(), c6.box.decimals()) == (10.0, 1.0, 0)
    assert c3.box.text() == "—"  # unanswered is not 0
    c3.set_value(0)
    assert c3.box.text() == "0" and c3.value() == 0


def test_bands_shows_the_band_and_points_live(session, qtbot):
    bands = input_for(session, "C1")
    qtbot.addWidget(bands)
    bands.show()
    bands.box.setFocus()
    bands.box.selectAll()
    qtbot.keyClicks(bands.box, "85")
    assert "3.2" in bands.band_label.text() and "80" in bands.band_label.text()
    qtbot.keyClicks(bands.box, "\b\b55")
    assert "≥0%" in bands.band_label.text() and ": 0 " in bands.band_label.text()


# --- scoring by keyboard -------------------------------------------------------------------------
def test_type_a_score_enter_and_the_next_item_is_ready(session, panels, qtbot):
    go(session, panels, "C3")
    box = panels.item.input.box
    assert focused() is box.lineEdit() or focused() is box
    qtbot.keyClicks(focused(), "3.5")
    with qtbot.waitSignal(session.currentChanged):
        press(Qt.Key.Key_Return)
    assert session.value("C3") == Decimal("3.5")
    assert stored(session, "C3") == Decimal("3.5")
    assert session.current == "C4" and panels.item.code == "C4"
    assert panels.item.input.isAncestorOf(focused())  # the next input has the focus


def test_every_mode_scored_from_the_keyboard(session, panels, qtbot):
    """P1 … J2 in one go, each committed with Enter, as an inspector walks the rubric."""
    go(session, panels, "P1")
    steps = [("P1", "1", True), ("V1", "1", False), ("C1", "85", Decimal(85))]
    for code, keys, expected in steps:
        assert session.current == code
        qtbot.keyClicks(focused(), keys)
        press(Qt.Key.Key_Return)
        assert session.value(code) == expected, code
        assert stored(session, code) == expected, code
    # C2, deductions: key 1 ticks the first shortfall, key 4 the repeatable one
    assert session.current == "C2"
    qtbot.keyClicks(focused(), "1")
    qtbot.keyClicks(focused(), "4")
    assert session.value("C2") == ("science", "room")
    count = panels.item.input.counts["room"]
    count.setFocus()
    count.selectAll()
    qtbot.keyClicks(count, "2")
    press(Qt.Key.Key_Return)  # the count commits and Enter moves on
    assert stored(session, "C2") == ("science", "room", "room")
    assert session.result.nodes["C2"].score == Decimal(2)  # 6 − 2 − 1 − 1
    for code, keys, expected in (("C3", "4", Decimal(4)), ("C4", "2", False),
                                 ("C5", "2", "良"), ("C6", "7", Decimal(7))):
        assert session.current == code
        qtbot.keyClicks(focused(), keys)
        press(Qt.Key.Key_Return)
        assert stored(session, code) == expected, code
    # C7, descriptive: Enter is a new line; Ctrl+Enter saves and moves on
    assert session.current == "C7"
    type_text(focused(), "特色鲜明")
    press(Qt.Key.Key_Return)
    type_text(focused(), "成效显著")
    assert session.value("C7") is None  # not saved on every keystroke
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stored(session, "C7") == "特色鲜明\n成效显著"
    assert session.current == "J1"
    qtbot.keyClicks(focused(), "1")
    press(Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "1.5")
    press(Qt.Key.Key_Return)  # the last item: saved, and it stays
    assert (stored(session, "J1"), stored(session, "J2")) == (True, Decimal("1.5"))
    assert session.current == "J2"
    assert session.result.unanswered == []


def test_enter_on_an_unanswered_item_skips_it(session, panels):
    go(session, panels, "C3")
    press(Qt.Key.Key_Return)
    assert session.current == "C4" and session.value("C3") is None
    assert stored(session, "C3") is None


def test_out_of_range_cannot_be_committed(session, panels, qtbot):
    go(session, panels, "C3")  # 0 … 5 points
    box = panels.item.input.box
    qtbot.keyClicks(focused(), "9")
    assert box.text() in ("—", "")  # the spin box refuses the keystroke
    press(Qt.Key.Key_Return)
    assert session.value("C3") is None and stored(session, "C3") is None


def test_a_refused_edit_shows_inline_and_stays(session, panels, qtbot):
    go(session, panels, "C3")
    label = panels.item.ui.refusedLabel
    qtbot.keyClicks(focused(), "3.3")  # in range, but not on the 0.5 step
    with qtbot.waitSignal(session.refused):
        press(Qt.Key.Key_Return)
    assert label.isVisible() and "C3" in label.text() and "0.5" in label.text()
    assert session.current == "C3" and stored(session, "C3") is None
    panels.item.input.box.selectAll()
    qtbot.keyClicks(panels.item.input.box, "3")
    press(Qt.Key.Key_Return)
    assert stored(session, "C3") == Decimal(3) and session.current == "C4"
    assert not label.isVisible()


# --- scoring with the mouse ---------------------------------------------------------------------
def test_levels_and_pass_fail_by_mouse(session, panels, qtbot):
    go(session, panels, "C5")
    buttons = panels.item.input.buttons
    qtbot.mouseClick(buttons[2], Qt.MouseButton.LeftButton)
    assert session.value("C5") == "合格" and stored(session, "C5") == "合格"
    assert buttons[2].isChecked() and not buttons[0].isChecked()
    assert panels.item.ui.scoreLabel.text() == "6 / 10"
    assert "合格" in panels.item.ui.explanationLabel.text()
    assert session.current == "C5"  # a click does not move on; Enter does
    go(session, panels, "C4")
    met, not_met = panels.item.input.buttons
    assert (met.text(), not_met.text()) == ("Met", "Not met")
    qtbot.mouseClick(not_met, Qt.MouseButton.LeftButton)
    assert stored(session, "C4") is False
    qtbot.mouseClick(met, Qt.MouseButton.LeftButton)
    assert stored(session, "C4") is True and panels.item.ui.scoreLabel.text() == "5 / 5"


def test_deduction_checklist_by_mouse(session, panels, qtbot):
    go(session, panels, "C2")
    deductions = panels.item.input
    none_button = deductions.none_button
    assert not none_button.isChecked()  # unanswered is not "no shortfall"
    click_check(qtbot, deductions.checks[2])  # 缺美术教室 −3
    assert stored(session, "C2") == ("art",)
    click_check(qtbot, deductions.checks[3])  # each missing room −1
    count = deductions.counts["room"]
    assert count.isEnabled()
    qtbot.mouseClick(count, Qt.MouseButton.LeftButton)
    count.selectAll()
    qtbot.keyClicks(count, "3")
    qtbot.keyClick(count, Qt.Key.Key_Tab)  # leaving the count commits it (Enter would move on)
    assert stored(session, "C2") == ("art", "room", "room", "room")
    assert session.current == "C2"
    assert panels.item.ui.scoreLabel.text() == "0 / 6"  # 6 − 3 − 3, 扣完为止
    qtbot.mouseClick(none_button, Qt.MouseButton.LeftButton)
    assert stored(session, "C2") == () and none_button.isChecked()
    assert not any(c.isChecked() for c in deductions.checks)
    assert panels.item.ui.scoreLabel.text() == "6 / 6"
    qtbot.mouseClick(none_button, Qt.MouseButton.LeftButton)  # again: back to unanswered
    assert session.value("C2") is None and stored(session, "C2") is None


# --- not applicable, self-evaluation, note ------------------------------------------------------
def test_not_applicable_only_where_allowed(session, panels, qtbot):
    na = panels.item.ui.naCheck
    go(session, panels, "C4")
    assert na.isHidden()
    panels.item.toggle_not_applicable()
    assert session.value("C4") is None
    go(session, panels, "C3")
    assert not na.isHidden()
    qtbot.mouseClick(na, Qt.MouseButton.LeftButton, pos=QPoint(8, na.height() // 2))
    assert session.value("C3") is NA and stored(session, "C3") is NA
    assert not panels.item.input.box.isEnabled()
    assert panels.item.ui.scoreLabel.text() == "5 / 5"  # full_marks policy
    panels.item.toggle_not_applicable()  # the window's shortcut
    assert session.value("C3") is None and stored(session, "C3") is None
    assert panels.item.input.box.isEnabled()


def test_self_evaluation_is_stored_apart(session, panels, qtbot):
    go(session, panels, "C5")
    own = panels.item.self_input
    qtbot.mouseClick(own.buttons[0], Qt.MouseButton.LeftButton)
    record = session.store.evaluations.open(session.id).answers["C5"]
    assert record.self_value == "优" and record.value is None
    assert panels.item.input.value() is None
    go(session, panels, "C3")
    box = panels.item.self_input.box
    box.setFocus()
    qtbot.keyClicks(box, "4")
    press(Qt.Key.Key_Return)
    assert session.record("C3").self_value == Decimal(4) and session.value("C3") is None
    assert session.current == "C3"  # Enter in the self-evaluation saves, and stays


def test_a_chinese_note_is_saved(session, panels, qtbot):
    go(session, panels, "C7")
    panels.item.focus_note()
    note = panels.item.ui.noteEdit
    assert focused() is note
    type_text(note, "查阅了办学特色材料")
    with qtbot.waitSignal(session.answerChanged):
        press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert session.store.evaluations.open(session.id).answers["C7"].note == "查阅了办学特色材料"
    panels.item.note_timer.setInterval(20)  # the idle save, without a long wait
    type_text(note, "，与校长座谈")
    with qtbot.waitSignal(session.answerChanged, timeout=2000):
        pass
    assert session.record("C7").note == "查阅了办学特色材料，与校长座谈"


def test_a_note_follows_the_item_it_was_typed_for(session, panels):
    go(session, panels, "C6")
    panels.item.focus_note()
    type_text(panels.item.ui.noteEdit, "课堂观察两节")
    session.step(1)  # e.g. Ctrl+Down before the idle save
    assert session.record("C6").note == "课堂观察两节"
    assert panels.item.code == "C7" and panels.item.ui.noteEdit.toPlainText() == ""


def test_the_panel_follows_undo_and_keeps_typing_elsewhere(session, panels, qtbot):
    go(session, panels, "C3")
    qtbot.keyClicks(focused(), "4")
    press(Qt.Key.Key_Return)
    go(session, panels, "C3")
    assert panels.item.input.value() == 4
    panels.item.focus_note()
    type_text(panels.item.ui.noteEdit, "宿舍未启用")  # typed, not yet saved
    session.undo_stack.undo()  # undoes C3 = 4
    assert session.value("C3") is None
    assert panels.item.input.value() is None and panels.item.input.box.text() == "—"
    assert panels.item.ui.noteEdit.toPlainText() == "宿舍未启用"
    assert panels.item.ui.scoreLabel.text() == "— / 5"


def test_missing_evidence_is_flagged(session, panels, qtbot, tmp_path):
    go(session, panels, "C1")
    label = panels.item.ui.evidenceLabel
    assert "⚠" not in label.text()  # nothing is missing before an answer
    qtbot.keyClicks(focused(), "90")
    press(Qt.Key.Key_Return)
    go(session, panels, "C1")
    assert "⚠" in label.text()
    panels.evidence.add_files([png(tmp_path / "操场.png")])
    assert "⚠" not in label.text()


# --- findings and attachments --------------------------------------------------------------------
def test_a_rectification_with_a_deadline_is_added_and_removed(session, panels, qtbot):
    go(session, panels, "C2")
    evidence = panels.evidence
    deadline = evidence.deadline_edit
    assert deadline.isHidden()
    evidence.kind_combo.setCurrentIndex(evidence.kind_combo.findData("rectification"))
    assert not deadline.isHidden()
    assert deadline.date() == QDate.currentDate().addDays(30)
    deadline.setDate(QDate(2026, 3, 31))
    evidence.text_edit.setFocus()
    type_text(evidence.text_edit, "恢复科学实验室功能")
    with qtbot.waitSignal(session.findingsChanged):
        qtbot.mouseClick(evidence.add_button, Qt.MouseButton.LeftButton)
    [finding] = session.store.evaluations.open(session.id).findings
    assert (finding.kind, finding.text, finding.code, finding.deadline) == (
        "rectification", "恢复科学实验室功能", "C2", "2026-03-31")
    assert evidence.findings_tree.topLevelItemCount() == 1
    assert evidence.text_edit.text() == ""
    # a strength for the whole evaluation, by Enter: listed under "whole evaluation" only
    evidence.kind_combo.setCurrentIndex(evidence.kind_combo.findData("strength"))
    evidence.scope_combo.setCurrentIndex(evidence.scope_combo.findData(None))
    type_text(evidence.text_edit, "校园整洁")
    qtbot.keyClick(evidence.text_edit, Qt.Key.Key_Return)
    general = [f for f in session.findings if f.code is None]
    assert [(f.kind, f.deadline) for f in general] == [("strength", None)]
    assert evidence.findings_tree.topLevelItemCount() == 1
    qtbot.mouseClick(evidence.all_scope_button, Qt.MouseButton.LeftButton)
    assert evidence.findings_tree.topLevelItemCount() == 2
    # removing asks first
    questions = []
    evidence.confirm = lambda question: questions.append(question) or False
    evidence.findings_tree.setCurrentItem(evidence.findings_tree.topLevelItem(0))
    qtbot.mouseClick(evidence.remove_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 1 and len(session.findings) == 2
    evidence.confirm = lambda question: True
    qtbot.mouseClick(evidence.remove_button, Qt.MouseButton.LeftButton)
    assert len(session.store.evaluations.open(session.id).findings) == 1


def test_attachments_added_dropped_shown_and_opened(session, panels, qtbot, tmp_path):
    go(session, panels, "C1")
    evidence = panels.evidence
    view = evidence.attachment_list
    photo = png(tmp_path / "生均用地.png")
    with qtbot.waitSignal(session.attachmentsChanged):
        assert evidence.add_files([photo]) == 1
    assert view.count() == 1 and view.item(0).text() == "生均用地.png"
    icon = view.item(0).icon()
    assert not icon.isNull() and icon.availableSizes()  # a real thumbnail, not a file icon
    # drop a photo and a document from the file manager
    dropped = png(tmp_path / "操场.png", "#9fbf8f")
    document = tmp_path / "台账.pdf"
    document.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert drag_enter(evidence, dropped, document)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped)), QUrl.fromLocalFile(str(document))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(evidence, drop)
    assert drop.isAccepted()
    files = [(a.code, a.filename) for a in session.store.evaluations.open(session.id).attachments]
    assert files == [("C1", "生均用地.png"), ("C1", "操场.png"), ("C1", "台账.pdf")]
    assert view.count() == 3
    again = evidence.thumbnails.icon(session.attachments_for("C1")[0],
                                     evidence.devicePixelRatioF())
    assert again.cacheKey() == icon.cacheKey()  # decoded once, cached by sha256
    # attaching the same file twice is refused, inline
    evidence.add_files([photo])
    assert evidence.refused_label.isVisible() and "already attached" in \
        evidence.refused_label.text()
    # a double-click opens the file
    opened = []
    evidence.open_url = opened.append
    rect = view.visualItemRect(view.item(0))
    # a real double-click is a click then a double-click event (QTest's alone is not enough)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [QUrl.fromLocalFile(str(session.attachments_for("C1")[0].path))]
    # other items have their own attachments
    go(session, panels, "C2")
    assert view.count() == 0


# --- read-only ---------------------------------------------------------------------------------
def test_a_finalized_evaluation_is_read_only(session, panels, qtbot, tmp_path):
    for code, raw in full_answers(session.rubric).items():
        session.set_value(code, raw)
    session.set_note("C7", "已核实")
    session.attach("C1", png(tmp_path / "照片.png"))
    go(session, panels, "C3")
    assert panels.item.input.box.isEnabled()
    with qtbot.waitSignal(session.statusChanged):
        assert session.finalize() is not None
    item, evidence = panels.item, panels.evidence
    assert not item.input.box.isEnabled() and not item.self_input.box.isEnabled()
    assert not item.ui.naCheck.isEnabled() and item.ui.noteEdit.isReadOnly()
    for code in ("C2", "C5", "C7"):
        go(session, panels, code)
        assert item.input.is_read_only() and item.self_input.is_read_only()
        if code == "C7":  # text stays selectable and copyable
            assert item.input.edit.isReadOnly() and item.self_input.edit.isReadOnly()
        else:
            assert not any(w.isEnabled() for w in item.input.findChildren(QWidget))
    assert not evidence.add_files_button.isEnabled() and not evidence.text_edit.isEnabled()
    assert not evidence.remove_button.isEnabled()
    assert evidence.add_files([png(tmp_path / "晚到.png")]) == 0
    assert not drag_enter(evidence, tmp_path / "晚到.png")


def test_no_session(session, panels, qtbot):
    go(session, panels, "C3")
    qtbot.keyClicks(focused(), "4")  # no Enter, and the focus stays in the spin box
    type_text(panels.item.ui.noteEdit, "未见宿舍")
    assert session.value("C3") is None and panels.item.input.box.hasFocus()
    panels.item.set_session(None)  # closing the evaluation: nothing typed is lost
    record = session.store.evaluations.open(session.id).answers["C3"]
    assert (record.value, record.note) == (Decimal(4), "未见宿舍")
    panels.evidence.set_session(None)
    assert panels.item.ui.emptyLabel.isVisible() and not panels.item.ui.scrollArea.isVisible()
    panels.item.focus_input()
    panels.item.focus_note()
    panels.item.toggle_not_applicable()  # nothing to do, nothing breaks
    assert panels.evidence.findings_tree.topLevelItemCount() == 0
    assert not panels.evidence.add_files_button.isEnabled()
    panels.item.set_session(session)
    assert panels.item.code == session.current


def test_deadline_default_is_thirty_days_ahead(panels):
    expected = date.today() + timedelta(days=30)
    assert panels.evidence.deadline_edit.date().toPython() == expected


def test_leaving_an_input_commits_what_it_holds(session, panels, qtbot):
    go(session, panels, "C3")
    qtbot.keyClicks(focused(), "2.5")
    panels.item.focus_note()  # clicking elsewhere: the typed score is kept
    assert stored(session, "C3") == Decimal("2.5")
    go(session, panels, "C6")
    qtbot.keyClicks(focused(), "8")
    session.step(1)  # the window's "next item" before Enter: saved to C6, not to C7
    assert stored(session, "C6") == Decimal(8) and session.value("C7") is None
    assert panels.item.code == "C7"
    assert panels.item.input.isAncestorOf(focused())  # the focus moved on with the item
    type_text(focused(), "有特色")
    panels.item.focus_note()
    assert stored(session, "C7") == "有特色"
