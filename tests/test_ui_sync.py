"""Sync in the app, against the real bureau server on loopback: the status line, the outbox
dialog with each evaluation's state and the bureau's comment, enrolment, USB files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from inspector.app import create_application
from inspector.rubrics import Catalog
from inspector.store import Store
from inspector.sync import outbox
from inspector.ui.app_window import AppWindow

from .sync_support import KEY_PASS

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
SLOW = 30_000


@pytest.fixture
def window(qtbot, world, monkeypatch):
    from inspector.sync.config import SyncConfig, save_config

    monkeypatch.setenv("INSPECTOR_LANG", "en")
    create_application()
    save_config(SyncConfig(world.server.url, world.token, "yh-dx-001", "王喆"), world.laptop)
    store = Store.open(world.laptop, daily_backup=False)
    win = AppWindow(store, Catalog.discover())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win._start_sync()
    win.sync.stop()  # rounds only when the test asks
    yield win
    win.close()
    store.close()


def sync_round(qtbot, win) -> dict:
    with qtbot.waitSignal(win.sync.finished, timeout=SLOW) as blocker:
        assert win.sync.sync_now(retry_waiting=True)
        assert win.sync.running  # the round runs in the background; the window goes on
    return blocker.args[0]


def test_status_line_and_outbox_dialog_follow_the_bureau(qtbot, window, world):
    win = window
    assert "Waiting to send 12" in win.sync_status.label.text()
    summary = sync_round(qtbot, win)
    assert summary["sent"] == len(world.ids) and not summary["error"]
    assert "everything sent" in win.sync_status.label.text()
    dialog = win.show_sync()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(world.ids)
    assert {dialog.state_of(e) for e in world.ids} == {"sent"}
    assert "Receipt no." in dialog.model.item(0, 3).text()
    # the bureau returns one with a comment: the dialog shows it after the next round
    world.service.review(world.ids[0], "returned", "请补充安全台账照片", "admin")
    with qtbot.waitSignal(win.sync.finished, timeout=SLOW):
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    assert dialog.state_of(world.ids[0]) == "returned"
    row = next(r for r in range(dialog.model.rowCount())
               if dialog.model.item(r, 0).data(Qt.ItemDataRole.UserRole) == world.ids[0])
    assert dialog.model.item(row, 2).text() == "Returned"
    assert dialog.model.item(row, 3).text() == "请补充安全台账照片"
    assert "Returned 1" in win.sync_status.label.text()


def test_no_bureau_no_problem(qtbot, window, world):
    win = window
    world.server.stop()
    summary = sync_round(qtbot, win)
    assert summary["error"] and summary["sent"] == 0
    assert "sync stopped" in win.sync_status.label.text()
    assert win.sync_status.label.toolTip().startswith("the bureau cannot be reached (")
    with win.store.transaction():
        pass  # the GUI's store is not blocked by the round
    assert all(e.state == "waiting" for e in outbox.entries(win.store))
    world.server.start()
    # the server has a new port: point the laptop at it, as a new address would be set
    from inspector.sync.config import SyncConfig, save_config

    save_config(SyncConfig(world.server.url, world.token, "yh-dx-001", "王喆"), world.laptop)
    assert sync_round(qtbot, win)["sent"] == len(world.ids)


def test_usb_file_both_ways_from_the_dialog(qtbot, window, world, tmp_path):
    from inspector.signing._util import cert_pem
    from inspector.signing.ca import ca_certificate
    from inspector.sync.bundle import export_for_inspector, import_to_bureau

    dialog = window.show_sync()
    qtbot.addWidget(dialog)
    out = tmp_path / "督导同步.zip"
    assert dialog.export_bundle(str(out), KEY_PASS)
    assert "12 evaluation(s) written" in dialog.message.text()
    report = import_to_bureau(world.service, out)
    assert {s["status"] for s in report.submissions} == {"created"}
    world.service.review(world.ids[1], "accepted", None, "admin")
    back = tmp_path / "from-bureau.zip"
    export_for_inspector(world.service, "yh-dx-001", back)
    (world.laptop / "keys" / "bureau-ca.pem").write_text(cert_pem(ca_certificate(world.ca)))
    # the bureau's file tells the laptop what arrived, and the review
    assert dialog.import_bundle(str(back))
    assert "1 review(s)" in dialog.message.text()
    assert dialog.state_of(world.ids[1]) == "accepted"
    assert {dialog.state_of(e) for e in world.ids if e != world.ids[1]} == {"sent"}
    assert window.store.evaluations.get(world.ids[0]).status == "submitted"


def test_enrolment_from_the_app(qtbot, world, tmp_path, monkeypatch):
    from inspector.signing import keys
    from inspector.ui.sync.enroll_dialog import EnrollDialog

    monkeypatch.setenv("INSPECTOR_LANG", "en")
    create_application()
    laptop = tmp_path / "fresh"
    monkeypatch.setenv("INSPECTOR_HOME", str(laptop))
    keys.init_keys("李娜", "yh-dx-002", passphrase=KEY_PASS)
    dialog = EnrollDialog(laptop)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText(world.server.url)
    dialog.code_edit.setText(world.service.enroll_code("yh-dx-002"))
    dialog.passphrase_edit.setText(KEY_PASS)
    with qtbot.waitSignal(dialog.enrolled, timeout=SLOW) as blocker:
        dialog.submit()
    assert blocker.args == ["李娜"]
    assert (laptop / "sync.json").exists()
    cert = keys.read_certificate()
    assert cert.issuer != cert.subject  # issued by the bureau, no longer self-signed


def test_the_lead_sends_the_invitation_through_the_bureau(qtbot, window, world, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from inspector.team import workflow as tw

    from .sync_support import bundled_rubric

    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    team = tw.create_team(window.store, "3301100104", bundled_rubric(),
                          lead=tw.Member("yh-dx-001", "王喆"),
                          members=[tw.Member("yh-dx-002", "李娜")])
    assert window.send_team_file(KEY_PASS, wait=True), shown
    assert "yh-dx-002" in shown[-1]
    with world.service.db.transaction(write=False) as tx:
        rows = tx.all("SELECT team_id, kind, recipients FROM team_files")
    assert rows == [(team.team_id, "invitation", '["yh-dx-002"]')]


def test_an_enrolment_that_cannot_reach_the_bureau_says_so_in_chinese(qtbot, world, tmp_path,
                                                                       monkeypatch):
    """The refusal travels back from the background task in the interface's language."""
    import socket

    from inspector.signing import keys
    from inspector.ui import i18n
    from inspector.ui.sync.enroll_dialog import EnrollDialog

    app = create_application()
    assert i18n.apply_language(app, "zh_CN")
    try:
        laptop = tmp_path / "fresh"
        monkeypatch.setenv("INSPECTOR_HOME", str(laptop))
        keys.init_keys("李娜", "yh-dx-002", passphrase=KEY_PASS)
        with socket.socket() as sock:  # nobody listens there
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        dialog = EnrollDialog(laptop)
        qtbot.addWidget(dialog)
        dialog.url_edit.setText(f"http://127.0.0.1:{port}")
        dialog.code_edit.setText("ABCD-EFGH")
        dialog.passphrase_edit.setText(KEY_PASS)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.error_label.text().startswith("无法连接督导室"),
                        timeout=SLOW)
        assert dialog.buttons.isEnabled() and not (laptop / "sync.json").exists()
    finally:
        i18n.apply_language(app, "en")


