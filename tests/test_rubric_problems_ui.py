"""The problems of rubric files: made from templates, English for ``rubric check``, and in the
interface's language in the app.

The templates live in inspector/rubrics/problem_messages.py; every call site must give exactly
the fields its template names (an AST check, as for the core's refusals). The English text is
pinned word for word for a few representative mistakes; the app's problems dialog is opened on
real broken files with the built Chinese translations installed."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from openpyxl import load_workbook

from inspector.rubrics import Catalog, Problem, RubricError, load_rubric, rubric_from_text
from inspector.rubrics import problem_messages as pm
from inspector.rubrics.errors import Loc, phrase
from inspector.rubrics.xlsx import GRADES_SHEET, export_xlsx, import_xlsx
from inspector.ui import i18n
from inspector.ui.problems_dialog import ProblemsDialog
from inspector.ui.refusals import problem_lines, problem_text

ROOT = Path(__file__).resolve().parent.parent
RUBRICS = ROOT / "inspector" / "rubrics"
SAMPLE_PATH = ROOT / "tests" / "data" / "rubrics" / "sample.yaml"
SAMPLE = SAMPLE_PATH.read_text(encoding="utf-8")
TEMPLATES = {name: value for name, value in vars(pm).items()
             if name.isupper() and isinstance(value, str) and name != "CONTEXT"}


def edited(old: str, new: str) -> str:
    assert SAMPLE.count(old) >= 1, old
    return SAMPLE.replace(old, new, 1)


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


@pytest.fixture
def chinese(qapp):
    assert i18n.apply_language(qapp, "zh_CN"), "run scripts/build_assets.py first"
    yield
    i18n.apply_language(qapp, "en")


# --- (a) every call site gives exactly its template's fields -------------------------------


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def _template_argument(call: ast.Call) -> ast.expr | None:
    """The argument of a call that is the template: ``Problem.of(line, code, T, …)``,
    ``problem(line, code, T, …)`` (the builder's and the checks' reporter), ``phrase(T, …)``."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    index = {"of": 2, "problem": 2, "phrase": 0}.get(name)
    return call.args[index] if index is not None and len(call.args) > index else None


def test_every_template_names_only_fields_it_is_given():
    """A field the code does not give would make the English text fail; one it gives but the
    template does not name would be lost in every language."""
    calls, used, passed_on = 0, set(), set()
    for path in sorted(RUBRICS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            arg = _template_argument(node)
            if arg is None:
                continue
            where = f"{path.name}:{node.lineno}"
            if not (isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name)
                    and arg.value.id == "pm"):
                passed_on.add(f"{path.name}: {ast.unparse(node)}")
                continue
            assert arg.attr in TEMPLATES, f"{where}: pm.{arg.attr} is not a template"
            given = {k.arg for k in node.keywords}
            assert None not in given, f"{where}: values are named one by one, not **expanded"
            fields = _fields(TEMPLATES[arg.attr])
            assert fields == given, f"{where} {arg.attr}: template fields {fields}, given {given}"
            used.add(arg.attr)
            calls += 1
    assert calls > 90, "the problems made from templates were not found"
    # the only calls that hand on a template they were given (checked where they are called)
    assert passed_on == {
        "build.py: Problem.of(line, code, template, **values)",
        "build.py: phrase(_KIND_NAMES[kind])",
        "source.py: phrase(text)",
    }
    assert set(TEMPLATES) - used <= {"A_MAPPING", "A_LIST", "KIND_TEXT", "KIND_NUMBER",
                                     "KIND_WHOLE_NUMBER", "KIND_BOOL"}, "unused templates"


