"""The values an evaluation is read as: its record, an item's answer, a finding, an attached
file, and the evaluation opened for work (:class:`EvaluationSheet`) with what blocks
finalizing it. Immutable except the sheet; no database access here."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..rubrics.vocabulary import Evidence
from .database import StoreError

if TYPE_CHECKING:
    from ..rubrics.model import Rubric
    from ..scoring import Answer, Result


class FinalizeBlocked(StoreError):
    def __init__(self, blockers: list[str]):
        self.blockers = blockers
        super().__init__("cannot finalize:\n" + "\n".join(f"  - {b}" for b in blockers))


@dataclass(frozen=True)
class AnswerRecord:
    """One item's stored answer: the inspector's value, the school's own, the note, and who
    changed it last."""

    value: Answer | None
    self_value: Answer | None
    note: str
    updated_at: str
    updated_by: str


@dataclass(frozen=True)
class Finding:
    """A strength, problem or rectification written for an evaluation (or one of its items)."""

    id: int
    code: str | None
    kind: str
    text: str
    deadline: str | None
    created_at: str
    created_by: str

    def to_json(self) -> dict:
        return {"id": self.id, "code": self.code, "kind": self.kind, "text": self.text,
                "deadline": self.deadline, "created_at": self.created_at,
                "created_by": self.created_by}


@dataclass(frozen=True)
class Attachment:
    """An evidence file linked to an evaluation (``code`` "" for the whole evaluation), stored
    by its SHA-256 at ``path``."""

    code: str
    sha256: str
    filename: str
    mime: str
    size: int
    added_at: str
    path: Path

    def to_json(self) -> dict:
        return {"code": self.code or None, "sha256": self.sha256, "filename": self.filename,
                "mime": self.mime, "size": self.size, "added_at": self.added_at}


@dataclass(frozen=True)
class Evaluation:
    """An evaluation's record: school, rubric (by content hash), visit, status and revision."""

    id: str
    school_code: str
    rubric_hash: str
    kind: str
    visit_date: str
    team: list[str]
    created_by: str
    status: str
    revision: int
    supersedes: str | None
    superseded_by: str | None
    created_at: str
    updated_at: str
    finalized_at: str | None
    finalized_by: str | None

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    def to_json(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass
class EvaluationSheet:
    """An evaluation opened for work: its record, its rubric, its answers and its score."""

    evaluation: Evaluation
    rubric: Rubric
    answers: dict[str, AnswerRecord]
    findings: list[Finding] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)

    def values(self) -> dict[str, Answer]:
        return {c: a.value for c, a in self.answers.items() if a.value is not None}

    def result(self) -> Result:
        from ..scoring import score

        return score(self.rubric, self.values())

    def missing_evidence(self) -> list[str]:
        """Leaves answered (not N/A) whose required note or photo is missing."""
        from ..scoring import NA

        photos = {a.code for a in self.attachments if a.mime.startswith("image/")}
        missing = []
        for leaf in (*self.rubric.leaves(), *self.rubric.bonus_items()):
            record = self.answers.get(leaf.code)
            if record is None or record.value is None or record.value is NA:
                continue
            if Evidence.NOTE in leaf.requires and not record.note.strip():
                missing.append(f"{leaf.code} 缺少必需的文字说明")
            if Evidence.PHOTO in leaf.requires and leaf.code not in photos:
                missing.append(f"{leaf.code} 缺少必需的照片")
        return missing

    def finalize_report(self) -> tuple[list[str], list[str]]:
        """(blockers, warnings) for finalizing: what must be fixed and what to confirm."""
        result = self.result()
        blockers = [f"{code} 尚未作答" for code in result.unanswered]
        blockers += self.missing_evidence()
        warnings = [f"否决项 {c} 已发生（一票否决）" for c in result.veto]
        warnings += [f"基本条件 {c} 未满足" for c in result.prerequisites_unmet]
        return blockers, warnings
