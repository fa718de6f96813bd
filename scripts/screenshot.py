"""Screenshots for the README, made offscreen on a fresh demo database (no display needed).

    .venv/bin/python scripts/screenshot.py            # writes docs/screenshots/*.png

Run it again after changing the UI to refresh the pictures in the docs.
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["INSPECTOR_HOME"] = tempfile.mkdtemp(prefix="inspector-screenshots-")
os.environ.setdefault("INSPECTOR_LANG", "zh_CN")

from inspector.app import create_application  # noqa: E402
from inspector.rubrics import Catalog  # noqa: E402
from inspector.store import Store  # noqa: E402
from inspector.store.demo import build_demo  # noqa: E402
from inspector.ui.app_window import AppWindow  # noqa: E402
from inspector.ui.rubric_browser import RubricBrowser  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)


def settle(app, rounds: int = 20) -> None:
    from inspector.ui.tasks import wait_for_background

    for _ in range(rounds):
        wait_for_background(2000)
        app.processEvents()


def main() -> None:
    app = create_application()
    OUT.mkdir(parents=True, exist_ok=True)
    catalog = Catalog.discover()
    store = Store.open()
    build_demo(store, catalog)
    window = AppWindow(store, catalog)
    window.resize(*SIZE)
    window.show()
    settle(app)
    window.grab().save(str(OUT / "home.png"))

    draft = next(r for r in store.evaluations.list(status="draft")
                 if r["rubric_id"] == "yh-standardized-school" and r["revision"] == 1)
    window.open_evaluation(draft["id"])
    session = window.evaluation.session
    leaf = next(leaf for leaf in session.rubric.leaves()
                if leaf.mode.value == "deduction" and session.is_answered(leaf.code))
    session.set_current(leaf.code)
    settle(app)
    window.grab().save(str(OUT / "evaluation.png"))
    window.show_home()

    browser = RubricBrowser(catalog)
    browser.resize(*SIZE)
    browser.show()
    model = browser.rubric_model
    browser.select_rubric(next((row for row in range(model.rowCount())
                                if model.rubric(row).id == "yh-standardized-school"), 0))
    tree = browser.ui.indicatorTree
    tree.expandAll()
    area = tree.model().index(0, 0)
    tree.setCurrentIndex(tree.model().index(1, 0, tree.model().index(0, 0, area)))
    settle(app)
    browser.grab().save(str(OUT / "rubrics.png"))
    store.close()
    for name in ("home.png", "evaluation.png", "rubrics.png"):
        print(OUT / name)


main()
