"""A whole visit through the real application window, offscreen, on a fresh data folder.

Create an evaluation for a demo school from the home page, score items of every scoring mode
by keyboard and mouse, type a Chinese note through the input method, attach a photo, watch the
summary follow, undo, try to finalize (blocked), complete it, finalize, find the UI read-only,
and reopen it as a new revision.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton

from inspector.app import create_application
from inspector.rubrics import Catalog
from inspector.store import Store
from inspector.store.demo import build_demo
from inspector.ui.app_window import AppWindow
from inspector.ui.evaluation.finalize_dialog import FinalizeDialog
from tests.factories import SAMPLE_RUBRIC

SCHOOL = "3301100102"  # 杭州市余杭区仓前中心小学 (a primary school of the demo)


@pytest.fixture
def window(qtbot, inspector_home, monkeypatch):
    monkeypatch.setenv("INSPECTOR_RUBRICS", str(SAMPLE_RUBRIC.parent))
    monkeypatch.setenv("INSPECTOR_LANG", "en")  # button texts below are the English sources
    create_application()
    store = Store.open(inspector_home)
    build_demo(store)
    win = AppWindow(store, Catalog.discover())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    store.close()


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def type_digits(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def type_chinese(widget, text):
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def button(parent, text) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text().replace("&", "") == text)


def test_a_whole_visit(window, qtbot, tmp_path, monkeypatch):
    # --- create the evaluation from the home page -------------------------------------------
    dialog = window.home.new_evaluation()
    assert dialog.select_school(SCHOOL)
    titles = [r.title for r in dialog.offered_rubrics()]
    assert "测试用评估标准" in titles and not any("幼儿园" in t for t in titles)
    dialog.ui.rubricCombo.setCurrentIndex(titles.index("测试用评估标准"))
    with qtbot.waitSignal(window.home.evaluationCreated, timeout=5000):
        dialog.accept()
    page = window.evaluation
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page)
    session = page.session
    assert session.school.code == SCHOOL and session.evaluation.visit_date == \
        date.today().isoformat()
    item = page.item

    def go(code):
        session.set_current(code)
        item.focus_input()
        qtbot.waitUntil(lambda: item.code == code)

    # --- every scoring mode, by keyboard and mouse ------------------------------------------
    go("P1")  # prerequisite: the first choice button (Met), by key
    key(qtbot, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: session.value("P1") is True)
    go("C6")  # points, step 1: type the score, Enter saves and moves on
    type_digits(qtbot, "8")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.value("C6") == 8)
    assert session.current != "C6"  # moved to the next item
    go("C5")  # coefficient levels: click 良
    qtbot.mouseClick(button(item, "良"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.value("C5") == "良")
    go("C2")  # deduction checklist: tick one shortfall
    check = next(c for c in item.findChildren(QCheckBox) if c.objectName() == "deduction_music")
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    qtbot.waitUntil(lambda: session.value("C2") == ("music",))
    go("C4")  # pass/fail by key
    key(qtbot, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: session.value("C4") is True)
    go("C1")  # attainment band: percent met
    type_digits(qtbot, "85")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.value("C1") == 85)
    go("C3")  # not applicable switch (keyboard shortcut of the page)
    page.na_action.trigger()
    qtbot.waitUntil(lambda: session.raw("C3") == "NA")

    # --- the summary follows: total, area bars, grade ---------------------------------------
    result = session.result
    # C1 4×0.8=3.2, C2 6−2=4, C3 N/A full 5, C4 5 → A1 17.2; C5 10×0.8=8, C6 8 → A2 16
    assert result.areas[0].score == Decimal("17.2") and result.areas[1].score == 16
    summary = page.summary
    assert summary.ui.totalLabel.text().startswith("33.2 / 40")
    assert summary.bars.bars["A1"].value() > summary.bars.bars["A2"].value() > 0
    assert "(projected)" in summary.ui.gradeLabel.text()

    # --- a Chinese note through the input method, and a photo -------------------------------
    go("C7")
    text = "办学特色鲜明，课后服务丰富"
    item.ui.noteEdit.setFocus()
    type_chinese(item.ui.noteEdit, text)
    item.save_note()
    qtbot.waitUntil(lambda: session.record("C7") is not None and session.record("C7").note == text)
    photo = tmp_path / "校门.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    go("C1")
    assert page.evidence.add_files([photo]) == 1
    assert [a.filename for a in session.attachments_for("C1")] == ["校门.png"]

    # --- undo, redo --------------------------------------------------------------------------
    before = session.result.total
    go("C6")
    type_digits(qtbot, "3")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.value("C6") == 3)
    page.undo_action.trigger()
    assert session.value("C6") == 8 and session.result.total == before
    fields = [(e["code"], e["reason"]) for e in session.history()]
    assert fields[-1] == ("C6", "undo")  # the undo is itself in the audit trail
    page.redo_action.trigger()
    assert session.value("C6") == 3
    page.undo_action.trigger()

    # --- finalize: blocked while anything is missing ----------------------------------------
    blocked = FinalizeDialog(session, page)
    assert blocked.blockers and not blocked.finalize_button.isEnabled()
    assert any("C7" in b for b in blocked.blockers)  # the descriptive item is unanswered
    blocked.reject()
    go("C7")
    item.input.set_value("学校办学特色鲜明。")
    session.set_value("C7", "学校办学特色鲜明。")
    for code, value in (("V1", False), ("J1", True), ("J2", 1)):
        session.set_value(code, value)
    dialog = FinalizeDialog(session, page)
    assert dialog.blockers == []
    assert not dialog.finalize_button.isEnabled()  # needs the confirmation first
    dialog.confirm.setChecked(True)
    assert dialog.finalize_button.isEnabled()
    dialog.reject()

    def confirm_and_finalize():
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, FinalizeDialog) and w.isVisible()]
        if boxes:  # the dialog is up: confirm and finalize, as the inspector would
            timer.stop()
            boxes[0].confirm.setChecked(True)
            boxes[0].finalize_button.click()

    timer = QTimer()
    timer.timeout.connect(confirm_and_finalize)
    timer.start(10)
    assert page.finalize()
    assert session.evaluation.status == "finalized"

    # --- read-only afterwards ----------------------------------------------------------------
    assert not page.finalize_action.isEnabled() and page.reopen_action.isEnabled()
    session.set_current("C6")
    qtbot.waitUntil(lambda: item.code == "C6")
    assert item.input.is_read_only() and not item.input.box.isEnabled()
    assert not item.ui.noteEdit.isEnabled() or item.ui.noteEdit.isReadOnly()
    assert not page.evidence.add_files([photo])  # no new evidence either
    assert session.set_value("C6", 1) is False  # refused, nothing written
    assert session.store.evaluations.open(session.id).answers["C6"].value == 8

    # --- reopen as a new revision ------------------------------------------------------------
    old_id = session.id
    import inspector.ui.evaluation.evaluation_page as page_module

    monkeypatch.setattr(page_module.QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: ("学校提出复核", True)))
    new_id = page.reopen()
    assert new_id and new_id != old_id
    assert page.session.evaluation.revision == 2 and not page.session.read_only
    assert page.session.value("C6") == 8
    assert window.store.evaluations.get(old_id).superseded_by == new_id
    assert window.store.evaluations.history(new_id)[0]["reason"] == "学校提出复核"
