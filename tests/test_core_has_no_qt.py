"""The core (rubrics, scoring, store, sync, the bureau server, teams, exports, command line)
never uses Qt widgets or Qt GUI classes, so it runs headless, in bureau scripts, on the
bureau's server and in tests without a display. Only inspector/ui/ and inspector/app.py may."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "inspector"
GUI_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui")

IMPORT_THE_CORE = """
import importlib, importlib.util, json, sys
modules = ["inspector.rubrics", "inspector.scoring", "inspector.cli", "inspector.paths",
           "inspector.sync.client", "inspector.sync.bundle", "inspector.bureau.server",
           "inspector.bureau.service", "inspector.team.workflow", "inspector.exports.rollup"]
for name in modules:
    importlib.import_module(name)
try:  # the store, when it exists and can be imported
    importlib.import_module("inspector.store")
    modules.append("inspector.store")
except ImportError:
    pass
loaded = sorted(m for m in sys.modules if m.startswith(("PySide6.QtWidgets", "PySide6.QtGui")))
print(json.dumps({"imported": modules, "gui": loaded}))
"""


def test_importing_the_core_loads_no_qt_gui_module():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", IMPORT_THE_CORE], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert "inspector.rubrics" in report["imported"]
    assert report["gui"] == []


def core_files() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py"))
            if PACKAGE / "ui" not in p.parents and p != PACKAGE / "app.py"]


def gui_imports(path: Path, root: Path = ROOT) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""] + [alias.name for alias in node.names]
        else:
            continue
        if any("QtWidgets" in name or "QtGui" in name for name in names):
            found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_no_core_module_imports_qt_widgets_or_gui():
    files = core_files()
    assert PACKAGE / "rubrics" / "model.py" in files
    assert not any(p.relative_to(PACKAGE).parts[0] == "ui" for p in files)
    offending = [hit for path in files for hit in gui_imports(path)]
    assert not offending, "Qt GUI imports outside inspector/ui and inspector/app.py:\n" + \
        "\n".join(offending)


def test_the_static_check_catches_every_form_of_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import PySide6.QtGui as gui\n"
                      "from PySide6 import QtCore, QtWidgets\n"
                      "from PySide6.QtGui import QColor\n"
                      "from PySide6.QtCore import QObject\n"
                      "def later():\n    from PySide6.QtWidgets import QLabel\n",
                      encoding="utf-8")
    lines = [hit.rsplit(":", 1)[1] for hit in gui_imports(sample, root=tmp_path)]
    assert lines == ["1", "2", "3", "6"]
