"""Rubrics: the evaluation standards, as data that bureau staff write and update.

Public interface::

    load_rubric(path) -> Rubric            # a YAML file; RubricError lists every problem
    rubric_from_text(text, path) -> Rubric
    rubric_to_yaml(rubric) -> str          # the authored form, as a bureau author would write it
    rubric_to_json(rubric) / rubric_from_json(text)   # how the store keeps a rubric alongside
    Catalog.discover() -> Catalog          # every rubric available to this user

The format is documented for authors in docs/rubric-format.md.
"""

from ..lazy import lazy_getattr
from .vocabulary import (
    FAMILY_LABELS,
    MODE_LABELS,
    SCHOOL_TYPE_LABELS,
    Evidence,
    Family,
    Mode,
    NotApplicablePolicy,
    SchoolType,
)

# Only the vocabulary (enumerations and their labels, which the home page shows) is imported
# with the package. The model (dataclasses, decimals), reading and writing rubric files (YAML,
# the validator) and the catalog are imported on first use (PEP 562): the app's start-up needs
# none of them before its first frame.
_LAZY = {
    "Problem": "errors", "RubricError": "errors",
    "Band": "model", "Bonus": "model", "Condition": "model", "Deduction": "model",
    "GradeRule": "model", "Level": "model", "Node": "model", "Rubric": "model",
    "Catalog": "catalog", "LazyCatalog": "catalog", "rubric_dirs": "catalog",
    "load_rubric": "io", "rubric_from_json": "io", "rubric_from_text": "io",
    "rubric_to_json": "io", "rubric_to_yaml": "io",
}


__getattr__ = lazy_getattr(__name__, _LAZY)


__all__ = [
    "FAMILY_LABELS", "MODE_LABELS", "SCHOOL_TYPE_LABELS", "Band", "Bonus", "Catalog", "Condition",
    "Deduction", "Evidence", "Family", "GradeRule", "LazyCatalog", "Level", "Mode", "Node",
    "NotApplicablePolicy", "Problem", "Rubric", "RubricError", "SchoolType", "load_rubric",
    "rubric_dirs", "rubric_from_json", "rubric_from_text", "rubric_to_json", "rubric_to_yaml",
]
