"""Runs the real app in a child process for tests that must kill it (see test_ui_resume.py).

    python tests/gui_driver.py EVALUATION_ID CODE=VALUE … --stop-at CODE

Starts the app exactly as `python main.py` does (start-up check, resume), opens the given
evaluation, makes each edit through the evaluation page's session, moves to the item named
by --stop-at, prints one line per step ("saved CODE", "at CODE") and then idles in the
event loop until it is killed.
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402

from inspector.app import create_application  # noqa: E402
from inspector.rubrics import Catalog  # noqa: E402
from inspector.ui.app_window import AppWindow  # noqa: E402
from inspector.ui.startup import open_store  # noqa: E402


def main() -> None:
    args = sys.argv[1:]
    stop_at = args[args.index("--stop-at") + 1]
    evaluation_id, edits = args[0], [a for a in args[1: args.index("--stop-at")]]
    app = create_application()
    store = open_store(choose=lambda error: None)
    window = AppWindow(store, Catalog.discover())
    window.show()

    def work():
        window.open_evaluation(evaluation_id)
        session = window.evaluation.session
        for edit in edits:
            code, _, value = edit.partition("=")
            session.set_current(code)
            assert session.set_value(code, json.loads(value)), code
            print(f"saved {code}", flush=True)
        session.set_current(stop_at)
        print(f"at {stop_at}", flush=True)

    QTimer.singleShot(0, work)
    app.exec()


main()
