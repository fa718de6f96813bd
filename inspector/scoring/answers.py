"""Answers: what the inspector recorded for each item, checked against the rubric.

An answer is validated *before* it is stored or scored, so that a wrong value never gets
written anywhere. Python values used for answers:

=============  =========================================================
mode           answer
=============  =========================================================
points         a number in [0, points], on the item's step
bands          the percent of the standard met, a number in [0, 100]
coefficient    a level name (优, 良, …)
pass_fail      true (达标) / false (不达标)
deduction      a list of deduction keys (the shortfalls found)
descriptive    a non-empty text
veto           true when the veto condition occurred, false otherwise
prerequisite   true when the prerequisite is met, false otherwise
any item       ``NA`` (not applicable) where the item allows it
=============  =========================================================
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from .. import messages as msg
from ..messages import Refusal, render
from ..rubrics.model import Condition, Mode, Node, Rubric
from ..rubrics.numbers import format_decimal


class _NotApplicable:
    """The answer 'not applicable' (不适用). A singleton, written as "NA" in JSON."""

    _instance: _NotApplicable | None = None

    def __new__(cls) -> _NotApplicable:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NA"

    def __reduce__(self):
        return (_NotApplicable, ())


NA: Final = _NotApplicable()
NA_TEXT = "NA"

Answer = Decimal | str | bool | tuple[str, ...] | _NotApplicable


class AnswerError(Refusal, ValueError):
    """An answer that does not fit its item. ``code`` names the item; ``message`` says why,
    from a template of :mod:`inspector.messages` filled in with ``values`` (the app
    translates it)."""

    def __init__(self, code: str, template: str, **values: str):
        super().__init__(template, code=code, **values)
        self.message = render(template, values)


_ZERO, _HUNDRED = Decimal(0), Decimal(100)
_POINTS, _BANDS, _COEFFICIENT = Mode.POINTS, Mode.BANDS, Mode.COEFFICIENT
_PASS_FAIL, _DEDUCTION, _DESCRIPTIVE = Mode.PASS_FAIL, Mode.DEDUCTION, Mode.DESCRIPTIVE


def _number(code: str, raw: Any) -> Decimal:
    if type(raw) is Decimal and raw.is_finite():  # as JSON is decoded for scoring
        return raw
    if isinstance(raw, bool) or not isinstance(raw, int | float | Decimal):
        raise AnswerError(code, msg.NOT_A_NUMBER, got=_show(raw))
    value = Decimal(str(raw)) if isinstance(raw, float) else Decimal(raw)
    if not value.is_finite():
        raise AnswerError(code, msg.NOT_FINITE, got=_show(raw))
    return value


def _show(raw: Any) -> str:
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if raw is None:
        return "null"
    if isinstance(raw, list | tuple):
        return "a list"
    if isinstance(raw, dict):
        return "an object"
    if isinstance(raw, Decimal):
        return format_decimal(raw)
    if isinstance(raw, str):
        return f'"{raw}"'
    return str(raw)


def parse_answer(rubric: Rubric, code: str, raw: Any) -> Answer | None:
    """Check one raw answer (as decoded from JSON) for item ``code``; return its value.

    ``None`` (JSON null) means "no answer" and is returned as None. Raises AnswerError.
    """
    item = rubric.find(code)
    if item is None:
        raise AnswerError(code, msg.NO_SUCH_ITEM)
    if raw is None:
        return None
    if isinstance(item, Condition):
        if not isinstance(raw, bool):
            raise AnswerError(code, msg.VETO_TAKES_BOOL if rubric.is_veto(code)
                              else msg.PREREQUISITE_TAKES_BOOL, got=_show(raw))
        return raw
    if item.children:  # a group
        raise AnswerError(code, msg.GROUP_NOT_ANSWERABLE)
    if raw is NA or (isinstance(raw, str) and raw == NA_TEXT):
        if not item.na_allowed:
            raise AnswerError(code, msg.NA_NOT_ALLOWED)
        return NA
    return _parse_leaf(rubric, item, raw)


def _parse_leaf(rubric: Rubric, leaf: Node, raw: Any) -> Answer:
    code, mode = leaf.code, leaf.mode
    if mode is _POINTS:
        value = _number(code, raw)
        step = rubric.step_of(leaf)
        if not _ZERO <= value <= leaf.points:
            raise AnswerError(code, msg.SCORE_OUT_OF_RANGE, value=format_decimal(value),
                              maximum=format_decimal(leaf.points))
        if value % step != 0:
            raise AnswerError(code, msg.SCORE_OFF_STEP, value=format_decimal(value),
                              step=format_decimal(step))
        return value
    if mode is _BANDS:
        value = _number(code, raw)
        if not _ZERO <= value <= _HUNDRED:
            raise AnswerError(code, msg.PERCENT_OUT_OF_RANGE, value=format_decimal(value))
        return value
    if mode is _COEFFICIENT:
        names = [lv.name for lv in rubric.levels_of(leaf)]
        if not isinstance(raw, str) or raw not in names:
            raise AnswerError(code, msg.NOT_A_LEVEL, levels="/".join(names), got=_show(raw))
        return raw
    if mode is _PASS_FAIL:
        if not isinstance(raw, bool):
            raise AnswerError(code, msg.NOT_PASS_FAIL, got=_show(raw))
        return raw
    if mode is _DEDUCTION:
        if not isinstance(raw, list | tuple) or not all(isinstance(k, str) for k in raw):
            raise AnswerError(code, msg.NOT_DEDUCTIONS, got=_show(raw))
        known = {d.key: d for d in leaf.deductions}
        for key in raw:
            if key not in known:
                raise AnswerError(code, msg.UNKNOWN_DEDUCTION, key=key, known=", ".join(known))
            if not known[key].repeatable and list(raw).count(key) > 1:
                raise AnswerError(code, msg.DEDUCTION_TWICE, key=key)
        return tuple(raw)
    if mode is _DESCRIPTIVE:
        if not isinstance(raw, str) or not raw.strip():
            raise AnswerError(code, msg.NOT_A_TEXT, got=_show(raw))
        return raw.strip()
    raise AnswerError(code, f"unsupported mode {mode}")  # pragma: no cover - modes are closed


def parse_answers(rubric: Rubric, raw: Mapping[str, Any]) -> dict[str, Answer]:
    """Check a whole mapping of answers; raise AnswerError for the first bad one."""
    if not isinstance(raw, Mapping):
        raise AnswerError("-", "answers must be a JSON object mapping item codes to answers")
    result: dict[str, Answer] = {}
    for code, value in raw.items():
        parsed = parse_answer(rubric, str(code), value)
        if parsed is not None:
            result[str(code)] = parsed
    return result


def loads_answers_json(text: str) -> Any:
    """Decode JSON with exact decimals (0.1 stays one tenth)."""
    return json.loads(text, parse_float=Decimal, parse_int=Decimal)


def answer_to_json(value: Answer) -> Any:
    """The JSON form of a checked answer (numbers as JSON numbers, NA as "NA")."""
    if value is NA:
        return NA_TEXT
    if isinstance(value, Decimal):
        return json_number(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def json_number(value: Decimal) -> int | float:
    """A decimal as a JSON number whose text is the decimal's own text.

    Rubric numbers carry at most 4 decimal places (the loader enforces it), so scores carry
    few digits and the shortest float repr reproduces them exactly ("36.5", "0.1"). A value
    with more digits than a float holds would be rounded to the nearest float.
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def describe_answer(rubric: Rubric, code: str, value: Answer | None) -> str:
    """The answer in words, as the trace and the audit log show it."""
    if value is None:
        return "未作答"
    if value is NA:
        return "不适用"
    item = rubric.find(code)
    if isinstance(item, Condition):
        if rubric.is_veto(code):
            return "发生" if value else "未发生"
        return "满足" if value else "不满足"
    if isinstance(value, bool):
        return "达标" if value else "不达标"
    if isinstance(value, Decimal):
        if isinstance(item, Node) and item.mode is Mode.BANDS:
            return f"达成 {format_decimal(value)}%"
        return format_decimal(value)
    if isinstance(value, tuple):
        return "无扣分项" if not value else "、".join(value)
    return str(value)


def parse_cli_value(text: str) -> Any:
    """A value typed on the command line: JSON if it parses (3, true, ["a"]), else the text."""
    try:
        return loads_answers_json(text)
    except (ValueError, InvalidOperation):
        return text
