"""What the rubric validator says about a rubric file, written once in English, translated by
the UI.

Each template is a ``{name}`` str.format text marked with ``QT_TRANSLATE_NOOP`` (context
``RubricProblems``), the name pyside6-lupdate looks for, so that ``scripts/build_assets.py
--update-translations`` collects it into the .ts files (the marker is the core's, from
:mod:`inspector.messages`, which does not import Qt either). A problem is made with ``Problem.of(line, code, TEMPLATE, **values)``
(:mod:`inspector.rubrics.errors`): ``rubric check`` prints the English text, the app translates
the template and fills in the same values (see ``inspector/ui/refusals.py``).

Values are data: codes, keys, names and numbers as the rubric file writes them. Words that
depend on the case ("a mapping", "an indicator") are phrases, templates of their own.
"""

from __future__ import annotations

from ..messages import QT_TRANSLATE_NOOP

CONTEXT = "RubricProblems"


# --- phrases: parts of a sentence (inspector.rubrics.errors.phrase) -------------------------
# what a value is (``_describe``) and what it must be (``_KIND_NAMES``)
A_MAPPING = QT_TRANSLATE_NOOP("RubricProblems", "a mapping")
A_LIST = QT_TRANSLATE_NOOP("RubricProblems", "a list")
NOTHING = QT_TRANSLATE_NOOP("RubricProblems", "nothing")
KIND_TEXT = QT_TRANSLATE_NOOP("RubricProblems", "text")
KIND_NUMBER = QT_TRANSLATE_NOOP("RubricProblems", "a number")
KIND_WHOLE_NUMBER = QT_TRANSLATE_NOOP("RubricProblems", "a whole number")
KIND_BOOL = QT_TRANSLATE_NOOP("RubricProblems", "true or false")
# where a field is (the ``what`` of unknown fields and of entries that must be mappings)
IN_RUBRIC = QT_TRANSLATE_NOOP("RubricProblems", "the rubric")
IN_INDICATOR = QT_TRANSLATE_NOOP("RubricProblems", "an indicator")
IN_GROUP = QT_TRANSLATE_NOOP("RubricProblems", "a group indicator (one with 'children')")
IN_BAND = QT_TRANSLATE_NOOP("RubricProblems", "a band")
IN_DEDUCTION = QT_TRANSLATE_NOOP("RubricProblems", "a deduction")
IN_ENTRY_OF = QT_TRANSLATE_NOOP("RubricProblems", "an entry of '{key}'")
IN_BONUS_ITEM = QT_TRANSLATE_NOOP("RubricProblems", "a bonus item")
IN_GRADE_RULE = QT_TRANSLATE_NOOP("RubricProblems", "a grade rule")

# --- fields (inspector.rubrics.build) -------------------------------------------------------
UNKNOWN_FIELD_DID_YOU_MEAN = QT_TRANSLATE_NOOP(
    "RubricProblems", "unknown field '{key}' in {what}; did you mean '{hint}'?")
UNKNOWN_FIELD_ALLOWED = QT_TRANSLATE_NOOP(
    "RubricProblems", "unknown field '{key}' in {what}; allowed here: {allowed}")
REQUIRED = QT_TRANSLATE_NOOP("RubricProblems", "'{key}' is required")
WRONG_KIND = QT_TRANSLATE_NOOP("RubricProblems", "'{key}' must be {kind}, not {got}")
EMPTY_TEXT = QT_TRANSLATE_NOOP("RubricProblems", "'{key}' must not be empty")
EMPTY = QT_TRANSLATE_NOOP("RubricProblems", "'{key}' is empty")
NUMBER_TOO_LARGE = QT_TRANSLATE_NOOP(
    "RubricProblems", "'{key}' is {value}; numbers here are at most {maximum} with at most "
                      "{decimals} decimal places")
NOT_POSITIVE = QT_TRANSLATE_NOOP("RubricProblems", "'{key}' must be greater than 0, not {value}")
NEGATIVE = QT_TRANSLATE_NOOP("RubricProblems", "'{key}' must not be negative, not {value}")
NOT_AN_OPTION = QT_TRANSLATE_NOOP(
    "RubricProblems", "'{key}' is '{value}'; expected one of: {options}")
