"""The desktop user interface: a thin layer of Qt widgets over the pure core.

Designer forms live in ``forms/*.ui`` and are compiled by ``scripts/build_assets.py`` into
``inspector/ui/_generated`` (git-ignored); windows attach them by composition
(``self.ui = Ui_X(); self.ui.setupUi(self)``). Source strings are English and translated with
Qt Linguist (``resources/translations``); Simplified Chinese is the default language.
"""
