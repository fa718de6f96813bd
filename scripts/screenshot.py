"""Pictures for the README, made offscreen on a fresh demo database (no display needed):
the home page, the evaluation window and the rubric browser, and a report page and a
certificate rendered from the PDFs the app writes.

    .venv/bin/python scripts/screenshot.py            # writes docs/screenshots/*.png

Run it again after changing the UI or the documents to refresh the pictures in the docs.
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
    render_documents(store)
    store.close()
    for name in ("home.png", "evaluation.png", "rubrics.png", "report.png", "certificate.png"):
        print(OUT / name)


def render_documents(store) -> None:
    """The first page of a report and a certificate, rendered from the PDFs (pypdfium2)."""
    import pypdfium2 as pdfium

    from inspector.exports.certificate import certificate_pdf, issue_certificate
    from inspector.exports.qr_payload import generate_private_key
    from inspector.exports.report_pdf import build_report

    passed = next(r["id"] for r in store.evaluations.list(status="finalized", with_scores=True)
                  if r["passed"] and r["family"] == "standardized_school")
    tmp = Path(tempfile.mkdtemp())
    build_report(store, passed, tmp / "report.pdf")
    certificate_pdf(issue_certificate(store, passed, generate_private_key()),
                    tmp / "certificate.pdf")
    for name, scale in (("report", 1.4), ("certificate", 1.2)):
        page = pdfium.PdfDocument(str(tmp / f"{name}.pdf"))[0]
        page.render(scale=scale).to_pil().save(OUT / f"{name}.png")


main()
