"""The live summary of an evaluation: total, projected grade, each area, and why.

Everything shown comes from ``session.result``; the panel redraws on ``resultChanged`` by
setting texts and values on widgets it already has. The area bars are rebuilt only when a
session with a different rubric comes in.
"""

from __future__ import annotations

import html
import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ...rubrics import Node, Rubric
from ...rubrics.numbers import format_decimal as fmt
from ...scoring import AreaResult, Result
from .._generated.ui_summary_panel import Ui_SummaryPanel
from ..describe import LIST_SEPARATOR
from ..placeholders import fill
from .session import EvaluationSession

PASS_COLOR = QColor("#2e7d32")  # green
FAIL_COLOR = QColor("#c62828")  # red
_HEADING = re.compile(r"^[一二三四五六七八九十]+、")  # the trace's section headings
SCALE = 100  # bars count in hundredths of a point: scores go in steps as small as 0.01



def _colour(label: QLabel, colour: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


def _scaled(label: QLabel, factor: float) -> None:
    """A bold font ``factor`` times the panel's: sizes follow the user's font and DPI."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    label.setFont(font)


def percent_text(value: Decimal | None) -> str:
    return "–" if value is None else f"{fmt(value.quantize(Decimal('0.1')))}%"


def area_text(area: AreaResult) -> str:
    """"A1 办学条件 18.5/25 (74%)": what an area's bar says."""
    return f"{area.code} {area.title} {fmt(area.score)}/{fmt(area.max)} " \
           f"({percent_text(area.percent)})"


TRACE_DELAY_MS = 200


def trace_html(result: Result) -> str:
    """The grade rules tried (the deciding one last), then the engine's full trace."""
    checks = "".join(
        f"<li style='color:{(PASS_COLOR if c.satisfied else FAIL_COLOR).name()}'>"
        f"{'✓' if c.satisfied else '✗'} {html.escape(c.sentence())}</li>"
        for c in result.rule_checks)
    lines = []
    for line in result.trace:
        text = html.escape(line)
        if _HEADING.match(line):
            lines.append(f"<p style='margin-top:6px; margin-bottom:2px'><b>{text}</b></p>")
        else:
            lines.append(f"<p style='margin:0'>{text}</p>")
    title = html.escape(QCoreApplication.translate("SummaryPanel", "Grade rules"))
    return (f"<p style='margin-bottom:2px'><b>{title}</b></p>"
            f"<ul style='margin-top:0; margin-left:-20px'>{checks}</ul>{''.join(lines)}")


class AreaBars:
    """One labelled progress bar per area (一级指标), kept in a layout it does not own."""

    def __init__(self, layout: QVBoxLayout, parent: QWidget):
        self._layout, self._parent = layout, parent
        self.bars: dict[str, QProgressBar] = {}

    def rebuild(self, areas: tuple[Node, ...]) -> None:
        for bar in self.bars.values():
            self._layout.removeWidget(bar)
            bar.deleteLater()
        self.bars = {}
        for area in areas:
            bar = QProgressBar(self._parent)
            bar.setObjectName(f"areaBar_{area.code}")
            bar.setTextVisible(True)
            self._layout.addWidget(bar)
            self.bars[area.code] = bar

    def show(self, areas: list[AreaResult]) -> None:
        na = QCoreApplication.translate("SummaryPanel", "not applicable")
        for area in areas:
            bar = self.bars[area.code]
            scaled = int(area.max * SCALE)
            maximum = max(scaled, 1)  # 0..0 would be a "busy" bar
            value = min(int(area.score * SCALE), maximum)
            text = area_text(area) if scaled else f"{area.code} {area.title} {na}"
            if (bar.maximum(), bar.value(), bar.format()) == (maximum, value, text):
                continue  # an edit changes one area: the others are left alone
            # (QProgressBar.setValue repaints at once when its text changes, and the new
            # format would paint it again: with updates off meanwhile, it is painted once,
            # with the rest of the window.)
            bar.setUpdatesEnabled(False)
            bar.setRange(0, maximum)
            bar.setValue(value)
            bar.setFormat(text)
            bar.setToolTip(area_text(area))
            bar.setUpdatesEnabled(True)


class SummaryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SummaryPanel()
        self.ui.setupUi(self)
        self.session: EvaluationSession | None = None
        self._rubric: Rubric | None = None
        _scaled(self.ui.totalLabel, 1.8)
        _scaled(self.ui.gradeLabel, 1.4)
        for label in (self.ui.vetoLabel, self.ui.prerequisitesLabel):
            _colour(label, FAIL_COLOR)
        self.bars = AreaBars(self.ui.areasLayout, self.ui.areasBox)
        # The long "why" text is laid out a moment after the figures, once typing pauses:
        # rendering 300 lines of trace on every keystroke would cost more than the edit.
        self._trace_timer = QTimer(self)
        self._trace_timer.setSingleShot(True)
        self._trace_timer.setInterval(TRACE_DELAY_MS)
        self._trace_timer.timeout.connect(self._show_trace)
        self.set_session(None)

    def set_session(self, session: EvaluationSession | None) -> None:
        if self.session is not None:
            self.session.resultChanged.disconnect(self.show_result)
        self.session = session
        if session is None:
            self._rubric = None
            self.bars.rebuild(())
            self._clear()
            return
        if session.rubric is not self._rubric:
            self._rubric = session.rubric
            self.bars.rebuild(session.rubric.areas)
        session.resultChanged.connect(self.show_result)
        self.show_result(session.result)

    def _clear(self) -> None:
        for label in (self.ui.totalLabel, self.ui.gradeLabel, self.ui.openLabel,
                      self.ui.vetoLabel, self.ui.prerequisitesLabel, self.ui.bonusLabel):
            label.clear()
            label.setVisible(label in (self.ui.totalLabel, self.ui.gradeLabel))
        self._trace_timer.stop()
        self.ui.traceBrowser.clear()

    # --- showing a result ------------------------------------------------------------------
    def show_result(self, result: Result) -> None:
        assert self.session is not None
        ui = self.ui
        ui.totalLabel.setText(f"{fmt(result.total)} / {fmt(result.max)} · "
                              f"{fmt(result.percent)}%")
        self._show_grade(result)
        self.bars.show(result.areas)
        self._show_bonus(result)
        self._show_conditions(ui.vetoLabel, QCoreApplication.translate("SummaryPanel", "Veto items occurred: %1"), result.veto)
        self._show_conditions(ui.prerequisitesLabel, QCoreApplication.translate("SummaryPanel", "Prerequisites not met: %1"),
                              result.prerequisites_unmet)
        if ui.traceBrowser.document().isEmpty():
            self._show_trace()  # a session just opened: no reason to wait
        else:
            self._trace_timer.start()

    def _show_grade(self, result: Result) -> None:
        ui = self.ui
        projected = QCoreApplication.translate("SummaryPanel", "(projected)")
        grade = result.grade if result.complete else f"{result.grade} {projected}"
        ui.gradeLabel.setText(grade)
        ui.gradeLabel.setToolTip(result.deciding_rule.sentence())
        _colour(ui.gradeLabel, PASS_COLOR if result.passed else FAIL_COLOR)
        open_items = len(result.unanswered)
        ui.openLabel.setText(fill(QCoreApplication.translate("SummaryPanel", "%1 items still unanswered"), open_items))
        ui.openLabel.setVisible(open_items > 0)

    def _show_bonus(self, result: Result) -> None:
        bonus = self.session.rubric.bonus if self.session else None
        self.ui.bonusLabel.setVisible(bonus is not None)
        if bonus is not None:
            self.ui.bonusLabel.setText(fill(
                QCoreApplication.translate("SummaryPanel", "Bonus: +%1 (items total %2, cap %3)"),
                fmt(result.bonus), fmt(result.bonus_raw), fmt(bonus.cap)))

    def _show_conditions(self, label: QLabel, template: str, codes: list[str]) -> None:
        label.setVisible(bool(codes))
        if codes and self.session is not None:
            items = LIST_SEPARATOR.join(f"{c} {self.session.item(c).title}" for c in codes)
            label.setText(fill(template, items))

    def _show_trace(self) -> None:
        if self.session is None:
            return
        result = self.session.result
        browser = self.ui.traceBrowser
        scroll = browser.verticalScrollBar().value()
        browser.setHtml(trace_html(result))
        browser.verticalScrollBar().setValue(scroll)  # an edit does not jump the reader back
