"""Reading rubric text: YAML with line numbers, decimals kept exact.

Every mapping read from a file is a :class:`LineDict`, which remembers the line where it
starts and the line of each key, so that validation can point bureau staff at the exact
line of a mistake. Floats are read as :class:`decimal.Decimal` straight from their text, so
``0.1`` is exactly one tenth.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from . import problem_messages as pm
from .errors import Phrase, Problem, RubricError, phrase
from .numbers import format_decimal

try:  # the C parser is ten times faster; the constructor stays in Python either way
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


class LineDict(dict):
    """A dict that knows the line it came from (1-based; 0 when not read from a file)."""

    line: int = 0
    key_lines: dict[str, int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.key_lines = {}

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A list that knows the line it came from and the line of each item."""

    line: int = 0
    item_lines: list[int]

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.item_lines = []

    def line_of(self, index: int) -> int:
        if 0 <= index < len(self.item_lines):
            return self.item_lines[index]
        return self.line


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    pass


class _Refused(yaml.constructor.ConstructorError):
    """What our constructors refuse: PyYAML's English text, and the phrase it was made from
    (so that the app can translate it)."""

    def __init__(self, text: Phrase, mark: yaml.Mark) -> None:
        super().__init__(None, None, str(text), mark)
        self.text = text


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> LineDict:
    result = LineDict()
    result.line = node.start_mark.line + 1
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int):
            raise _Refused(phrase(pm.YAML_KEY_NOT_TEXT, type=type(key).__name__),
                           key_node.start_mark)
        key = str(key)
        if key in result:
            raise _Refused(phrase(pm.YAML_KEY_TWICE, key=key), key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _construct_float(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal:
    text = str(loader.construct_scalar(node)).replace("_", "")
    try:
        value = Decimal(text)
    except InvalidOperation:  # .inf, .nan and friends: not a score
        raise _Refused(phrase(pm.YAML_NOT_FINITE, text=text), node.start_mark) from None
    if not value.is_finite():
        raise _Refused(phrase(pm.YAML_NOT_FINITE, text=text), node.start_mark)
    return value


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    # Dates stay text (ISO 8601); the model checks them. This keeps hashing stable.
    return str(loader.construct_scalar(node))


def _construct_undefined(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    # PyYAML's own refusal of a tag it does not know (e.g. !!python/object), word for word
    raise _Refused(phrase(pm.YAML_UNKNOWN_TAG, tag=repr(node.tag)), node.start_mark)


_Loader.add_constructor(None, _construct_undefined)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def decode_text(data: bytes, path: str) -> str:
    """Decode a rubric file's bytes as UTF-8, naming the line of the first bad byte."""
    if not data.strip():
        raise RubricError(path, [Problem.of(1, None, pm.FILE_EMPTY)])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problem = Problem.of(line, None, pm.NOT_UTF8, byte=f"{data[exc.start]:02x}",
                             offset=exc.start)
        raise RubricError(path, [problem]) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise RubricError(path, [Problem.of(line, None, pm.BINARY_DATA)])
    return text


def parse_yaml(text: str, path: str) -> Any:
    """Parse YAML text into LineDict/LineList/str/int/Decimal/bool/None values."""
    last_line = max(1, len(text.splitlines()))
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = min(mark.line + 1, last_line) if mark is not None else 1
        what = exc.text if isinstance(exc, _Refused) else _parser_text(exc.problem or str(exc))
        if exc.context:
            problem = Problem.of(line, None, pm.YAML_INVALID_WHILE,
                                 context=_parser_text(exc.context), problem=what)
        else:
            problem = Problem.of(line, None, pm.YAML_INVALID, problem=what)
        raise RubricError(path, [problem]) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow
        # the C reader counts bytes of UTF-8, the pure-Python one characters
        prefix = text.encode("utf-8")[: exc.position] if _BaseLoader is not yaml.SafeLoader \
            else text[: exc.position].encode("utf-8")
        line = prefix.count(b"\n") + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        problem = Problem.of(line, None, pm.YAML_BAD_CHARACTER, code=f"{ord(char):04x}")
        raise RubricError(path, [problem]) from None
    except yaml.YAMLError as exc:
        raise RubricError(path, [Problem.of(1, None, pm.YAML_INVALID, problem=exc)]) from None
    except RecursionError:
        raise RubricError(path, [Problem.of(1, None, pm.YAML_NESTED_TOO_DEEPLY)]) from None


def _parser_text(text: str) -> Phrase | str:
    """The YAML parser's words, as a phrase the app translates when they are known."""
    return phrase(text) if text in pm.YAML_PARSER_TEXTS else text


def read_yaml_file(path: str | Path) -> Any:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise RubricError(str(path), [Problem.of(0, None, pm.CANNOT_READ,
                                                 reason=exc.strerror)]) from None
    return parse_yaml(decode_text(data, str(path)), str(path))


# --- writing -----------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    pass


def _represent_decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    text = format_decimal(value)
    tag = "tag:yaml.org,2002:int" if "." not in text else "tag:yaml.org,2002:float"
    return dumper.represent_scalar(tag, text)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(Decimal, _represent_decimal)
_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(LineDict, yaml.representer.SafeRepresenter.represent_dict)
_Dumper.add_representer(LineList, yaml.representer.SafeRepresenter.represent_list)
_Dumper.add_representer(_dt.date, yaml.representer.SafeRepresenter.represent_date)


def dump_yaml(data: Any) -> str:
    """Write data as readable YAML: Chinese kept as is, keys in the given order."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=False)
