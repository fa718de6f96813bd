"""The core's refusals in the interface's language.

A :class:`~inspector.store.StoreError` or :class:`~inspector.scoring.AnswerError` keeps the
template it was made from (:mod:`inspector.messages`) and its values: translated here with the
Qt translations (context ``CoreMessages``) and filled in again, so that the Chinese interface
says in Chinese why something was refused. Anything else is shown as its own text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..messages import CONTEXT


def refusal_text(exc: BaseException) -> str:
    template = getattr(exc, "template", None)
    if not isinstance(template, str):
        return str(exc)
    values = getattr(exc, "values", None) or {}
    translated = QCoreApplication.translate(CONTEXT, template)
    try:
        text = translated.format(**values) if values else translated
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: the original
        return str(exc)
    code = getattr(exc, "code", None)
    return f"{code}: {text}" if code else text