def test_every_problem_is_made_from_a_template():
    """No problem is written as a plain (English-only) text in the validator."""
    for path in sorted(RUBRICS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id != "Problem", f"{path.name}:{node.lineno}: use Problem.of"


def test_the_templates_handed_on_have_no_fields():
    from inspector.rubrics.build import _KIND_NAMES

    for template in _KIND_NAMES.values():
        assert not _fields(template)
    for text in pm.YAML_PARSER_TEXTS:  # the parser's words, used as they are (some have '}')
        assert str(phrase(text)) == text


# --- (b) the commands keep the English text -----------------------------------------------


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("            points: 4\n", "            pionts: 4\n", [
        "rubric.yaml:39: C1: 'points' is required",
        "rubric.yaml:41: C1: unknown field 'pionts' in an indicator; did you mean 'points'?"]),
    ("evidence: [实地察看, 查阅资料]", "evidence: {a: 1}", [
        "rubric.yaml:43: C1: 'evidence' must be a list, not a mapping"]),
    ("        points: 20\n", "        points: 21\n", [
        "rubric.yaml:33: A1: points 20 declared, but the children add up to 21 (21)",
        "rubric.yaml:37: B1: points 21 declared, but the children add up to 20 (4 + 6 + 5 + 5)"]),
    ("evidence: [实地察看, 查阅资料]", "evidence: [实地察看, 查阅资料", [
        "rubric.yaml:44: -: invalid YAML: while parsing a flow sequence: did not find expected "
        "',' or ']'"]),
    ("            points: 4\n", "            points: 4\n            points: 5\n", [
        "rubric.yaml:42: -: invalid YAML: the key 'points' appears twice in this mapping"]),
    ("title: 校园校舍", "title: !foo 校园校舍", [
        "rubric.yaml:36: -: invalid YAML: could not determine a constructor for the tag '!foo'"]),
    ("    min_total: 28", "    min_total: 280", [
        "rubric.yaml:104: -: grade '合格' needs a total of 280, but at most 43 can be scored"]),
    ("mode: bands", "mode: band", [
        "rubric.yaml:42: C1: 'mode' is 'band'; expected one of: points, deduction, coefficient, "
        "bands, pass_fail, descriptive"]),
], ids=["unknown field", "list", "group sum", "yaml", "key twice", "tag", "grade", "mode"])
def test_the_english_text_is_unchanged(old, new, expected):
    with pytest.raises(RubricError) as caught:
        rubric_from_text(edited(old, new), "rubric.yaml")
    assert caught.value.lines() == expected
    assert str(caught.value) == "\n".join(expected)


def test_a_rubric_that_is_a_list_is_described_in_english():
    with pytest.raises(RubricError) as caught:
        rubric_from_text("- a\n- b\n", "rubric.yaml")
    assert caught.value.lines() == [
        "rubric.yaml:1: -: a rubric file must be a mapping of fields, not a list"]


def test_a_problem_is_still_made_from_its_three_fields():
    plain = Problem(3, "C1", "made elsewhere")
    made = Problem.of(3, "C1", pm.REQUIRED, key="title")
    assert made.message == "'title' is required" and made.values == (("key", "title"),)
    assert made == Problem(3, "C1", "'title' is required")  # compared by line, code, message
    assert len({plain, made, Problem.of(3, "C1", pm.REQUIRED, key="title")}) == 2
    assert Problem.of(Loc(0, "指标"), None, pm.NO_SHEET, sheet="指标").format("a.xlsx") \
        == "a.xlsx[指标]:0: -: the workbook has no sheet '指标'"


# --- (c) the app shows the problems in Chinese ----------------------------------------------


