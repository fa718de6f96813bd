"""Scoring: answers checked against a rubric, and the pure engine that scores them."""

from .answers import (
    NA,
    Answer,
    AnswerError,
    answer_to_json,
    describe_answer,
    json_number,
    loads_answers_json,
    parse_answer,
    parse_answers,
    parse_cli_value,
)
from .engine import score
from .result import AreaResult, NodeResult, Result, RuleCheck

__all__ = [
    "NA", "Answer", "AnswerError", "AreaResult", "NodeResult", "Result", "RuleCheck",
    "answer_to_json", "describe_answer", "json_number", "loads_answers_json", "parse_answer", "parse_answers",
    "parse_cli_value", "score",
]
