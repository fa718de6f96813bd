"""The bundled fonts, so that Chinese renders on a machine without Chinese fonts installed."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from .. import paths

log = logging.getLogger(__name__)

UI_FONT_FILE = "wqy-microhei.ttc"  # WenQuanYi Micro Hei: the UI font
FALLBACK_FONT_FILE = "DroidSansFallbackFull.ttf"  # for characters the UI font lacks (CJK Ext-A)

# Families registered per font file. Qt keeps application fonts for the life of the process,
# so each file is added once even when several windows or tests ask for the fonts.
_registered: dict[Path, list[str]] = {}


def add_font_file(path: Path) -> list[str]:
    """Register one font file with Qt and return its families ([] if it cannot be loaded)."""
    if path not in _registered:
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.warning("could not load the font %s; Chinese text may not display", path)
        _registered[path] = families
    return _registered[path]


def _proportional(families: list[str]) -> list[str]:
    return [f for f in families if not f.endswith(" Mono")][:1]


def register_fonts(app: QGuiApplication) -> list[str]:
    """Register the bundled fonts and make them the application font.

    Returns the font families in use, the UI font first ([] when no bundled font could be loaded,
    in which case the system font stays).
    """
    ui = _proportional(add_font_file(paths.fonts_dir() / UI_FONT_FILE))
    fallback = _proportional(add_font_file(paths.fonts_dir() / FALLBACK_FONT_FILE))
    families = ui + fallback
    if not families:
        return []
    if ui and fallback:
        QFont.insertSubstitution(ui[0], fallback[0])
    font = app.font()
    font.setFamilies(families)
    app.setFont(font)
    return families


def fixed_font() -> QFont:
    """A monospaced font that also has Chinese glyphs, for file paths, hashes and messages."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    mono = [f for f in _registered.get(paths.fonts_dir() / UI_FONT_FILE, []) if f.endswith(" Mono")]
    if mono:
        font.setFamilies([*mono, *QGuiApplication.font().families()])
    return font