@pytest.fixture
def broken_files(tmp_path):
    """A folder of broken rubrics (an unknown field with a suggestion and a missing required
    key; a list where a list is due; a bad YAML line) and a workbook without its grade sheet."""
    folder = tmp_path / "rubrics"
    folder.mkdir()
    one = edited("            points: 4\n", "            pionts: 4\n").replace(
        "title: 测试用评估标准\n", "", 1)
    (folder / "a-fields.yaml").write_text(one, encoding="utf-8")
    (folder / "b-list.yaml").write_text(
        edited("evidence: [实地察看, 查阅资料]", "evidence: {a: 1}"), encoding="utf-8")
    (folder / "c-yaml.yaml").write_text(
        edited("title: 办学条件", "title: 办学条件: 硬件"), encoding="utf-8")
    workbook = tmp_path / "标准.xlsx"
    export_xlsx(load_rubric(SAMPLE_PATH), workbook)
    wb = load_workbook(workbook)
    del wb[GRADES_SHEET]
    wb.save(workbook)
    errors = Catalog.discover([folder]).errors
    with pytest.raises(RubricError) as caught:
        import_xlsx(workbook)
    return folder, one, [*errors, caught.value]


def _sentence(line: str) -> str:
    """A dialog line without its FILE:LINE: CODE: prefix and without the quoted data."""
    message = re.sub(r"^.+?:\d+: \S+: ", "", line)
    return re.sub(r"'[^']*'", "", message)


def test_the_problems_dialog_speaks_chinese(chinese, qtbot, broken_files):
    folder, one, errors = broken_files
    assert len(errors) == 4
    dialog = ProblemsDialog(errors)
    qtbot.addWidget(dialog)
    shown = dialog.text.toPlainText().splitlines()
    c1 = line_of(one, "- code: C1")
    a, b, c = (folder / "a-fields.yaml", folder / "b-list.yaml", folder / "c-yaml.yaml")
    assert f"{a}:{line_of(one, 'format: 1')}: -: 缺少必填字段 'title'" in shown  # the top
    assert f"{a}:{c1}: C1: 缺少必填字段 'points'" in shown
    assert f"{a}:{line_of(one, 'pionts')}: C1: 指标中有未知字段 'pionts'；是否应为 'points'？" \
        in shown
    assert f"{b}:{line_of(SAMPLE, 'evidence: [')}: C1: 'evidence' 应为列表，而不是键值对" in shown
    assert f"{c}:{line_of(SAMPLE, 'title: 办学条件')}: -: YAML 格式错误：此处不允许出现“键: 值”" \
        in shown
    assert f"{errors[-1].path}[等级规则]:0: -: 工作簿中没有工作表 '等级规则'" in shown
    assert len(shown) == sum(len(error.problems) for error in errors)
    for line in shown:
        words = re.findall(r"[A-Za-z]{2,}", _sentence(line))
        assert set(words) <= {"YAML"}, f"English words {words} in: {line}"
    # the commands (and str() of the error) keep the English text
    assert any("unknown field 'pionts' in an indicator; did you mean 'points'?" in line
               for line in errors[0].lines())


def test_the_english_interface_shows_the_english_text(qapp, qtbot, broken_files):
    i18n.apply_language(qapp, "en")
    errors = broken_files[2]
    dialog = ProblemsDialog(errors)
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText().splitlines() == \
        [line for error in errors for line in error.lines()]


def test_a_translation_that_loses_a_field_falls_back_to_english(monkeypatch, qapp):
    import inspector.ui.refusals as refusals

    class Lossy:
        @staticmethod
        def translate(context, text):
            return "{nope}" if context == "RubricProblems" else text

    problem = Problem.of(7, "C1", pm.REQUIRED, key="title")
    monkeypatch.setattr(refusals, "QCoreApplication", Lossy)
    assert problem_text(problem) == "'title' is required"
    assert problem_text(Problem(7, "C1", "no template")) == "no template"


def test_problem_lines_translate_nested_phrases(chinese):
    error = RubricError("r.yaml", [Problem.of(
        4, None, pm.NOT_A_MAPPING, what=phrase(pm.IN_ENTRY_OF, key="vetoes"),
        got=phrase(pm.A_LIST))])
    assert problem_lines(error) == ["r.yaml:4: -: 'vetoes' 的条目必须是键值对（若干“键: 值”行），而不是列表"]
    assert error.lines() == [
        "r.yaml:4: -: an entry of 'vetoes' must be a mapping (key: value lines), not a list"]
