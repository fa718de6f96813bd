"""Starting the app on a damaged database: the check overlaps the start, then the way out."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from inspector import app as app_module
from inspector.store import School, Store
from inspector.ui import tasks
from inspector.ui.app_window import AppWindow


def _damage(home) -> None:
    """Damage only the audit trail's index: the home page still reads fine, so only the
    integrity check (running beside the start) can notice."""
    with Store.open(home) as store:
        for i in range(150):
            store.schools.add(School(f"9{i:05d}", f"测试学校{i}", "primary", "良渚街道"))
        store.backup()
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = store.db.execute("PRAGMA page_size").fetchone()[0]
        root = store.db.execute("SELECT rootpage FROM sqlite_master "
                                "WHERE name = 'events_evaluation'").fetchone()[0]
    db_file = home / "inspector.sqlite"
    data = bytearray(db_file.read_bytes())
    start = (root - 1) * page_size
    data[start + 8:start + 200] = b"\xde\xad\xbe\xef" * 48
    db_file.write_bytes(bytes(data))


def test_a_damaged_database_found_during_start_up_is_restored(qapp, inspector_home,
                                                              monkeypatch):
    _damage(inspector_home)
    asked = []

    def choose(error):
        asked.append(error)
        return error.backups[0]

    monkeypatch.setattr(app_module, "ask_which_backup", choose)
    checks = []
    real_check = app_module.start_integrity_check

    def counting_check(store, on_damaged):
        checks.append(store.path)
        real_check(store, on_damaged)

    monkeypatch.setattr(app_module, "start_integrity_check", counting_check)
    shown = []

    def quit_when_settled():
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, AppWindow) and w.isVisible()]
        if windows and not tasks._running:  # shown, and the integrity check has reported
            shown.append(windows[0])
            QApplication.quit()

    timer = QTimer()
    timer.timeout.connect(quit_when_settled)
    timer.start(20)
    try:
        assert app_module.main([]) == 0
    finally:
        timer.stop()
    assert len(asked) == 1 and "damaged" in str(asked[0])
    assert len(checks) == 2  # found by the check that ran beside the start, then a clean one
    assert shown  # the window came back after the restore
    assert any(p.name.startswith("damaged-") for p in (inspector_home / "backups").iterdir())
    with Store.open(inspector_home) as store:
        assert store.check() == "ok"
        assert store.schools.get("900001").name == "测试学校1"
