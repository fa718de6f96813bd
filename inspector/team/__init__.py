"""Expert-team evaluations (专家组评估), the pure core: several members score the same school
with the same rubric, and the lead merges their scoresheets.

Public interface::

    merge(rubric, sheets, policy, *, ownership, settlements, threshold, trim_min) -> MergeResult
    MergeResult.answers / .items / .disagreements / .unsettled / .require_settled()
    merge_to_json(result) -> dict; recompute(rubric, data) -> MergeResult; verify(rubric, data)

The rules (policies, rounding, what cannot be averaged, NA) are in merge.py and rules.py.
"""

from .json_form import merge_to_json, recompute, verify
from .merge import merge
from .model import (
    DEFAULT_THRESHOLD,
    DEFAULT_TRIM_MIN,
    Disagreement,
    ItemMerge,
    MemberValue,
    MergeResult,
    Method,
    Policy,
    Scoresheet,
    Settlement,
    Status,
    TeamError,
    Unsettled,
)

__all__ = [
    "DEFAULT_THRESHOLD", "DEFAULT_TRIM_MIN", "Disagreement", "ItemMerge", "MemberValue",
    "MergeResult", "Method", "Policy", "Scoresheet", "Settlement", "Status", "TeamError",
    "Unsettled", "merge", "merge_to_json", "recompute", "verify",
]
