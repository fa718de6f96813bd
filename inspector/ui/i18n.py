"""The language of the user interface: which one was chosen, and installing its translations.

Source strings are English; ``resources/translations/inspector_<lang>.qm`` (built from the .ts
files by ``scripts/build_assets.py``) translates them. Simplified Chinese is the default.
The environment variable ``INSPECTOR_LANG`` overrides the saved setting (for tests, screenshots
and support).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .. import paths

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")
ENV_OVERRIDE = "INSPECTOR_LANG"

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def normalize(code: str) -> str | None:
    """A supported language for a code such as ``zh_CN``, ``zh-CN``, ``zh`` or ``en_US``."""
    code = code.strip().replace("-", "_")
    for language in LANGUAGES:
        if code.lower() == language.lower():
            return language
    base = code.split("_")[0].lower()
    return next((lang for lang in LANGUAGES if lang.split("_")[0].lower() == base), None)


def chosen_language(settings: QSettings | None = None) -> str:
    """$INSPECTOR_LANG, else the saved setting, else Simplified Chinese."""
    saved = (settings or QSettings()).value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    for candidate in (os.environ.get(ENV_OVERRIDE, ""), str(saved or "")):
        language = normalize(candidate) if candidate else None
        if language:
            return language
    return DEFAULT_LANGUAGE


def apply_language(app: QCoreApplication, language: str) -> bool:
    """Install the translations for language, replacing any installed before.

    Returns False (and logs why) when the app's own translations are missing, for example when
    ``scripts/build_assets.py`` has not been run; the UI then shows the English source strings.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    own = _load(app, f"inspector_{language}", translations_dir())
    if own is None and language != "en":
        log.warning("no translations for %s in %s; run scripts/build_assets.py",
                    language, translations_dir())
    # Qt's own strings: standard buttons, context menus of text fields.
    _load(app, f"qtbase_{language}", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    return own is not None or language == "en"


def _load(app: QCoreApplication, name: str, folder: Path) -> QTranslator | None:
    translator = QTranslator(app)
    if not translator.load(name, str(folder)):
        return None
    app.installTranslator(translator)
    _installed.append(translator)
    return translator