def test_what_the_bureau_sends_and_the_laptop_cannot_use_is_told(qtbot, window, world):
    """A school the laptop refuses (written to the bureau's roster before the bureau checked
    school types): the round goes on, and the dialog and the status line say so."""
    from inspector.bureau.common import BureauError, _changed

    with pytest.raises(BureauError, match="unknown_school_type|school type"):
        world.service.upsert_school({"code": "3301109903", "name": "杭州市余杭区某高中",
                                     "type": "高中"})
    with world.service.db.transaction() as tx:
        tx.execute("INSERT INTO schools(code, name, type, updated_at) VALUES (?, ?, ?, ?)",
                   ["3301109903", "杭州市余杭区某高中", "高中", "2026-11-29T00:00:00Z"])
        _changed(tx, "school", "3301109903")  # as the bureau records a roster change
    win = window
    dialog = win.show_sync()
    qtbot.addWidget(dialog)
    summary = sync_round(qtbot, win)
    assert not summary["error"] and summary["sent"] == len(world.ids)
    assert len(summary["problems"]) == 1 and "3301109903" in summary["problems"][0]
    assert "1 item(s) from the bureau could not be used; tell the bureau: school " \
           "3301109903" in dialog.message.text()
    assert "1 item(s) from the bureau not used" in win.sync_status.label.text()
    assert "3301109903" in win.sync_status.label.toolTip()
    with world.store() as store:
        assert store.schools.get("3301109903") is None  # refused, nothing half-written
