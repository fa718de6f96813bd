"""One small input per scoring mode, all with the same tiny interface.

    value() -> raw            the answer as JSON would give it (None when unanswered)
    set_value(raw)            show an answer; emits nothing
    edited(object)            the user changed the answer (a JSON-style raw value, never Decimal)
    advance()                 the user pressed Enter (Ctrl+Enter in a text): "done, next item"
    set_read_only(bool), focus()

``input_for(session, code)`` builds the right one for an item. The inputs know nothing of the
store or the session beyond reading the rubric: the item panel turns ``edited`` into
``session.set_value`` and ``advance`` into ``session.step(1)``.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from ...rubrics import Condition, Mode, Node, Rubric
from ..describe import format_points
from ..placeholders import fill

UNANSWERED = "—"
# Chosen answers must read at a glance, calmly: a light tint and a firm border, no colour shouts.
CHOICE_STYLE = """
QPushButton { padding: 3px 12px; border: 1px solid palette(mid); border-radius: 4px;
              background: palette(button); }
QPushButton:hover { background: palette(midlight); }
QPushButton:focus { border: 1px solid #4f7bab; }
QPushButton:checked { background: #dce7f3; border: 1px solid #4f7bab; color: #1f3f66;
                      font-weight: bold; }
QPushButton:disabled { color: palette(mid); }
QPushButton:checked:disabled { background: #e9eef4; color: #56697f; }
"""
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)



def json_number(value: float | Decimal, decimals: int = 4) -> int | float:
    """A number as the session wants it: int when whole, else a float of few digits."""
    rounded = round(float(value), decimals)
    return int(rounded) if rounded == int(rounded) else rounded


def same_raw(a: Any, b: Any) -> bool:
    """Two raw answers are the same answer (3 and 3.0 are; a list's order matters)."""
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def decimals_of(step: Decimal) -> int:
    return max(0, -step.normalize().as_tuple().exponent)


class AnswerInput(QWidget):
    """The common interface. Subclasses implement _read(), _show(raw), _set_enabled(bool) and
    _focus_target(); they call _user_edit() when the user changes something."""

    edited = Signal(object)
    advance = Signal()

    def __init__(self, compact: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.compact = compact
        self._last: Any = None  # the last value shown or emitted
        self._read_only = False
        if compact:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 0.92)
            self.setFont(font)

    # --- the interface ---------------------------------------------------------------------
    def value(self) -> Any:
        return self._read()

    def set_value(self, raw: Any) -> None:
        self._last = raw
        self._show(raw)

    def shown_value(self) -> Any:
        """What this input last showed or sent: the panel compares it with the stored answer
        to update only what really changed (and so keep the user's typing)."""
        return self._last

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._set_enabled(not read_only)

    def is_read_only(self) -> bool:
        return self._read_only

    def focus(self) -> None:
        target = self._focus_target()
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def commit(self) -> None:
        """Take what the user has typed so far as the answer (emits edited if it changed)."""
        if not self._read_only:
            self._flush()
            self._user_edit()

    def _flush(self) -> None:
        """Make half-typed text part of the value (spin boxes)."""

    # --- for subclasses --------------------------------------------------------------------
    def _user_edit(self) -> None:
        raw = self._read()
        if same_raw(raw, self._last):
            return
        self._last = raw
        self.edited.emit(raw)

    # Each input defines _read() -> raw (what the widgets show now) and _show(raw).

    def _set_enabled(self, enabled: bool) -> None:
        for child in self.findChildren(QWidget):
            child.setEnabled(enabled)

    def _focus_target(self) -> QWidget:
        return self

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Children that do not use Enter (buttons, check boxes, spin boxes) pass it up here.
        if event.key() in _ENTER_KEYS and not self._read_only:
            self._user_edit()
            self.advance.emit()
            return
        super().keyPressEvent(event)


# --- numbers ---------------------------------------------------------------------------------
class NumberBox(QDoubleSpinBox):
    """A spin box with an explicit unanswered state: one step below 0, shown as "—".

    Values read without trailing zeros ("3.5", "4"); a minus sign cannot be typed, so the
    unanswered state is reached only by stepping down from 0 or by clearing the text; the wheel
    turns it only while it has focus (scrolling a panel on a touchpad must not change scores).
    """

    def __init__(self, maximum: float, step: Decimal, decimals: int, parent=None):
        super().__init__(parent)
        self.setDecimals(decimals)
        self.setSingleStep(float(step))
        self.setRange(-float(step), maximum)
        self.setSpecialValueText(UNANSWERED)
        self.setValue(self.minimum())
        self.setKeyboardTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccelerated(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)

    def is_empty(self) -> bool:
        return self.value() <= self.minimum()

    def raw(self) -> int | float | None:
        return None if self.is_empty() else json_number(self.value(), self.decimals())

    def show_raw(self, raw: Any) -> None:
        if isinstance(raw, int | float | Decimal) and not isinstance(raw, bool):
            self.setValue(float(raw))
        else:
            self.setValue(self.minimum())

    def textFromValue(self, value: float) -> str:
        return format_points(Decimal(str(round(value, self.decimals()))))

    def validate(self, text: str, pos: int):
        body = text.replace(UNANSWERED, "").strip()
        if text != UNANSWERED and UNANSWERED in text and body:  # typed over the "—"
            return self.validate(body, len(body))
        if body.startswith("-"):
            return QValidator.State.Invalid, text, pos
        if not body:  # cleared: reads as unanswered
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def fixup(self, text: str) -> str:
        if not text.replace(UNANSWERED, "").strip():
            return UNANSWERED
        return super().fixup(text)

    def valueFromText(self, text: str) -> float:
        body = text.replace(UNANSWERED, "").strip()
        if not body:
            return self.minimum()
        return super().valueFromText(body)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.selectAll()  # typing replaces the score (or the "—")

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class PointsInput(AnswerInput):
    """Points on the item's step, 0 … points; typing a number then Enter commits."""

    def __init__(self, rubric: Rubric, leaf: Node, compact: bool = False, parent=None):
        super().__init__(compact, parent)
        step = rubric.step_of(leaf)
        self.box = NumberBox(float(leaf.points), step, decimals_of(step), self)
        self.box.setObjectName("pointsBox")
        self.box.setToolTip(fill(QCoreApplication.translate("AnswerInputs", "0 to %1 points, in steps of %2. Enter saves and moves on."),
                                 format_points(leaf.points), format_points(step)))
        self.box.setMinimumWidth(70 if compact else 96)
        self.box.editingFinished.connect(self._user_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.of_label = QLabel(fill(QCoreApplication.translate("AnswerInputs", "/ %1 points"), format_points(leaf.points)), self)
        layout.addWidget(self.of_label)
        layout.addStretch(1)

    def _read(self) -> Any:
        return self.box.raw()

    def _show(self, raw: Any) -> None:
        self.box.show_raw(raw)

    def _flush(self) -> None:
        self.box.interpretText()

    def _focus_target(self) -> QWidget:
        return self.box


class BandsInput(AnswerInput):
    """The percent of the standard met, with the band it falls in and its points, live."""

    def __init__(self, rubric: Rubric, leaf: Node, compact: bool = False, parent=None):
        super().__init__(compact, parent)
        self.leaf = leaf
        self.bands = sorted(rubric.bands_of(leaf), key=lambda b: b.min_percent, reverse=True)
        self.box = NumberBox(100.0, Decimal(1), 1, self)
        self.box.setObjectName("percentBox")
        self.box.setSuffix(" %")
        self.box.setKeyboardTracking(True)  # the band follows every keystroke
        self.box.setMinimumWidth(80 if compact else 104)
        self.box.setToolTip(QCoreApplication.translate("AnswerInputs", "Percent of the standard met (0–100). Enter saves and moves on."))
        self.box.editingFinished.connect(self._user_edit)
        self.box.valueChanged.connect(self._update_band)
        self.band_label = QLabel(self)
        self.band_label.setObjectName("bandLabel")
        self.band_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.band_label, 1)
        self._update_band()

    def band_text(self, percent: float | None) -> str:
        if percent is None:
            return fill(QCoreApplication.translate("AnswerInputs", "→ up to %1 points"), format_points(self.leaf.points))
        value = Decimal(str(percent))
        band = next((b for b in self.bands if value >= b.min_percent), None)
        if band is None:
            return ""
        return fill(QCoreApplication.translate("AnswerInputs", "→ band ≥%1%: %2 points"), format_points(band.min_percent),
                    format_points(self.leaf.points * band.fraction))

    def _flush(self) -> None:
        self.box.interpretText()

    def _update_band(self) -> None:
        self.band_label.setText(self.band_text(self.box.raw()))

    def _read(self) -> Any:
        return self.box.raw()

    def _show(self, raw: Any) -> None:
        self.box.show_raw(raw)
        self._update_band()

    def _focus_target(self) -> QWidget:
        return self.box


# --- choices -----------------------------------------------------------------------------------
class ChoiceInput(AnswerInput):
    """A row of checkable buttons, one per option; keys 1…n pick one.

    Used for coefficient levels, pass/fail, prerequisites and vetoes. Options are
    (label, raw value, tooltip).
    """

    def __init__(self, options: list[tuple[str, Any, str]], compact: bool = False, parent=None):
        super().__init__(compact, parent)
        self.options = options
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4 if compact else 6)
        for number, (label, _raw, tip) in enumerate(options, start=1):
            button = QPushButton(label, self)
            button.setObjectName(f"choice{number}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            key_word = QCoreApplication.translate("AnswerInputs", "key")
            key_label = QCoreApplication.translate("AnswerInputs", "Key")
            button.setToolTip(f"{tip} ({key_word} {number})" if tip else f"{key_label} {number}")
            button.setMinimumWidth(44 if compact else 72)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, number - 1)
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.setStyleSheet(CHOICE_STYLE)
        self.group.idClicked.connect(lambda _id: self._user_edit())

    def button_for(self, raw: Any) -> QPushButton | None:
        return next((b for b, o in zip(self.buttons, self.options, strict=True)
                     if same_raw(o[1], raw)), None)

    def _read(self) -> Any:
        index = self.group.checkedId()
        return None if index < 0 else self.options[index][1]

    def _show(self, raw: Any) -> None:
        button = self.button_for(raw)
        self.group.setExclusive(False)  # an exclusive group cannot show "none chosen"
        for b in self.buttons:
            b.setChecked(b is button)
        self.group.setExclusive(True)

    def _focus_target(self) -> QWidget:
        return self.group.checkedButton() or self.buttons[0]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if (text.isdigit() and 1 <= int(text) <= len(self.buttons) and not self._read_only
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            button = self.buttons[int(text) - 1]
            self._show(self.options[int(text) - 1][1])
            button.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self._user_edit()
            return
        super().keyPressEvent(event)


# --- deductions --------------------------------------------------------------------------------
class DeductionInput(AnswerInput):
    """The shortfalls found, each with its −points; repeatable ones with a count.

    "No shortfall (full marks)" is an answer of its own (an empty list), distinct from not yet
    answered (None). Keys 1…9 tick the n-th shortfall, 0 means no shortfall.
    """

    def __init__(self, leaf: Node, compact: bool = False, parent=None):
        super().__init__(compact, parent)
        self.leaf = leaf
        self._answered = False
        self.none_button = QPushButton(QCoreApplication.translate("AnswerInputs", "No shortfall (full marks)"), self)
        self.none_button.setObjectName("noShortfallButton")
        self.none_button.setCheckable(True)
        self.none_button.setAutoDefault(False)
        self.none_button.setToolTip(fill(QCoreApplication.translate("AnswerInputs", "Nothing to deduct: %1 points (key 0)"),
                                         format_points(leaf.points)))
        self.none_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.none_button.clicked.connect(self._none_clicked)
        self.none_button.setStyleSheet(CHOICE_STYLE)
        self.checks: list[QCheckBox] = []
        self.counts: dict[str, QSpinBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2 if compact else 4)
        grid.addWidget(self.none_button, 0, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        for row, item in enumerate(leaf.deductions, start=1):
            check = QCheckBox(item.text, self)
            check.setObjectName(f"deduction_{item.key}")
            if row <= 9:
                key_label = QCoreApplication.translate("AnswerInputs", "Key")
                check.setToolTip(f"{key_label} {row}")
            check.toggled.connect(lambda on, key=item.key: self._check_toggled(key, on))
            self.checks.append(check)
            grid.addWidget(check, row, 0)
            if item.repeatable:
                count = QSpinBox(self)
                count.setObjectName(f"count_{item.key}")
                count.setRange(1, 99)
                count.setPrefix("× ")
                count.setKeyboardTracking(False)
                count.setToolTip(QCoreApplication.translate("AnswerInputs", "How many times"))
                count.setEnabled(False)
                count.valueChanged.connect(lambda _v: self._user_edit())
                self.counts[item.key] = count
                grid.addWidget(count, row, 1)
            if not compact:
                each = QCoreApplication.translate("AnswerInputs", "−%1 each") if item.repeatable else "−%1"
                points = QLabel(fill(each, format_points(item.points)), self)
                points.setObjectName("deductionPoints")
                points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(points, row, 2)
        grid.setColumnStretch(0, 1)

    def _read(self) -> Any:
        if not self._answered:
            return None
        keys: list[str] = []
        for item, check in zip(self.leaf.deductions, self.checks, strict=True):
            if check.isChecked():
                times = self.counts[item.key].value() if item.key in self.counts else 1
                keys.extend([item.key] * times)
        return keys

    def _show(self, raw: Any) -> None:
        keys = list(raw) if isinstance(raw, list | tuple) else []
        self._answered = isinstance(raw, list | tuple)
        for item, check in zip(self.leaf.deductions, self.checks, strict=True):
            check.blockSignals(True)
            check.setChecked(item.key in keys)
            check.blockSignals(False)
            if item.key in self.counts:
                count = self.counts[item.key]
                count.blockSignals(True)
                count.setValue(max(1, keys.count(item.key)))
                count.setEnabled(item.key in keys and not self._read_only)
                count.blockSignals(False)
        self._sync_none_button()

    def _sync_none_button(self) -> None:
        self.none_button.setChecked(self._answered and not any(c.isChecked() for c in self.checks))

    def _check_toggled(self, key: str, on: bool) -> None:
        self._answered = True
        if key in self.counts:
            self.counts[key].setEnabled(on and not self._read_only)
        self._sync_none_button()
        self._user_edit()

    def _none_clicked(self, checked: bool) -> None:
        # Checked: every shortfall is cleared (full marks). Unchecked: back to unanswered.
        self._show([] if checked else None)
        self._user_edit()

    def _set_enabled(self, enabled: bool) -> None:
        super()._set_enabled(enabled)
        if enabled:
            for item, check in zip(self.leaf.deductions, self.checks, strict=True):
                if item.key in self.counts:
                    self.counts[item.key].setEnabled(check.isChecked())

    def _focus_target(self) -> QWidget:
        return next((c for c in self.checks if c.isChecked()), self.none_button)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and not self._read_only and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            number = int(text)
            if number == 0:
                self.none_button.click()
                return
            if number <= len(self.checks):
                self.checks[number - 1].toggle()
                self.checks[number - 1].setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
        super().keyPressEvent(event)


# --- text ----------------------------------------------------------------------------------------
class TextInput(AnswerInput):
    """A written finding: saved when focus leaves and on Ctrl+Enter, not on every keystroke."""

    def __init__(self, compact: bool = False, parent=None):
        super().__init__(compact, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("descriptiveEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(QCoreApplication.translate("AnswerInputs", "Write here…") if compact else
                                     QCoreApplication.translate("AnswerInputs", "Write the finding… (Ctrl+Enter saves and moves on)"))
        lines = 2 if compact else 4
        height = self.edit.fontMetrics().lineSpacing() * lines + 14
        self.edit.setFixedHeight(height)
        self.edit.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def _read(self) -> Any:
        text = self.edit.toPlainText().strip()
        return text or None

    def _show(self, raw: Any) -> None:
        text = raw if isinstance(raw, str) else ""
        if self.edit.toPlainText() != text:
            self.edit.setPlainText(text)

    def _set_enabled(self, enabled: bool) -> None:
        self.edit.setReadOnly(not enabled)  # still selectable and copyable

    def _focus_target(self) -> QWidget:
        return self.edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and not self._read_only:
            if event.type() == QEvent.Type.FocusOut:
                self._user_edit()
            elif (event.type() == QEvent.Type.KeyPress and event.key() in _ENTER_KEYS
                  and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                self._user_edit()
                self.advance.emit()
                return True
        return super().eventFilter(watched, event)


# --- the factory ---------------------------------------------------------------------------------
def condition_options(rubric: Rubric, code: str) -> list[tuple[str, Any, str]]:
    """The two answers of a prerequisite or veto, the good outcome first (key 1)."""
    if rubric.is_veto(code):
        return [(QCoreApplication.translate("AnswerInputs", "Did not occur"), False, QCoreApplication.translate("AnswerInputs", "The veto condition did not occur")),
                (QCoreApplication.translate("AnswerInputs", "Occurred"), True, QCoreApplication.translate("AnswerInputs", "The veto condition occurred: the school fails"))]
    return [(QCoreApplication.translate("AnswerInputs", "Met"), True, QCoreApplication.translate("AnswerInputs", "The prerequisite is met")),
            (QCoreApplication.translate("AnswerInputs", "Not met"), False, QCoreApplication.translate("AnswerInputs", "The prerequisite is not met: the school fails"))]


def level_options(rubric: Rubric, leaf: Node) -> list[tuple[str, Any, str]]:
    options = []
    for level in rubric.levels_of(leaf):
        earned = leaf.points * level.coefficient
        tip = fill(QCoreApplication.translate("AnswerInputs", "%1: %2 × %3 = %4 points"), level.name, format_points(leaf.points),
                   format_points(level.coefficient), format_points(earned))
        options.append((level.name, level.name, tip))
    return options


def pass_fail_options(leaf: Node) -> list[tuple[str, Any, str]]:
    return [(QCoreApplication.translate("AnswerInputs", "Met"), True, fill(QCoreApplication.translate("AnswerInputs", "Met: %1 points"), format_points(leaf.points))),
            (QCoreApplication.translate("AnswerInputs", "Not met"), False, QCoreApplication.translate("AnswerInputs", "Not met: 0 points"))]


def input_for(session, code: str, compact: bool = False,
              parent: QWidget | None = None) -> AnswerInput:
    """The input for item ``code`` of ``session``, showing its current answer."""
    rubric: Rubric = session.rubric
    item = session.item(code)
    if isinstance(item, Condition):
        widget: AnswerInput = ChoiceInput(condition_options(rubric, code), compact, parent)
    elif item.mode is Mode.POINTS:
        widget = PointsInput(rubric, item, compact, parent)
    elif item.mode is Mode.BANDS:
        widget = BandsInput(rubric, item, compact, parent)
    elif item.mode is Mode.COEFFICIENT:
        widget = ChoiceInput(level_options(rubric, item), compact, parent)
    elif item.mode is Mode.PASS_FAIL:
        widget = ChoiceInput(pass_fail_options(item), compact, parent)
    elif item.mode is Mode.DEDUCTION:
        widget = DeductionInput(item, compact, parent)
    else:
        widget = TextInput(compact, parent)
    widget.setObjectName(f"answerInput_{code}")
    return widget
