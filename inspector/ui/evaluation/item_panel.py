"""The item panel: the indicator the inspector is on, its answer, self-evaluation and note.

Type a score, Enter: it is saved and the next item comes up with its input focused. Everything
is written through the session at once (autosave); the panel only shows what the session holds
and follows its signals, so undo, the tree or another panel can change the item under it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from ...rubrics import MODE_LABELS, Condition, Evidence, Mode, Node, Rubric
from ...scoring import NA, answer_to_json
from .._generated.ui_item_panel import Ui_ItemPanel
from ..describe import LIST_SEPARATOR, format_points
from ..placeholders import fill
from .answer_inputs import AnswerInput, input_for, same_raw
from .session import EvaluationSession

NOTE_IDLE_MS = 1200  # the note is saved after this long without typing

GREY = "#5f6368"
AMBER = "#8a5300"
RED = "#b3261e"
STAR = "#b8860b"
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)



def _scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(font)
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def _json(value: Any) -> Any:
    return None if value is None else answer_to_json(value)


def ancestors(rubric: Rubric) -> dict[str, list[Node]]:
    """Each leaf's groups, from its area down (for the "A1 › B1" line)."""
    found: dict[str, list[Node]] = {}

    def walk(node: Node, trail: list[Node]) -> None:
        if node.is_leaf:
            found[node.code] = trail
        for child in node.children:
            walk(child, [*trail, node])

    for area in rubric.areas:
        walk(area, [])
    return found


class ItemPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ItemPanel()
        self.ui.setupUi(self)
        self.session: EvaluationSession | None = None
        self.code: str | None = None
        self.input: AnswerInput | None = None
        self.self_input: AnswerInput | None = None
        self._connections: list = []
        self._groups: dict[str, list[Node]] = {}
        self._note_shown = ""  # the note as last loaded or saved
        self._calling = False
        self._last_refused = False
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(NOTE_IDLE_MS)
        self.note_timer.timeout.connect(self.save_note)
        self._style()
        ui = self.ui
        self._note_placeholder = ui.noteEdit.placeholderText()
        ui.noteEdit.textChanged.connect(self._note_typed)
        ui.noteEdit.installEventFilter(self)
        ui.naCheck.clicked.connect(self._na_clicked)
        self.set_session(None)

    def _style(self) -> None:
        ui = self.ui
        base = self.font()
        ui.codeLabel.setFont(_scaled(base, 1.35, bold=True))
        ui.titleLabel.setFont(_scaled(base, 1.35))
        ui.keyLabel.setFont(_scaled(base, 1.35))
        ui.keyLabel.setStyleSheet(f"color: {STAR}")
        ui.scoreLabel.setFont(_scaled(base, 1.25, bold=True))
        for label in (ui.pointsLabel, ui.metaLabel, ui.explanationLabel, ui.emptyLabel,
                      ui.answerCaption, ui.selfCaption, ui.noteCaption):
            label.setStyleSheet(f"color: {GREY}")
        ui.refusedLabel.setStyleSheet(f"color: {RED}")
        ui.answerFrame.setObjectName("answerFrame")
        ui.answerFrame.setStyleSheet(
            "QFrame#answerFrame { border: 1px solid palette(mid); border-radius: 4px; }")
        line = ui.noteEdit.fontMetrics().lineSpacing()
        ui.noteEdit.setMinimumHeight(line * 3 + 12)
        ui.noteEdit.setMaximumHeight(line * 5 + 12)
        ui.refusedLabel.hide()

    # --- the session ---------------------------------------------------------------------------
    def set_session(self, session: EvaluationSession | None) -> None:
        if self.session is not None:
            self.save_note()
            self._drop_inputs()  # what they hold goes to the session they belong to
            for signal, slot in self._connections:
                signal.disconnect(slot)
        self._connections = []
        self.session = session
        self.code = None
        self._clear_refusal()
        has = session is not None
        self.ui.scrollArea.setVisible(has)
        self.ui.emptyLabel.setVisible(not has)
        for widget in (self.ui.codeLabel, self.ui.titleLabel, self.ui.keyLabel,
                       self.ui.pointsLabel, self.ui.metaLabel):
            widget.setVisible(has)
        if session is None:
            return
        self._groups = ancestors(session.rubric)
        for signal, slot in ((session.currentChanged, self._current_changed),
                             (session.answerChanged, self._answer_changed),
                             (session.resultChanged, self._result_changed),
                             (session.attachmentsChanged, self._show_evidence),
                             (session.statusChanged, self._status_changed),
                             (session.refused, self._refused)):
            signal.connect(slot)
            self._connections.append((signal, slot))
        self._show_item(session.current)

    def _current_changed(self, code: str) -> None:
        self.save_note()  # the note typed so far belongs to the item being left
        self._show_item(code)

    # --- showing an item -----------------------------------------------------------------------
    def _show_item(self, code: str) -> None:
        session = self.session
        assert session is not None
        self._clear_refusal()  # a refusal from committing the item being left stays shown
        had_focus = self._input_has_focus()
        self._drop_inputs()
        self.code = code
        self._last_refused = False
        item = session.item(code)
        self._show_header(item)
        self._show_guidance(item)
        self.input = input_for(session, code, parent=self.ui.inputHost)
        self.ui.inputLayout.addWidget(self.input, 0, Qt.AlignmentFlag.AlignTop)
        self.input.edited.connect(lambda raw, c=code: self._commit(c, raw))
        self.input.advance.connect(self._advance)
        self.self_input = input_for(session, code, compact=True, parent=self.ui.selfHost)
        self.self_input.setObjectName(f"selfInput_{code}")
        self.ui.selfLayout.addWidget(self.self_input, 0, Qt.AlignmentFlag.AlignTop)
        self.self_input.edited.connect(lambda raw, c=code: self._commit_self(c, raw))
        self._arrange()
        self.ui.naCheck.setVisible(isinstance(item, Node) and item.na_allowed)
        self._note_shown = ""
        self._refresh(force=True)
        self._result_changed()
        self.ui.scrollArea.verticalScrollBar().setValue(0)
        if had_focus:  # moved on from the keyboard (Ctrl+Down): keep typing in the new item
            self.focus_input()

    def _input_has_focus(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and any(
            w is not None and (w is focus or w.isAncestorOf(focus))
            for w in (self.input, self.self_input))

    def _drop_inputs(self) -> None:
        # What was typed but not yet committed (the item changed from the keyboard or the
        # tree) belongs to the item being left: each input's edited slot carries its code.
        widgets = [w for w in (self.input, self.self_input) if w is not None]
        if self._input_has_focus():
            self.ui.scrollArea.setFocus()  # not into a widget that is about to go
        self.input = self.self_input = None
        for widget in widgets:
            widget.commit()
            widget.parentWidget().layout().removeWidget(widget)
            widget.hide()
            widget.deleteLater()  # it may be the sender of the signal that got us here

    def _show_header(self, item: Node | Condition) -> None:
        ui, session = self.ui, self.session
        assert session is not None
        scored = isinstance(item, Node) and item.mode is not Mode.DESCRIPTIVE
        ui.answerCaption.setText(QCoreApplication.translate("ItemPanel", "Inspector's score") if scored else QCoreApplication.translate("ItemPanel", "Inspector's answer"))
        ui.codeLabel.setText(item.code)
        ui.titleLabel.setText(item.title)
        if isinstance(item, Condition):
            ui.keyLabel.hide()
            kind = (QCoreApplication.translate("ItemPanel", "Veto item") if session.rubric.is_veto(item.code)
                    else QCoreApplication.translate("ItemPanel", "Prerequisite"))
            ui.pointsLabel.setText(kind)
            ui.metaLabel.setText(QCoreApplication.translate("ItemPanel", "Answered yes or no; decides whether the school can pass."))
            return
        ui.keyLabel.setVisible(item.key)
        if item.mode is Mode.DESCRIPTIVE:
            ui.pointsLabel.setText(QCoreApplication.translate("ItemPanel", "Not scored"))
        else:
            ui.pointsLabel.setText(fill(QCoreApplication.translate("ItemPanel", "%1 points"), format_points(item.points)))
        trail = self._groups.get(item.code)
        where = " › ".join(f"{n.code} {n.title}" for n in trail) if trail else QCoreApplication.translate("ItemPanel", "Bonus items")
        mode = MODE_LABELS.get(item.mode, "") if item.mode else ""
        ui.metaLabel.setText(" · ".join(t for t in (where, mode) if t))

    def _show_guidance(self, item: Node | Condition) -> None:
        rows = [(QCoreApplication.translate("ItemPanel", "Guidance"), item.guidance)]
        if isinstance(item, Node):
            rows.append((QCoreApplication.translate("ItemPanel", "Evidence methods"), LIST_SEPARATOR.join(item.evidence_methods)))
        cells = "".join(
            f"<tr><td style='color:{GREY}; white-space:nowrap; padding:0 10px 2px 0'>"
            f"{html.escape(label)}</td>"
            f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
            for label, value in rows if value)
        self.ui.guidanceLabel.setText(f"<table cellspacing='0'>{cells}</table>" if cells else "")
        self.ui.guidanceLabel.setVisible(bool(cells))

    def _show_evidence(self) -> None:
        session, code = self.session, self.code
        if session is None or code is None:
            return
        item = session.item(code)
        required = item.requires if isinstance(item, Node) else frozenset()
        names = {Evidence.PHOTO: QCoreApplication.translate("ItemPanel", "photo"), Evidence.NOTE: QCoreApplication.translate("ItemPanel", "written note")}
        parts = []
        if required:
            parts.append(html.escape(fill(QCoreApplication.translate("ItemPanel", "Required evidence: %1"), LIST_SEPARATOR.join(
                names[e] for e in Evidence if e in required))))
        missing = session.missing_evidence(code)
        if missing:
            text = fill(QCoreApplication.translate("ItemPanel", "Missing: %1"), LIST_SEPARATOR.join(
                names[Evidence(m)] for m in missing))
            parts.append(f"<span style='color:{AMBER}'>⚠ {html.escape(text)}</span>")
        self.ui.evidenceLabel.setText(" &nbsp; ".join(parts))
        self.ui.evidenceLabel.setVisible(bool(parts))

    # --- following the session -----------------------------------------------------------------
    def _answer_changed(self, code: str) -> None:
        if code == self.code:
            self._refresh()

    def _refresh(self, force: bool = False) -> None:
        """Show the stored answer, self-evaluation and note; an input is only touched when
        what it shows differs from what is stored, so typing elsewhere is never lost."""
        session, code = self.session, self.code
        assert session is not None and code is not None
        record = session.record(code)
        raw = _json(record.value if record else None)
        own = _json(record.self_value if record else None)
        is_na = raw == "NA"
        shown = None if is_na else raw
        if self.input is not None and (force or not same_raw(self.input.shown_value(), shown)):
            self.input.set_value(shown)
        if self.self_input is not None and (force or not same_raw(
                self.self_input.shown_value(), own)):
            self.self_input.set_value(None if own == "NA" else own)
        self.ui.naCheck.setChecked(is_na)
        note = record.note if record else ""
        if force or note != self._note_shown:
            self._note_shown = note
            if self.ui.noteEdit.toPlainText().strip() != note:
                self.ui.noteEdit.blockSignals(True)
                self.ui.noteEdit.setPlainText(note)
                self.ui.noteEdit.blockSignals(False)
        self._apply_read_only()
        self._show_evidence()

    def _result_changed(self, _result: Any = None) -> None:
        session, code = self.session, self.code
        if session is None or code is None:
            return
        ui = self.ui
        item = session.item(code)
        value = session.value(code)
        if isinstance(item, Condition):
            ui.scoreLabel.hide()
            if value is None:
                text = QCoreApplication.translate("ItemPanel", "Not answered yet.")
            elif session.rubric.is_veto(code):
                text = (QCoreApplication.translate("ItemPanel", "The veto applies: the school cannot be given a passing grade.")
                        if value else QCoreApplication.translate("ItemPanel", "No effect on the score."))
            else:
                text = (QCoreApplication.translate("ItemPanel", "Not met: the school cannot be given a passing grade.")
                        if value is False else QCoreApplication.translate("ItemPanel", "No effect on the score."))
            ui.explanationLabel.setText(text)
            return
        node = session.result.nodes.get(code)
        if item.mode is Mode.DESCRIPTIVE:
            ui.scoreLabel.hide()
        else:
            ui.scoreLabel.show()
            score = "—" if value is None or node is None else format_points(node.score)
            ui.scoreLabel.setText(f"{score} / {format_points(item.points)}")
        explanation = node.explanation if node else ""
        if explanation.startswith(code + " "):
            explanation = explanation[len(code) + 1:]  # the code is in the header already
        if value is None:
            explanation = QCoreApplication.translate("ItemPanel", "Not answered yet.")
        elif value is NA and not explanation:
            explanation = QCoreApplication.translate("ItemPanel", "Not applicable.")
        ui.explanationLabel.setText(explanation)

    def _status_changed(self, _status: str) -> None:
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        session = self.session
        read_only = session is None or session.read_only
        is_na = self.ui.naCheck.isChecked()
        if self.input is not None:
            self.input.set_read_only(read_only or is_na)
        if self.self_input is not None:
            self.self_input.set_read_only(read_only)
        self.ui.naCheck.setEnabled(not read_only)
        self.ui.noteEdit.setReadOnly(read_only)
        self.ui.noteEdit.setPlaceholderText("" if read_only else self._note_placeholder)

    # --- writing ---------------------------------------------------------------------------------
    def _call(self, method, *args) -> bool:
        """Call a session method; a refusal it raises shows next to the input."""
        self._clear_refusal()
        self._last_refused = False
        self._calling = True
        try:
            return method(*args)
        finally:
            self._calling = False

    def _refused(self, message: str) -> None:
        if not self._calling:
            return  # another panel's or the window's business
        self._last_refused = True
        self.ui.refusedLabel.setText(message)
        self.ui.refusedLabel.show()

    def _clear_refusal(self) -> None:
        self.ui.refusedLabel.clear()
        self.ui.refusedLabel.hide()

    def _commit(self, code: str, raw: Any) -> None:
        if self.session is not None:
            self._call(self.session.set_value, code, raw)

    def _commit_self(self, code: str, raw: Any) -> None:
        if self.session is not None:
            self._call(self.session.set_self_value, code, raw)

    def _advance(self) -> None:
        session = self.session
        if session is None or self._last_refused:
            return  # stay on the item so the inspector can correct it
        before = session.current
        if session.step(1) != before:
            self.focus_input()

    def _na_clicked(self, checked: bool) -> None:
        if self.session is None or self.code is None:
            return
        if not self._call(self.session.set_value, self.code, "NA" if checked else None):
            self._refresh()  # refused or unchanged: show what is stored
        elif not checked and self.input is not None:
            self.input.focus()

    # --- the note ----------------------------------------------------------------------------------
    def _note_typed(self) -> None:
        if not self.ui.noteEdit.isReadOnly():
            self.note_timer.start()

    # --- layout ----------------------------------------------------------------------------
    WIDE = 760  # below this width the school's self-evaluation goes under the inspector's

    def _arrange(self) -> None:
        """Self-evaluation beside the inspector's score when there is room, else below it."""
        ui, grid = self.ui, self.ui.answerLayout
        wide = self.width() >= self.WIDE
        if getattr(self, "_wide", None) is wide:
            return
        self._wide = wide
        for widget in (ui.selfCaption, ui.selfHost):
            grid.removeWidget(widget)
        if wide:
            grid.addWidget(ui.selfCaption, 0, 1)
            grid.addWidget(ui.selfHost, 1, 1)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 2)
        else:
            grid.addWidget(ui.selfCaption, 2, 0)
            grid.addWidget(ui.selfHost, 3, 0)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def save_note(self) -> None:
        """Save the note now if it differs from what is stored (idle, focus-out, Ctrl+Enter)."""
        self.note_timer.stop()
        session, code = self.session, self.code
        if session is None or code is None or session.read_only:
            return
        text = self.ui.noteEdit.toPlainText().strip()
        if text != self._note_shown:
            self._note_shown = text
            self._call(session.set_note, code, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.noteEdit:
            if event.type() == QEvent.Type.FocusOut:
                self.save_note()
            elif (event.type() == QEvent.Type.KeyPress and event.key() in _ENTER_KEYS
                  and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                self.save_note()
                return True
        return super().eventFilter(watched, event)

    # --- for the window's shortcuts ----------------------------------------------------------------
    def focus_input(self) -> None:
        if self.input is None:
            return
        if self.input.is_read_only():
            self.ui.scrollArea.setFocus()
            return
        self.input.focus()
        self.ui.scrollArea.ensureWidgetVisible(self.input)

    def focus_note(self) -> None:
        if self.session is None:
            return
        self.ui.noteEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.noteEdit.moveCursor(self.ui.noteEdit.textCursor().MoveOperation.End)
        self.ui.scrollArea.ensureWidgetVisible(self.ui.noteEdit)

    def toggle_not_applicable(self) -> None:
        check = self.ui.naCheck
        if self.session is not None and not check.isHidden() and check.isEnabled():
            check.click()
