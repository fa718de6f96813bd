"""Save a screenshot of the main window for the README (offscreen, no display needed).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py docs/screenshots/main-window.png
"""

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("INSPECTOR_HOME", tempfile.mkdtemp())

from inspector.app import create_application  # noqa: E402
from inspector.rubrics import Catalog  # noqa: E402
from inspector.ui.rubric_browser import RubricBrowser  # noqa: E402

app = create_application()
window = RubricBrowser(Catalog.discover())
window.resize(1280, 800)
window.show()
model = window.rubric_model
window.select_rubric(next((row for row in range(model.rowCount())
                           if model.rubric(row).id == "yh-standardized-school"), 0))
tree = window.ui.indicatorTree
tree.expandAll()
model = tree.model()
area = model.index(0, 0)
group = model.index(0, 0, area)
tree.setCurrentIndex(model.index(1, 0, group))
app.processEvents()
out = Path(sys.argv[1] if len(sys.argv) > 1 else "main-window.png")
window.grab().save(str(out))
print(out)
