"""The offline store: one SQLite database per user, every edit saved the moment it is made.

    with Store.open() as store:                     # $INSPECTOR_HOME or the user data folder
        ev = store.evaluations.create("330110001", rubric)
        store.evaluations.set_answer(ev.id, "C1", 4)  # validated, committed, logged
        store.evaluations.finalize(ev.id)             # frozen by database triggers
"""

from ..lazy import lazy_getattr

# Every name is imported on first use (PEP 562): the app's start-up needs the store itself and
# the evaluations' list, not the validation, scoring, attachments or backups behind the other
# names (nor what they import: scoring and the rubric model, uuid, hashlib …).
_LAZY = {
    "CorruptDatabase": "database", "StoreError": "database",
    "AnswerRecord": "evaluations", "Attachment": "evaluations", "Evaluation": "evaluations",
    "EvaluationSheet": "evaluations", "FinalizeBlocked": "evaluations", "Finding": "evaluations",
    "Inspector": "records", "School": "records",
    "FINDING_KINDS": "schema", "SCHOOL_TYPES": "schema", "STATUSES": "schema",
    "VISIT_KINDS": "schema",
    "Store": "store", "restore": "store",
}


__getattr__ = lazy_getattr(__name__, _LAZY)


__all__ = [
    "FINDING_KINDS", "SCHOOL_TYPES", "STATUSES", "VISIT_KINDS", "AnswerRecord", "Attachment",
    "CorruptDatabase", "Evaluation", "EvaluationSheet", "FinalizeBlocked", "Finding",
    "Inspector", "School", "Store", "StoreError", "restore",
]
