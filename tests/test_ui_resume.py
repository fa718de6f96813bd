"""Kill the app mid-session; started again, it reopens the same evaluation at the same item.

The child process is the real app (tests/gui_driver.py starts it as main.py does) making
edits through the evaluation page's session; it is SIGKILLed — no chance to clean up — and a
new AppWindow is built on the same data folder.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from inspector.app import create_application
from inspector.rubrics import Catalog, load_rubric
from inspector.store import School, Store
from inspector.ui.app_window import AppWindow
from tests.factories import SAMPLE_RUBRIC

ROOT = Path(__file__).resolve().parent.parent


def test_killed_app_reopens_the_same_evaluation_at_the_same_item(qtbot, inspector_home):
    with Store.open(inspector_home) as store:
        store.schools.add(School("3301100101", "杭州市余杭区良渚第一小学", "primary"))
        ev = store.evaluations.create("3301100101", load_rubric(SAMPLE_RUBRIC))
    env = {**os.environ, "INSPECTOR_HOME": str(inspector_home),
           "INSPECTOR_RUBRICS": str(SAMPLE_RUBRIC.parent), "QT_QPA_PLATFORM": "offscreen"}
    edits = ["C6=8", 'C5="良"', 'C2=["science"]', "C4=true", "C1=85"]
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "gui_driver.py"), ev.id, *edits,
         "--stop-at", "C3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        cwd=ROOT, text=True)
    lines = []
    try:
        for line in child.stdout:
            lines.append(line.strip())
            if line.startswith("at "):
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert lines == ["saved C6", "saved C5", "saved C2", "saved C4", "saved C1", "at C3"], \
        child.stderr.read()

    create_application()
    with Store.open(inspector_home) as store:
        assert store.check() == "ok"
        window = AppWindow(store, Catalog.discover())
        qtbot.addWidget(window)
        session = window.evaluation.session
        assert window.pages.currentWidget() is window.evaluation
        assert session is not None and session.id == ev.id
        assert session.current == "C3"  # the item the inspector was on
        values = {code: session.value(code) for code in ("C6", "C5", "C2", "C4", "C1")}
        assert values == {"C6": 8, "C5": "良", "C2": ("science",), "C4": True, "C1": 85}
        # Going home is a deliberate close: the next start shows the home page.
        window.show_home()
        again = AppWindow(store, Catalog.discover())
        qtbot.addWidget(again)
        assert again.pages.currentWidget() is again.home
