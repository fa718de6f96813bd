"""Starting the app on a damaged database: the check overlaps the start, then the way out.

``inspector.app.main`` runs the application's event loop and quits it; afterwards Qt refuses
to run nested event loops in that process (QEventLoop.exec returns at once). So the app runs
in a child process here, as it does for real, and this test only reads the outcome.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from inspector.store import School, Store

ROOT = Path(__file__).resolve().parent.parent

DRIVER = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import inspector.app as app_module
from inspector.ui import tasks
from inspector.ui.app_window import AppWindow

asked, checks, shown = [], [], []

def choose(error):
    asked.append(str(error))
    return error.backups[0]

real_check = app_module.start_integrity_check

def counting_check(store, on_damaged):
    checks.append(str(store.path))
    real_check(store, on_damaged)

app_module.ask_which_backup = choose
app_module.start_integrity_check = counting_check
app = app_module.create_application()

def quit_when_settled():
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, AppWindow) and w.isVisible()]
    if windows and not tasks._running:  # shown, and the integrity check has reported
        shown.append(1)
        QApplication.quit()

timer = QTimer()
timer.timeout.connect(quit_when_settled)
timer.start(20)
code = app_module.main([])
print(json.dumps({"code": code, "asked": asked, "checks": len(checks), "shown": len(shown)}))
"""


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


def test_a_damaged_database_found_during_start_up_is_restored(inspector_home):
    _damage(inspector_home)
    env = {**os.environ, "INSPECTOR_HOME": str(inspector_home), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", DRIVER], cwd=ROOT, env=env, timeout=120,
                          capture_output=True, text=True, encoding="utf-8")
    assert proc.returncode == 0, proc.stderr
    outcome = json.loads(proc.stdout.strip().splitlines()[-1])
    assert outcome["code"] == 0
    assert len(outcome["asked"]) == 1 and "damaged" in outcome["asked"][0]
    assert outcome["checks"] == 2  # found by the check beside the start, then a clean one
    assert outcome["shown"] == 1  # the window came back after the restore
    assert any(p.name.startswith("damaged-") for p in (inspector_home / "backups").iterdir())
    with Store.open(inspector_home) as store:
        assert store.check() == "ok"
        assert store.schools.get("900001").name == "测试学校1"


def test_background_tasks_wait_for_the_first_frame(qtbot, inspector_home):
    """At start-up the background tasks (integrity check, backup, the list's figures) are
    held until the window's first frame is on screen, then all start."""
    from PySide6.QtCore import QThreadPool

    from inspector.app import create_application
    from inspector.rubrics import Catalog
    from inspector.ui import tasks
    from inspector.ui.app_window import AppWindow

    create_application()
    ran, delivered = [], []
    with Store.open(inspector_home) as store:
        tasks.hold_background()
        try:
            tasks.run_in_background(lambda: ran.append(1) or "done", delivered.append)
            window = AppWindow(store, Catalog.discover())
            qtbot.addWidget(window)
            window.firstPainted.connect(tasks.release_background)
            QThreadPool.globalInstance().waitForDone(100)  # time to run, were it not held
            assert not ran
            with qtbot.waitSignal(window.firstPainted, timeout=5_000):
                window.show()
            qtbot.waitUntil(lambda: delivered == ["done"], timeout=5_000)
            assert ran == [1]
            painted = []
            window.firstPainted.connect(lambda: painted.append(1))
            window.repaint()
            qtbot.wait(50)
            assert not painted  # once only
        finally:
            tasks.release_background()
            tasks.wait_for_background()


def test_the_menus_have_their_entries_and_keys_once_the_first_frame_is_shown(qtbot,
                                                                           inspector_home):
    """The first frame shows the menu bar's titles; the entries and the standard keys follow
    right after it, before the inspector can reach them (in Chinese, the default)."""
    from PySide6.QtGui import QKeySequence

    from inspector.app import create_application
    from inspector.rubrics import Catalog
    from inspector.ui.app_window import AppWindow

    create_application()
    with Store.open(inspector_home) as store:
        window = AppWindow(store, Catalog.discover())
        qtbot.addWidget(window)
        menus = [a.menu() for a in window.menuBar().actions()]
        assert [m.title() for m in menus] == ["文件(&F)", "视图(&V)", "同步(&Y)", "专家组(&T)", "帮助(&H)"]
        with qtbot.waitSignal(window.firstPainted, timeout=5_000):
            window.show()
        entries = {m.title(): [a.text() for a in m.actions() if a.text()] for m in menus}
        assert entries["文件(&F)"] == ["新建评估(&N)…", "打开 PDF 或证书(&O)…", "设置(&S)…",
                                       "退出(&Q)"]
        assert entries["专家组(&T)"][0] == "新建专家组评估(&N)…"
        assert entries["帮助(&H)"] == ["关于(&A)"]
        keys = {a.text(): a.shortcut() for a in menus[0].actions()}
        assert keys["新建评估(&N)…"] == QKeySequence(QKeySequence.StandardKey.New)
        assert keys["退出(&Q)"] == QKeySequence(QKeySequence.StandardKey.Quit)
        window._fill_menus()  # once only
        assert len(menus[0].actions()) == 5  # four entries and a separator
        # an entry does what it says: View → Home shows the home page
        next(a for a in menus[1].actions() if a.text() == "主页(&H)").trigger()
        assert window.pages.currentWidget() is window.home


