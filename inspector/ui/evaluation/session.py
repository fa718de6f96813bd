"""One evaluation open for work: the single object every panel of the window talks to.

The session owns the evaluation's state in memory (its rubric, answers, findings,
attachments and the live scoring result), writes every change through the store at once
(autosave: each edit is committed before the call returns), keeps the undo stack and tells
the panels what changed through signals. Panels never call each other and never write to the
store themselves.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...rubrics import Condition, Evidence, Node, Rubric
from ...scoring import NA, Answer, AnswerError, Result, answer_to_json, parse_answer, score
from ...store import AnswerRecord, Evaluation, Store, StoreError
from ..refusals import refusal_text

FIELDS = ("answer", "self", "note")



class EvaluationSession(QObject):
    answerChanged = Signal(str)  # an item's answer, self-evaluation or note changed
    resultChanged = Signal(object)  # the new scoring Result
    currentChanged = Signal(str)  # the item the inspector is on
    findingsChanged = Signal()
    attachmentsChanged = Signal()
    statusChanged = Signal(str)  # the evaluation's status (draft, finalized …)
    saved = Signal(str)  # a change reached the disk: a short text for the quiet indicator
    refused = Signal(str)  # a change was refused (why, in words); nothing was written

    def __init__(self, store: Store, evaluation_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._load(evaluation_id)
        self.current = store.evaluations.cursor(evaluation_id) or self.codes[0]
        if self.current not in self.codes:
            self.current = self.codes[0]

    def _load(self, evaluation_id: str) -> None:
        sheet = self.store.evaluations.open(evaluation_id)
        self.evaluation: Evaluation = sheet.evaluation
        self.rubric: Rubric = sheet.rubric
        self.answers: dict[str, AnswerRecord] = dict(sheet.answers)
        self.findings = sheet.findings
        self.attachments = sheet.attachments
        self.school = self.store.schools.require(self.evaluation.school_code)
        self.codes: list[str] = self.rubric.answerable_codes()
        self._values: dict[str, Answer] = sheet.values()
        self.result: Result = score(self.rubric, self._values)
        # An expert team's evaluation: its answers are the merge of the members' scoresheets
        # (changed only through the merge view); findings and photos are the lead's to add.
        self.is_team = self.store.db.execute(
            "SELECT 1 FROM team_evaluations WHERE evaluation_id = ?",
            [evaluation_id]).fetchone() is not None
        # A member's scoresheet in split work: the items other members score (code → name);
        # shown as theirs and skipped by "next unanswered". Empty for everything else.
        self.others_items: dict[str, str] = {}
        if self.store.db.execute("SELECT 1 FROM team_memberships WHERE evaluation_id = ?",
                                 [evaluation_id]).fetchone() is not None:
            from ...team.workflow import others_items

            self.others_items = others_items(self.store, evaluation_id, self.rubric)

    # --- reading ---------------------------------------------------------------------------
    @property
    def id(self) -> str:
        return self.evaluation.id

    @property
    def read_only(self) -> bool:
        return not self.evaluation.is_draft

    def item(self, code: str) -> Node | Condition:
        found = self.rubric.find(code)
        assert found is not None, code
        return found

    def record(self, code: str) -> AnswerRecord | None:
        return self.answers.get(code)

    def value(self, code: str) -> Answer | None:
        return self._values.get(code)

    def is_answered(self, code: str) -> bool:
        return code in self._values

    def attachments_for(self, code: str) -> list:
        return [a for a in self.attachments if a.code == code]

    def missing_evidence(self, code: str) -> list[str]:
        """What required evidence the item still lacks: 'note' and/or 'photo'."""
        item = self.item(code)
        value = self._values.get(code)
        if not isinstance(item, Node) or value is None or value is NA:
            return []
        missing = []
        record = self.answers.get(code)
        if Evidence.NOTE in item.requires and not (record and record.note.strip()):
            missing.append("note")
        if Evidence.PHOTO in item.requires and not any(
                a.mime.startswith("image/") for a in self.attachments_for(code)):
            missing.append("photo")
        return missing

    def finalize_report(self) -> tuple[list[str], list[str]]:
        sheet = self.store.evaluations.open(self.id)
        blockers, warnings = sheet.finalize_report()
        if self.is_team:
            from ...team.workflow import merged

            try:
                unsettled = merged(self.store, self.id).unsettled
            except StoreError as exc:  # no scoresheet imported yet
                return [refusal_text(exc), *blockers], warnings
            blockers = [f"{code} 组员评分分歧，需组长裁定" for code in unsettled] + [
                b for b in blockers if b.split(" ")[0] not in unsettled]
        return blockers, warnings

    # --- moving around ---------------------------------------------------------------------
    def set_current(self, code: str) -> None:
        if code == self.current or code not in self.codes:
            return
        self.current = code
        self.store.evaluations.set_cursor(self.id, code)  # reopen here after a crash
        self.currentChanged.emit(code)

    def step(self, delta: int) -> str:
        """Move to the next (+1) or previous (-1) item; returns the new current code."""
        index = self.codes.index(self.current) + delta
        self.set_current(self.codes[max(0, min(len(self.codes) - 1, index))])
        return self.current

    def next_unanswered(self) -> str | None:
        """Move to the first unanswered item after the current one (wrapping around)."""
        start = self.codes.index(self.current)
        order = self.codes[start + 1:] + self.codes[: start + 1]
        code = next((c for c in order if c not in self._values
                     and c not in self.others_items), None)
        if code is not None:
            self.set_current(code)
        return code

    # --- changing (each change is one undoable, logged, committed edit) --------------------
    def set_value(self, code: str, raw: Any) -> bool:
        """The inspector's answer (raw as JSON gives it; None clears; "NA" not applicable)."""
        return self._change(code, "answer", raw)

    def set_self_value(self, code: str, raw: Any) -> bool:
        return self._change(code, "self", raw)

    def set_note(self, code: str, text: str) -> bool:
        return self._change(code, "note", text.strip())

    def raw(self, code: str, field: str = "answer") -> Any:
        """The stored value as JSON gives it (field: answer, self or note)."""
        return self._raw(code, field)

    def _raw(self, code: str, field: str) -> Any:
        record = self.answers.get(code)
        if record is None:
            return "" if field == "note" else None
        if field == "note":
            return record.note
        value = record.value if field == "answer" else record.self_value
        return None if value is None else answer_to_json(value)

    def _change(self, code: str, field: str, new: Any) -> bool:
        if self.read_only:
            self.refused.emit(QCoreApplication.translate("EvaluationSession", "This evaluation is finalized and cannot change."))
            return False
        if self.is_team and field in ("answer", "note"):
            self.refused.emit(QCoreApplication.translate(
                "EvaluationSession", "This is an expert team's evaluation: its scores are the "
                "merge of the members' scoresheets. Settle items in Team → Merge scoresheets."))
            return False
        old = self._raw(code, field)
        if _same(old, new):
            return False
        if field != "note" and new is not None:
            try:
                parse_answer(self.rubric, code, new)  # refuse before anything is written
            except AnswerError as exc:
                self.refused.emit(refusal_text(exc))
                return False
        command = _EditCommand(self, code, field, old, new)
        self.undo_stack.push(command)  # push() runs redo(): the edit is written now
        return command.ok

    def _write(self, code: str, field: str, raw: Any, reason: str | None) -> bool:
        kwargs: dict[str, Any] = {"reason": reason}
        if field == "answer":
            kwargs["raw"] = raw
        elif field == "self":
            kwargs["self_value"] = raw
        else:
            kwargs["note"] = raw
        try:
            self.store.evaluations.set_answer(self.id, code, **kwargs)
        except StoreError as exc:
            self.refused.emit(refusal_text(exc))
            return False
        record = self.store.evaluations.answer(self.id, code, self.rubric)
        if record is None:
            self.answers.pop(code, None)
        else:
            self.answers[code] = record
        if record is not None and record.value is not None:
            self._values[code] = record.value
        else:
            self._values.pop(code, None)
        if field != "note":  # the result is current before anyone hears of the change
            self.result = score(self.rubric, self._values)
        self.answerChanged.emit(code)
        if field != "note":
            self.resultChanged.emit(self.result)
        self.saved.emit(code)
        return True

    def add_finding(self, kind: str, text: str, code: str | None = None,
                    deadline: str | None = None) -> bool:
        try:
            self.store.evaluations.add_finding(self.id, kind, text, code=code,
                                               deadline=deadline)
        except StoreError as exc:
            self.refused.emit(refusal_text(exc))
            return False
        self.findings = self.store.evaluations.open(self.id).findings
        self.findingsChanged.emit()
        self.saved.emit(code or "")
        return True

    def remove_finding(self, finding_id: int) -> bool:
        try:
            self.store.evaluations.remove_finding(self.id, finding_id)
        except StoreError as exc:
            self.refused.emit(refusal_text(exc))
            return False
        self.findings = [f for f in self.findings if f.id != finding_id]
        self.findingsChanged.emit()
        self.saved.emit("")
        return True

    def attach(self, code: str | None, path: Path) -> bool:
        try:
            attachment = self.store.evaluations.attach(self.id, code, path)
        except StoreError as exc:
            self.refused.emit(refusal_text(exc))
            return False
        self.attachments = [*self.attachments, attachment]
        self.attachmentsChanged.emit()
        if code:
            self.answerChanged.emit(code)  # its evidence changed
        self.saved.emit(code or "")
        return True

    # --- lifecycle -------------------------------------------------------------------------
    def finalize(self) -> Result | None:
        try:
            if self.is_team:  # refused while the lead has disagreements to settle
                from ...team.workflow import finalize_team

                result = finalize_team(self.store, self.id)
            else:
                result = self.store.evaluations.finalize(self.id)
        except StoreError as exc:
            self.refused.emit(refusal_text(exc))
            return None
        self.evaluation = self.store.evaluations.get(self.id)
        self.undo_stack.clear()
        self.statusChanged.emit(self.evaluation.status)
        return result

    def reopen(self, reason: str | None = None) -> str | None:
        """Start a new revision; returns its id (open it in a new session)."""
        try:
            new = self.store.evaluations.reopen(self.id, reason)
        except StoreError as exc:
            self.refused.emit(refusal_text(exc))
            return None
        self.evaluation = self.store.evaluations.get(self.id)
        return new.id

    def history(self) -> list[dict]:
        return self.store.evaluations.history(self.id)

    def save_summary(self) -> None:
        """Refresh the home list's cached figures for this evaluation."""
        self.store.evaluations.refresh_summary(self.id)


class _EditCommand(QUndoCommand):
    def __init__(self, session: EvaluationSession, code: str, field: str, old: Any, new: Any):
        label = {"answer": QCoreApplication.translate("EvaluationSession", "Score %1"), "self": QCoreApplication.translate("EvaluationSession", "Self-evaluation %1"),
                 "note": QCoreApplication.translate("EvaluationSession", "Note %1")}[field].replace("%1", code)
        super().__init__(label)
        self.session, self.code, self.field, self.old, self.new = session, code, field, old, new
        self.ok = False
        self._done_once = False

    def redo(self) -> None:
        reason = QCoreApplication.translate("EvaluationSession", "redo") if self._done_once else None
        self.ok = self.session._write(self.code, self.field, self.new, reason)
        self._done_once = True
        if not self.ok:
            self.setObsolete(True)  # nothing was written: nothing to undo

    def undo(self) -> None:
        self.session._write(self.code, self.field, self.old, QCoreApplication.translate("EvaluationSession", "undo"))
        self.session.set_current(self.code)


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True, default=str) == json.dumps(b, sort_keys=True,
                                                                    default=str)