NOT_A_MAPPING = QT_TRANSLATE_NOOP(
    "RubricProblems", "{what} must be a mapping (key: value lines), not {got}")

# --- the rubric as a whole and its metadata --------------------------------------------------
RUBRIC_NOT_A_MAPPING = QT_TRANSLATE_NOOP(
    "RubricProblems", "a rubric file must be a mapping of fields, not {got}")
FORMAT_UNSUPPORTED = QT_TRANSLATE_NOOP(
    "RubricProblems", "format {format} is not supported by this version of the app (it reads "
                      "format {supported})")
INDICATORS_REQUIRED = QT_TRANSLATE_NOOP(
    "RubricProblems", "'indicators' is required (the indicator tree)")
NO_INDICATOR = QT_TRANSLATE_NOOP("RubricProblems", "'indicators' has no indicator")
GRADES_REQUIRED = QT_TRANSLATE_NOOP(
    "RubricProblems", "'grades' is required (at least a fallback grade)")
RUBRIC_POINTS_MISMATCH = QT_TRANSLATE_NOOP(
    "RubricProblems", "'points' says the rubric is worth {declared}, but its areas add up to "
                      "{total}")
BAD_ID = QT_TRANSLATE_NOOP(
    "RubricProblems", "'id' is '{id}'; use letters, digits, '.', '_' and '-' only")
UNKNOWN_SCHOOL_TYPE = QT_TRANSLATE_NOOP(
    "RubricProblems", "school type '{value}' is unknown; expected: {options}")
IMPLAUSIBLE_YEAR = QT_TRANSLATE_NOOP("RubricProblems", "'year' {year} is not a plausible year")
BAD_DATE = QT_TRANSLATE_NOOP(
    "RubricProblems", "'effective' is '{value}'; write a date as YYYY-MM-DD")
NESTED_TOO_DEEPLY = QT_TRANSLATE_NOOP("RubricProblems", "the indicator tree is nested too deeply")
INCOMPLETE = QT_TRANSLATE_NOOP("RubricProblems", "the rubric is incomplete")

# --- coefficient levels and attainment bands -------------------------------------------------
COEFFICIENT_DECIMALS = QT_TRANSLATE_NOOP(
    "RubricProblems", "level '{name}': coefficient {value} has more than {decimals} decimal "
                      "places")
COEFFICIENT_RANGE = QT_TRANSLATE_NOOP(
    "RubricProblems", "level '{name}' needs a coefficient between 0 and 1, not {got}")
BAND_MIN_ABOVE_100 = QT_TRANSLATE_NOOP("RubricProblems", "band min {value}% is above 100%")
BAND_FRACTION_ABOVE_1 = QT_TRANSLATE_NOOP("RubricProblems", "band fraction {value} is above 1")
NO_BAND = QT_TRANSLATE_NOOP("RubricProblems", "'bands' needs at least one band")
BANDS_ORDER = QT_TRANSLATE_NOOP(
    "RubricProblems", "bands must be listed from the highest 'min' to the lowest")
LAST_BAND_NOT_ZERO = QT_TRANSLATE_NOOP(
    "RubricProblems", "the last band must have 'min: 0' so every percent has a band")
BAND_FRACTIONS_ORDER = QT_TRANSLATE_NOOP(
    "RubricProblems", "a lower band must not earn a larger fraction than a higher one")

# --- the indicator tree ----------------------------------------------------------------------
BAD_CODE = QT_TRANSLATE_NOOP(
    "RubricProblems", "a code must be 1–24 letters, digits, '.', '_' or '-' (e.g. A1, B3, C12)")
BAD_CONDITION_CODE = QT_TRANSLATE_NOOP(
    "RubricProblems", "a code must be 1–24 letters, digits, '.', '_' or '-'")
AREA_NEEDS_CHILDREN = QT_TRANSLATE_NOOP(
    "RubricProblems", "a top-level area (一级指标) needs 'children'; a rubric has {min} to {max} "
                      "levels")
TOO_DEEP = QT_TRANSLATE_NOOP("RubricProblems", "too deep: a rubric has at most {max} levels")
GROUP_POINTS_MISMATCH = QT_TRANSLATE_NOOP(
    "RubricProblems", "points {declared} declared, but the children add up to {total} "
                      "({terms})")
