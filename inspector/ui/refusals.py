"""The core's refusals, and the problems of rubric files, in the interface's language.

A :class:`~inspector.store.StoreError` or :class:`~inspector.scoring.AnswerError` keeps the
template it was made from (:mod:`inspector.messages`) and its values: translated here with the
Qt translations (context ``CoreMessages``) and filled in again, so that the Chinese interface
says in Chinese why something was refused. Anything else is shown as its own text.

A rubric :class:`~inspector.rubrics.Problem` is made the same way from a template of
:mod:`inspector.rubrics.problem_messages` (context ``RubricProblems``); some of its values are
phrases with templates of their own, translated too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..messages import CONTEXT, Refusal

if TYPE_CHECKING:  # the rubric validator is imported when a rubric file is read, not here
    from ..rubrics.errors import Problem, RubricError

RUBRIC_CONTEXT = "RubricProblems"  # inspector.rubrics.problem_messages.CONTEXT


def refusal_text(exc: BaseException) -> str:
    """A :class:`~inspector.messages.Refusal` translated; anything else as its own text."""
    if not isinstance(exc, Refusal):
        return str(exc)
    translated = QCoreApplication.translate(CONTEXT, exc.template)
    try:
        text = translated.format(**exc.values) if exc.values else translated
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: the original
        return str(exc)
    return f"{exc.code}: {text}" if exc.code else text


def problem_text(problem: Problem) -> str:
    """The problem's message in the interface's language (the English one if it has no
    template, or if a translation lost one of its fields)."""
    if problem.template is None:
        return problem.message
    try:
        return _translated(problem.template, problem.values)
    except (KeyError, IndexError, ValueError):
        return problem.message


def problem_lines(error: RubricError) -> list[str]:
    """``FILE:LINE: CODE: message`` for every problem of a rubric file, translated."""
    return [problem.format(error.path, problem_text(problem)) for problem in error.problems]


def _translated(template: str, values: tuple) -> str:
    """A template (and the phrases among its values) translated, then filled in."""
    text = QCoreApplication.translate(RUBRIC_CONTEXT, template)
    if not values:
        return text
    filled = {name: value if isinstance(value, str) else _translated(value.template, value.values)
              for name, value in values}
    return text.format(**filled)
