"""The Qt Linguist translations: complete for Chinese, placeholders kept, in step with the code."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("*.ts"))
ZH_CN = TRANSLATIONS / "inspector_zh_CN.ts"
# %1 … %99 (and Qt's localised %L1), %n in plural forms, and {name} for str.format.
PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")


def messages(ts: Path):
    """(context, message element) for every message that is still in use."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if message.find("translation").get("type") not in ("vanished", "obsolete"):
                yield name, message


def translations(message) -> list[str]:
    element = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in element.iter("numerusform")]
    return [element.text or ""]


def test_the_translation_files_exist():
    assert {p.name for p in TS_FILES} >= {"inspector_zh_CN.ts", "inspector_en.ts"}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_the_placeholders_of_their_source(ts):
    wrong = []
    for context, message in messages(ts):
        source = message.findtext("source")
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for text in translations(message):
            if text and sorted(set(PLACEHOLDER.findall(text))) != expected:
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_every_chinese_translation_is_finished():
    unfinished = [f"{context}: {message.findtext('source')!r}"
                  for context, message in messages(ZH_CN)
                  if message.find("translation").get("type") == "unfinished"
                  or not all(text.strip() for text in translations(message))]
    assert not unfinished, "untranslated in zh_CN:\n" + "\n".join(unfinished)


def test_the_translation_files_have_every_string_of_the_code(tmp_path):
    """A string added to the code or a form, but not to the .ts files, would show in English;
    run ``scripts/build_assets.py --update-translations`` and translate it."""
    spec = importlib.util.spec_from_file_location("build_assets",
                                                  ROOT / "scripts" / "build_assets.py")
    build_assets = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_assets)
    fresh = tmp_path / "fresh.ts"
    subprocess.run([build_assets.tool("pyside6-lupdate"), "-silent",
                    *map(str, build_assets.translatable_sources()), "-ts", str(fresh)],
                   check=True, cwd=ROOT, capture_output=True)

    def keys(ts: Path) -> set[tuple[str, str]]:
        return {(context, message.findtext("source")) for context, message in messages(ts)}

    in_code = keys(fresh)
    assert in_code, "lupdate found no strings"
    for ts in TS_FILES:
        missing = in_code - keys(ts)
        assert not missing, f"{ts.name} lacks: {sorted(missing)}"


def test_the_compiled_chinese_translation_loads(qapp):
    from PySide6.QtCore import QTranslator

    qm = ZH_CN.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} is missing: run {sys.executable} scripts/build_assets.py"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("RubricBrowser", "&File") == "文件(&F)"
    assert translator.translate("RubricBrowser", "%n rubric(s) loaded.", None, 3) == "已加载 %n 套评估标准。"