DESCRIPTIVE_HAS_POINTS = QT_TRANSLATE_NOOP(
    "RubricProblems", "a descriptive item carries no points")
ITEM_NEEDS_POINTS = QT_TRANSLATE_NOOP("RubricProblems", "a {mode} item needs points above 0")
BAD_REQUIRES = QT_TRANSLATE_NOOP(
    "RubricProblems", "'requires' lists '{value}'; expected note and/or photo")
EVIDENCE_COMMA = QT_TRANSLATE_NOOP(
    "RubricProblems", "evidence method '{method}' contains a comma; write each method as its "
                      "own list item")
ONLY_FOR_MODE = QT_TRANSLATE_NOOP(
    "RubricProblems", "'{key}' only applies to mode {wanted}, this item is {mode}")
DEDUCTIONS_REQUIRED = QT_TRANSLATE_NOOP(
    "RubricProblems", "a deduction item needs 'deductions' (the checklist)")
DEDUCTION_KEY_TWICE = QT_TRANSLATE_NOOP(
    "RubricProblems", "deduction key '{key}' appears twice in this item")
BONUS_DESCRIPTIVE = QT_TRANSLATE_NOOP(
    "RubricProblems", "a bonus item must carry points (not descriptive)")
BONUS_NO_ITEMS = QT_TRANSLATE_NOOP(
    "RubricProblems", "'bonus' needs at least one item under 'items'")
GRADE_AREAS_NEED_MINIMUM = QT_TRANSLATE_NOOP(
    "RubricProblems", "grade '{name}': 'areas' needs 'min_area_percent'")

# --- checks across the whole rubric (inspector.rubrics.checks) -------------------------------
CODE_TWICE = QT_TRANSLATE_NOOP(
    "RubricProblems", "the code {code} is used twice (first on line {first})")
POINTS_OFF_STEP = QT_TRANSLATE_NOOP(
    "RubricProblems", "points {points} is not a multiple of the step {step}, so full marks are "
                      "unreachable")
COEFFICIENT_NEEDS_LEVELS = QT_TRANSLATE_NOOP(
    "RubricProblems", "a coefficient item needs 'levels', here or under 'scoring' for the whole "
                      "rubric")
BANDS_ITEM_NEEDS_BANDS = QT_TRANSLATE_NOOP(
    "RubricProblems", "a bands item needs 'bands', here or under 'scoring' for the whole rubric")
DESCRIPTIVE_NOT_APPLICABLE = QT_TRANSLATE_NOOP(
    "RubricProblems", "a descriptive item cannot be marked not applicable")
GRADE_TWICE = QT_TRANSLATE_NOOP(
    "RubricProblems", "grade '{name}' is defined twice (first on line {first})")
GRADE_TOTAL_UNREACHABLE = QT_TRANSLATE_NOOP(
    "RubricProblems", "grade '{name}' needs a total of {total}, but at most {maximum} can be "
                      "scored")
GRADE_PERCENT_UNREACHABLE = QT_TRANSLATE_NOOP(
    "RubricProblems", "grade '{name}' needs {percent}%, but at most {maximum}% can be scored")
GRADE_PERCENT_ABOVE_100 = QT_TRANSLATE_NOOP(
    "RubricProblems", "grade '{name}': '{key}' {value} is above 100")
GRADE_UNKNOWN_AREA = QT_TRANSLATE_NOOP(
    "RubricProblems", "grade '{name}' names area '{code}', which is not a top-level indicator")
GRADE_WITHOUT_KEY_ITEMS = QT_TRANSLATE_NOOP(
    "RubricProblems", "grade '{name}' sets 'key_items_min_percent' but no indicator is marked "
                      "key (★)")
GRADE_UNREACHABLE = QT_TRANSLATE_NOOP(
    "RubricProblems", "grade '{name}' can never be reached: grade '{fallback}' before it has no "
                      "condition and always applies")
LAST_GRADE_HAS_CONDITION = QT_TRANSLATE_NOOP(
    "RubricProblems", "the last grade ('{name}') must have no condition, so that every result "
                      "gets a grade (e.g. name: 不合格, passed: false)")
