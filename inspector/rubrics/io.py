"""Reading and writing rubric files (YAML) and the JSON form the store keeps."""

from __future__ import annotations

import json
from pathlib import Path

from . import problem_messages as pm
from .build import build_rubric
from .canonical import _jsonable, content_hash, to_document
from .errors import Problem, RubricError
from .model import Rubric
from .source import decode_text, dump_yaml, parse_yaml

YAML_HEADER = "# 评估标准（督导评估量表）— 格式说明见 docs/rubric-format.md\n"


def rubric_from_text(text: str, path: str) -> Rubric:
    return build_rubric(parse_yaml(text, path), path, hasher=content_hash)


def load_rubric(path: str | Path) -> Rubric:
    """Load and validate one rubric file. Raises :class:`RubricError`, never anything else."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise RubricError(name, [Problem.of(0, None, pm.CANNOT_READ, reason=exc.strerror)]) \
            from None
    return rubric_from_text(decode_text(data, name), name)


def rubric_to_yaml(rubric: Rubric) -> str:
    return YAML_HEADER + dump_yaml(to_document(rubric))


def rubric_to_json(rubric: Rubric) -> str:
    """The rubric's full definition as JSON text (decimals as strings, order kept)."""
    return json.dumps(_jsonable(to_document(rubric)), ensure_ascii=False)


def rubric_from_json(text: str, path: str = "<stored rubric>") -> Rubric:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise RubricError(path, [Problem.of(0, None, pm.STORED_NOT_JSON, detail=exc)]) \
            from None
    return build_rubric(data, path, hasher=content_hash)
