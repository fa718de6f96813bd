"""The offline store: one SQLite database per user, every edit saved the moment it is made.

    with Store.open() as store:                     # $INSPECTOR_HOME or the user data folder
        ev = store.evaluations.create("330110001", rubric)
        store.evaluations.set_answer(ev.id, "C1", 4)  # validated, committed, logged
        store.evaluations.finalize(ev.id)             # frozen by database triggers
"""

from .database import CorruptDatabase, StoreError
from .evaluations import (
    AnswerRecord,
    Attachment,
    Evaluation,
    EvaluationSheet,
    FinalizeBlocked,
    Finding,
)
from .records import Inspector, School
from .schema import FINDING_KINDS, SCHOOL_TYPES, STATUSES, VISIT_KINDS
from .store import Store, restore

__all__ = [
    "FINDING_KINDS", "SCHOOL_TYPES", "STATUSES", "VISIT_KINDS", "AnswerRecord", "Attachment",
    "CorruptDatabase", "Evaluation", "EvaluationSheet", "FinalizeBlocked", "Finding",
    "Inspector", "School", "Store", "StoreError", "restore",
]