NO_PASSING_GRADE = QT_TRANSLATE_NOOP(
    "RubricProblems", "no grade has 'passed: true'; nobody could ever pass")

# --- the file and its YAML (inspector.rubrics.source, inspector.rubrics.io) -----------------
CANNOT_READ = QT_TRANSLATE_NOOP("RubricProblems", "cannot read the file: {reason}")
FILE_EMPTY = QT_TRANSLATE_NOOP("RubricProblems", "the file is empty")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "RubricProblems", "not UTF-8 text (byte 0x{byte} at offset {offset}); save the file as UTF-8")
BINARY_DATA = QT_TRANSLATE_NOOP("RubricProblems", "the file contains binary data (NUL bytes)")
STORED_NOT_JSON = QT_TRANSLATE_NOOP("RubricProblems", "stored rubric is not valid JSON: {detail}")
INTERNAL_ERROR = QT_TRANSLATE_NOOP("RubricProblems", "internal error while loading: {error}")
YAML_INVALID = QT_TRANSLATE_NOOP("RubricProblems", "invalid YAML: {problem}")
YAML_INVALID_WHILE = QT_TRANSLATE_NOOP("RubricProblems", "invalid YAML: {context}: {problem}")
YAML_BAD_CHARACTER = QT_TRANSLATE_NOOP(
    "RubricProblems", "invalid YAML: the character #x{code} is not allowed (delete it)")
YAML_NESTED_TOO_DEEPLY = QT_TRANSLATE_NOOP("RubricProblems", "invalid YAML: nested too deeply")
# what the YAML reader itself refuses ({problem} of the two above)
YAML_KEY_NOT_TEXT = QT_TRANSLATE_NOOP("RubricProblems", "a key must be text, not {type}")
YAML_KEY_TWICE = QT_TRANSLATE_NOOP(
    "RubricProblems", "the key '{key}' appears twice in this mapping")
YAML_NOT_FINITE = QT_TRANSLATE_NOOP("RubricProblems", "'{text}' is not a finite number")
YAML_UNKNOWN_TAG = QT_TRANSLATE_NOOP(
    "RubricProblems", "could not determine a constructor for the tag {tag}")