def test_the_start_reports_its_first_frame_for_the_benchmark(inspector_home):
    """benchmarks/bench_ui.py times `python main.py` until the home window's first frame."""
    with Store.open(inspector_home) as store:
        store.schools.add(School("3301100101", "杭州市余杭区良渚第一小学", "primary"))
    env = {**os.environ, "INSPECTOR_HOME": str(inspector_home), "QT_QPA_PLATFORM": "offscreen",
           "INSPECTOR_EXIT_WHEN_SHOWN": "1"}
    proc = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, timeout=120,
                          capture_output=True, text=True, encoding="utf-8")
    assert proc.returncode == 0, proc.stderr
    assert any(line.startswith("first frame at ") for line in proc.stdout.splitlines())


FIRST_FRAME_MODULES = """
import sys
import inspector.app as app_module
from inspector.ui.app_window import AppWindow

frame_over = AppWindow._first_frame_over
loaded = []
declared = set()
qt_namespace = []

def first_frame_over(window):  # before what waits for the first frame (sync …) starts
    loaded.extend(sorted(sys.modules))
    import __feature__  # which of ours PySide6 was told use none of its __feature__ switches
    declared.update(m for m in loaded if __feature__.pyside_feature_dict.get(m) == 0)
    qt_namespace.append("Qt" in vars(sys.modules["PySide6.QtCore"]))  # built yet? (lazily)
    frame_over(window)

AppWindow._first_frame_over = first_frame_over
code = app_module.main([])
import json  # (not before: the start must not need it)
print(json.dumps({"loaded": loaded, "declared": sorted(declared), "qt": qt_namespace}))
sys.exit(code)
"""


def test_the_start_imports_only_what_its_first_frame_needs(inspector_home):
    """The home page needs the store, the evaluations' list and the rubric families' names:
    the store's records and edits, the rubric model, scoring, the evaluation page and the
    rest are imported on first use."""
    with Store.open(inspector_home) as store:  # created and migrated before the start
        store.schools.add(School("3301100101", "杭州市余杭区良渚第一小学", "primary"))
    env = {**os.environ, "INSPECTOR_HOME": str(inspector_home), "QT_QPA_PLATFORM": "offscreen",
           "INSPECTOR_EXIT_WHEN_SHOWN": "1"}
    proc = subprocess.run([sys.executable, "-c", FIRST_FRAME_MODULES], cwd=ROOT, env=env,
                          timeout=120, capture_output=True, text=True, encoding="utf-8")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    loaded = set(report["loaded"])
    assert {"inspector.store.evaluation_list", "inspector.rubrics.vocabulary"} <= loaded
    not_yet = {"inspector.store.evaluations", "inspector.store.evaluation_records",
               "inspector.store.records", "inspector.rubrics.model", "inspector.rubrics.io", "inspector.rubrics.errors",
               "inspector.scoring", "inspector.store.attachments", "inspector.store.demo",
               "inspector.ui.evaluation.evaluation_page", "uuid", "secrets", "yaml",
               "sqlite_utils", "html", "decimal", "dataclasses", "platformdirs",
               "inspector.ui.describe", "json"}
    assert not_yet.isdisjoint(loaded), sorted(not_yet & loaded)
    # PySide6 was told that none of ours uses its __feature__ switches, so that its import
    # hook did not read their sources (app.py)
    ours = {m for m in loaded if m == "inspector" or m.startswith("inspector.")}
    assert ours - {"inspector.__main__"} <= set(report["declared"]), \
        sorted(ours - set(report["declared"]))
    # nor was PySide6's Qt namespace (its ~130 enums) built for the first frame
    assert report["qt"] == [False], "something on the start-up path names Qt (see item_roles)"


def test_the_plain_role_values_are_qts():
    from PySide6.QtCore import Qt

    from inspector.ui import item_roles as roles

    role, align = Qt.ItemDataRole, Qt.AlignmentFlag
    plain = {roles.DISPLAY: role.DisplayRole, roles.TOOLTIP: role.ToolTipRole,
             roles.FONT: role.FontRole, roles.TEXT_ALIGNMENT: role.TextAlignmentRole,
             roles.FOREGROUND: role.ForegroundRole, roles.USER: role.UserRole,
             roles.ALIGN_RIGHT_VCENTER: align.AlignRight | align.AlignVCenter,
             roles.ALIGN_CENTER: align.AlignCenter}
    for value, qt in plain.items():
        assert qt.value == value, qt


def test_the_compiled_forms_import_only_the_qt_names_they_use():
    """scripts/build_assets.py drops the rest of what pyside6-uic imports: each Qt name
    imported makes PySide6 build that class and its enums at start-up."""
    import ast

    generated = sorted((ROOT / "inspector" / "ui" / "_generated").glob("ui_*.py"))
    assert generated, "run scripts/build_assets.py"
    for path in generated:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        imported = {alias.asname or alias.name for node in tree.body
                    if isinstance(node, ast.ImportFrom) and node.module.startswith("PySide6")
                    for alias in node.names}
        assert imported and imported <= used, (path.name, sorted(imported - used))


def test_every_public_name_of_the_lazy_packages_imports():
    import importlib

    for package in ("inspector.store", "inspector.rubrics", "inspector.scoring"):
        module = importlib.import_module(package)
        for name in module.__all__:
            assert getattr(module, name) is not None, f"{package}.{name}"
    from inspector.rubrics import FAMILY_LABELS, Family, Rubric
    from inspector.rubrics.model import FAMILY_LABELS as labels
    from inspector.rubrics.model import Family as family
    from inspector.store import CorruptDatabase, Evaluation, StoreError, restore

    assert labels is FAMILY_LABELS and family is Family and Rubric.__module__.endswith("model")
    assert issubclass(CorruptDatabase, StoreError) and callable(restore) and Evaluation