# The parser's own words (libyaml's, which PyYAML uses, and PyYAML's), exactly as it writes
# them: those an author is likely to meet are translated; any other is shown as it is.
YAML_PARSER_TEXTS = frozenset((
    QT_TRANSLATE_NOOP("RubricProblems", "while parsing a block collection"),
    QT_TRANSLATE_NOOP("RubricProblems", "while parsing a block mapping"),
    QT_TRANSLATE_NOOP("RubricProblems", "while parsing a block node"),
    QT_TRANSLATE_NOOP("RubricProblems", "while parsing a flow mapping"),
    QT_TRANSLATE_NOOP("RubricProblems", "while parsing a flow node"),
    QT_TRANSLATE_NOOP("RubricProblems", "while parsing a flow sequence"),
    QT_TRANSLATE_NOOP("RubricProblems", "while parsing a node"),
    QT_TRANSLATE_NOOP("RubricProblems", "while parsing a quoted scalar"),
    QT_TRANSLATE_NOOP("RubricProblems", "while parsing a tag"),
    QT_TRANSLATE_NOOP("RubricProblems", "while scanning a block scalar"),
    QT_TRANSLATE_NOOP("RubricProblems", "while scanning a plain scalar"),
    QT_TRANSLATE_NOOP("RubricProblems", "while scanning a quoted scalar"),
    QT_TRANSLATE_NOOP("RubricProblems", "while scanning a simple key"),
    QT_TRANSLATE_NOOP("RubricProblems", "while scanning a tag"),
    QT_TRANSLATE_NOOP("RubricProblems", "while scanning an alias"),
    QT_TRANSLATE_NOOP("RubricProblems", "while scanning an anchor"),
    QT_TRANSLATE_NOOP("RubricProblems", "while scanning for the next token"),
    QT_TRANSLATE_NOOP("RubricProblems", "while constructing a mapping"),
    QT_TRANSLATE_NOOP("RubricProblems", "while increasing block level"),
    QT_TRANSLATE_NOOP("RubricProblems", "while increasing flow level"),
    QT_TRANSLATE_NOOP("RubricProblems", "exceeded maximum nesting depth"),
    QT_TRANSLATE_NOOP("RubricProblems", "expected a single document in the stream"),
    QT_TRANSLATE_NOOP("RubricProblems", "but found another document"),
    QT_TRANSLATE_NOOP("RubricProblems", "found duplicate anchor; first occurrence"),
    QT_TRANSLATE_NOOP("RubricProblems", "second occurrence"),
    QT_TRANSLATE_NOOP("RubricProblems", "found undefined alias"),
    QT_TRANSLATE_NOOP("RubricProblems", "mapping values are not allowed in this context"),
    QT_TRANSLATE_NOOP("RubricProblems", "mapping keys are not allowed in this context"),
    QT_TRANSLATE_NOOP("RubricProblems", "block sequence entries are not allowed in this context"),
    QT_TRANSLATE_NOOP("RubricProblems", "could not find expected ':'"),
    QT_TRANSLATE_NOOP("RubricProblems", "did not find expected key"),
    QT_TRANSLATE_NOOP("RubricProblems", "did not find expected '-' indicator"),
    QT_TRANSLATE_NOOP("RubricProblems", "did not find expected ',' or ']'"),
    QT_TRANSLATE_NOOP("RubricProblems", "did not find expected ',' or '}'"),
    QT_TRANSLATE_NOOP("RubricProblems", "did not find expected node content"),
    QT_TRANSLATE_NOOP("RubricProblems", "did not find expected <document start>"),
    QT_TRANSLATE_NOOP("RubricProblems", "did not find expected alphabetic or numeric character"),
    QT_TRANSLATE_NOOP("RubricProblems", "did not find expected comment or line break"),
    QT_TRANSLATE_NOOP("RubricProblems", "did not find expected whitespace or line break"),
    QT_TRANSLATE_NOOP("RubricProblems", "found character that cannot start any token"),
    QT_TRANSLATE_NOOP("RubricProblems", "found a tab character that violates indentation"),
    QT_TRANSLATE_NOOP("RubricProblems",
                      "found a tab character where an indentation space is expected"),
    QT_TRANSLATE_NOOP("RubricProblems", "found an indentation indicator equal to 0"),
    QT_TRANSLATE_NOOP("RubricProblems", "found unexpected end of stream"),
    QT_TRANSLATE_NOOP("RubricProblems", "found unexpected document indicator"),
    QT_TRANSLATE_NOOP("RubricProblems", "found unexpected ':'"),
    QT_TRANSLATE_NOOP("RubricProblems", "found unknown escape character"),
    QT_TRANSLATE_NOOP("RubricProblems", "found undefined tag handle"),
    QT_TRANSLATE_NOOP("RubricProblems", "control characters are not allowed"),
))

# --- Excel workbooks (inspector.rubrics.xlsx) ------------------------------------------------
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP("RubricProblems", "not a readable .xlsx workbook: {detail}")
NO_SHEET = QT_TRANSLATE_NOOP("RubricProblems", "the workbook has no sheet '{sheet}'")
PAIR_FORM = QT_TRANSLATE_NOOP("RubricProblems", "{what}: '{part}' should read name=value")
PAIR_NOT_A_NUMBER = QT_TRANSLATE_NOOP("RubricProblems", "{what}: '{value}' is not a number")
LEVEL_NAME_EMPTY = QT_TRANSLATE_NOOP("RubricProblems", "等级 (the level name) is empty")
UNKNOWN_SECTION = QT_TRANSLATE_NOOP(
    "RubricProblems", "类别 '{section}' is unknown; use one of {options}")
BAD_LEVEL = QT_TRANSLATE_NOOP("RubricProblems", "层级 must be 1, 2, 3 or 4, not '{level}'")
LEVEL_SKIPPED = QT_TRANSLATE_NOOP(
    "RubricProblems", "层级 {level} follows a row of level {above}: a level was skipped")
BAD_DEDUCTION_LINE = QT_TRANSLATE_NOOP(
    "RubricProblems", "deduction '{line}' should read 代码 | 内容 | 分值")
